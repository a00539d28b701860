# tui -> data -> core, never back (design.md section 2): core includes
# neither ncurses nor SQLite nor anything of data/ or tui/; data includes
# nothing of tui/ or curses; and core's library references no symbol of
# those libraries.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1

bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|sqlite3|data/|tui/|pango|cairo)' core/*.c core/*.h 2>/dev/null)
check_eq "core includes no curses, sqlite, data/ or tui/" "" "$bad"
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|tui/|pango|cairo)' data/*.c data/*.h 2>/dev/null)
check_eq "data includes no curses and no tui/" "" "$bad"

lib="$top_builddir/core/libqaraucore.a"
if [ -f "$lib" ]; then
	und=$(nm -u "$lib" 2>/dev/null | awk '{print $NF}' | grep -E '^(sqlite3_|initscr|wgetch|newwin|pango_|cairo_)' | sort -u | tr '\n' ' ')
	check_eq "core library needs no sqlite/curses/pango symbol" "" "$und"
fi
lib="$top_builddir/data/libqarauda.a"
if [ -f "$lib" ]; then
	und=$(nm -u "$lib" 2>/dev/null | awk '{print $NF}' | grep -E '^(initscr|wgetch|newwin|pango_|cairo_|cmd_|tui_)' | sort -u | tr '\n' ' ')
	check_eq "data library needs no curses/tui symbol" "" "$und"
fi
finish
