# qarau read: plain text in its encodings, a PDF with a text layer, the
# three outputs, bad files (the message of extract_file, exit 1), and
# that nothing touches a register.
. "$top_srcdir/tests/lib.sh"

S=$top_srcdir/tests/read/samples
ru=$S/ru-01-convicted-custody.txt
kk=$S/kk-01-convicted-custody.txt
export QARAU_DB="$T/none.db"

out=$("$QARAU" read --porcelain "$ru"); rc=$?
check_eq "read --porcelain exits 0" 0 "$rc"
check_eq "porcelain begins with the text lines" "text.pages=2
text.language=ru
text.ocr=no" "$(printf '%s\n' "$out" | sed -n 1,3p)"
check_contains "the kind, with where" \
    "suggest.filing.kind=complaint	page=1	line=12	quote=КАССАЦИОННАЯ ЖАЛОБА" "$out"
check_contains "the act's date" "suggest.act.date=2025-03-12	" "$out"
check_contains "the items of CPC 485" "suggest.grounds.cpc485-1=1,5	" "$out"
check_contains "the institution" \
    "suggest.filer.institution=ЛА-155/14	" "$out"
check_contains "date and signature, on page 2" \
    "suggest.content.date-signature=yes	page=2	" "$out"
check_contains "no abusive word, quoted from nowhere" \
    "suggest.content.abusive=no	page=0	line=0	quote=" "$out"
[ -e "$T/none.db" ] && not_ok "read made no register" || ok "read made no register"

out=$("$QARAU" read --porcelain "$kk"); rc=$?
check_eq "read kk exits 0" 0 "$rc"
check_contains "kk: the language" "text.language=kk" "$out"
check_contains "kk: a date in words" "suggest.act.date=2025-02-11	" "$out"
check_contains "kk: the item" "suggest.grounds.cpc485-1=1	" "$out"

# Any encoding: CP1251 reads as the UTF-8 text does.
if iconv -f UTF-8 -t CP1251 "$ru" > "$T/ru.txt" 2>/dev/null; then
	check_eq "CP1251 proposes what UTF-8 does" \
	    "$("$QARAU" read --porcelain "$ru" | grep '^suggest\.')" \
	    "$("$QARAU" read --porcelain "$T/ru.txt" | grep '^suggest\.')"
fi

# Several files: each block named.
out=$("$QARAU" read --porcelain "$ru" "$kk"); rc=$?
check_eq "two files exit 0" 0 "$rc"
check_eq "two blocks" 2 "$(printf '%s\n' "$out" | grep -c '^file=')"

out=$("$QARAU" read --json "$ru"); rc=$?
check_eq "read --json exits 0" 0 "$rc"
check_contains "json: the file's object" '"pages":2,"language":"ru"' "$out"
check_contains "json: a proposal" \
    '{"key":"act.number","value":"1-112/2025","page":1,"line":17,"quote":"по делу № 1-112/2025"}' "$out"
if command -v python3 > /dev/null; then
	printf '%s\n' "$out" | python3 -c 'import json,sys; json.load(sys.stdin)' &&
	    ok "json parses" || not_ok "json parses"
fi

out=$(LANGUAGE=en "$QARAU" read "$ru"); rc=$?
check_eq "read for people exits 0" 0 "$rc"
check_contains "people: the question and the label" \
    "What has arrived? — cassation complaint" "$out"
check_contains "people: where" "page 1, line 12: «КАССАЦИОННАЯ ЖАЛОБА»" "$out"

out=$("$QARAU" read --text "$ru"); rc=$?
check_eq "read --text exits 0" 0 "$rc"
check_eq "--text prints the text" "$(cat "$ru")" "$out"

# A PDF with a text layer (when the build has the extractor and
# LibreOffice is at hand to make one).
if [ -x "$QARAU_LIBEXECDIR/qarau-extract" ] &&
    command -v soffice > /dev/null 2>&1; then
	cp "$ru" "$T/sample.txt"
	(cd "$T" && HOME="$T" timeout 120 soffice --headless --convert-to pdf \
	    sample.txt > /dev/null 2>&1)
	if [ -s "$T/sample.pdf" ]; then
		out=$("$QARAU" read --porcelain "$T/sample.pdf"); rc=$?
		check_eq "read PDF exits 0" 0 "$rc"
		check_contains "PDF: the format" "text.format=pdf" "$out"
		check_contains "PDF: the act's number" \
		    "suggest.act.number=1-112/2025	" "$out"
	fi
fi

# Bad files: the extractor's message, exit 1, the other files still read.
printf '\x00\x01\x02garbage' > "$T/bad.bin"
err=$("$QARAU" read "$T/missing.pdf" 2>&1 >/dev/null); rc=$?
check_eq "a missing file exits 1" 1 "$rc"
check_contains "a missing file is named" "missing.pdf" "$err"
out=$("$QARAU" read --porcelain "$T" "$ru" 2>"$T/err"); rc=$?
check_eq "a folder among files exits 1" 1 "$rc"
check_contains "the folder is named" "$T" "$(cat "$T/err")"
check_contains "the good file is still read" "text.language=ru" "$out"
err=$("$QARAU" read 2>&1 >/dev/null); rc=$?
check_eq "no file exits 2" 2 "$rc"
check_contains "no file says what to give" "name the documents" "$err"

finish
