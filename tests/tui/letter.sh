# The Letter screen: the letter of a returned filing, its language, a
# field typed over and seen in the preview, export to text and RTF (and a
# Kazakh letter in CP1251: the error names the character), print through a
# fake lp ($QARAU_LP), and on the register the sort by filer, reversed,
# keeping the selected filing.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register || not_ok "a register with a returned filing"
facts() {
	grep -v '^#' "$top_srcdir/tests/tui/$1.facts" | sed 's/ *= */=/'
}
"$QARAU" -d "$DB" add $(facts admit) filer.name=Abenov >/dev/null &&
"$QARAU" -d "$DB" add $(facts admit) filer.name=Zhaksylykov >/dev/null ||
    not_ok "two more filings"
# The file name the export offers: the number with '-' for '/'.
base=$(printf '%s' "$ID" | tr / -)

# The fake lp keeps its arguments and the file; it exits with the number
# in $T/lp-exit (0 when none).
cat >"$T/fake-lp" <<'LP'
#!/bin/sh
for a in "$@"; do printf '%s\n' "$a"; done >"$FAKE_LP_DIR/argv"
for a in "$@"; do last=$a; done
cp "$last" "$FAKE_LP_DIR/printed"
exit "$(cat "$FAKE_LP_DIR/lp-exit" 2>/dev/null || echo 0)"
LP
chmod +x "$T/fake-lp"

# The status line (the last line but one).
status() {
	tui_screen | sed -n 29p
}

tui_start LANGUAGE=en HOME="$HOME" QARAU_TODAY="$QARAU_TODAY" \
    QARAU_LP="$T/fake-lp" FAKE_LP_DIR="$T" LSAN_OPTIONS="$LSAN_OPTIONS"
check_screen "the register lists the returned filing" "Серікбаев"

# Open the letter: search the filer, Enter opens the filing, l the letter.
tui_keys /
tui_keys -l Серікбаев
tui_keys Enter
tui_wait_gone Abenov || :
tui_keys Enter
check_screen "Enter opens the filing" "Filing"
tui_keys l
check_screen "l opens the letter" "Language: of the proceedings"
check_screen "the letter is in Kazakh" "Кассациялық шағымды қараусыз қайтару"
check_screen "the addressee is in it, in the dative" "Е.М. Серікбаевқа"
bar=$(tui_screen | sed -n 30p)
check_contains "the bar shows Fields" "F2Fields" "$bar"
check_contains "the bar shows Export" "F5Export" "$bar"
check_contains "the bar shows Print" "F6Print" "$bar"

# Language: kk, then ru, then kk again.
tui_keys L
check_screen "L: Kazakh" "Language: Kazakh"
tui_keys L
check_screen "L again: Russian" "Language: Russian"
check_screen "the letter is in Russian" "О возвращении кассационной жалобы"
tui_keys L
check_screen "L once more: Kazakh" "Language: Kazakh"

# A field typed over: the outgoing number, seen at once in the preview.
tui_keys c
check_screen "c lists the fields" "Letter fields"
check_screen "with the outgoing number's value" "Outgoing number: $ID"
tui_keys 1
check_screen "1 opens the field" "The value for this letter"
tui_keys C-u
tui_keys -l "ШЫҒ-777"
tui_keys Enter
check_screen "the status line says so" "Outgoing number changed: ШЫҒ-777"
# The letter binds "№" to the number with a no-break space.
check_contains "the preview shows the new number" "№ ШЫҒ-777" \
    "$(tui_screen | sed -n 2,27p | sed 's/\xc2\xa0/ /g')"
check_screen "the header counts it" "Fields typed over: 1"
# The outgoing date takes the forms of every date field, stored as a date.
tui_keys c
tui_wait "Letter fields" || :
tui_keys 2
check_screen "2 opens the outgoing date" "The value for this letter"
tui_keys C-u
tui_keys -l "5.7.25"
tui_keys Enter
check_screen "D.M.YY is taken as the date" "Outgoing date changed: 2025-07-05"
check_contains "the preview prints it the letter's way" "05.07.2025" \
    "$(tui_screen | sed -n 2,27p)"
tui_keys c
tui_wait "Letter fields" || :
tui_keys 2
tui_keys C-u
tui_keys -l "32.13.25"
tui_keys Enter
check_screen "a date that is none is refused, saying what to type" "32.13.25"
check_screen "... and the field keeps its date" "Fields typed over: 2"

# The help lists the new keys.
tui_keys '?'
check_screen "? lists export" "write the letter to a file"
check_screen "? lists print" "print the letter"
check_screen "? lists the fields" "change a field of the letter"
tui_keys q
check_screen "back to the letter" "Language: Kazakh"

