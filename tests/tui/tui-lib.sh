# Helpers for the TUI tests: qarau runs in a private tmux server (its own
# socket, no configuration, a fixed size), the test types with send-keys
# and reads the screen with capture-pane.  Sourced after tests/lib.sh.
#
#   tui_start [ENV=VALUE...]   start qarau on $DB in a 100x30 window
#   tui_wait TEXT [SECONDS]    wait until TEXT is on the screen
#   tui_keys KEY...            tmux send-keys
#   tui_screen                 the screen as text (tui_screen_e: with SGR)
#   tui_screen_run FACTS       answer the checklist from a facts file
#   tui_new                    n, and Esc past the offer of the document
#   tui_stop                   kill the tmux server (also on exit)

if [ -z "${TMUX_BIN:-}" ]; then
	echo "SKIP: tmux not installed"
	exit 77
fi

# ncurses loads libgpm (dlopen) for the mouse on TERM=linux, and GPM's
# small allocation is only attributed to its caller (the suppression in
# tests/lsan.supp) when stacks are unwound without frame pointers.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export ASAN_OPTIONS

# One socket per test; each start gets a fresh server (a suffix), so that
# a server still going away never answers the next start.
TUI_STARTS=0
SOCK=qarau-test-$$
TMUX_CMD="$TMUX_BIN -L $SOCK -f /dev/null"
DB=$T/register.db
QARAU_TODAY=${QARAU_TODAY:-2025-07-10}
export QARAU_TODAY

tui_stop() {
	$TMUX_CMD kill-server >/dev/null 2>&1 || :
}
trap 'tui_stop; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM HUP

# The pane runs this script: qarau, then its exit status, then a pause so
# that the screen after the exit can still be read.
tui_start() {
	{
		echo '#!/bin/sh'
		for kv in "$@"; do
			printf 'export %s\n' "$(printf '%s' "$kv" |
			    sed "s/=\(.*\)/='\1'/")"
		done
		printf '"%s" -d "%s" 2>"%s"\n' "$QARAU" "$DB" "$T/stderr"
		echo 'echo "QARAU-EXIT:$?"'
		echo 'exec sleep 600'
	} >"$T/run.sh"
	chmod +x "$T/run.sh"
	tui_stop
	TUI_STARTS=$((TUI_STARTS + 1))
	SOCK=qarau-test-$$-$TUI_STARTS
	TMUX_CMD="$TMUX_BIN -L $SOCK -f /dev/null"
	$TMUX_CMD new-session -d -x 100 -y 30 \
	    "env LC_ALL=C.UTF-8 TERM=${TUI_TERM:-screen} $T/run.sh" || {
		not_ok "tmux starts"; finish; exit 1; }
}

tui_screen() {
	$TMUX_CMD capture-pane -p
}

tui_screen_e() {
	$TMUX_CMD capture-pane -p -e
}

tui_keys() {
	$TMUX_CMD send-keys "$@"
}

# tui_wait TEXT [SECONDS]: 0 when TEXT appeared in time.
tui_wait() {
	_n=$(( ${2:-10} * 20 ))
	while [ "$_n" -gt 0 ]; do
		if tui_screen | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.05
		_n=$((_n - 1))
	done
	return 1
}

# tui_wait_gone TEXT [SECONDS]
tui_wait_gone() {
	_n=$(( ${2:-10} * 20 ))
	while [ "$_n" -gt 0 ]; do
		if ! tui_screen | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.05
		_n=$((_n - 1))
	done
	return 1
}

# check_screen NAME TEXT: TEXT appears on the screen (waiting for it).
check_screen() {
	if tui_wait "$2" "${3:-10}"; then ok "$1"; else
		not_ok "$1" "missing: $2" "screen:"
		tui_screen | sed 's/^/#   | /'
	fi
}

# The vocabulary: question (English) -> key, and key -> type and values.
tui_vocab() {
	LANGUAGE=en "$QARAU" questions >"$T/questions.txt" 2>/dev/null
	LANGUAGE=en "$QARAU" questions --porcelain >"$T/questions.tsv" \
	    2>/dev/null
}

