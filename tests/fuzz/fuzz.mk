# tests/fuzz: libFuzzer harnesses for facts_parse, calendar_load, KEY=VALUE,
# letter templates, qarau-pdf's input and the register's import, run by
# tests/fuzz/run.sh in the sanitizer build (it skips elsewhere).  make
# writes tests/fuzz/config.sh into the build tree: the script learns the
# compiler, the sanitizer flags and the core sources from it.
TESTS += tests/fuzz/run.sh
check_SCRIPTS += tests/fuzz/config.sh
CLEANFILES += tests/fuzz/config.sh tests/fuzz/artifact-*
EXTRA_DIST += tests/fuzz/run.sh \
	tests/fuzz/fuzz-calendar.c tests/fuzz/fuzz-facts.c \
	tests/fuzz/fuzz-kv.c tests/fuzz/fuzz-tpl.c tests/fuzz/fuzz-wire.c \
	tests/fuzz/fuzz-import.c tests/fuzz/fuzz-propose.c \
	tests/fuzz/seeds/kv/basic.txt tests/fuzz/seeds/kv/bad.txt \
	tests/fuzz/seeds/wire/letter.txt tests/fuzz/seeds/wire/kk.txt \
	tests/fuzz/seeds/wire/length-then-blank-lines.bin \
	tests/fuzz/seeds/import/export.bin tests/fuzz/seeds/import/draft.bin \
	tests/fuzz/seeds/import/setting.bin tests/fuzz/seeds/import/judges.bin \
	tests/fuzz/seeds/calendar/bad-dayoff.txt \
	tests/fuzz/seeds/calendar/crlf.txt \
	tests/fuzz/seeds/calendar/minimal.txt \
	tests/fuzz/seeds/facts/bad.facts \
	tests/fuzz/seeds/facts/complaint.facts \
	tests/fuzz/seeds/facts/protest.facts \
	tests/fuzz/seeds/facts/submission-crlf.facts \
	tests/fuzz/seeds/facts/utf8.facts

tests/fuzz/config.sh: Makefile
	$(AM_V_GEN)$(MKDIR_P) tests/fuzz && { \
	  echo "# Written by make (tests/fuzz/fuzz.mk); read by run.sh."; \
	  echo "FUZZ_CC='$(CC)'"; \
	  echo "FUZZ_SANITIZER_CFLAGS='$(SANITIZER_CFLAGS)'"; \
	  echo "FUZZ_CORE_SOURCES='$(filter %.c,$(core_libqaraucore_a_SOURCES))'"; \
	  echo "FUZZ_LIBS='$(LIBICONV) $(LIBINTL)'"; \
	  echo "FUZZ_DATA_SOURCES='$(filter %.c,$(data_libqarauda_a_SOURCES))'"; \
	  echo "FUZZ_DATA_CFLAGS='$(SQLITE_CFLAGS)'"; \
	  echo "FUZZ_DATA_LIBS='$(SQLITE_LIBS) $(NETTLE_LIBS)'"; \
	} >$@-t && mv $@-t $@
