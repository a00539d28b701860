# Plain text in every encoding a filing comes in: told by its bytes,
# converted to UTF-8, normalised (CRLF, control characters), pages split
# by form feeds; and extract_file() passing it all through.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/extract/extract-lib.sh"

sample_text > "$T/utf8.txt"
expect=$(cat "$T/utf8.txt")

# enc FILE-ENCODING HEADER-ENCODING [iconv target]
enc() {
	iconv -f UTF-8 -t "$3" "$T/utf8.txt" > "$T/in.$1" || {
		not_ok "$1: iconv -t $3 failed"; return; }
	X "$T/in.$1"
	check_eq "$1: exit status" 0 "$rc"
	check_eq "$1: format" text "$(header format)"
	check_eq "$1: encoding" "$2" "$(header encoding)"
	check_eq "$1: pages" 2 "$(header pages)"
	check_eq "$1: ocr" no "$(header ocr)"
	check_eq "$1: text" "$expect" "$(body)"
}

enc utf8 UTF-8 UTF-8
enc utf16 UTF-16LE UTF-16		# with glibc's BOM, little-endian
enc utf16le UTF-16LE UTF-16LE		# no BOM
enc utf16be UTF-16BE UTF-16BE
enc rk1048 RK1048 RK1048
# CP1251 and KOI8-R have no Kazakh letters: a Russian text.
printf '%s\n' "Приговор Павлодарского областного суда от 15 июля 2025 года" \
    "отменить, дело направить на новое рассмотрение в ином составе суда." \
    > "$T/utf8.txt"
printf '\f%s\n' "Подпись, дата." >> "$T/utf8.txt"
expect=$(cat "$T/utf8.txt")
enc cp1251 CP1251 CP1251
enc koi8-r KOI8-R KOI8-R

enc ibm866 IBM866 IBM866

# A few words, where uchardet alone guesses wrong: the letters decide.
for w in "Қазақ:RK1048" "Сот үкімі күшін жойылсын:RK1048" \
    "Ёлка, съёмка, объём:KOI8-R" "Жалоба № 5 «о пересмотре»:CP1251"; do
	printf '%s\n' "${w%:*}" | iconv -f UTF-8 -t "${w##*:}" > "$T/short"
	X "$T/short"
	check_eq "short text '${w%:*}': encoding" "${w##*:}" \
	    "$(header encoding)"
	check_eq "short text '${w%:*}': text" "${w%:*}" "$(body)"
done

# A BOM is not text; CRLF and a lone CR end lines; a TAB is a space;
# other control characters go.
line="Кассационная жалоба на приговор районного суда"
printf '\357\273\277%s\r\n%s\t%s\001\033[31m\r%s\n' "$line" "$line" \
    "$line" "$line" > "$T/ctl.txt"
X "$T/ctl.txt"
check_eq "normalised: exit status" 0 "$rc"
check_eq "normalised: text" "$(printf '%s\n%s %s[31m\n%s' "$line" "$line" \
    "$line" "$line")" "$(body)"

# A form feed that ends a printout starts no page.
printf 'one\ftwo\f\r\n' > "$T/ff.txt"
X "$T/ff.txt"
check_eq "final form feed: pages" 2 "$(header pages)"

# The name is for messages only: a text called .pdf is a text.
cp "$T/in.cp1251" "$T/complaint.pdf"
X "$T/complaint.pdf"
check_eq "format by the bytes, not the name" text "$(header format)"

# extract_file(): the header parsed, the bytes kept as read.
sample_text | iconv -f UTF-8 -t RK1048 > "$T/client.txt"
C "$T/client.txt"
check_eq "client: exit status" 0 "$rc"
check_eq "client: format" text "$(header format)"
check_eq "client: encoding" RK1048 "$(header encoding)"
check_eq "client: pages" 2 "$(header pages)"
check_eq "client: bytes kept" "$(wc -c < "$T/client.txt" | tr -d ' ')" \
    "$(header bytes)"
check_eq "client: text" "$(sample_text)" "$(body)"
cp "$T/client.txt" "$T/--help"
C "$T/--help"
check_eq "client: a file called --help is a document" RK1048 \
    "$(header encoding)"

# Without the helper, the client says which program is missing.
QARAU_LIBEXECDIR=$T/nowhere C "$T/client.txt"
check_eq "client without qarau-extract: exit status" 1 "$rc"
check_contains "client without qarau-extract: says so" \
    "$T/nowhere/qarau-extract" "$(cat "$T/err")"
check_contains "client without qarau-extract: names the file" \
    "$T/client.txt" "$(cat "$T/err")"

# The helper's usage and its standard options.
"$XP" > "$T/out" 2> "$T/err" < /dev/null
check_eq "no argument: exit status 2" 2 "$?"
"$XP" --version > "$T/out"
check_contains "--version" "qarau-extract" "$(cat "$T/out")"
finish
