# The clerk's language and habits (issue 14), in Kazakh and Russian: a
# full screening and filing walked screen by screen shows no raw value of
# the vocabulary and no Latin citation; citations in the language's form;
# dates typed as a clerk types them and shown DD.MM.YYYY; yes / no in the
# Cyrillic layout; a receipt date after today refused; the register's
# status column; the "enlarge the window" message in 40 columns; judges
# typed as "A; B" on the command line, the letter's judge chosen from
# them.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales
tui_vocab

# Every value of the vocabulary's lists, as the facts files write them.
cut -f3 "$T/questions.tsv" | tr ',' '\n' | grep -E '^[a-z]' |
    sort -u >"$T/values.txt"
SCANNED=0
BAR=
BARSEEN=0
BAD=
# scan: the screen has no raw value and no Latin citation.
scan() {
	SCANNED=$((SCANNED + 1))
	_s=$(tui_screen)
	printf '%s\n' "$_s" >>"$T/walk.txt"
	_w=$(printf '%s\n' "$_s" | grep -o -w -F -f "$T/values.txt" | head -3)
	_c=$(printf '%s\n' "$_s" | grep -o -E '\b(NR|CPC|CC) [0-9]' | head -3)
	if printf '%s\n' "$_s" | grep -q -F "$BAR"; then
		BARSEEN=1
	fi
	if [ -n "$_w$_c" ] && [ -z "$BAD" ]; then
		BAD="$(printf '%s %s\n%s' "$_w" "$_c" "$_s")"
	fi
}
check_scan() {
	if [ -z "$BAD" ] && [ "$SCANNED" -gt 20 ]; then
		ok "$1: $SCANNED screens without raw values or Latin citations"
	else
		not_ok "$1: $SCANNED screens without raw values or Latin citations" \
		    "$BAD"
	fi
	BAD=
	SCANNED=0
}

