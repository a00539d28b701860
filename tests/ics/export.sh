# qarau export --ics (issue 13): every open deadline as an all-day event
# with an alarm at 09:00 of the working day before, stable UIDs; the file
# parses with libical and with Python's icalendar, and calcurse imports it.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
q() { "$QARAU" -d "$DB" "$@"; }
CHECK=$(dirname "$QARAU")/tests/ics/ics-check
QARAU_TODAY=2025-09-19; export QARAU_TODAY

for i in 1 2 3; do q add "$F" >/dev/null; done
q event 1 case-requested 2025-09-10 >/dev/null	# case due 17.09 (Wed)
q event 2 case-requested 2025-09-15 >/dev/null	# case due 22.09 (Mon)
q event 3 case-requested 2025-09-12 >/dev/null
q event 3 case-received 2025-09-16 >/dev/null	# met; notify by 26.09
q set 2 judge=Ахметов >/dev/null

q export --ics -o "$T/all.ics"; rc=$?
check_eq "export --ics -o exits 0" 0 "$rc"
out=$("$CHECK" "$T/all.ics"); rc=$?
check_eq "libical parses it without error" 0 "$rc"
check_contains "one event per open deadline, UID per filing and deadline" \
	"qarau-1-case-due@qarau 20250917" "$out"
check_contains "the alarm: Tuesday 09:00 for Wednesday" \
	"qarau-1-case-due@qarau 20250917 -PT15H" "$out"
check_contains "the alarm: Friday 09:00 for Monday" \
	"qarau-2-case-due@qarau 20250922 -P2DT15H" "$out"
check_eq "a met deadline leaves the export" "" \
	"$(printf '%s\n' "$out" | grep 'qarau-3-case-due')"
check_contains "the open one of the same filing stays" "qarau-3-notify-by" \
	"$out"
check_eq "every open deadline: four" 4 "$(printf '%s\n' "$out" | wc -l)"

# The same UIDs a second time: a re-import updates.
q export --ics >"$T/again.ics"
check_eq "stable UIDs" "$(grep '^UID' "$T/all.ics")" \
	"$(grep '^UID' "$T/again.ics")"
q export --ics --judge Ахметов -o "$T/judge.ics"
check_eq "--judge: that judge's deadlines" 1 \
	"$("$CHECK" "$T/judge.ics" | wc -l)"

# A second, independent parser.
PY=/usr/bin/python3
if $PY -c 'import icalendar' 2>/dev/null; then
	out=$($PY - "$T/all.ics" <<'PYEOF'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    al = ev.walk('VALARM')[0]
    print(ev['UID'], ev.decoded('DTSTART').isoformat(),
          al.decoded('TRIGGER'), str(ev['SUMMARY']))
PYEOF
)
	check_contains "icalendar: the all-day date" \
		"qarau-2-case-due@qarau 2025-09-22" "$out"
	check_contains "icalendar: the trigger" "-3 days, 9:00:00" "$out"
	check_contains "icalendar: the summary in UTF-8" "Асқар Бекұлы" "$out"
else
	not_ok "python3-icalendar is installed (qarau-dev test)"
fi

# calcurse imports it, in its own folders.
if command -v calcurse >/dev/null; then
	mkdir -p "$T/cc/data" "$T/cc/conf"
	calcurse -D "$T/cc/data" -C "$T/cc/conf" -q -i "$T/all.ics" \
	    >"$T/cc.out" 2>&1
	check_eq "calcurse -i exits 0" 0 "$?"
	out=$(calcurse -D "$T/cc/data" -C "$T/cc/conf" -Q \
	    --from 09/15/2025 --to 09/30/2025 2>&1)
	check_contains "calcurse: the event on its day" "ККС-2/2025" "$out"
	check_eq "calcurse: the four events" 4 \
	    "$(grep -c 'ККС-' "$T/cc/data/apts")"
else
	not_ok "calcurse is installed (qarau-dev test)"
fi
finish
