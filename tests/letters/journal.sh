# The outgoing journal: 'qarau letter --send' numbers letters by their own
# counter, stores them as sent; 'qarau letters' lists and reprints them
# byte for byte with the send date; a cancelled letter stays; 'qarau event
# --undo' takes back a wrong event; a process killed while sending leaves
# no entry or a whole one.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register || not_ok "register"
q() { "$QARAU" -d "$DB" "$@"; }
q settings out.numbering "{n}/{yy}" >/dev/null || not_ok "out.numbering"
q settings user.name "А. Ахметова" >/dev/null &&
q settings user.telephone "+7 7172 71-00-12" >/dev/null ||
    not_ok "user settings"

# Two sends: two consecutive numbers, apart from the register's numbers.
err=$(q letter "$ID" --send 2>&1); rc=$?
check_eq "--send exits 0" 0 "$rc"
check_contains "--send says the number" "1/25" "$err"
# A build without PDF keeps the text alone and writes -o as text.
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	q letter "$ID" --send --format pdf -o "$T/sent.pdf" 2>/dev/null
else
	q letter "$ID" --send --format txt -o "$T/sent.txt" 2>/dev/null
fi
check_eq "--send -o exits 0" 0 $?
out=$(q letters --porcelain | cut -f 1 | tr '\n' ' ')
check_eq "consecutive outgoing numbers" "1/25 2/25 " "$out"
out=$(q letters "$ID" --porcelain | head -n 1)
check_contains "journal: date, kind, language" \
    "date=2025-10-02	kind=return	lang=kk	filing=$ID" "$out"
check_contains "journal: the addressee as written" "Е.М. Серікбаевқа" "$out"
check_contains "the return is recorded" "Status:    returned" "$(q show "$ID")"
check_contains "the audit trail has the letter" "letter sent" "$(q show "$ID")"

if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	# A reprint is the stored PDF, byte for byte, dated the send date.
	QARAU_TODAY=2025-10-20 q letters --reprint 2/25 -o "$T/re.pdf"
	check_eq "--reprint exits 0" 0 $?
	if cmp -s "$T/sent.pdf" "$T/re.pdf"; then ok "reprint is byte-identical"
	else not_ok "reprint is byte-identical"; fi
	txt=$(pdftotext "$T/re.pdf" - 2>/dev/null)
	check_contains "the letter's date is the send date" \
	    "02.10.2025 ж. № 2/25" "$txt"
	check_contains "Liberation Serif embedded" "LiberationSerif" \
	    "$(pdffonts "$T/re.pdf" 2>/dev/null)"
	check_eq "embedded: yes" "" "$(pdffonts "$T/re.pdf" 2>/dev/null |
	    sed -n '3,$p' | awk '$(NF-4) != "yes"')"
	pages=$(pdfinfo "$T/re.pdf" | sed -n 's/^Pages: *//p')
	if [ "${pages:-1}" -ge 2 ]; then
		p2=$(pdftotext -f 2 -l 2 -layout "$T/re.pdf" - | sed '/^ *$/d' |
		    head -n 1 | tr -d ' ')
		check_eq "page 2 carries its number" 2 "$p2"
		p1=$(pdftotext -f 1 -l 1 "$T/re.pdf" - | sed '/^ *$/d' |
		    head -n 1)
		case $p1 in 1) not_ok "page 1 has no number" ;;
		*) ok "page 1 has no number" ;; esac
	fi
	check_contains "the executor and his telephone" \
	    "Тел.: +7 7172 71-00-12" "$(pdftotext "$T/re.pdf" - | flat)"
	QARAU_TODAY=2025-10-20 q letters --reprint 9/25 -o "$T/x.pdf" 2>/dev/null
	check_eq "reprint of an unknown number exits 2" 2 $?
fi

# Cancelled, never unsent: it stays in the journal with its reason.
q letters --cancel 1/25 2>/dev/null
check_eq "cancel without a reason exits 2" 2 $?
q letters --cancel 1/25 --reason "wrong address" >/dev/null
check_eq "cancel exits 0" 0 $?
check_contains "the cancelled letter stays" "cancelled=wrong address" \
    "$(q letters --porcelain | head -n 1)"

# A wrong event undone, and the undoing audited.
out=$(q event "$ID" --undo); rc=$?
check_eq "event --undo exits 0" 0 "$rc"
check_contains "event --undo names it" "'returned' undone" "$out"
check_contains "pending again" "Status:    pending" "$(q show "$ID")"
check_contains "the undoing audited" "event returned undone" "$(q show "$ID")"
check_eq "the journal keeps both letters" 2 "$(q letters --porcelain | wc -l)"

# Killed while sending: no entry or a whole one, and no number reused.
ASAN_OPTIONS=detect_leaks=0; export ASAN_OPTIONS
i=0
while [ "$i" -lt 6 ]; do
	i=$((i + 1))
	"$QARAU" -d "$DB" letter "$ID" --send >/dev/null 2>&1 &
	pid=$!
	sleep "0.0$i"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
done
if [ -n "${SQLITE3:-}" ]; then
	check_eq "integrity_check" ok "$("$SQLITE3" "$DB" 'PRAGMA integrity_check')"
	check_eq "every entry whole" 0 "$("$SQLITE3" "$DB" "SELECT count(*) FROM \
letter WHERE text = '' OR number = ''")"
	check_eq "no number twice" 0 "$("$SQLITE3" "$DB" "SELECT count(*) - \
count(DISTINCT number) FROM letter")"
fi
n=$(q letters --porcelain | wc -l)
q letter "$ID" --send 2>/dev/null
check_eq "the next send after the kills" $((n + 1)) \
    "$(q letters --porcelain | wc -l)"
finish