for lang in kk ru; do
	rm -f "$DB"
	"$QARAU" -d "$DB" init >/dev/null
	"$QARAU" -d "$DB" settings judges " Ахметов А.;Иванов И. " >/dev/null
	LANGUAGE=$lang "$QARAU" questions >"$T/questions.txt" 2>/dev/null
	TUI_LABELS=$T/questions.txt
	TUI_COMPLETE=$(translation $lang "The screening is complete.")
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	check_screen "$lang: today in the title as DD.MM.YYYY" "10.07.2025"
	check_screen "$lang: the register has a status column" \
	    "$(translation $lang Status)"
	tui_new
	tui_wait "[" || :
	scan
	# The first questions: kind, the identity form (left empty), stage,
	# then the receipt date.
	tui_keys 1
	sleep 0.2
	tui_keys F2
	sleep 0.2
	tui_keys 1
	sleep 0.2
	check_screen "$lang: the receipt date is offered as today" "10.07.2025"
	tui_keys -l "+1"
	tui_keys Enter
	check_screen "$lang: a receipt date after today is refused" "11.07.2025"
	tui_keys C-u
	tui_keys -l "1.7.25"
	tui_keys Enter
	sleep 0.3
	# Every yes / no of the walk answered with the layout's letters.
	if [ $lang = ru ]; then TUI_YES=д TUI_NO=н; else TUI_YES=и TUI_NO=ж; fi
	TUI_YES_KEY=$TUI_YES
	BAR=$(translation $lang "y: yes   n: no")
	BARSEEN=0
	TUI_EACH=scan
	if tui_screen_run "$top_srcdir/tests/tui/defective.facts"; then
		ok "$lang: the defective complaint is screened to the end"
	else
		not_ok "$lang: the defective complaint is screened to the end" \
		    "$(tui_screen)"
	fi
	TUI_EACH=
	TUI_YES=
	check_eq "$lang: a yes / no question shows its keys ($BAR)" 1 "$BARSEEN"
	# A question on alternative items cites them as the language does.
	if [ $lang = ru ]; then
		alt="п. 2) или 3) ч. 2 ст. 484 УПК"
	else
		alt="ҚПК 484-бабы 2-бөлігінің 2) немесе 3) тармағы"
	fi
	n=$(grep -c -F "$alt" "$T/walk.txt" || :)
	[ "$n" -gt 0 ] && ok "$lang: alternatives cited as one ($alt)" ||
	    not_ok "$lang: alternatives cited as one ($alt)" \
	    "$(grep -F -e "484" "$T/walk.txt" | sort -u | head -5)"
	: >"$T/walk.txt"
	scan
	if [ $lang = ru ]; then
		check_screen "ru: citations as Russian writes them" \
		    "ч. 1 ст. 423, ч. 1 ст. 488, п. 1) ч. 1 ст. 489 УПК"
		check_screen "ru: the resolution's paragraph" "п. 7 НП"
	else
		check_screen "kk: citations as Kazakh writes them" \
		    "ҚПК 423-бабының 1-бөлігі, 488-бабының 1-бөлігі"
		check_screen "kk: the resolution's paragraph" "НҚ 7-тармағы"
	fi
	tui_keys F5
	sleep 0.3
	scan
	check_screen "$lang: the answers show the receipt date DD.MM.YYYY" \
	    "01.07.2025"
	tui_keys F5
	sleep 0.2
	tui_keys F2
	# Saving a return asks the day of the hand-over to the judge.
	sleep 0.5
	tui_keys Enter
	check_screen "$lang: F2 saves it to the register" "ККС-1/2025"
	role=$(translation $lang "convicted person")
	check_screen "$lang: the filer's role in words ($role)" "$role"
	scan
	tui_keys Enter
	sleep 0.5
	scan
	tui_keys PageDown
	sleep 0.2
	scan
	tui_keys PageDown
	sleep 0.2
	scan
	# The letter's judge is chosen from the settings' list (the eighth
	# of the letter's fields).
	tui_keys l
	tui_wait "$(translation $lang "Judge")" || :
	tui_keys c
	tui_wait "$(translation $lang "Take every field from the register again")" || :
	tui_keys 8
	check_screen "$lang: the letter's judge: a list of the judges" \
	    "$(translation $lang "Assign the judge:")"
	check_screen "$lang: ... the judges of the settings" "2  Ахметов А."
	tui_keys 3
	check_screen "$lang: the chosen judge is said" "Иванов И."
	# End: the signature (a line without the status line's colon).
	tui_keys G
	sleep 0.3
	n=$(tui_screen | grep "Иванов И\.$" | grep -c -v ":" || :)
	check_eq "$lang: the chosen judge signs the letter" 1 "$n"
	tui_keys q
	tui_wait_gone "Иванов И." || :
	# A fact changed on the filing: the outcome before and after, undone.
	tui_keys c
	check_screen "$lang: c lists the facts asked of this filing" \
	    "$(translation $lang "What has arrived?")"
	tui_keys 1
	sleep 0.3
	tui_keys 2
	check_screen "$lang: the change says the outcome before and after" \
	    "$(translation $lang "Changed and screened again: %s -> %s.  u undoes it." | sed 's/:.*//')"
	tui_keys u
	check_screen "$lang: u undoes it" \
	    "$(translation $lang "Undone: %s -> %s." | sed 's/:.*//')"
	tui_keys Home
	check_screen "$lang: the filing is a complaint again" \
	    "$(translation $lang "cassation complaint")"
	# The audit trail at the end: the change and its undoing in words,
	# when in the local day and minute (the register keeps UTC).
	tui_keys G
	sleep 0.3
	scan
	n=$(tui_screen | grep -c -E '^ +[0-9]{2}\.[0-9]{2}\.[0-9]{4} [0-9]{2}:[0-9]{2}  ' || :)
	[ "$n" -gt 0 ] && ok "$lang: the audit trail's times as DD.MM.YYYY HH:MM" ||
	    not_ok "$lang: the audit trail's times as DD.MM.YYYY HH:MM" "$(tui_screen)"
	tui_keys q
	sleep 0.2
	scan
	# The calendar, a week of days with their deadlines, and the
	# statistics.
	tui_keys C
	tui_wait "$(translation $lang "Mo")" || :
	for d in 1 2 3 4 5 6 7; do
		scan
		tui_keys Right
		sleep 0.1
	done
	tui_keys q
	sleep 0.2
	tui_keys T
	sleep 0.5
	scan
	tui_keys q
	sleep 0.2
	check_scan "$lang"

	# Sort: a menu of the columns; the filters of the command line.
	tui_keys s
	check_screen "$lang: s opens the menu of the columns" \
	    "$(translation $lang "Sort the list by (the current column again: the other way):" | sed "s/ (.*//")"
	tui_keys 4
	check_screen "$lang: 4 sorts by the filer" \
	    "$(translation $lang Filer) ▲"
	tui_keys F4
	tui_wait "$(translation $lang "Filter the list by:")" || :
	tui_keys 5
	check_screen "$lang: the filter 'due soon' is shown" \
	    "[$(translation $lang "due soon")]"
	tui_keys F4
	tui_wait "$(translation $lang "Filter the list by:")" || :
	tui_keys 6
	tui_wait "$(translation $lang "Deadline within how many days?")" || :
	tui_keys BSpace
	tui_keys -l 30
	tui_keys Enter
	check_screen "$lang: the filter 'within N days' is shown" "30"
	tui_keys F4
	tui_wait "$(translation $lang "Filter the list by:")" || :
	tui_keys 7
	sleep 0.3

	# Settings as a form: Tab moves, a save moves on, languages by name.
	tui_keys F2
	check_screen "$lang: the judges as typed on the command line" \
	    "Ахметов А.; Иванов И."
	tui_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Enter
	check_screen "$lang: Tab reaches the interface language; in words" \
	    "Қазақша"
	check_screen "$lang: ... Russian in words" "Русский"
	if [ $lang = ru ]; then tui_keys 3; else tui_keys 2; fi
	check_screen "$lang: saved" "$(translation $lang Saved.)"
	tui_keys Enter
	check_screen "$lang: the cursor moved on to the letter language" \
	    "$(translation $lang "Letter language")"
	tui_keys Escape
	sleep 0.2
	tui_keys F10
	sleep 0.2

	# A confirmation answered with the Cyrillic layout's yes key.
	tui_new
	tui_wait "[" || :
	tui_keys 2
	sleep 0.2
	tui_keys F5
	sleep 0.2
	tui_keys F8
	check_screen "$lang: F8 in the answers asks to discard, with the keys" \
	    "$(translation $lang "y: yes   n, Esc: no")" 2
	tui_keys -l "$TUI_YES_KEY"
	check_screen "$lang: the layout's yes key discards" \
	    "$(translation $lang "Register of filings")"
	check_screen "$lang: the register says the status" \
	    "$(translation $lang pending | cut -c1-10)"

	# The reader of the resolution: its header in the interface language,
	# no note of how the text was made.
	tui_keys F1
	sleep 0.3
	tui_keys r
	if [ $lang = ru ]; then
		check_screen "ru: the reader's header is Russian" \
		    "Краткое изложение, не официальный текст"
	else
		check_screen "kk: the reader's header is Kazakh" \
		    "Қазақстан Республикасы Жоғарғы Сотының"
	fi
	n=$(tui_screen | grep -c "PDF" || :)
	check_eq "$lang: no developer's note in the reader" 0 "$n"
	tui_keys q
	sleep 0.2

	# The window too small: the message fits 40 columns.
	$TMUX_CMD resize-window -x 40 -y 12
	check_screen "$lang: the 'enlarge' message names the size at 40 columns" "80x24"
	$TMUX_CMD resize-window -x 100 -y 30
	tui_keys q
	check_screen "$lang: q quits" "QARAU-EXIT:0"
	check_stderr "$lang: nothing on stderr"
done

# Judges: the command line takes "A; B" and keeps the names trimmed.
"$QARAU" -d "$DB" settings judges "Ахметов А.; Иванов И." >/dev/null 2>&1
got=$("$QARAU" -d "$DB" settings judges 2>/dev/null)
check_eq "settings judges \"A; B\" keeps two trimmed names" \
    "$(printf 'Ахметов А.\nИванов И.')" "$got"
finish
