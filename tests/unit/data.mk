# tests/unit: tests of this area (fragment included by tests/local.mk)
check_PROGRAMS += tests/unit/test_register
TESTS += tests/unit/test_register
tests_unit_test_register_CPPFLAGS = $(TEST_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_register_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test_documents
TESTS += tests/unit/test_documents
tests_unit_test_documents_CPPFLAGS = $(TEST_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_documents_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/unit/tmpdir-test.h

# Shell tests of the register commands, the crash and concurrency tests.
REGISTER_TESTS = \
	tests/register/commands.sh \
	tests/register/deadlines.sh \
	tests/register/calendar.sh \
	tests/register/agenda.sh \
	tests/register/report.sh \
	tests/register/case-dates.sh \
	tests/register/crash.sh \
	tests/register/concurrency.sh \
	tests/register/outputs.sh \
	tests/register/text.sh tests/register/identity.sh \
	tests/register/config.sh \
	tests/register/two-users.sh \
	tests/register/documents.sh
TESTS += $(REGISTER_TESTS)
EXTRA_DIST += $(REGISTER_TESTS) \
	tests/register/filing.facts

# The tables that own their words against each other and the catalogues.
check_PROGRAMS += tests/unit/test_tables
TESTS += tests/unit/test_tables
tests_unit_test_tables_CPPFLAGS = $(TEST_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_tables_LDADD = $(TEST_LIBS)
