# tui/: letters (building, PDF, printing).
qarau_SOURCES += tui/letter-build.c tui/letter-build.h
