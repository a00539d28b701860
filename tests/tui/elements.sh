# The elements of content of CPC 488 on one screen (issue 14), in English,
# Kazakh and Russian: one list instead of nine questions; Space, a digit,
# y / n and the layout's letters mark, '-' says "don't know", Enter
# confirms; the keys are shown under the list and stay when the window
# shrinks; the answers and the decision are those the nine questions gave
# ('qarau screen' on the same facts); F5 lists them one by one and Enter
# on one opens the list at its row.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales
tui_vocab

# The facts the walk is to give: scope missing, the signature unknown.
sed 's/^content.scope = yes/content.scope = no/
s/^content.date-signature = yes/content.date-signature = unknown/' \
    "$top_srcdir/tests/tui/admit.facts" >"$T/want.facts"

for lang in en kk ru; do
	rm -f "$DB"
	"$QARAU" -d "$DB" init >/dev/null
	LANGUAGE=$lang "$QARAU" questions >"$T/questions.txt" 2>/dev/null
	TUI_LABELS=$T/questions.txt
	TUI_COMPLETE=$(translation $lang "The screening is complete.")
	TUI_ELEMENTS=$(translation $lang "Which of these does the filing contain? Mark each one it has.")
	TUI_FORM=$(translation $lang "Who filed, and against which act")
	keys=$(translation $lang "Space: mark or unmark   -: don't know   Enter: confirm   j/k: move")
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	tui_wait "10" || :
	tui_new
	TUI_STOP=$TUI_ELEMENTS
	if tui_screen_run "$T/want.facts"; then
		ok "$lang: the walk reaches the list of elements"
	else
		not_ok "$lang: the walk reaches the list of elements" "$(tui_screen)"
	fi
	TUI_STOP=
	check_screen "$lang: one screen lists the nine elements" " 9 [ ] "
	check_screen "$lang: the keys are shown under the list" "$keys"
	n=$(tui_screen | grep -c -E '^ [1-9] \[ \] ' || :)
	check_eq "$lang: nine rows, none marked yet" 9 "$n"
	# Space marks and moves on, as mutt's tag does; x too; a digit marks
	# its row; the layout's yes letter marks, its no letter leaves it.
	if [ $lang = ru ]; then yes=д no=н; elif [ $lang = kk ]; then yes=и no=ж; else yes=y no=n; fi
	tui_keys Space x
	tui_keys -l "$no"
	tui_keys -l "$yes"
	tui_keys 5 6 7 8 9
	check_screen "$lang: Space, x, a digit and the yes letter mark" " 4 [x] "
	check_screen "$lang: ... the digits too" " 9 [x] "
	n=$(tui_screen | grep -c -E '^ [1-9] \[x\] ' || :)
	check_eq "$lang: eight marked, the scope left unmarked" 8 "$n"
	check_screen "$lang: the scope unmarked" " 3 [ ] "
	# '-': don't know, on the row of the cursor.
	tui_keys 9
	tui_keys -
	check_screen "$lang: '-' says don't know" " 9 [?] "
	# Unmark and mark again with Space on the cursor's row.
	tui_keys k Space
	check_screen "$lang: Space unmarks" " 8 [ ] "
	tui_keys Up Space
	check_screen "$lang: ... and marks again" " 8 [x] "
	# A smaller window: the list scrolls to the cursor, the keys stay.
	$TMUX_CMD resize-window -x 80 -y 24
	check_screen "$lang: at 80x24 the cursor's row is shown" " 9 [?] "
	check_screen "$lang: ... and the keys under the list" \
	    "$(printf '%s' "$keys" | cut -c1-20)"
	$TMUX_CMD resize-window -x 100 -y 30
	before=$(tui_screen | sed -n 2p)
	tui_keys Enter
	tui_wait_gone "$before" || :
	check_screen "$lang: Enter confirms the list and goes on" \
	    "$(translation $lang "Is it written in the language of the proceedings?")"
	# F5: the answers one by one; Enter on one opens the list there.
	tui_keys F5
	if [ $lang = en ]; then
		check_screen "en: the answers list the elements one by one" \
		    "Does it say whether the act is contested in full or in part?  No"
	else
		check_screen "$lang: the answers list the elements one by one" \
		    " 23  "
	fi
	tui_keys F5
	tui_keys F6
	check_screen "$lang: F6 goes back to the list" " 9 [?] "
	tui_keys Enter
	tui_wait_gone " 9 [?] " || :
	if tui_screen_run "$T/want.facts"; then
		ok "$lang: screened to the end"
	else
		not_ok "$lang: screened to the end" "$(tui_screen)"
	fi
	tui_keys F2
	sleep 0.5
	tui_keys Enter
	check_screen "$lang: saved" "ККС-1/2025"
	tui_keys q
	check_screen "$lang: q quits" "QARAU-EXIT:0"
	check_stderr "$lang: nothing on stderr"
	# The register's facts and decision are those of the facts file.
	"$QARAU" -d "$DB" show --porcelain 1 >"$T/show.txt" 2>/dev/null
	for k in content.scope content.date-signature content.filer-data; do
		check_eq "$lang: $k as marked" \
		    "$(grep "^$k = " "$T/want.facts" | sed 's/.* = //')" \
		    "$(grep "^fact.$k=" "$T/show.txt" | sed 's/.*=//')"
	done
	# The hand-over day offered as the language shows dates, kept ISO.
	check_eq "$lang: the hand-over day taken as offered" \
	    "fact.filing.handed=2025-07-10" \
	    "$(grep "^fact.filing.handed=" "$T/show.txt")"
	"$QARAU" screen --porcelain "$T/want.facts" 2>/dev/null |
	    grep -E '^(outcome|ground)=' >"$T/cli.txt"
	check_eq "$lang: the decision is the questions' one" \
	    "$(cat "$T/cli.txt")" \
	    "$(grep -E '^(outcome|ground)=' "$T/show.txt")"
done
finish
