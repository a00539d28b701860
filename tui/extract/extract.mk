# tui/extract/: the text of a filing's document.  qarau spawns
# qarau-extract (extract.c); the helper alone links poppler, cairo,
# Tesseract, leptonica, uchardet, libzip and libxml2.
qarau_SOURCES += tui/extract/extract.c tui/extract/extract.h
if HAVE_EXTRACT
pkglibexec_PROGRAMS += qarau-extract
qarau_extract_CPPFLAGS = $(AM_CPPFLAGS) $(EXTRACT_CFLAGS)
qarau_extract_SOURCES = tui/extract/qarau-extract.c tui/extract/ex.h \
	tui/extract/extract.h tui/extract/ex-text.c tui/extract/ex-pdf.c \
	tui/extract/ex-ocr.c tui/extract/ex-image.c tui/extract/ex-zip.c \
	tui/extract/ex-office.c
qarau_extract_LDADD = $(CORE_LIBS) $(EXTRACT_LIBS) -lm
endif
EXTRA_DIST += tui/extract/qarau-extract.c tui/extract/ex.h \
	tui/extract/ex-text.c tui/extract/ex-pdf.c tui/extract/ex-ocr.c \
	tui/extract/ex-image.c tui/extract/ex-zip.c tui/extract/ex-office.c
