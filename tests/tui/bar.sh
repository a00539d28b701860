# The F-key bar at 80 columns in Kazakh and Russian: every caption is a
# whole word, its translation or the abbreviation the catalogue gives it
# (msgctxt "bar"), never a word cut off, and F10 stays on the bar; at 100
# columns the whole captions return with a gap between the cells.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales

# The captions po/LANG.po allows on the bar: the msgstr of each caption
# and of its abbreviation.
captions() {
	awk '
		/^msgctxt "bar"$/ { bar = 1; next }
		/^msgid "/ { id = $0; sub(/^msgid "/, "", id); sub(/"$/, "", id);
			next }
		/^msgstr "/ { s = $0; sub(/^msgstr "/, "", s); sub(/"$/, "", s);
			if (bar) { print s; ids[id] = 1 } else all[id] = s;
			bar = 0; next }
		END { for (i in ids) print all[i] }' "$top_srcdir/po/$1.po"
}

# check_bar LANG WHERE: each cell of the last line is an allowed caption.
check_bar() {
	_bar=$(tui_screen | tail -n 1 | sed 's/ *$//')
	_bad=$(printf '%s\n' "$_bar" | sed 's/F[0-9][0-9]*/\n/g' |
	    sed 's/ *$//' | grep -v '^$' | while IFS= read -r c; do
		grep -Fqx -- "$c" "$T/captions.$1" || printf '[%s] ' "$c"
	    done)
	if [ -z "$_bad" ]; then ok "$1: $2: the bar's captions are whole"
	else not_ok "$1: $2: the bar's captions are whole" "cut: $_bad" \
	    "bar: $_bar"; fi
	case $_bar in
	*F10*) ok "$1: $2: F10 is on the bar" ;;
	*) not_ok "$1: $2: F10 is on the bar" "bar: $_bar" ;;
	esac
}

for lang in kk ru; do
	captions $lang >"$T/captions.$lang"
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	tui_wait "F10" || :
	$TMUX_CMD resize-window -x 80 -y 24
	sleep 0.3
	check_bar $lang "the register"
	tui_new
	tui_wait "[" || :
	check_bar $lang "the screening"
	$TMUX_CMD resize-window -x 100 -y 30
	sleep 0.3
	check_bar $lang "the screening at 100 columns"
	tui_keys Escape
	tui_wait_gone "F9" 2 || :
done
# The register's header at 80 columns: the calendar's warning that does
# not fit beside the counts takes the message line, whole.
tui_keys q
for lang in kk ru; do
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR" \
	    QARAU_TODAY=2026-12-01
	tui_wait "F10" || :
	$TMUX_CMD resize-window -x 80 -y 24
	sleep 0.3
	w=$(printf "$(translation $lang "   ! %d: dates not confirmed")" 2027 |
	    sed 's/^ *//')
	check_screen "$lang: 80 columns: the calendar's warning whole" "$w"
	tui_keys q
done
# At 100 columns the register's bar has room for the whole words.
tui_start LANGUAGE=ru QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
check_screen "ru: 100 columns: whole captions with a gap" "F1Справка F2"
finish
