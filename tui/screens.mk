# tui/: the interactive screens.
qarau_SOURCES += tui/tui.c tui/tui.h
