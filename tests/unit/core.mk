# tests/unit: tests of this area (fragment included by tests/local.mk)
# The core decision module: vocabulary, facts files, checklist, rules,
# decision.
CORE_UNIT_TESTS = tests/unit/test_vocab tests/unit/test_facts \
	tests/unit/test_checklist tests/unit/test_rules \
	tests/unit/test_decision tests/unit/test_report
if HAVE_CMOCKA
check_PROGRAMS += $(CORE_UNIT_TESTS)
TESTS += $(CORE_UNIT_TESTS)
endif
EXTRA_DIST += tests/unit/core-test.h
tests_unit_test_report_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_report_LDADD = $(TEST_LIBS)
tests_unit_test_vocab_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_vocab_LDADD = $(TEST_LIBS)
tests_unit_test_facts_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_facts_LDADD = $(TEST_LIBS)
tests_unit_test_checklist_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_checklist_LDADD = $(TEST_LIBS)
tests_unit_test_rules_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_rules_LDADD = $(TEST_LIBS)
tests_unit_test_decision_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_decision_LDADD = $(TEST_LIBS)
