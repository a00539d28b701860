# The screening of a filing from its document (issue 11): the path prompt
# with Tab completion, the proposals listed, then preselected and marked
# in their questions (nothing recorded before the clerk's key), F9 the
# document's pane with the quoted line highlighted (also after a resize
# to 80x24), another document opened with F3, a proposal overridden; the
# saved filing keeps the facts, the documents and the audit; a draft left
# with its document has it again when resumed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

command -v soffice >/dev/null 2>&1 || { echo "SKIP: no soffice"; exit 77; }

# The complaint as a PDF, an attachment, a folder, in the clerk's home.
mkdir -p "$HOME/docs/sub"
cp "$top_srcdir/tests/tui/complaint-ru.txt" "$HOME/docs/"
(cd "$HOME/docs" && soffice --headless --convert-to pdf complaint-ru.txt) \
    >/dev/null 2>&1
rm -f "$HOME/docs/complaint-ru.txt"
[ -f "$HOME/docs/complaint-ru.pdf" ] || {
	not_ok "soffice makes the PDF"; finish; exit 1; }
printf 'Копия приговора Павлодарского городского суда\n' \
    >"$HOME/docs/copy.txt"

tui_vocab
tui_start LANGUAGE=en
check_screen "the register starts empty" "No pending filings"
tui_keys n
check_screen "a new screening offers the document first" \
    "Open the filing's document"
check_screen "the bar shows F3 for a document" "F3Document"
check_screen "the bar shows F9" "F9Text"

# Tab completion, as a shell does it.
tui_keys -l "~/d"
tui_keys Tab
check_screen "Tab completes ~ and a folder, ending with /" " ~/docs/"
tui_keys Tab
check_screen "an ambiguous Tab lists the names" "complaint-ru.pdf"
check_screen "folders listed with /" "sub/"
tui_keys -l "co"
tui_keys Tab
check_screen "the names that match, and only these" "copy.txt"
if tui_screen | grep -q "sub/"; then
	not_ok "a name that does not match is not listed" "$(tui_screen)"
else
	ok "a name that does not match is not listed"
fi
tui_keys -l "m"
tui_keys Tab
check_screen "a unique name is completed" "~/docs/complaint-ru.pdf"
tui_keys C-u
tui_keys -l "~/zz"
tui_keys Tab
check_screen "nothing matches: said so" "No file name starts so"
tui_keys C-u
tui_keys -l "~/docs/nothing.pdf"
tui_keys Enter
check_screen "a missing file: an error naming it" "nothing.pdf"
check_screen "and the prompt stays" "Open the filing's document"
tui_keys C-u
tui_keys -l "~/docs/complaint-ru.pdf"
tui_keys Enter

# The review: every proposal with where the text says it.
check_screen "the document is read" "Read complaint-ru.pdf"
check_screen "its proposals are listed" "The document proposes"
check_screen "the kind of filing, from the text" \
    "What has arrived?: cassation complaint"
check_screen "with the page and line" "p. 1, l. "
check_screen "the pane shows the document" "Document: complaint-ru.pdf"
tui_keys Escape
tui_wait_gone "The document proposes"

# The first question: proposed, marked, not recorded.
check_screen "the proposal is marked in the question" "From the text, p. 1, l."
check_screen "the proposed choice is marked" "cassation complaint  ◆"
check_screen "nothing is recorded before the clerk confirms" "Answered 0 of"
if tui_line_e "  КАССАЦИОННАЯ ЖАЛОБА" | grep -q '\[[0-9;]*7m'; then
	ok "the quoted line is highlighted (reverse video)"
else
	not_ok "the quoted line is highlighted (reverse video)" \
	    "$(tui_screen_e | cat -v | grep -a ЖАЛОБА)"
fi
tui_keys F9
tui_wait_gone "Document: complaint-ru.pdf"
check_screen "F9 hides the pane" "What has arrived?"
tui_keys F9
check_screen "F9 shows the resolution's text" "Cited:"
tui_keys F9
check_screen "F9 shows the document again" "Document: complaint-ru.pdf"

# A resize keeps the quoted line in view and highlighted.
$TMUX_CMD resize-window -x 80 -y 24
sleep 0.3
check_screen "80x24: the question" "What has arrived?"
if tui_line_e "  КАССАЦИОННАЯ ЖАЛОБА" | grep -q '\[[0-9;]*7m'; then
	ok "80x24: the quoted line is in view and highlighted"
else
	not_ok "80x24: the quoted line is in view and highlighted" \
	    "$(tui_screen)"
fi
$TMUX_CMD resize-window -x 100 -y 30
sleep 0.3

tui_keys Enter
check_screen "Enter confirms the proposal" "Answered 1 of"

# The terminal goes away: the draft keeps its document.
check_stderr "no sanitizer report or error before the restart"
$TMUX_CMD kill-server
sleep 0.3
tui_start LANGUAGE=en
check_screen "the draft is offered at the next start" "Unfinished screening"
tui_keys Enter
check_screen "resuming keeps the answer" "Answered 1 of"
tui_keys F9
check_screen "and the document" "Document: complaint-ru.pdf"
tui_keys F6
check_screen "an answered question keeps the mark" "cassation complaint  ◆"
tui_keys F7
tui_wait_gone "What has arrived?"

# Another document, from the screening.
tui_keys F3
check_screen "F3 offers another document" "Open another document"
tui_keys -l "~/docs/copy.txt"
tui_keys Enter
check_screen "the attachment is read" "Read copy.txt"

# The rest, with content.participation answered against the text.
if tui_screen_run "$top_srcdir/tests/tui/complaint-ru-override.facts"; then
	ok "the screening is completed"
else
	not_ok "the screening is completed" "$(tui_screen)"
fi
tui_keys Enter
if tui_wait "Day it was handed" 3; then
	tui_keys Enter
fi
check_screen "saved" "Saved to the register as"
"$QARAU" -d "$DB" show 1 >"$T/show" 2>"$T/show.err"
check_contains "the facts confirmed are kept" "filing.kind = complaint" \
    "$(cat "$T/show")"
check_contains "the answer given against the text" \
    "content.participation = no" "$(cat "$T/show")"
check_contains "the document is stored" "1 complaint-ru.pdf (pdf" \
    "$(cat "$T/show")"
check_contains "the attachment is stored" "2 copy.txt" "$(cat "$T/show")"
check_contains "an accepted proposal is audited" \
    "proposal accepted filing.kind: complaint -> complaint" "$(cat "$T/show")"
check_contains "an overridden proposal is audited" \
    "proposal overridden content.participation: yes -> no" "$(cat "$T/show")"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr "no sanitizer report or error"
finish
