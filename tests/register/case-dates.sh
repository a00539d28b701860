# Issue 10 on the command line: the event case-request-delivered starts
# the court below's seven days (CPC 486.4), provisional from the sending
# until then, in show's three forms; the six months of NR 11 with the date
# from the filing's arrival beside them, for information (1 and 2 January
# 2026 are holidays: the 5th).
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/register.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }

id=$(q add "$F" | tail -n 1)
q event "$id" case-requested 2025-07-02 >/dev/null
check_eq "case requested" 0 $?
out=$(q show --porcelain "$id")
check_contains "porcelain: from the sending" "deadline.case-due=2025-07-09" "$out"
check_contains "porcelain: marked provisional" \
    "deadline-provisional.case-due=case.requested" "$out"
out=$(q show "$id")
check_contains "show: marked provisional" \
    "the court below sends the case [overdue] [provisional] (CPC 486.4)" "$out"
out=$(q show --json "$id")
check_contains "json: provisional" \
    '"counted_from":"case.requested","provisional":true,"info":null' "$out"

err=$(q event "$id" case-request-delivered 2025-07-01 2>&1); rc=$?
check_eq "delivered before it was sent: exit 2" 2 "$rc"
check_contains "delivered before it was sent: said so" \
    "would be before 'case requested'" "$err"
q event "$id" case-request-delivered 2025-07-04 >/dev/null
check_eq "delivered" 0 $?
out=$(q show --porcelain "$id")
check_contains "porcelain: from the delivery" "deadline.case-due=2025-07-11" "$out"
case $out in
*deadline-provisional*) not_ok "porcelain: no longer provisional" ;;
*) ok "porcelain: no longer provisional" ;;
esac
check_contains "the fact is set" "fact.case.request-delivered=2025-07-04" "$out"

q event "$id" case-received 2025-07-08 >/dev/null
out=$(q show --porcelain "$id")
check_contains "porcelain: six months from the case" \
    "deadline.decide-by=2026-01-08" "$out"
check_contains "porcelain: from the filing, for information" \
    "deadline-info.decide-by=2026-01-05" "$out"
out=$(q show --json "$id")
check_contains "json: the date for information" \
    '"counted_from":"case.received","provisional":false,"info":{"date":"2026-01-05","counted_from":"filing.received"}' "$out"
out=$(q show "$id")
check_contains "show: which is which" \
    "counted from the day the case arrived (NR 11); from the day the filing arrived, for information: 2026-01-05" "$out"
finish
