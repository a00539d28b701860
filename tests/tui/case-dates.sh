# The Filing screen's deadlines with a second start (issue 10): the court
# below's seven days are provisional until the day the request reached it
# is recorded (CPC 486.4), here through the Event dialog; the six months
# of NR 11 show beside them the date counted from the filing's arrival,
# for information (law brief question 6).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

facts() {
	grep -v '^#' "$top_srcdir/tests/tui/$1.facts" | sed 's/ *= */=/'
}
# Today is 2025-07-10; both filings arrived on 07-09.
A=$("$QARAU" -d "$DB" add $(facts admit) filer.name=Provisional | tail -n 1)
B=$("$QARAU" -d "$DB" add $(facts admit) filer.name=Sixmonths | tail -n 1)
"$QARAU" -d "$DB" event "$A" case-requested 2025-07-09 >/dev/null &&
"$QARAU" -d "$DB" event "$B" case-requested 2025-07-09 >/dev/null &&
"$QARAU" -d "$DB" event "$B" case-request-delivered 2025-07-10 >/dev/null &&
"$QARAU" -d "$DB" event "$B" case-received 2025-07-10 >/dev/null
check_eq "two filings with their events" 0 $?

open_filing() {
	tui_keys / Escape
	tui_keys /
	tui_keys -l "$1"
	tui_keys Enter
	tui_wait_gone "xx-never" 1 || :
	tui_keys Enter
}

tui_start LANGUAGE=en
check_screen "the register" "Pending: 2"
open_filing Provisional
check_screen "the filing opens" "Filing"
check_screen "case-due from the sending, marked" \
    "the court below sends the case [provisional] (CPC 486.4)"
check_screen "the line beneath says why" \
    "provisional: counted from the day the request was sent"
check_screen "2025-07-09 + 7 days" "2025-07-16"

# e: the event dialog; the delivery is the fourth event.
tui_keys e
check_screen "the event dialog" "What happened?"
check_screen "the delivery is offered" "request delivered to the court below"
tui_keys Down Down Down Enter
check_screen "its date" "Date of the event (request delivered"
tui_keys Enter
check_screen "recorded" "Recorded: request delivered to the court below."
if tui_wait_gone "[provisional]"; then ok "no longer provisional"; else
	not_ok "no longer provisional"; fi
check_screen "counted from the delivery: 2025-07-10 + 7 days" "2025-07-17"

tui_keys Escape
check_screen "back in the register" "Pending: 2"
open_filing Sixmonths
check_screen "decide-by from the case: 2026-01-10 is a Saturday" \
    "2026-01-12"
check_screen "the date from the filing, for information" \
    "information: 2026-01-09"
check_screen "which is which" "counted from the day the case arrived (NR 11)"
tui_keys q
tui_wait "QARAU-EXIT" 5 || :

qarau_locales
tui_start LANGUAGE=kk QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
open_filing Sixmonths
check_screen "kk: the date for information" "үшін: 2026-01-09"
check_screen "kk: which is which" "іс келіп түскен күннен бастап"
tui_start LANGUAGE=ru QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
open_filing Provisional
check_screen "ru: the event" "запрос поступил в нижестоящий суд"
finish
