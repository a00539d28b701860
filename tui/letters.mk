# tui/: letters (building, PDF, printing).
qarau_SOURCES += tui/letter-build.c tui/letter-build.h tui/letter-pdf.h
if HAVE_PDF
qarau_SOURCES += tui/letter-pdf.c
endif
