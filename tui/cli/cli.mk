# tui/cli/: the command line (no curses).
qarau_SOURCES += \
	tui/cli/main.c tui/cli/cli.c tui/cli/cli.h tui/cli/commands.c \
	tui/cli/cmd.c tui/cli/cmd.h \
	tui/cli/cmd-screen.c tui/cli/cmd-questions.c \
	tui/cli/cmd-add.c tui/cli/cmd-list.c tui/cli/cmd-show.c tui/cli/cmd-set.c \
	tui/cli/cmd-event.c tui/cli/cmd-export.c tui/cli/cmd-import.c tui/cli/cmd-backup.c \
	tui/cli/cmd-settings.c tui/cli/cmd-init.c \
	tui/cli/cmd-letter.c tui/cli/cmd-letters.c
