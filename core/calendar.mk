# core/: working-day calendar and CPC 48 time limits; shipped calendars.
core_libqaraucore_a_SOURCES += core/calendar.c
dist_calendar_DATA = data/calendar/README \
	data/calendar/2025.txt data/calendar/2026.txt data/calendar/2027.txt
calendardir = $(pkgdatadir)/calendar
