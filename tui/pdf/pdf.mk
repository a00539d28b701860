# tui/pdf/: the PDF is drawn by qarau-pdf, a separate program, so that only
# printing loads pango and cairo.
if HAVE_PDF
pkglibexec_PROGRAMS += qarau-pdf
qarau_pdf_CPPFLAGS = $(AM_CPPFLAGS) $(PANGOCAIRO_CFLAGS)
qarau_pdf_SOURCES = tui/pdf/qarau-pdf.c tui/pdf/letter-pdf.c tui/pdf/letter-pdf.h \
	tui/outfile.c tui/outfile.h tui/pdf/pdf-hyphen.c \
	tui/pdf/report-pdf.c tui/pdf/report-pdf.h
qarau_pdf_LDADD = $(CORE_LIBS) $(PANGOCAIRO_LIBS) $(HYPHEN_LIBS)
endif
EXTRA_DIST += tui/outfile.c tui/outfile.h tui/pdf/qarau-pdf.c tui/pdf/letter-pdf.c tui/pdf/letter-pdf.h \
	tui/pdf/pdf-hyphen.c tui/pdf/report-pdf.c tui/pdf/report-pdf.h
