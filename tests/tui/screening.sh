# A full screening through the interface: a defective complaint ends in a
# return by letter with its grounds and citations, a complete one in
# admission; both are saved and listed.  An interrupted screening is kept
# as a draft and offered at the next start.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

tui_vocab
tui_start LANGUAGE=en
check_screen "the register starts empty" "No pending filings"

tui_new
check_screen "n starts a screening" "Answered 0 of"
if tui_screen_run "$top_srcdir/tests/tui/defective.facts"; then
	ok "the defective complaint is screened to the end"
else
	not_ok "the defective complaint is screened to the end" \
	    "$(tui_screen)"
fi
check_screen "its outcome is the return by letter" "Decision: return by the judge"
check_screen "the grounds cite CPC 489.1.1" "CPC 489.1.1"
check_screen "the grounds cite NR 7" "NR 7"
check_screen "the grounds are listed" "Grounds"
tui_keys Enter
check_screen "a return by letter asks the day of the hand-over" "Day it was handed"
check_screen "today by default" "2025-07-10"
tui_keys C-u
tui_keys -l 2025-07-09
tui_keys Enter
check_screen "Enter saves it to the register" "Saved to the register as"
check_screen "the 3 days run from the hand-over" "2025-07-14"
check_screen "the register lists it" "Pending: 1"

tui_new
check_screen "a second screening" "Answered 0 of"
if tui_screen_run "$top_srcdir/tests/tui/admit.facts"; then
	ok "the complete complaint is screened to the end"
else
	not_ok "the complete complaint is screened to the end" "$(tui_screen)"
fi
check_screen "its outcome is admission" "Decision: admit"
tui_keys F2
check_screen "F2 saves it" "Pending: 2"
check_screen "the list shows the return" "return: letter"
check_screen "the list shows the admission" " admit"
check_screen "the admission's next step is an action" "request"

# Enter opens a filing with its decision (the action first, then the
# return).
tui_keys g j Enter
check_screen "Enter opens the filing with its decision" "Outcome: return by the judge"
tui_keys l
check_screen "l opens the return letter" "Language:"
tui_keys L
check_screen "L switches the letter's language" "Language: Kazakh"
tui_keys q q
check_screen "q returns to the register" "Pending: 2"

# Interrupted: three answers, then the terminal goes away (SIGHUP).
tui_new
tui_wait "Answered 0 of"
tui_keys 1
tui_wait "$TUI_FORM"
tui_keys F2
tui_wait "At what stage"
tui_keys 1
tui_wait "Answered 2 of"
tui_keys -l 2025-07-02
tui_keys Enter
check_screen "three answers given" "Answered 3 of"
$TMUX_CMD kill-server
sleep 0.3
tui_start LANGUAGE=en
check_screen "the draft is offered at the next start" "Unfinished screening"
tui_keys Enter
check_screen "resuming keeps the answers" "Answered 3 of"
tui_keys Escape
check_screen "Esc leaves the screening as a draft" "kept as a draft"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr "no sanitizer report or error"
finish
