# A question with several items (the items of CPC 485 a filing invokes):
# "None of them" is a row of its own, above "Don't know", so that a filing
# that invokes no item can be screened in the interface (R16 returns it);
# in Kazakh and Russian the row is in words.  Changing the fact later on
# the Filing screen takes the item numbers, 0 for none and ? for don't
# know.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales
tui_vocab
QARAU_TODAY=2025-10-01; export QARAU_TODAY
S=$top_srcdir/tests/scenarios/009-nr2-no-ground.facts

want=$(LANGUAGE=en "$QARAU" screen --porcelain "$S" 2>/dev/null |
    sed -n 's/^outcome=//p')
check_eq "qarau screen returns the filing by letter" "return-letter" "$want"

for lang in en kk ru; do
	rm -f "$DB"
	"$QARAU" -d "$DB" init >/dev/null
	LANGUAGE=$lang "$QARAU" questions >"$T/questions.txt" 2>/dev/null
	TUI_LABELS=$T/questions.txt
	TUI_COMPLETE=$(translation $lang "The screening is complete.")
	TUI_ELEMENTS=$(translation $lang "Which of these does the filing contain? Mark each one it has.")
	TUI_FORM=$(translation $lang "Who filed, and against which act")
	none=$(translation $lang "None of them")
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	tui_wait "10" || :
	tui_new
	TUI_STOP=$(LANGUAGE=$lang "$QARAU" questions 2>/dev/null |
	    sed -n '/^grounds.cpc485-1 /{n;s/^  //;p;}')
	if tui_screen_run "$S"; then
		ok "$lang: the walk reaches the items of CPC 485"
	else
		not_ok "$lang: the walk reaches the items of CPC 485" "$(tui_screen)"
	fi
	TUI_STOP=
	check_screen "$lang: a row says none of them" "$none"
	tui_keys End
	check_contains "$lang: ... just above don't know" "$none" \
	    "$(tui_screen | grep -B1 -F "$(translation $lang "Don't know")" |
	    head -1)"
	if tui_screen_run "$S"; then
		ok "$lang: the walk goes on to the end"
	else
		not_ok "$lang: the walk goes on to the end" "$(tui_screen)"
	fi
	check_screen "$lang: the filing is returned (R16)" \
	    "$(translation $lang "The filing invokes no ground of the exhaustive list of CPC 485." | cut -c1-30)"
done

# The Filing screen: 0 is none, ? is don't know.
rm -f "$DB"
"$QARAU" -d "$DB" add "$top_srcdir/tests/tui/admit.facts" >/dev/null
tui_start LANGUAGE=en
tui_wait "ККС-1" || :
tui_keys Enter
tui_wait "Outcome" || :
tui_keys c
tui_wait "Which fact?" || :
n=0
while [ $n -lt 60 ] && ! tui_screen | grep -q '▮\?.*485 part 1 does it invoke.*1,7-1'; do
	tui_keys Down
	n=$((n + 1))
	sleep 0.05
done
tui_keys Enter
check_screen "a set is changed by its item numbers" "0: none of them"
tui_keys C-u 0 Enter
tui_wait "screened again" 5 || :
out=$("$QARAU" -d "$DB" show 1 --porcelain 2>/dev/null)
check_contains "0 is stored as none" "grounds.cpc485-1=none" "$out"
check_stderr "no sanitizer report or error"
finish
