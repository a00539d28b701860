# Deadlines counted in working days, and a step after its last day shown
# as missed (issue 13): on a real register, through the binary.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
q() { "$QARAU" -d "$DB" "$@"; }
qarau_locales || exit 1

# Friday 19.09.2025: the case asked on 15.09 is due on Monday 22.09, the
# next working day, so due soon (no mark when days were counted).
QARAU_TODAY=2025-09-19; export QARAU_TODAY
q add "$F" >/dev/null
q event 1 case-requested 2025-09-15 >/dev/null
out=$(q list --porcelain)
check_contains "Friday: Monday's deadline is due soon" \
	"deadline=2025-09-22	kind=case-due	state=due-soon	left=1" "$out"
check_eq "--due-soon finds it" 1 "$(q list --due-soon --porcelain | wc -l)"
out=$(q list --json)
check_contains "list --json: working days left" '"days_left":1' "$out"
out=$(q list)
check_contains "list: the LEFT column" "LEFT" "$out"

# Thursday: Friday and Monday are the next two working days.
out=$(QARAU_TODAY=2025-09-18 q list --porcelain)
check_contains "Thursday: due soon, two working days" \
	"state=due-soon	left=2" "$out"
out=$(QARAU_TODAY=2025-09-17 q list --porcelain)
check_contains "Wednesday: pending" "state=pending	left=3" "$out"
out=$(QARAU_TODAY=2025-09-24 q list --porcelain)
check_contains "overdue by two working days" "state=overdue	left=-2" "$out"

# The case arrives on 24.09, two days late: missed, not met.
QARAU_TODAY=2025-09-24 q event 1 case-received 2025-09-24 >/dev/null
out=$(QARAU_TODAY=2025-09-24 q show 1 --porcelain)
check_contains "a late step: missed" "deadline-state.case-due=missed" "$out"
out=$(QARAU_TODAY=2025-09-24 LANGUAGE=ru LC_ALL=C.UTF-8 q show 1)
check_contains "ru: missed in words" "[нарушен]" "$out"

# A second filing whose case comes on its last day: met.
q add "$F" >/dev/null
q event 2 case-requested 2025-09-15 >/dev/null
QARAU_TODAY=2025-09-22 q event 2 case-received 2025-09-22 >/dev/null
out=$(QARAU_TODAY=2025-09-24 q show 2 --porcelain)
check_contains "the step on the last day: met" "deadline-state.case-due=met" \
	"$out"
finish
