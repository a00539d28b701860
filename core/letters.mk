# core/: letter templates, text encodings, RTF.
core_libqaraucore_a_SOURCES += core/letter.c core/letter.h core/letter-int.h \
	core/letter-tpl.c core/letter-fill.c core/letter-cite.c \
	core/letter-text.c core/text.c \
	core/rtf.c core/letter-wire.c \
	core/letter-name.c core/letter-nobreak.c
# The templates: one per language of the proceedings (format in README).
dist_letters_DATA = data/letters/kk.tpl data/letters/ru.tpl \
	data/letters/case-request.kk.tpl data/letters/case-request.ru.tpl \
	data/letters/notice.kk.tpl data/letters/notice.ru.tpl
EXTRA_DIST += data/letters/README
lettersdir = $(pkgdatadir)/letters
# The law of the letter: outcomes, facts to placeholders and paragraphs.
core_libqaraucore_a_SOURCES += core/letter-facts.c core/letter-facts.h
