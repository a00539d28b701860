# The interface in Kazakh and Russian (LANGUAGE=kk|ru, LC_ALL=C.UTF-8):
# the translated titles; the
# resolution pane in Kazakh (kk) or the Russian summary with the Kazakh
# original beneath it (ru); Kazakh names line up in the columns.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales

# check_translated LANG MSGID: po/LANG.po translates it, and the
# translation is on the screen.
check_translated() {
	_tr=$(translation "$1" "$2")
	if [ -z "$_tr" ]; then
		not_ok "$1: '$2' has no translation in po/$1.po"
	else
		check_screen "$1: '$2' shows as '$_tr'" "$_tr"
	fi
}

facts() {
	grep -v '^#' "$top_srcdir/tests/tui/$1.facts" | sed 's/ *= */=/'
}
"$QARAU" -d "$DB" add $(facts defective) filing.handed=2025-07-07 \
    "filer.name=Әлібек Құрманғалиұлы" >/dev/null
"$QARAU" -d "$DB" add $(facts defective) filing.handed=2025-07-07 \
    "filer.name=Ivanov Ivan" >/dev/null

for lang in kk ru; do
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	tui_wait "2025-07-10" || :
	check_translated $lang "Register of filings"
	# Wide characters: the deadline column starts at the same column in
	# a row with a Kazakh name as in a row with a Latin one.
	tui_wait "Ivanov" || :
	a=$(tui_screen | grep 'Әлібек' | sed 's/2025-07-10.*//' | wc -m)
	b=$(tui_screen | grep 'Ivanov' | sed 's/2025-07-10.*//' | wc -m)
	check_eq "$lang: Kazakh text lines up in the columns" "$b" "$a"
	[ "$a" -gt 20 ] && ok "$lang: both rows are listed" ||
	    not_ok "$lang: both rows are listed" "$(tui_screen)"
	tui_new
	tui_wait "[" || :
	check_translated $lang "Screening"
	if [ $lang = kk ]; then
		check_screen "kk: the pane shows the Kazakh text" \
		    "Қазақстан Республикасы Конституциясының"
	else
		check_screen "ru: the pane shows the Russian summary" \
		    "В соответствии с требованиями пункта 3"
		tui_keys Tab PageDown
		check_screen "ru: with the Kazakh original beneath" \
		    "Қазақстан Республикасы"
	fi
	tui_keys F8 y
	tui_wait "Today" || :
	tui_keys q
	check_screen "$lang: q quits" "QARAU-EXIT:0"
	check_stderr "$lang: nothing on stderr"
done
finish
