# tests/unit: the resolution reader.  The test reads the shipped files in
# data/resolution/ (dist through core/resolution.mk).
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_resolution
TESTS += tests/unit/test_resolution
endif
tests_unit_test_resolution_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_resolution_LDADD = $(TEST_LIBS)
