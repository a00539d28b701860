# Several unfinished screenings (issue 14): each left with Esc is kept; at
# start and on n every draft is listed, newest first, with when it was
# left and its first answers; one is discarded after a confirmation while
# the others stay, one is resumed; n with drafts offers a new screening
# first.  In English, then the list and the confirmation in kk and ru.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales
tui_vocab

"$QARAU" -d "$DB" init >/dev/null
tui_start LANGUAGE=en
check_screen "the register starts empty" "No pending filings"
# The first: a complaint of the convicted person (no document).
tui_new
tui_wait "What has arrived?"
tui_answer filing.kind complaint
tui_wait "$TUI_FORM"
tui_keys -l "Серікбаев Е. М."
tui_keys F2
tui_wait "At what stage"
tui_answer filing.stage intake
tui_wait "reach the cassation court"
tui_answer filing.received 2025-07-01
tui_wait "Who filed it?"
tui_answer filer.role convicted
check_screen "four answers" "Answered 4 of"
tui_keys Escape
check_screen "Esc keeps the first as a draft" "kept as a draft"
# n with a draft: the list, the cursor on a new screening.
tui_keys n
check_screen "n lists the drafts" "Unfinished screenings"
check_screen "... with the first answers" \
    "cassation complaint, Серікбаев Е. М., convicted person  (answers: 4)"
check_screen "... and a new screening" "New screening"
n=$(tui_screen | grep -c "Later" || :)
check_eq "n does not offer 'Later'" 0 "$n"
tui_keys Enter
check_screen "Enter on n's list starts a new screening" "Answered 0 of"
tui_wait "Open the filing's document" || :
tui_keys Escape
tui_wait "What has arrived?"
tui_answer filing.kind protest
check_screen "one answer" "Answered 1 of"
tui_keys Escape
check_screen "Esc keeps the second as a draft too" "kept as a draft"
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"

# At start: both, the newest first, and Later.
tui_start LANGUAGE=en
check_screen "the drafts are offered at start" "Unfinished screenings"
check_screen "the first is listed" "Серікбаев Е. М., convicted person  (answers: 4)"
check_screen "the second is listed" "prosecutor's protest  (answers: 1)"
first=$(tui_screen | grep -n "prosecutor's protest" | cut -d: -f1)
second=$(tui_screen | grep -n "Серікбаев Е. М., convicted" | cut -d: -f1)
if [ "$first" -lt "$second" ]; then ok "the newest first"; else
	not_ok "the newest first" "$(tui_screen)"; fi
check_screen "Later is offered at start" "Later (keep the drafts)"
# Discard the newest: asked first, then gone; the other stays.
tui_keys 4
check_screen "'Discard a draft...' asks which" "Which screening is to be discarded?"
tui_keys 1
check_screen "the discard is confirmed first" "the other drafts stay"
tui_keys n
check_screen "n keeps it: back to the list" "prosecutor's protest"
tui_keys 4 1 y
check_screen "y discards it" "The draft was discarded."
check_screen "the list again, with the other" "(answers: 4)"
n=$(tui_screen | grep -c "prosecutor's protest" || :)
check_eq "the discarded one is gone" 0 "$n"
if [ -n "${SQLITE3:-}" ]; then
	check_eq "one draft left in the register" 1 \
	    "$("$SQLITE3" "$DB" 'SELECT count(*) FROM draft')"
fi
# Enter resumes the one left with its answers.
tui_keys Enter
check_screen "Enter resumes it" "Answered 4 of"
tui_keys Escape q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr

# kk and ru: the list and the question before discarding.
for lang in kk ru; do
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	check_screen "$lang: the drafts are listed" \
	    "$(translation $lang "Unfinished screenings")"
	check_screen "$lang: ... with the first answers in words" \
	    "$(translation $lang "convicted person")"
	tui_keys 3 1
	check_screen "$lang: the discard is asked in the language" \
	    "$(translation $lang "Discard the draft")"
	tui_keys Escape
	check_screen "$lang: Esc goes back to the list" \
	    "$(translation $lang "New screening")"
	tui_keys Escape q
	check_screen "$lang: q quits" "QARAU-EXIT:0"
	check_stderr "$lang: nothing on stderr"
done
finish
