# tests/ics: qarau export --ics read by libical, by Python's icalendar and
# imported by calcurse.
check_PROGRAMS += tests/ics/ics-check
tests_ics_ics_check_CPPFLAGS = $(AM_CPPFLAGS) $(LIBICAL_CFLAGS)
tests_ics_ics_check_LDADD = $(LIBICAL_LIBS)
TESTS += tests/ics/export.sh
EXTRA_DIST += tests/ics/export.sh
