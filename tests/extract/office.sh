# A filing as it comes from an office: PDF with a text layer, DOCX, ODT,
# and the legacy DOC and RTF through LibreOffice; all made here from one
# text of two pages by LibreOffice.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/extract/extract-lib.sh"
need soffice

sample_text > "$T/filing.txt"
for f in pdf docx odt doc rtf; do
	office "$f" "$T/filing.txt" || {
		not_ok "soffice --convert-to $f failed"; finish; exit 1; }
done

# doc FORMAT: read through extract_file(), both pages, every line.
doc() {
	C "$T/filing.$1"
	check_eq "$1: exit status" 0 "$rc"
	check_eq "$1: format" "$1" "$(header format)"
	check_eq "$1: pages" 2 "$(header pages)"
	check_eq "$1: ocr" no "$(header ocr)"
	check_eq "$1: encoding" "" "$(header encoding)"
	check_eq "$1: bytes kept" "$(wc -c < "$T/filing.$1" | tr -d ' ')" \
	    "$(header bytes)"
	body > "$T/text"
	while IFS= read -r line; do
		line=$(printf '%s' "$line" | tr -d '\f')
		check_contains "$1: text has '$line'" "$line" "$(cat "$T/text")"
	done < "$T/filing.txt"
	check_eq "$1: the page break is between the pages" 1 \
	    "$(tr -cd '\f' < "$T/text" | wc -c | tr -d ' ')"
}

for f in pdf docx odt doc rtf; do
	doc "$f"
done

# Without LibreOffice, DOC and RTF say what they need; the rest reads.
for f in doc rtf; do
	upper=$(echo "$f" | tr a-z A-Z)
	QARAU_SOFFICE=$T/no-soffice fails "$f without LibreOffice" \
	    "$T/filing.$f" "reading a $upper document needs LibreOffice"
done
QARAU_SOFFICE=$T/no-soffice C "$T/filing.docx"
check_eq "docx without LibreOffice: read" 0 "$rc"

# No temporary folder of the conversion is left behind.
TMPDIR=$T/tmp; export TMPDIR
mkdir "$TMPDIR"
X "$T/filing.doc"
check_eq "doc: read with TMPDIR set" 0 "$rc"
check_eq "doc: its temporary folder is gone" "" "$(ls "$TMPDIR")"
finish
