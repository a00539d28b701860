# The terminal: resizing to 60x20 shows a message and back to 100x30 the
# layout; q leaves the alternate screen and exits 0; SIGTERM in the middle
# of a screening keeps the answers as a draft and restores the terminal;
# help (F1) lists the keys of the current screen from the key table.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

alt() {
	$TMUX_CMD display-message -p '#{alternate_on}'
}

tui_start LANGUAGE=en
check_screen "the register" "No pending filings"
check_eq "the alternate screen is on while it runs" "1" "$(alt)"
check_screen "the bar shows the keys" "F1Help"
check_screen "the bar shows F10" "F10Quit"

$TMUX_CMD resize-window -x 60 -y 20
check_screen "60x20: a message asks for a larger window" "Please enlarge it to at least 80x24"
$TMUX_CMD resize-window -x 100 -y 30
check_screen "100x30: the layout returns" "No pending filings"
$TMUX_CMD resize-window -x 80 -y 24
check_screen "80x24: the layout fits" "F1Help"
$TMUX_CMD resize-window -x 100 -y 30
check_screen "and 100x30 again" "Pending: 0"

tui_keys F1
check_screen "F1 shows the keys of the register" "Keys: Register of filings"
check_screen "the help comes from the key table" "screen a new filing"
tui_keys r
check_screen "r shows the resolution's text" "Paragraph 1"
tui_keys /
tui_keys -l amnesty
check_screen "the resolution is searchable" "amnesty"
tui_keys Enter q
check_screen "q leaves the help" "Pending: 0"

# Resize in the middle of a screening.
tui_new
tui_wait "What has arrived?"
tui_keys 1
$TMUX_CMD resize-window -x 60 -y 20
check_screen "a screening at 60x20: the message" "Please enlarge"
$TMUX_CMD resize-window -x 100 -y 30
check_screen "the screening returns" "Answered 1 of"

# SIGTERM: the draft is kept, the terminal restored.
pid=$(ps -eo pid,args | awk -v db="$DB" 'index($0, db) && $2 !~ /sh$/ && !/awk/ && !/run.sh/ { print $1; exit }')
if [ -n "$pid" ]; then
	kill -TERM "$pid"
	check_screen "SIGTERM: it exits" "QARAU-EXIT:1"
	check_eq "SIGTERM: the alternate screen is left" "0" "$(alt)"
	check_contains "SIGTERM: it says the draft is kept" "draft" "$(cat "$T/stderr")"
	: >"$T/stderr"
else
	not_ok "SIGTERM: the process is found"
fi
tui_start LANGUAGE=en
check_screen "after SIGTERM the draft is offered" "Unfinished screening"
tui_keys Enter
check_screen "with its answer" "Answered 1 of"
tui_keys Escape q
check_screen "q quits with status 0" "QARAU-EXIT:0"
check_eq "q leaves the alternate screen" "0" "$(alt)"
check_stderr
finish
