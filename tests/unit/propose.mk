# tests/unit: the reader's proposals, with the tables of data/read/; and
# qarau read on the command line.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_propose
TESTS += tests/unit/test_propose
endif
tests_unit_test_propose_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_propose_LDADD = $(TEST_LIBS)
TESTS += tests/read/read.sh
EXTRA_DIST += tests/read/read.sh
