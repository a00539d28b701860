# qarau agenda (issue 13): the deadlines of today and of the next working
# days, overdue first, grouped by judge; exit 0 even with nothing due.
. "$top_srcdir/tests/lib.sh"
qarau_locales || exit 1

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
q() { "$QARAU" -d "$DB" "$@"; }
QARAU_TODAY=2025-09-19; export QARAU_TODAY

q init >/dev/null || not_ok "init"
out=$(q agenda); rc=$?
check_eq "an empty register: exit 0" 0 "$rc"
check_contains "an empty register: nothing due" "Nothing is due." "$out"

for i in 1 2 3 4; do q add "$F" >/dev/null; done
q event 1 case-requested 2025-09-10 >/dev/null	# due 17.09: overdue
q event 2 case-requested 2025-09-18 >/dev/null	# due 25.09
q event 3 case-requested 2025-09-12 >/dev/null	# due 19.09: today
q event 4 case-requested 2025-09-16 >/dev/null
q event 4 case-received 2025-09-19 >/dev/null	# notify by 29.09: too far
q set 2 judge=Ахметов >/dev/null
q set 3 judge=Ахметов >/dev/null

out=$(q agenda --porcelain)
check_eq "five working days: three deadlines" 3 "$(printf '%s\n' "$out" | wc -l)"
check_eq "by judge, then by date" "ККС-3/2025 ККС-2/2025 ККС-1/2025" \
	"$(printf '%s\n' "$out" | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
check_contains "the overdue one" \
	"ККС-1/2025	judge=	deadline=2025-09-17	kind=case-due	state=overdue	left=-2" \
	"$out"
out=$(q agenda --days 1 --porcelain)
check_eq "--days 1: Monday 22.09 is the last day" 2 \
	"$(printf '%s\n' "$out" | wc -l)"
out=$(q agenda --days 10 --judge Ахметов --porcelain)
check_eq "--judge" 2 "$(printf '%s\n' "$out" | wc -l)"
out=$(q agenda --days 10)
check_contains "human: the period" "Agenda from 2025-09-19 to 2025-10-03" "$out"
check_contains "human: the judge's heading" "Ахметов" "$out"
check_contains "human: the unassigned" "No judge assigned" "$out"
check_contains "human: overdue marked" "OVERDUE" "$out"
out=$(LANGUAGE=ru LC_ALL=C.UTF-8 q agenda)
check_contains "ru" "Судья не назначен" "$out"
check_contains "ru: the period in DD.MM.YYYY" "с 19.09.2025 по 26.09.2025" "$out"
check_contains "ru: a date in DD.MM.YYYY" "17.09.2025" "$out"
# An action to take has no date: none is printed (it was 1900-01-01).
q add "$F" >/dev/null
out=$(q agenda --porcelain)
check_contains "an action: no date, no days left" \
	"ККС-5/2025	judge=	deadline=	kind=request-case	state=action	left=	filer=" \
	"$out"
out=$(q agenda)
check_contains "human: the action is listed" "ККС-5/2025" "$out"
case $out in
*1900*) not_ok "human: no sentinel date" "$out" ;;
*) ok "human: no sentinel date" ;;
esac
err=$(q agenda --days x 2>&1); rc=$?
check_eq "a bad --days: 2" 2 "$rc"
finish
