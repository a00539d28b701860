# Text that cannot harm a terminal or a script (issue 15, section 4): one
# check of incoming text on every path, escaping on the way out, a
# byte-order mark skipped, size limits, and import held to the checks of
# 'add' and 'event'.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }
ESC=$(printf '\033')
TAB=$(printf '\t')
NL='
'

q add "$F" content.filer-data=no >/dev/null 2>&1
check_eq "a filing to work on" 1 "$(q list --all --porcelain | wc -l)"

# Escape sequences, DEL and C1 controls, TAB and newline are refused on
# every way in, with what the problem is.
err=$(q set 1 "judge=J${ESC}]0;pwned$(printf '\007')${ESC}[2J" 2>&1); rc=$?
check_eq "set judge=ESC...: exit 2" 2 "$rc"
check_contains "set judge: the control named" "control character (U+001B)" "$err"
err=$(q set 1 "filer.name=a$(printf '\177')" 2>&1); rc=$?
check_eq "set filer.name with DEL: exit 2" 2 "$rc"
check_contains "DEL named" "U+007F" "$err"
err=$(q set 1 "filer.name=a$(printf '\302\233')2J" 2>&1); rc=$?
check_eq "set filer.name with U+009B (CSI): exit 2" 2 "$rc"
check_contains "C1 named" "U+009B" "$err"
err=$(q set 1 "filer.name=a$(printf '\377')" 2>&1); rc=$?
check_eq "invalid UTF-8 from KEY=VALUE: exit 2" 2 "$rc"
check_contains "invalid UTF-8 said so" "UTF-8" "$err"
err=$(q set 1 "filer.name=a${TAB}b" 2>&1); rc=$?
check_eq "a TAB in a value: exit 2" 2 "$rc"
err=$(q set 1 "filer.name=a$(printf '\033')" 2>&1)
case $err in *"shorter than"*) not_ok "no 'shorter than' for a control" "$err" ;;
*) ok "no 'shorter than' for a control" ;; esac
printf 'filing.kind = complaint\nfiler.name = x\033[2J\n' > "$T/esc.facts"
err=$(q add "$T/esc.facts" 2>&1); rc=$?
check_eq "facts file with ESC: exit 2" 2 "$rc"
check_contains "facts file: file:line and field" "esc.facts:2: filer.name: a control character" "$err"
case $err in *"$ESC"*) not_ok "the message holds no raw ESC" ;; *) ok "the message holds no raw ESC" ;; esac
err=$(q settings numbering.prefix "K${ESC}[31m" 2>&1); rc=$?
check_eq "numbering.prefix with ESC: exit 2" 2 "$rc"
err=$(q settings court.name.ru "$(head -c 61440 /dev/zero | tr '\0' 'a')" 2>&1); rc=$?
check_eq "a 60 KB court name: exit 2" 2 "$rc"
check_contains "a 60 KB court name: too long" "too long" "$err"
err=$(q event 1 case-requested --note "x${ESC}[2J" 2>&1); rc=$?
check_eq "a note with ESC: exit 2" 2 "$rc"
err=$(q letter 1 --field "filer.name=x${ESC}[2J" 2>&1); rc=$?
check_eq "a letter field with ESC: exit 2" 2 "$rc"
check_contains "a letter field with ESC: why" "--field filer.name: a control character" "$err"
err=$(q add filing.kind=complaint filing.received=2200-01-01 2>&1); rc=$?
check_eq "a date of 2200: exit 2" 2 "$rc"
check_contains "a date of 2200: the year said" "outside 1900-2199" "$err"

# What is already in a register (an older qarau, a hand edit) reaches the
# terminal escaped and cannot forge porcelain rows or fields.
"$SQLITE3" "$DB" "UPDATE filing SET judge = 'J' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J' || char(9) || 'x' || char(10) || 'ККС-9/2025' WHERE id = 1"
out=$(q list --all)
case $out in *"$ESC"*) not_ok "list: no raw ESC" ;; *) ok "list: no raw ESC" ;; esac
out=$(q list --all --porcelain)
check_eq "porcelain: one line for one filing" 1 "$(printf '%s\n' "$out" | wc -l)"
check_eq "porcelain: the fields stay 12" 12 "$(printf '%s\n' "$out" | awk -F'\t' '{print NF}')"
check_contains "porcelain: escaped" 'judge=J\x1b]0;pwned\x07\x1b[2J\tx\nККС-9/2025' "$out"
out=$(q show 1; q show --porcelain 1)
case $out in *"$ESC"*) not_ok "show: no raw ESC" ;; *) ok "show: no raw ESC" ;; esac
check_contains "show: the judge escaped" 'J\x1b]0;pwned' "$out"
"$SQLITE3" "$DB" "UPDATE filing SET judge = '' WHERE id = 1"
"$SQLITE3" "$DB" "INSERT OR REPLACE INTO setting (key, value) VALUES ('assistant', 'A' || char(27) || '[2J')"
out=$(q settings; q settings assistant; q settings --porcelain)
case $out in *"$ESC"*) not_ok "settings: no raw ESC" ;; *) ok "settings: no raw ESC" ;; esac
check_contains "settings: escaped" 'assistant=A\x1b[2J' "$out"

# A UTF-8 byte-order mark (Windows Notepad) is accepted and skipped.
printf '\357\273\277' > "$T/bom.facts"
cat "$F" >> "$T/bom.facts"
out=$(q add "$T/bom.facts" 2>&1); rc=$?
check_eq "facts file with a BOM: exit 0" 0 "$rc"

# Size limits: /dev/zero is not read until memory runs out.
err=$("$QARAU" screen /dev/zero 2>&1); rc=$?
check_eq "screen /dev/zero: exit 2" 2 "$rc"
check_contains "screen /dev/zero: why" "larger than" "$err"

