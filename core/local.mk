# core/: the rules, the checklist, deadlines, letters, text handling.
# Pure C: links to nothing but libc and iconv (tests/layering.sh checks).
# Each area appends its sources in its own fragment below.
noinst_LIBRARIES += core/libqaraucore.a
core_libqaraucore_a_SOURCES = \
	core/i18n.c core/i18n.h core/core.c core/core.h \
	core/strbuf.c core/strbuf.h \
	core/date.c core/date.h core/cite.c core/cite.h \
	core/json.c core/json.h core/deadline.c core/deadline.h \
	core/report.c core/report.h core/report-text.c core/report-text.h \
	core/decision-text.c core/decision-text.h \
	core/act-title.c core/act-title.h \
	core/vocab.h core/facts.h core/checklist.h core/decision.h \
	core/text.h core/resolution.h core/calendar.h
CORE_LIBS = core/libqaraucore.a $(LTLIBICONV) $(LTLIBINTL)

include core/rules.mk
include core/calendar.mk
include core/letters.mk
include core/resolution.mk
include core/propose.mk
