# tui/: the ncurses front end and the command line.
bin_PROGRAMS += qarau
qarau_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS)
qarau_SOURCES = \
	tui/main.c tui/cli.c tui/cli.h tui/commands.c \
	tui/cmd-screen.c tui/cmd-questions.c \
	tui/cmd-add.c tui/cmd-list.c tui/cmd-show.c tui/cmd-set.c \
	tui/cmd-event.c tui/cmd-export.c tui/cmd-import.c tui/cmd-backup.c \
	tui/cmd-settings.c \
	tui/cmd-letter.c
qarau_LDADD = $(DATA_LIBS) $(NCURSESW_LIBS)

include tui/screens.mk
include tui/letters.mk
