# tests/unit: letters (templates, filling, RTF) and text encodings; the
# end-to-end checks of 'qarau letter' live in tests/letters/.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_letter tests/unit/test_text \
	tests/unit/test_names
TESTS += tests/unit/test_letter tests/unit/test_text tests/unit/test_names
endif
tests_unit_test_letter_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_letter_LDADD = $(TEST_LIBS)
tests_unit_test_text_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_text_LDADD = $(TEST_LIBS)
tests_unit_test_names_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_names_LDADD = $(TEST_LIBS)

LETTER_TESTS = tests/letters/e2e.sh tests/letters/print.sh \
	tests/letters/wording.sh \
	tests/letters/cli.sh tests/letters/journal.sh tests/letters/parties.sh
TESTS += $(LETTER_TESTS)
EXTRA_DIST += $(LETTER_TESTS) tests/letters/letters-lib.sh \
	tests/letters/return.facts
