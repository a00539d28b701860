# tui/cli/: the command line (no curses).
qarau_SOURCES += \
	tui/cli/main.c tui/cli/cli.c tui/cli/cli.h tui/cli/commands.c \
	tui/cli/cmd.c tui/cli/cmd.h tui/cli/export-ics.c tui/cli/export-ics.h \
	tui/cli/cmd-screen.c tui/cli/cmd-questions.c tui/cli/cmd-add.c \
	tui/cli/cmd-list.c tui/cli/cmd-show.c tui/cli/cmd-set.c \
	tui/cli/cmd-event.c tui/cli/cmd-letter.c tui/cli/cmd-letters.c \
	tui/cli/cmd-export.c tui/cli/cmd-import.c tui/cli/cmd-backup.c \
	tui/cli/cmd-settings.c tui/cli/cmd-init.c tui/cli/cmd-calendar.c \
	tui/cli/cmd-agenda.c tui/cli/cmd-report.c \
	tui/cli/cmd-read.c tui/cli/cmd-document.c \
	tui/cli/add-document.c tui/cli/add-document.h

# The command table is made from the list above: every tui/cli/cmd-NAME.c
# ends with its cmd_NAME_entry, and 'qarau --help' lists the commands in
# the order of that list.  So a new command is its file and its line here
# (with its man page section and translations), and nothing else.
nodist_qarau_SOURCES = tui/cli/commands.h
BUILT_SOURCES += tui/cli/commands.h
CLEANFILES += tui/cli/commands.h
tui/cli/commands.h: $(srcdir)/tui/cli/cli.mk
	$(AM_V_GEN)$(MKDIR_P) tui/cli && \
	for f in $(qarau_SOURCES); do \
		case $$f in \
		tui/cli/cmd-*.c) \
			n=`echo "$$f" | sed 's|^tui/cli/cmd-||; s|\.c$$||; s|-|_|g'`; \
			echo "COMMAND(cmd_$${n}_entry)";; \
		esac; \
	done >$@.tmp && mv $@.tmp $@