# The key whose question starts with the text of the screen's row 3.
tui_question_key() {
	_q=$(tui_screen | sed -n 4p | sed 's/^ *//; s/ *$//')
	[ -n "$_q" ] || return 1
	awk -v q="$_q" '
		/^[a-z0-9.-]+ \(/ { key = $1; next }
		key != "" && /^  [^ ]/ {
			t = substr($0, 3)
			if (index(t, q) == 1) { print key; exit }
			key = ""
		}' "$T/questions.txt"
}

# The digit of the row that shows VALUE's label of KEY, if any; the labels
# in English, or in the language of $TUI_LABELS (a 'qarau questions').
tui_choice_digit() {
	_l=$(awk -v k="$1" -v v="$2" '
		$1 == k && $2 ~ /^\(/ { want = 1; next }
		want && index($0, " " v " (") > 0 {
			s = $0; p = index(s, " " v " (")
			s = substr(s, p + length(v) + 3)
			print substr(s, 1, index(s, ")") - 1); exit
		}
		want && /^$/ { exit }' "${TUI_LABELS:-$T/questions.txt}")
	[ -n "$_l" ] || return 0
	tui_screen | awk -v l="$_l" '{
		for (i = 1; i <= 9; i++) {
			s = i "  " l; p = index($0, s)
			if (p == 0) continue
			r = substr($0, p + length(s))
			if (r == "" || r ~ /^ /) { print i; exit }
		}
	}'
}

# Keys that answer KEY with VALUE on the screening screen.
tui_answer() {
	_type=$(awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$T/questions.tsv")
	_vals=$(awk -F'\t' -v k="$1" '$1 == k { print $3 }' "$T/questions.tsv")
	# $TUI_YES / $TUI_NO: the keys of the keyboard's layout for a bool.
	if [ "$_type" = bool ] && [ -n "${TUI_YES:-}" ] &&
	    { [ "$2" = yes ] || [ "$2" = no ]; }; then
		[ "$2" = yes ] && tui_keys -l "$TUI_YES" || tui_keys -l "$TUI_NO"
		return 0
	fi
	case $_type in
	enum|bool)
		_i=$(printf '%s\n' "$_vals" | tr ',' '\n' |
		    awk -v v="$2" '$0 == v { print NR; exit }')
		[ -n "$_i" ] || return 1
		# The screen orders some choices by the case: the number its
		# row shows for the value's label, when it shows one.
		_d=$(tui_choice_digit "$1" "$2")
		if [ -n "$_d" ]; then
			tui_keys "$_d"
		elif [ "$_i" -le 9 ]; then
			tui_keys "$_i"
		else
			tui_keys g
			_j=1
			while [ "$_j" -lt "$_i" ]; do
				tui_keys Down
				_j=$((_j + 1))
			done
			tui_keys Enter
		fi ;;
	set)
		# The last two rows: "None of them", "Don't know".
		case $2 in
		none) tui_keys End Up Enter; return 0 ;;
		unknown) tui_keys End Enter; return 0 ;;
		esac
		for _v in $(printf '%s' "$2" | tr ',' ' '); do
			_i=$(printf '%s\n' "$_vals" | tr ',' '\n' |
			    awk -v v="$_v" '$0 == v { print NR; exit }')
			tui_keys "$_i"
		done
		tui_keys Enter ;;
	*)
		tui_keys -l "$2"
		tui_keys Enter ;;
	esac
}

# The elements of CPC 488 in the vocabulary's order: one list on one
# screen (widget-elements.c), marked from FACTS; content.ground-reference
# is shown only when the filing invokes an item of CPC 485 (8 rows).
# A digit toggles its row and a document may have preset some rows, so
# each row gets only the keys that take its shown state to the wanted one.
TUI_ELEMENT_KEYS="content.filer-data content.acts-and-courts content.scope
content.ground-reference content.arguments content.evidence
content.participation content.attachments content.date-signature"
tui_elements() {
	tui_screen | sed -n -E 's/^ ([1-9]) \[([ x?])\] .*/\1\2/p' \
	    >"$T/elements"
	_rows=$(wc -l <"$T/elements")
	_i=0
	for _k in $TUI_ELEMENT_KEYS; do
		if [ "$_rows" -lt 9 ] && [ "$_k" = content.ground-reference ]; then
			continue
		fi
		_i=$((_i + 1))
		_v=$(awk -F' *= *' -v k="$_k" '$1 == k { print $2 }' "$1")
		_s=$(sed -n "${_i}p" "$T/elements" | cut -c2)
		case $_v/$_s in
		yes/x|unknown/\?) ;;
		yes/*) tui_keys "$_i" ;;
		unknown/*) tui_keys "$_i" - ;;
		*/x) tui_keys "$_i" ;;
		*/\?) tui_keys "$_i" "$_i" ;;
		esac
	done
	tui_keys Enter
}

# The identity form (the screen after the kind of filing): its title, in
# the language of the test ($TUI_FORM), and its fields in order.
TUI_FORM=${TUI_FORM:-Who filed, and against which act}
TUI_FORM_KEYS="filer.name filer.address filer.institution \
filing.efiling-number act.court act.number act.date act.instance"

