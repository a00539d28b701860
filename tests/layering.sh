# tui -> data -> core, never back (design.md section 2): core includes
# neither ncurses nor SQLite nor anything of data/ or tui/; data includes
# nothing of tui/ or curses; and core's library references no symbol of
# those libraries.  Inside tui/, the register is reached through data/
# only (no sqlite3.h); the command line and the letter service have no
# curses, and the PDF program needs core alone.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1

bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|sqlite3|data/|tui/|pango|cairo)' core/*.c core/*.h 2>/dev/null)
check_eq "core includes no curses, sqlite, data/ or tui/" "" "$bad"
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|tui/|pango|cairo)' data/*.c data/*.h 2>/dev/null)
check_eq "data includes no curses and no tui/" "" "$bad"
bad=$(find tui -name '*.[ch]' | xargs grep -lE '#[[:space:]]*include[[:space:]]*[<"]sqlite3' 2>/dev/null)
check_eq "nothing under tui/ includes sqlite3.h" "" "$bad"
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|tui/screens/)' tui/cli/*.[ch] tui/letter/*.[ch] 2>/dev/null)
check_eq "tui/cli and tui/letter include no curses and no screen" "" "$bad"
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|sqlite3|data/|tui/(cli|screens|letter)/)' tui/pdf/*.[ch] 2>/dev/null)
check_eq "tui/pdf includes nothing of data/ or the rest of tui/" "" "$bad"
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|sqlite3|data/|tui/(cli|screens|letter|pdf)/)' tui/extract/ex-*.c tui/extract/ex.h tui/extract/qarau-extract.c 2>/dev/null)
check_eq "qarau-extract includes nothing of data/ or the rest of tui/" "" "$bad"

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
# The objects of the command line and the letter service call no curses
# function (tui_main, the one way into the screens, is not one).
objs=$(ls "$top_builddir"/tui/cli/*.o "$top_builddir"/tui/letter/*.o 2>/dev/null)
if [ -n "$objs" ]; then
	und=$(nm -u $objs 2>/dev/null | awk '{print $NF}' | grep -E '^(initscr|endwin|wgetch|newwin|waddnstr|wrefresh|sqlite3_)' | sort -u | tr '\n' ' ')
	check_eq "tui/cli and tui/letter objects need no curses/sqlite symbol" "" "$und"
fi
finish
