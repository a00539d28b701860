# core/: the vocabulary, facts, checklist, rules and decision.
core_libqaraucore_a_SOURCES += core/vocab.c core/facts.c core/checklist.c \
	core/checklist-cond.h core/checklist-interp.c core/checklist-comp.c \
	core/rules.c core/rules-apply.c core/rules-eval.h core/rules-read.c \
	core/rules-read.h core/rules-notes.c core/decision.c
