# tui/: letters (building, printing); the PDF is drawn by qarau-pdf, a
# separate program, so that only printing loads pango and cairo.
qarau_SOURCES += tui/letter-build.c tui/letter-build.h \
	tui/spawn.c tui/spawn.h
if HAVE_PDF
pkglibexec_PROGRAMS = qarau-pdf
qarau_pdf_CPPFLAGS = $(AM_CPPFLAGS) $(PANGOCAIRO_CFLAGS)
qarau_pdf_SOURCES = tui/qarau-pdf.c tui/letter-pdf.c tui/letter-pdf.h
qarau_pdf_LDADD = $(CORE_LIBS) $(PANGOCAIRO_LIBS)
endif
EXTRA_DIST += tui/letter-pdf.h
