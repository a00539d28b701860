# The court's calendar in the register: qarau calendar lists a year with
# the source of every day, set and unset change a day, recompute the
# pending filings at once and list the deadlines that moved (issue 13).
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
q() { "$QARAU" -d "$DB" "$@"; }
QARAU_TODAY=2025-09-19; export QARAU_TODAY

q add "$F" >/dev/null
q event 1 case-requested 2025-09-15 >/dev/null

out=$(q calendar 2025 --porcelain)
check_contains "the shipped file's days" \
	"2025-03-21	kind=holiday	source=file" "$out"
out=$(q calendar 2027 --porcelain 2>"$T/err")
check_contains "2027: Kurban ait unconfirmed" \
	"2027-05-16	kind=holiday	source=file	unconfirmed=yes" "$out"
check_contains "2027: the warning names the date" "2027-05-16" \
	"$(cat "$T/err")"
check_contains "2027: Constitution Day on 15 March" \
	"2027-03-15	kind=holiday" "$out"

# The court makes Monday 22.09 a holiday: the case is due on Tuesday.
out=$(q calendar set 2025-09-22 holiday --note "by order 1"); rc=$?
check_eq "set exits 0" 0 "$rc"
check_contains "set: the moved deadline" \
	"ККС-1/2025	case-due	2025-09-22 -> 2025-09-23" "$out"
check_contains "list: recomputed at once" "deadline=2025-09-23" \
	"$(q list --porcelain)"
out=$(q calendar 2025 --porcelain | grep 2025-09-22)
check_contains "the court's day and its source" \
	"kind=holiday	source=court	unconfirmed=no	user=" "$out"
check_contains "its note" "note=by order 1" "$out"
out=$(sqlite3 "$DB" "SELECT what, new_value FROM audit WHERE what LIKE 'calendar%'")
check_contains "audited" "calendar 2025-09-22|holiday: by order 1" "$out"

out=$(q calendar set 2025-12-01 working)
check_contains "a day that moves nothing" "No deadline moved." "$out"
out=$(q calendar unset 2025-09-22)
check_contains "unset: back to Monday" "2025-09-23 -> 2025-09-22" "$out"

# The court confirms Kurban ait: no warning for 2027 any more.
q calendar set 2027-05-16 holiday >/dev/null
q calendar 2027 >/dev/null 2>"$T/err"
check_eq "confirmed: no warning" "" "$(cat "$T/err")"

# Refusals: exit 2, nothing changed.
err=$(q calendar set 2025-09-20 day-off 2>&1); rc=$?
check_eq "a day off on a Saturday: 2" 2 "$rc"
err=$(q calendar set 2025-09-22 feast 2>&1); rc=$?
check_eq "an unknown kind: 2" 2 "$rc"
check_contains "the kinds are named" "holiday, day-off, working" "$err"
err=$(q calendar set 2025-02-30 holiday 2>&1); rc=$?
check_eq "a bad date: 2" 2 "$rc"
err=$(q calendar 20x5 2>&1); rc=$?
check_eq "a bad year: 2" 2 "$rc"
check_contains "nothing changed" "deadline=2025-09-22" "$(q list --porcelain)"
finish
