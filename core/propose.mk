# core/: the proposals read from a filing's text (issue 11); data/read/.
core_libqaraucore_a_SOURCES += core/propose.c core/propose.h \
	core/propose-int.h core/propose-capture.c core/propose-match.c \
	core/propose-porcelain.c core/propose-table.c
# The pattern tables and lexicons, one per language (qarau-read(5)).
dist_read_DATA = data/read/kk.pat data/read/ru.pat \
	data/read/kk.abusive data/read/ru.abusive
readdir = $(pkgdatadir)/read
