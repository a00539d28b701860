# tui/screens/: the interactive screens (curses).
qarau_SOURCES += tui/screens/tui.c tui/screens/tui.h \
	tui/screens/ui.c tui/screens/ui.h tui/screens/ui-decision.c \
	tui/screens/keys.c tui/screens/keys.h \
	tui/screens/widget.h tui/screens/widget-input.c \
	tui/screens/widget-pager.c tui/screens/widget-dialog.c \
	tui/screens/widget-answer.c tui/screens/widget-elements.c \
	tui/screens/widget-elements.h tui/screens/drafts.c \
	tui/screens/widget-form.c tui/screens/widget-path.c \
	tui/screens/screening-identity.c tui/screens/screening-identity.h \
	tui/screens/screening-doc.c tui/screens/screening-doc.h \
	tui/screens/screen-register.c tui/screens/screen-register.h \
	tui/screens/screen-register-draw.c \
	tui/screens/screen-screening.c tui/screens/screen-filing.c \
	tui/screens/screen-letter.c tui/screens/screen-help.c \
	tui/screens/screen-settings.c tui/screens/screen-calendar.c \
	tui/screens/screen-stats.c
