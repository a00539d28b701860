# The register list: the nearest deadline first, overdue in red, due today
# and due soon in yellow (SGR colour codes from capture-pane -e), a text
# marker for each state, NO_COLOR (bold and reverse only), search, the
# overdue filter, and a filing added by another process while it runs.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

facts() {
	grep -v '^#' "$top_srcdir/tests/tui/$1.facts" | sed 's/ *= */=/'
}
# Today is 2025-07-10: handed on 07-03 -> return by 07-08 (overdue),
# 07-07 -> 07-10 (today), 07-08 -> 07-11 (within two days).
add() {
	_f=$1
	shift
	"$QARAU" -d "$DB" add $(facts "$_f") "$@" >/dev/null 2>>"$T/add.err" ||
	    not_ok "add $_f $*" "$(cat "$T/add.err")"
}
add defective filing.handed=2025-07-03 filer.name=Overdue
add defective filing.handed=2025-07-07 filer.name=Today
add defective filing.handed=2025-07-08 filer.name=Soon
add admit case.requested=2025-07-09 filer.name=Admitted
# No hand-over date yet: an action, above every dated deadline.
add defective filer.name=Unhanded
# The rows of the list (their numbers end in /2025).
rows() {
	tui_screen | grep '/2025'
}

tui_start LANGUAGE=en
check_screen "the register shows the counts" "Pending: 5"
check_screen "overdue is counted" "Overdue: 1"

# The order: nearest deadline first.
order=$(rows | awk '{
	for (i = 1; i <= NF; i++) if ($i ~ /^(Unhanded|Overdue|Today|Soon|Admitted)$/)
		printf "%s ", $i }')
check_eq "an action, then the nearest deadline first" \
    "Unhanded Overdue Today Soon Admitted " "$order"
check_contains "the action has the @ marker" "@ " "$(rows | grep Unhanded)"
check_contains "the action says what to do" "hand over" "$(rows | grep Unhanded)"

# Markers, visible without colour.
check_contains "overdue has the ! marker" "! " "$(rows | grep Overdue)"
check_contains "due today has the * marker" "* " "$(rows | grep Today)"
check_contains "due soon has the ~ marker" "~ " "$(rows | grep Soon)"

# Colours: red (31) for overdue, yellow (33) for today and soon.
tui_keys j j
tui_wait_gone "xx-never" 1
line=$(tui_line_e "Overdue  ")
case $line in *'[31m'*|*';31m'*|*';31;'*) ok "overdue is red" ;;
*) not_ok "overdue is red" "$(printf '%s' "$line" | cat -v)" ;; esac
line=$(tui_line_e Soon)
case $line in *'[33m'*|*';33m'*|*';33;'*) ok "due soon is yellow" ;;
*) not_ok "due soon is yellow" "$(printf '%s' "$line" | cat -v)" ;; esac
line=$(tui_line_e "Admitted")
case $line in *'31m'*|*'33m'*) not_ok "no deadline: no state colour" \
    "$(printf '%s' "$line" | cat -v)" ;;
*) ok "no deadline: no state colour" ;; esac

# Search narrows the list as one types; Esc clears it.
tui_keys /
tui_keys -l Soo
check_screen "search finds the filing" "/Soo"
sleep 0.3
n=$(rows | grep -c -E 'Overdue|Today|Admitted' || :)
check_eq "search hides the others" "0" "$n"
tui_keys Escape
check_screen "Esc clears the search" "Admitted"

# Only the overdue filings.
tui_keys o
check_screen "o shows the overdue filter" "[overdue]"
sleep 0.3
check_eq "only the overdue one" "0" "$(rows | grep -c Admitted || :)"
tui_keys o
check_screen "o again shows all" "Admitted"

# Another assistant adds a filing: the list refreshes by itself, and the
# cursor stays on the filing it was on.
tui_keys g j
"$QARAU" -d "$DB" add $(facts admit) filer.name=Later >/dev/null
check_screen "a filing added elsewhere appears" "Later" 10
check_screen "the counts follow" "Pending: 6"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr

# NO_COLOR: no colour codes, states by bold / reverse / underline and
# the markers.
tui_start LANGUAGE=en NO_COLOR=1
check_screen "NO_COLOR: the register shows" "Pending: 6"
# Two actions (Unhanded, Later) above Overdue: the cursor goes past it.
tui_keys j j j
sleep 0.3
scr=$(tui_screen_e)
case $scr in *'[31m'*|*';31m'*|*'[33m'*|*';33m'*|*'[44m'*)
	not_ok "NO_COLOR: no colour" "$(printf '%s' "$scr" | head -5 | cat -v)" ;;
*) ok "NO_COLOR: no colour" ;; esac
line=$(tui_line_e "Overdue  ")
case $line in *'[1m'*|*'[1;'*|*';1m'*) ok "NO_COLOR: overdue is bold" ;;
*) not_ok "NO_COLOR: overdue is bold" "$(printf '%s' "$line" | cat -v)" ;; esac
check_contains "NO_COLOR: the marker stays" "! " "$(rows | grep Overdue)"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr
finish
