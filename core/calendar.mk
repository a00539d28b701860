# core/: working-day calendar and CPC 48 time limits; shipped calendars.
core_libqaraucore_a_SOURCES += core/calendar.c
nobase_dist_pkgdata_DATA += data/calendar/README \
	data/calendar/2025.txt data/calendar/2026.txt data/calendar/2027.txt