# tui_form_fill FACTS: types the form's fields that FACTS gives, F2.
tui_form_fill() {
	for _fk in $TUI_FORM_KEYS; do
		_val=$(awk -F' *= *' -v k="$_fk" '$1 == k { print $2 }' "$1")
		if [ -n "$_val" ]; then
			_type=$(awk -F'\t' -v k="$_fk" '$1 == k { print $2 }' \
			    "$T/questions.tsv")
			if [ "$_type" = enum ]; then
				awk -F'\t' -v k="$_fk" '$1 == k { print $3 }' \
				    "$T/questions.tsv" | tr ',' '\n' |
				    awk -v v="$_val" '$0 == v { print NR }' >"$T/digit"
				tui_keys "$(cat "$T/digit")"
			else
				tui_keys -l "$_val"
			fi
		fi
		tui_keys Tab
	done
	tui_keys F2
	tui_wait_gone "$TUI_FORM" 5 || :
}

# tui_screen_run FACTS: answers every question the screening asks from
# FACTS (key = value lines, else the vocabulary's default) until the end
# (or $TUI_STOP); fails on a question it has no answer for.
tui_screen_run() {
	_steps=0
	while [ "$_steps" -lt 80 ]; do
		_steps=$((_steps + 1))
		# $TUI_EACH: a command run on every screen of the walk.
		[ -z "${TUI_EACH:-}" ] || $TUI_EACH
		if tui_screen | grep -F -q "${TUI_COMPLETE:-The screening is complete}"; then
			return 0
		fi
		# $TUI_STOP: text on which the walk stops (a test takes over).
		if [ -n "${TUI_STOP:-}" ] && tui_screen | grep -F -q "$TUI_STOP"; then
			return 0
		fi
		# The elements' list, by its keys line ("Space: ...   -: ..."
		# in every language).
		if tui_screen | grep -q -E '^ Space: .*   -: '; then
			_before=$(tui_screen | sed -n 2p)
			tui_elements "$1"
			_n=100
			while [ "$_n" -gt 0 ] && [ "$(tui_screen | sed -n 2p)" = "$_before" ]; do
				sleep 0.05
				_n=$((_n - 1))
			done
			continue
		fi
		if tui_screen | sed -n 4p | grep -F -q "$TUI_FORM"; then
			tui_form_fill "$1"
			continue
		fi
		_key=$(tui_question_key) || _key=
		if [ -z "$_key" ]; then
			sleep 0.05
			continue
		fi
		_val=$(awk -F' *= *' -v k="$_key" '$1 == k { print $2 }' "$1")
		# Not in the file: the vocabulary's default, if it has one.
		[ -n "$_val" ] || _val=$(awk -F'\t' -v k="$_key" \
		    '$1 == k && $4 != "-" { print $4 }' "$T/questions.tsv")
		if [ -z "$_val" ]; then
			echo "# no answer in $1 for $_key"
			return 1
		fi
		_before=$(tui_screen | sed -n 2p)
		tui_answer "$_key" "$_val" || {
			echo "# cannot answer $_key=$_val"; return 1; }
		# Wait until the progress line changes (the next question).
		_n=100
		while [ "$_n" -gt 0 ] && [ "$(tui_screen | sed -n 2p)" = "$_before" ]; do
			sleep 0.05
			_n=$((_n - 1))
		done
	done
	return 1
}

# A new screening without a document: n, then Esc at the path prompt that
# comes before the first question (in any language: the wait is for the
# prompt's row to change).
tui_new() {
	tui_keys n
	tui_wait "[" 5 || :
	_p=$(tui_screen | sed -n 4p)
	tui_keys Escape
	_n=100
	while [ "$_n" -gt 0 ] && [ "$(tui_screen | sed -n 4p)" = "$_p" ]; do
		sleep 0.05
		_n=$((_n - 1))
	done
}

# The SGR codes (capture-pane -e) on the screen line containing TEXT.
tui_line_e() {
	tui_screen_e | grep -F -- "$1" | head -1
}

# Sanitizer reports or other errors written by qarau.
check_stderr() {
	if [ -s "$T/stderr" ]; then
		not_ok "${1:-nothing on stderr}" "$(head -20 "$T/stderr")"
	else
		ok "${1:-nothing on stderr}"
	fi
}

# translation LANG MSGID: the msgstr of a one-line msgid without context
# in po/LANG.po, its continuation lines joined; English: the msgid.
translation() {
	if [ "$1" = en ]; then printf '%s\n' "$2"; return; fi
	awk -v id="$2" '
		/^msgctxt / { ctx = 1; next }
		/^msgid / { want = !ctx && $0 == "msgid \"" id "\""; ctx = 0;
			next }
		want && /^msgstr "/ { s = $0; sub(/^msgstr "/, "", s);
			sub(/"$/, "", s); str = 1; next }
		want && str && /^"/ { t = $0; sub(/^"/, "", t); sub(/"$/, "", t);
			s = s t; next }
		want && str { exit }
		END { gsub(/\\"/, "\"", s); print s }' "$top_srcdir/po/$1.po"
}
