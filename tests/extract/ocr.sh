# Scans: a PDF page without a text layer (rendered at 300 dpi and read by
# Tesseract in kaz+rus) beside a page with one, and PNG, JPEG and a
# two-page TIFF.  The images are small crops: OCR is slow.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/extract/extract-lib.sh"
need soffice pdftoppm img2pdf pdfseparate pdfunite

sample_text > "$T/filing.txt"
office pdf "$T/filing.txt" || { not_ok "soffice --convert-to pdf"; finish; exit 1; }

# Page 1 scanned at 150 dpi and put back as an image; page 2 as it was.
pdftoppm -r 150 -f 1 -l 1 -png "$T/filing.pdf" "$T/page"
img2pdf "$T"/page-1.png -o "$T/scan.pdf"
pdfseparate -f 2 -l 2 "$T/filing.pdf" "$T/text-%d.pdf"
pdfunite "$T/scan.pdf" "$T/text-2.pdf" "$T/mixed.pdf"
C "$T/mixed.pdf"
check_eq "scanned pdf: exit status" 0 "$rc"
check_eq "scanned pdf: format" pdf "$(header format)"
check_eq "scanned pdf: pages" 2 "$(header pages)"
check_eq "scanned pdf: ocr" yes "$(header ocr)"
body | tr '\f' '\001' | sed 's/\x01.*//' > "$T/page1"
check_contains "scanned pdf: OCR reads a Russian word" "Павлодарского" \
    "$(cat "$T/page1")"
check_contains "scanned pdf: OCR reads a Kazakh word" "Республикасының" \
    "$(cat "$T/page1")"
check_contains "scanned pdf: page 2 from its text layer" \
    "Вторая страница, қолы қойылды." "$(body)"

# The heading of page 1 as images.
crop="-r 150 -f 1 -l 1 -x 0 -y 0 -W 1240 -H 400 -singlefile"
pdftoppm $crop -png "$T/filing.pdf" "$T/crop"
pdftoppm $crop -jpeg "$T/filing.pdf" "$T/crop"
pdftoppm $crop -tiff "$T/filing.pdf" "$T/crop"
for f in crop.png:png crop.jpg:jpeg crop.tif:tiff; do
	file=${f%:*} format=${f#*:}
	C "$T/$file"
	check_eq "$format: exit status" 0 "$rc"
	check_eq "$format: format" "$format" "$(header format)"
	check_eq "$format: ocr" yes "$(header ocr)"
	check_contains "$format: OCR reads a Kazakh word" "Жоғарғы" "$(body)"
done
if command -v tiffcp >/dev/null 2>&1; then
	tiffcp "$T/crop.tif" "$T/crop.tif" "$T/two.tif"
elif command -v convert >/dev/null 2>&1; then
	convert "$T/crop.tif" "$T/crop.tif" "$T/two.tif"
fi
if [ -s "$T/two.tif" ]; then
	C "$T/two.tif"
	check_eq "two-page tiff: pages" 2 "$(header pages)"
	check_eq "two-page tiff: both read" 2 \
	    "$(body | grep -c 'Павлодарского')"
else
	echo "# neither tiffcp nor convert: the two-page TIFF is not tried"
fi

# Without the language data, a message that says what to install.
mkdir "$T/tessdata"
TESSDATA_PREFIX=$T/tessdata fails "no kaz and rus data" "$T/crop.png" \
    "tesseract-ocr-kaz"
finish
