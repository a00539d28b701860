# What is not a filing's document, or not one qarau can read: each fails
# with a message that names the file and says what is wrong.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/extract/extract-lib.sh"

# Not a regular file, or nothing in it.
fails "missing file" "$T/no-such.pdf" "No such file"
mkdir "$T/folder.pdf"
fails "directory" "$T/folder.pdf" "is a folder"
mkfifo "$T/fifo.pdf"
fails "fifo" "$T/fifo.pdf" "not a regular file"
: > "$T/empty.pdf"
fails "empty file" "$T/empty.pdf" "is empty"

# A name that would act on the terminal is named escaped.
esc=$(printf 'evil\033[2J.pdf')
: > "$T/$esc"
C "$T/$esc"
check_contains "escape sequence in the name: shown escaped" \
    'evil\x1b[2J.pdf: ' "$(cat "$T/err")"
check_eq "escape sequence in the name: no ESC in the message" "" \
    "$(tr -cd '\033' < "$T/err")"

# Over 50 MB: refused by its size, before it is read.
truncate -s 51M "$T/big.pdf"
fails "over 50 MB" "$T/big.pdf" "larger than 50 MB"

# Not a document at all: a program, and bytes with no format.
cp "$CLIENT" "$T/program.doc"
fails "a program" "$T/program.doc" "unknown format"
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", (i * 7919) % 251 + 1 }' \
    > "$T/noise.txt"
fails "binary noise" "$T/noise.txt" "unknown format"

# Damaged documents of each kind.
printf '%%PDF-1.7\n%s\n' "1 0 obj << /Type /Catalog garbage" > "$T/damaged.pdf"
fails "damaged pdf" "$T/damaged.pdf" "PDF is damaged"
printf '\211PNG\r\n\032\n%s' "not an image" > "$T/damaged.png"
fails "damaged png" "$T/damaged.png" "image is damaged"
printf '\377\330\377\340%s' "not an image" > "$T/damaged.jpg"
fails "damaged jpeg" "$T/damaged.jpg" "image is damaged"
printf 'II*\000%s' "not an image" > "$T/damaged.tif"
fails "damaged tiff" "$T/damaged.tif" "image is damaged"
printf 'PK\003\004%s' "not an archive" > "$T/damaged.docx"
fails "damaged docx" "$T/damaged.docx" "is damaged"

# A ZIP archive that is neither DOCX nor ODT.
if command -v zip >/dev/null 2>&1; then
	echo "a list" > "$T/list.txt"
	(cd "$T" && zip -q other.zip list.txt)
	fails "zip, not docx" "$T/other.zip" "neither a DOCX nor an ODT"
else
	echo "# zip not installed: the foreign ZIP archive is not tried"
fi

# An encrypted PDF (ghostscript writes one with a user password).
if command -v gs >/dev/null 2>&1; then
	gs -q -sDEVICE=pdfwrite -sOwnerPassword=owner -sUserPassword=user \
	    -dEncryptionR=3 -dKeyLength=128 -o "$T/locked.pdf" \
	    -c '/Helvetica findfont 12 scalefont setfont 72 720 moveto' \
	    -c '(Complaint) show showpage'
	fails "encrypted pdf" "$T/locked.pdf" "encrypted"
else
	echo "# ghostscript not installed: the encrypted PDF is not tried"
fi

# A damaged DOC: LibreOffice cannot convert it.
if command -v soffice >/dev/null 2>&1; then
	printf '\320\317\021\340\241\261\032\341%s' "no sectors" \
	    > "$T/damaged.doc"
	fails "damaged doc" "$T/damaged.doc" "DOC document is damaged"
fi

# The helper itself refuses more than 50 MB on its input.
head -c 52428801 /dev/zero | "$XP" -- "big input" > "$T/out" 2> "$T/err"
check_eq "helper, over 50 MB: exit status" 1 "$?"
check_contains "helper, over 50 MB: names the file" "big input: " \
    "$(cat "$T/err")"
finish
