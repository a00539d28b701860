# tests/extract: the document reader, through extract_file() as qarau
# calls it (extract-client) and qarau-extract itself.  The documents are
# made at test time (LibreOffice, poppler-utils, img2pdf, ghostscript).
check_PROGRAMS += tests/extract/extract-client
tests_extract_extract_client_SOURCES = tests/extract/extract-client.c \
	tui/extract/extract.c tui/extract/extract.h \
	tui/letter/spawn.c tui/letter/spawn.h
tests_extract_extract_client_LDADD = $(CORE_LIBS)
EXTRACT_TESTS = tests/extract/text.sh tests/extract/office.sh \
	tests/extract/ocr.sh tests/extract/bad.sh
TESTS += $(EXTRACT_TESTS)
EXTRA_DIST += $(EXTRACT_TESTS) tests/extract/extract-lib.sh
