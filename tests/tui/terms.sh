# The terminals a clerk may sit at (TERM=xterm-256color, screen, tmux,
# linux, vt100): the register draws, the arrow keys move, Enter opens a
# filing, q quits and restores the screen.  Colour terminals show overdue
# in red; vt100 has no colour and shows the state by its marker and bold.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

facts() {
	grep -v '^#' "$top_srcdir/tests/tui/$1.facts" | sed 's/ *= */=/'
}
# Today is 2025-07-10: handed on 07-03 -> return by 07-08, overdue.
"$QARAU" -d "$DB" add $(facts defective) filing.handed=2025-07-03 \
    filer.name=Overdue >/dev/null 2>"$T/add.err" ||
    not_ok "add" "$(cat "$T/add.err")"
"$QARAU" -d "$DB" add $(facts admit) case.requested=2025-07-09 filer.name=Admitted >/dev/null \
    2>>"$T/add.err" || not_ok "add" "$(cat "$T/add.err")"

for term in xterm-256color screen tmux linux vt100; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		ok "$term: # no terminfo entry on this machine, skipped"
		continue
	fi
	TUI_TERM=$term
	tui_start LANGUAGE=en
	check_screen "$term: the register draws" "Pending: 2"
	check_screen "$term: the bar draws" "F10Quit"
	# The colour of a row that is not the selected one.
	tui_keys Down
	tui_wait_gone "xx-never" 1
	line=$(tui_line_e "Overdue  ")
	case $term in
	vt100)
		case $line in *'[31m'*|*';31m'*|*';31;'*)
			not_ok "$term: no colour" "$(printf '%s' "$line" | cat -v)" ;;
		*) ok "$term: no colour" ;;
		esac ;;
	*)
		case $line in *'[31m'*|*';31m'*|*';31;'*)
			ok "$term: overdue is red" ;;
		*) not_ok "$term: overdue is red" \
		    "$(printf '%s' "$line" | cat -v)" ;;
		esac ;;
	esac
	check_contains "$term: the overdue marker" "! " \
	    "$(tui_screen | grep "Overdue  ")"
	tui_keys Up Down Enter
	check_screen "$term: the arrows and Enter open the second filing" \
	    "Admitted"
	check_screen "$term: it is the filing screen" "Outcome:"
	tui_keys Escape
	check_screen "$term: Esc goes back" "Pending: 2"
	tui_keys q
	check_screen "$term: q quits with status 0" "QARAU-EXIT:0"
	check_eq "$term: the alternate screen is left" "0" \
	    "$($TMUX_CMD display-message -p '#{alternate_on}')"
	check_stderr "$term: nothing on stderr"
done
finish