# add: no receipt after today, no hand-over before the receipt.
err=$(q add filing.kind=complaint filing.received=2025-07-11 2>&1); rc=$?
check_eq "add: receipt after today: exit 2" 2 "$rc"
check_contains "add: receipt after today: why" "after today" "$err"
err=$(q add filing.kind=complaint filing.received=2025-07-05 filing.handed=2025-07-04 2>&1); rc=$?
check_eq "add: hand-over before receipt: exit 2" 2 "$rc"
check_contains "add: hand-over before receipt: why" "before the filing was received" "$err"

# Import goes through the same checks.
q export > "$T/all.csv"
head -n 1 "$T/all.csv" > "$T/head.csv"
row=$(sed -n 2p "$T/all.csv")
I=$T/imp.db
imp() { "$QARAU" -d "$I" import "$1" 2>&1; }
csv_with() {	# csv_with FILE SED-EXPRESSION: the header and row 1, changed
	{ cat "$T/head.csv"; printf '%s\n' "$row" | sed "$2"; } > "$1"
}
printf '\357\273\277' > "$T/bom.csv"
cat "$T/head.csv" >> "$T/bom.csv"
printf '%s\n' "$row" >> "$T/bom.csv"
out=$(imp "$T/bom.csv"); rc=$?
check_eq "import: a BOM is skipped" 0 "$rc"
rm -f "$I"
{ sed 's/$/,filer.name/' "$T/head.csv"; printf '%s,x\n' "$row"; } > "$T/twice.csv"
err=$(imp "$T/twice.csv"); rc=$?
check_eq "import: a repeated column: exit 2" 2 "$rc"
check_contains "import: a repeated column named" "'filer.name' is given twice" "$err"
{ cat "$T/head.csv"; printf '%s\0x\n' "$row"; } > "$T/nul.csv"
err=$(imp "$T/nul.csv"); rc=$?
check_eq "import: a NUL: exit 2" 2 "$rc"
check_contains "import: a NUL, with its line" "nul.csv:2: a NUL byte" "$err"
csv_with "$T/seq.csv" 's/^\([^,]*\),\([^,]*\),[^,]*,/\1,\2,4611686018427387903,/'
err=$(imp "$T/seq.csv"); rc=$?
check_eq "import: a seq of 4.6e18: exit 2" 2 "$rc"
check_contains "import: the seq named" "seq:" "$err"
csv_with "$T/num.csv" "s/^[^,]*,/K${ESC}[2J,/"
err=$(imp "$T/num.csv"); rc=$?
check_eq "import: ESC in a number: exit 2" 2 "$rc"
check_contains "import: the number named" "number: a control character" "$err"
csv_with "$T/late.csv" 's/received 2025-[0-9-]*/received 2199-01-01/'
err=$(imp "$T/late.csv"); rc=$?
check_eq "import: an event of 2199: exit 2" 2 "$rc"
check_contains "import: an event after today" "after today" "$err"
csv_with "$T/order.csv" 's/received [0-9-]*/received 2025-07-05; handed 2025-07-04/'
err=$(imp "$T/order.csv"); rc=$?
check_eq "import: events out of order: exit 2" 2 "$rc"
check_contains "import: events out of order said" "before the event before it" "$err"
csv_with "$T/pred.csv" 's/\(received [0-9-]*\)/handed 2025-07-01; \1/'
err=$(imp "$T/pred.csv"); rc=$?
check_eq "import: an event before the one it needs: exit 2" 2 "$rc"
check_contains "import: the predecessor named" "'handed' cannot come before 'received'" "$err"
csv_with "$T/twice-ev.csv" 's/\(received [0-9-]*\)/\1; \1/'
err=$(imp "$T/twice-ev.csv"); rc=$?
check_eq "import: an event given twice: exit 2" 2 "$rc"
csv_with "$T/year.csv" 's/^\([^,]*\),[^,]*,/\1,20x5,/'
err=$(imp "$T/year.csv"); rc=$?
check_contains "import: the bad column named" "year: '20x5'" "$err"
check_eq "import: nothing imported after refusals" 0 "$("$QARAU" -d "$I" list --all --porcelain 2>/dev/null | wc -l)"

# A number that is not its seq's by the numbering (one that 'add' would
# produce later, or a malformed one) is refused, by file, line and field.
csv_with "$T/ahead.csv" 's/^[^,]*,\([^,]*\),[^,]*,/ККС-2\/2025,\1,1,/'
err=$(imp "$T/ahead.csv"); rc=$?
check_eq "import: a number ahead of its seq: exit 2" 2 "$rc"
check_contains "import: the number's file, line and field" \
    "ahead.csv:2: number: 'ККС-2/2025' is not the court's number 1 of 2025" "$err"
csv_with "$T/shape.csv" 's/^[^,]*,/KKS 1-2025,/'
err=$(imp "$T/shape.csv"); rc=$?
check_eq "import: a number not of the pattern: exit 2" 2 "$rc"
check_contains "import: the pattern's number said" "make it 'ККС-1/2025'" "$err"
check_eq "import: nothing imported after bad numbers" 0 "$("$QARAU" -d "$I" list --all --porcelain 2>/dev/null | wc -l)"
# A number of its seq further on: the next 'add' follows it.
csv_with "$T/later.csv" 's/^[^,]*,\([^,]*\),[^,]*,/ККС-2\/2025,\1,2,/'
out=$(imp "$T/later.csv"); rc=$?
check_eq "import: a number of its seq" 0 "$rc"
n1=$("$QARAU" -d "$I" add "$F" 2>&1 | tail -n 1)
check_eq "add after it: the next number" "ККС-3/2025" "$n1"

finish