# Export as text, UTF-8, to the file offered.
tui_keys e
check_screen "e asks the format" "Format:"
tui_keys 1
check_screen "txt asks the encoding" "CP1251"
tui_keys 1
check_screen "the file offered" "~/$base-kk.txt"
tui_keys Enter
check_screen "the status line names the file" "The letter was written to"
f=$HOME/$base-kk.txt
if [ -f "$f" ]; then ok "the text file exists"; else
	not_ok "the text file exists" "$(ls -la "$HOME")"; fi
check_contains "the text has the typed number" "ШЫҒ-777" "$(cat "$f" 2>/dev/null)"
check_contains "the text has the addressee" "Е.М. Серікбаевқа" \
    "$(cat "$f" 2>/dev/null)"

# Again: the file exists, so the export asks first.
tui_keys e 1 1 Enter
check_screen "an existing file: asked to replace" "exists. Replace it?"
: >"$f"
tui_keys y
check_screen "y replaces it" "The letter was written to"
check_contains "the replaced file has the letter" "ШЫҒ-777" \
    "$(cat "$f" 2>/dev/null)"

# RTF.
tui_keys e 2
check_screen "the RTF file offered" "~/$base-kk.rtf"
tui_keys Enter
check_screen "RTF written" "The letter was written to"
f=$HOME/$base-kk.rtf
check_eq "the RTF file starts as RTF" '{\rtf1' "$(head -c 6 "$f" 2>/dev/null)"
check_contains "the RTF has the typed number" "777" "$(cat "$f" 2>/dev/null)"

# A Kazakh letter in CP1251: the error names the character.
tui_keys e 1 3
check_screen "CP1251 asks the file" "File:"
tui_keys C-u
tui_keys -l "$T/cp1251.txt"
tui_keys Enter
check_screen "CP1251: the error names the character" "cannot be written in CP1251"
check_contains "CP1251: with its code" "(U+" "$(status)"
check_eq "CP1251: no file written" "no" \
    "$( [ -e "$T/cp1251.txt" ] && echo yes || echo no)"

# Print through the fake lp, after a confirmation; then a failing lp.
tui_keys p
check_screen "p asks first" "Send the letter to the printer?"
tui_keys y
check_screen "printed" "The letter was sent to the printer."
check_eq "lp got -t qarau" "-t qarau" \
    "$(head -n 2 "$T/argv" 2>/dev/null | tr '\n' ' ' | sed 's/ $//')"
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	check_eq "lp got a PDF" "%PDF-" "$(head -c 5 "$T/printed" 2>/dev/null)"
else
	check_contains "lp got the text" "ШЫҒ-777" "$(cat "$T/printed")"
fi
echo 3 >"$T/lp-exit"
tui_keys p y
check_screen "a failing lp: the error" "the letter was not printed"
check_contains "with its exit status" "exit status 3" "$(status)"
# Wait for the question before answering it: under a slow (sanitizer)
# build the dialog may not be drawn yet when "gone" is checked.
tui_keys p
tui_wait "Send the letter" || :
tui_keys n
tui_wait_gone "Send the letter" || :
check_eq "n: nothing printed" "" "$(status)"

# The register: sort by filer, chosen from the menu of columns (htop's F6).
tui_keys q q
check_screen "back on the register" "Pending:"
rows() {
	tui_screen | grep '/2025' | awk '{
		for (i = 1; i <= NF; i++)
			if ($i ~ /^(Abenov|Zhaksylykov|Серікбаев)$/)
				printf "%s ", $i }'
}
# Clear the search, then the cursor on Abenov, wherever the deadline
# order put it.
tui_keys / Escape
tui_wait Abenov || :
sleep 0.3
k=$(rows | tr ' ' '\n' | grep -n '^Abenov$' | cut -d: -f1)
tui_keys g
while [ "${k:-1}" -gt 1 ]; do
	tui_keys j
	k=$((k - 1))
done
tui_keys s
check_screen "s: the menu of the columns" "Sort the list by"
tui_keys 4
check_screen "4 in the menu: by filer" "Filer ▲"
check_eq "ascending by filer" "Abenov Zhaksylykov Серікбаев " "$(rows)"
tui_keys r
check_screen "r reverses" "Filer ▼"
check_eq "descending by filer" "Серікбаев Zhaksylykov Abenov " "$(rows)"
# The cursor followed Abenov, first and then last.
tui_keys Enter
check_screen "the selected filing is kept" "Abenov"
tui_keys q
tui_keys s
tui_wait "Sort the list by" || :
tui_keys 5
check_screen "s, 5: by judge" "Judge ▲"
tui_keys s
tui_wait "Sort the list by" || :
tui_keys 5
check_screen "the same column again: the other way" "Judge ▼"
tui_keys s
tui_wait "Sort the list by" || :
tui_keys 1
check_screen "s, 1: by the deadline" "Deadline ▲"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr
finish
