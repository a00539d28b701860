# core/: the resolution text reader; data/resolution/.
core_libqaraucore_a_SOURCES += core/resolution.c
dist_resolution_DATA = data/resolution/kk.txt data/resolution/ru.txt \
	data/resolution/en.txt
EXTRA_DIST += data/resolution/README
resolutiondir = $(pkgdatadir)/resolution
