# Tests.  Shell tests end in .sh and run under $(SHELL); cmocka programs
# run as they are and print cmocka's own summary into their .log files.
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)

TESTS += tests/cli.sh tests/layering.sh tests/man.sh tests/po.sh
EXTRA_DIST += tests/cli.sh tests/layering.sh tests/man.sh tests/po.sh \
	tests/lib.sh

# cmocka tests link like this:
#   check_PROGRAMS += tests/unit/test_x
#   tests_unit_test_x_LDADD = $(TEST_LIBS)
TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
TEST_LIBS = $(DATA_LIBS) $(CMOCKA_LIBS)

include tests/unit/core.mk
include tests/unit/calendar.mk
include tests/unit/data.mk
include tests/unit/letters.mk
include tests/unit/resolution.mk
include tests/unit/propose.mk
include tests/scenarios/scenarios.mk
include tests/fuzz/fuzz.mk
include tests/tui/tui.mk
include tests/ics/ics.mk
include tests/extract/extract.mk

# The sample filings of issue 11 (the benchmark bench/bench-read.sh reads
# them); the test checks the corpus itself, without reading it.
TESTS += tests/read/samples.sh
EXTRA_DIST += tests/read/samples.sh tests/read/samples \
	tests/read/make-samples.sh
