# The Statistics screen (issue 13): the report of this year with bars in
# the terminal, opened from the register (T), in Kazakh and in Russian.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"
qarau_locales || exit 1

F=$top_srcdir/tests/register/filing.facts
QARAU_TODAY=2025-09-30; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }
for i in 1 2 3; do q add "$F" >/dev/null; done
q add "$F" content.filer-data=no >/dev/null
q event 4 handed 2025-07-02 >/dev/null
q event 4 returned 2025-07-04 >/dev/null
q event 2 withdrawn 2025-08-10 >/dev/null

tui_start LANGUAGE=kk
check_screen "kk: the register" "Алдағы 7 күн"
tui_keys T
check_screen "kk: the report's title" "01.01.2025 бастап 30.09.2025 дейінгі есеп"
check_screen "kk: arrived, with its bar" "Түскені"
check_contains "kk: a bar" "████" "$(tui_screen | grep 'Түскені')"
check_screen "kk: the control" "Бақылау: 0 + 4 = 2 + 2 (орындалады)"
tui_keys q
check_screen "kk: back on the register" "Алдағы 7 күн"
tui_stop

tui_start LANGUAGE=ru
tui_keys F9
check_screen "ru: the report" "Отчёт с 01.01.2025 по 30.09.2025"
check_screen "ru: returned by letter" "Возвращено письмом"
check_screen "ru: the control" "Контроль: 0 + 4 = 2 + 2 (выполняется)"
tui_keys G
check_screen "ru: per month, at the end" "Месяц: 2025-09"
finish
