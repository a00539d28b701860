# Going back: an earlier answer is shown and can be changed; the questions
# that the change makes relevant are asked, and the answers it makes moot
# disappear.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

tui_vocab
tui_start LANGUAGE=en
check_screen "the register" "No pending filings"
tui_new
tui_wait "What has arrived?"
tui_answer filing.kind complaint
tui_wait "$TUI_FORM"
tui_keys F2
tui_wait "At what stage"
tui_answer filing.stage intake
tui_wait "reach the cassation court"
tui_answer filing.received 2025-07-01
tui_wait "Who filed it?"
tui_answer filer.role legal-representative
check_screen "a legal representative is asked whose" "Whose legal representative"
tui_answer filer.represents convicted
check_screen "the next question follows" "Answered 5 of"

# F6 goes back one question at a time, showing the answer given.
tui_keys F6
check_screen "F6 shows the previous question" "Whose legal representative"
tui_keys F6
check_screen "F6 again: the role" "Who filed it?"
# Change the role to the convicted person (7th value).
tui_answer filer.role convicted
check_screen "the changed answer is kept" "Is the convicted person serving"

# The answer about whom the representative represents is gone.
tui_keys F5
check_screen "F5 lists the answers" "Answers so far"
n=$(tui_screen | grep -c "Whose legal representative" || :)
check_eq "the moot answer disappeared" "0" "$n"
check_screen "the new role is listed" "convicted person"
# Enter on an answer goes back to that question.
tui_keys g Enter
check_screen "Enter on an answer reopens its question" "What has arrived?"
tui_keys Escape
check_screen "Esc keeps the draft" "kept as a draft"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr
finish
