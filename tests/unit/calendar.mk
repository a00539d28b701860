# tests/unit: tests of this area (fragment included by tests/local.mk)
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_date tests/unit/test_calendar
TESTS += tests/unit/test_date tests/unit/test_calendar
endif
tests_unit_test_date_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_date_LDADD = $(TEST_LIBS)
tests_unit_test_calendar_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_calendar_LDADD = $(TEST_LIBS)
