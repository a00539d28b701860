# The court's calendar in the interface (issue 13): the month view opened
# from the register (C), deadlines on their days, a day set by the court
# with Enter (the deadline moves at once), and the header's warning of a
# year whose file leaves a date unconfirmed; in Kazakh and in Russian.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"
qarau_locales || exit 1

F=$top_srcdir/tests/register/filing.facts
QARAU_TODAY=2025-09-19; export QARAU_TODAY
"$QARAU" -d "$DB" add "$F" >/dev/null
"$QARAU" -d "$DB" event 1 case-requested 2025-09-15 >/dev/null

# Kazakh: the header counts the next 7 days; the month with its deadline.
tui_start LANGUAGE=kk
check_screen "kk: the header names its 7 days" "Алдағы 7 күн: 1"
tui_keys C
check_screen "kk: the month view" "Қыркүйек 2025"
check_screen "kk: the weekdays" "Дс"
check_screen "kk: the legend" "соттың күні"
check_contains "kk: Monday 22 has one deadline" "22   1" "$(tui_screen)"
# From Friday 19 to Monday 22: the day's deadlines listed under the grid.
tui_keys Right Right Right
check_screen "kk: the chosen day's deadline" "ККС-1/2025"
check_screen "kk: the chosen day in DD.MM.YYYY" "22.09.2025"
# The day's row: the filer in words, and columns counted in cells (the
# Cyrillic number used to shift the next column by its extra bytes).
row=$(tui_screen | grep 'ККС-1/2025')
case $row in
*convicted*) not_ok "kk: the filer in words, not 'convicted'" "$row" ;;
*) ok "kk: the filer in words, not 'convicted'" ;;
esac
check_eq "kk: the kind starts in column 21" 21 \
    "$(printf '%s' "$row" | sed 's/іс келуі.*//' | wc -m)"
tui_keys q
tui_stop

# Russian: the court makes Monday 22 a holiday; the deadline moves to 23.
tui_start LANGUAGE=ru
check_screen "ru: the register" "Ближайшие 7 дней"
tui_keys C
check_screen "ru: the month view" "Пн"
tui_keys Right Right Right Enter
check_screen "ru: what the day is" "Этот день:"
tui_keys Enter
check_screen "ru: the note asked" "Что это за день"
tui_keys "приказ 1" Enter
check_screen "ru: set by the court" "установлен судом"
check_contains "ru: the deadline moved to Tuesday" "23   1" "$(tui_screen)"
check_contains "ru: the court's mark" "22*c" "$(tui_screen)"
out=$("$QARAU" -d "$DB" list --porcelain)
check_contains "the register has it" "deadline=2025-09-23" "$out"
tui_keys q
check_screen "ru: back on the register" "23.09.2025"
tui_stop

# A year whose file leaves Kurban ait unconfirmed: named on the header.
tui_start LANGUAGE=ru QARAU_TODAY=2026-12-01
check_screen "ru: the unconfirmed year on the header" \
	"! 2027: не подтверждено"
tui_stop
"$QARAU" -d "$DB" calendar set 2027-05-16 holiday >/dev/null
tui_start LANGUAGE=kk QARAU_TODAY=2026-12-01
check_screen "kk: the register" "Алдағы 7 күн"
check_eq "kk: confirmed, no warning" "" \
	"$(tui_screen | grep "2027: расталмаған")"
finish
