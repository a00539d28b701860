# The identity form (issue 11, section 1), in Kazakh and Russian: right
# after the kind of filing one screen asks who filed and against which
# act; Tab / Down / Up move between its fields, a date is typed as the
# clerk types dates, the instance is chosen with Space; F2 confirms, and
# F6 from the next question shows the form again with what was typed.
# The screening then runs to the end; the register lists the filer and
# the act in the interface language, and / finds the filing by the name
# typed without Kazakh letters.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"

qarau_locales
tui_vocab

for lang in kk ru; do
	rm -f "$DB"
	"$QARAU" -d "$DB" init >/dev/null
	# Another filing, which the search must hide.
	"$QARAU" -d "$DB" add $(grep -v '^#' "$top_srcdir/tests/tui/admit.facts" |
	    sed 's/ *= */=/') filer.name=Иванов >/dev/null
	LANGUAGE=$lang "$QARAU" questions >"$T/questions.txt" 2>/dev/null
	TUI_LABELS=$T/questions.txt
	TUI_COMPLETE=$(translation $lang "The screening is complete.")
	TUI_FORM=$(translation $lang "Who filed, and against which act")
	tui_start LANGUAGE=$lang QARAU_LOCALEDIR="$QARAU_LOCALEDIR"
	tui_wait "10.07.2025" || :
	tui_new
	tui_wait "[" || :
	tui_keys 1
	check_screen "$lang: the form follows the kind of filing" "$TUI_FORM"
	check_screen "$lang: its name field" \
	    "$(translation $lang "Filer's name")"
	check_screen "$lang: its e-filing number field" \
	    "$(translation $lang "E-filing number")"
	check_screen "$lang: its instance field" \
	    "$(translation $lang "Instance")"
	tui_keys -l "Серіков Нұрлан Асқарұлы"
	tui_keys Tab
	tui_keys -l "г. Павлодар, ул. Ленина, 1"
	tui_keys Down Down
	tui_keys -l "ЭО-2025-0042"
	tui_keys Tab
	if [ $lang = kk ]; then
		tui_keys -l "Павлодар облыстық соты"
	else
		tui_keys -l "Павлодарский областной суд"
	fi
	tui_keys Tab
	tui_keys -l "1-112/2025"
	tui_keys Tab
	tui_keys -l "15.7.25"
	tui_keys Up Down Enter
	# Space: the first instance, then the appellate one.
	tui_keys Space Space
	check_screen "$lang: the instance chosen in words" \
	    "< $(translation $lang "appellate instance") >"
	tui_screen >"$T/form-$lang.txt"
	tui_keys F2
	check_screen "$lang: F2 goes on to the next question" \
	    "$(translation $lang "At what stage does the question arise?")"
	tui_keys F6
	check_screen "$lang: F6 shows the form again" "$TUI_FORM"
	check_screen "$lang: with the name typed" "Серіков Нұрлан Асқарұлы"
	check_screen "$lang: and the date as the language shows dates" \
	    "15.07.2025"
	tui_keys Enter
	check_screen "$lang: Enter moves to the next field" \
	    "Серіков Нұрлан Асқарұлы"
	tui_keys F2
	tui_wait "$(translation $lang "At what stage does the question arise?")" || :
	if tui_screen_run "$top_srcdir/tests/tui/admit.facts"; then
		ok "$lang: the screening runs to the end"
	else
		not_ok "$lang: the screening runs to the end" "$(tui_screen)"
	fi
	tui_keys F2
	# Wide enough for the act's whole title.
	$TMUX_CMD resize-window -x 260 -y 30
	check_screen "$lang: saved, the list names the filer" \
	    "Серіков Нұрлан Асқарұлы"
	check_screen "$lang: and the other filing" "Иванов"
	if [ $lang = kk ]; then
		check_screen "kk: the act in Kazakh, the court in the genitive" \
		    "Павлодар облыстық сотының"
	else
		check_screen "ru: the act in Russian, the court in the genitive" \
		    "приговор Павлодарского"
	fi
	if [ $lang = kk ]; then
		check_screen "kk: the whole title" \
		    "Павлодар облыстық сотының 15.07.2025 № 1-112/2025 үкімі"
	else
		check_screen "ru: the whole title" \
		    "приговор Павлодарского областного суда от 15.07.2025 № 1-112/2025"
	fi
	tui_screen >"$T/list-$lang.txt"
	$TMUX_CMD resize-window -x 100 -y 30
	sleep 0.3
	tui_keys C-l
	tui_keys /
	tui_keys -l "сериков"
	tui_keys Enter
	check_screen "$lang: / finds it by the name without Kazakh letters" \
	    "/сериков"
	check_screen "$lang: the row stays" "Серіков Нұрл"
	tui_wait_gone "Иванов" 3 || :
	if tui_screen | grep -q "Иванов"; then
		not_ok "$lang: the other filing is hidden" "$(tui_screen)"
	else
		ok "$lang: the other filing is hidden"
	fi
	tui_keys Escape
	tui_keys q
	check_screen "$lang: q quits" "QARAU-EXIT:0"
	check_stderr "$lang: nothing on stderr"
	if [ -n "${TUI_KEEP_SCREENS:-}" ]; then
		cp "$T/form-$lang.txt" "$T/list-$lang.txt" "$TUI_KEEP_SCREENS"
	fi
done
check_eq "the stored facts" "Серіков Нұрлан Асқарұлы|ЭО-2025-0042|1-112/2025|2025-07-15|appellate" \
    "$("$QARAU" -d "$DB" show 2 --porcelain 2>/dev/null | awk -F= '
	$1 == "fact.filer.name" { n = $2 }
	$1 == "fact.filing.efiling-number" { e = $2 }
	$1 == "fact.act.number" { a = $2 } $1 == "fact.act.date" { d = $2 }
	$1 == "fact.act.instance" { i = $2 }
	END { print n "|" e "|" a "|" d "|" i }')"
finish
