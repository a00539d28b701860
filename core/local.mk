# core/: the rules, the checklist, deadlines, letters, text handling.
# Pure C: links to nothing but libc and iconv (tests/layering.sh checks).
noinst_LIBRARIES += core/libqaraucore.a
core_libqaraucore_a_SOURCES = \
	core/i18n.c core/i18n.h \
	core/strbuf.c core/strbuf.h \
	core/date.c core/date.h \
	core/calendar.c core/calendar.h \
	core/vocab.h core/facts.h core/checklist.h core/decision.h \
	core/text.h core/resolution.h
CORE_LIBS = core/libqaraucore.a $(LTLIBICONV) $(LTLIBINTL)
