# tui/: the front end, one folder per role: the command line (cli/), the
# curses screens (screens/), the letter service (letter/) and the PDF
# program (pdf/), the document reader (extract/).
bin_PROGRAMS += qarau
qarau_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS) $(LIBICAL_CFLAGS)
qarau_SOURCES = tui/outfile.c tui/outfile.h
qarau_LDADD = $(DATA_LIBS) $(NCURSESW_LIBS) $(LIBICAL_LIBS)

include tui/cli/cli.mk
include tui/screens/screens.mk
include tui/letter/letter.mk
include tui/pdf/pdf.mk
include tui/extract/extract.mk
