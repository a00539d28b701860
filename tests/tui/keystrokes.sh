# The keys of screening a complete complaint that states its facts (issue
# 11): typed by hand as today, then with its document opened first, the
# proposals confirmed in the review.  Every send-keys is counted: a named
# key is one key, a literal string one typed character per character.
# With the document it must take at most half the keystrokes (keys and
# typed characters together, the identity form included).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

command -v soffice >/dev/null 2>&1 || { echo "SKIP: no soffice"; exit 77; }

KEYS=0
CHARS=0
tui_keys() {
	if [ "$1" = -l ]; then
		CHARS=$((CHARS + $(printf '%s' "$2" | wc -m)))
	else
		KEYS=$((KEYS + $#))
	fi
	$TMUX_CMD send-keys "$@"
}

# The complaint as a PDF in the clerk's home (generated now).
cp "$top_srcdir/tests/tui/complaint-ru.txt" "$HOME/complaint-ru.txt"
(cd "$HOME" && soffice --headless --convert-to pdf complaint-ru.txt) \
    >/dev/null 2>&1
rm -f "$HOME/complaint-ru.txt"
[ -f "$HOME/complaint-ru.pdf" ] || { not_ok "soffice makes the PDF"; finish; exit 1; }

tui_vocab
FACTS=$top_srcdir/tests/tui/complaint-ru.facts

# Today: every answer typed.
tui_start LANGUAGE=en
check_screen "the register starts empty" "No pending filings"
KEYS=0 CHARS=0
tui_keys n
tui_wait "Open the filing's document"
tui_keys Escape
tui_wait "Answered 0 of"
if tui_screen_run "$FACTS"; then ok "screened by hand"; else
	not_ok "screened by hand" "$(tui_screen)"; fi
check_screen "it is admitted" "Decision: admit"
tui_keys F2
check_screen "saved" "Pending: 1"
# The Esc that skips the document is not a key of today's screening.
BASE_KEYS=$((KEYS - 1)) BASE_CHARS=$CHARS

# With the document: "~/c", Tab, Enter reads it, Enter confirms.  On the
# identity form the clerk types only what the review did not fill (a
# choice is chosen again, as by hand).
tui_form_fill() {
	for _fk in $TUI_FORM_KEYS; do
		_val=$(awk -F' *= *' -v k="$_fk" '$1 == k { print $2 }' "$1")
		_type=$(awk -F'\t' -v k="$_fk" '$1 == k { print $2 }' \
		    "$T/questions.tsv")
		if [ -n "$_val" ] && [ "$_type" = enum ]; then
			awk -F'\t' -v k="$_fk" '$1 == k { print $3 }' \
			    "$T/questions.tsv" | tr ',' '\n' |
			    awk -v v="$_val" '$0 == v { print NR }' >"$T/digit"
			tui_keys "$(cat "$T/digit")"
		elif [ -n "$_val" ] && ! tui_screen | grep -F -q -- "$_val"; then
			tui_keys -l "$_val"
		fi
		tui_keys Tab
	done
	tui_keys F2
	tui_wait_gone "$TUI_FORM" 5 || :
}
KEYS=0 CHARS=0
tui_keys n
tui_wait "Open the filing's document"
tui_keys -l "~/c"
tui_keys Tab
check_screen "Tab completes the file's name" "~/complaint-ru.pdf"
tui_keys Enter
check_screen "the document proposes answers" "The document proposes"
tui_keys Enter
tui_wait_gone "The document proposes"
if tui_screen_run "$FACTS"; then ok "screened with the document"; else
	not_ok "screened with the document" "$(tui_screen)"; fi
check_screen "it is admitted too" "Decision: admit"
tui_keys F2
check_screen "saved too" "Pending: 2"
DOC_KEYS=$KEYS DOC_CHARS=$CHARS

BASE=$((BASE_KEYS + BASE_CHARS))
DOC=$((DOC_KEYS + DOC_CHARS))
echo "# today: $BASE_KEYS keys and $BASE_CHARS typed characters ($BASE)"
echo "# with the document: $DOC_KEYS keys and $DOC_CHARS typed characters ($DOC)"
if [ "$DOC" -lt "$BASE" ]; then
	ok "fewer keystrokes with the document ($DOC of $BASE)"
else
	not_ok "fewer keystrokes with the document" "$DOC of $BASE"
fi
if [ $((DOC * 2)) -le "$BASE" ]; then
	ok "with the document at most half the keystrokes ($DOC of $BASE)"
else
	not_ok "with the document at most half the keystrokes" "$DOC of $BASE"
fi

# Both filings hold the complaint's identity.
for id in 1 2; do
	"$QARAU" -d "$DB" show $id >"$T/show" 2>&1
	check_contains "filing $id: the act's number" "act.number = 1-112/2025" \
	    "$(cat "$T/show")"
	check_contains "filing $id: the filer's name" \
	    "filer.name = Ахметов Бауыржан Серикович" "$(cat "$T/show")"
done
tui_keys q
check_stderr "no sanitizer report or error"
finish
