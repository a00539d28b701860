# tui/: the interactive screens.
qarau_SOURCES += tui/tui.c tui/tui.h \
	tui/ui.c tui/ui.h tui/ui-decision.c \
	tui/keys.c tui/keys.h \
	tui/widget.h tui/widget-input.c tui/widget-pager.c \
	tui/widget-dialog.c tui/widget-answer.c \
	tui/screen-register.c tui/screen-screening.c tui/screen-filing.c \
	tui/screen-letter.c tui/screen-help.c tui/screen-settings.c
