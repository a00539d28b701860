/*
 * The law of the return letter, apart from its wording (the templates of
 * data/letters/): which outcome goes back by a letter and what the others
 * need instead (CPC 489, NR 9, NR 15), and what of a filing's facts and
 * decision a letter states: the filer and the act, the words chosen by
 * kind, act and instance, the paragraphs switched on by the facts, the
 * grounds, and the content elements of CPC 488 found missing (R15).
 */
#ifndef QARAU_LETTER_FACTS_H
#define QARAU_LETTER_FACTS_H

#include <stddef.h>

#include "core/decision.h"
#include "core/facts.h"
#include "core/letter.h"
#include "core/strbuf.h"

/* The most missing content elements a letter lists (CPC 488's nine). */
#define LETTER_FACTS_MAX_MISSING	16

/* 0 when a filing with this outcome goes back by a letter; else -1, and
 * err says, naming the filing by number, what it needs instead. */
int	letter_facts_outcome(enum outcome, const char *number, char *err,
	    size_t errsz);

/* The kinds of letter, NULL-terminated: "return", "case-request",
 * "notice" (the template of each is data/letters/KIND.LANG.tpl, the
 * return's LANG.tpl). */
const char *const *letter_facts_kinds(void);
/* 0 when the filing's outcome and workflow allow this kind of letter;
 * else -1, and err says what it needs first. */
int	letter_facts_kind(const char *kind, enum outcome,
	    const struct facts *, const char *number, char *err,
	    size_t errsz);

/* The language of the proceedings (case.language) as a template's name,
 * NULL when unknown: a letter is written in it (CPC 30). */
const char *letter_facts_language(const struct facts *);

/* Appends to field[] the text of the facts that fill placeholders (the
 * filer's name and address, the act, the date of receipt); a field whose
 * fact is absent is left as it was. */
void	letter_facts_fields(const struct facts *,
	    struct strbuf field[LETTER_NFIELDS]);

/* Sets v's word selectors, flags, grounds and missing elements from the
 * facts and the decision.  missing (LETTER_FACTS_MAX_MISSING entries)
 * holds the list v->missing points to; v's text fields are untouched. */
void	letter_facts_values(const struct facts *, const struct decision *,
	    struct letter_values *v, const char **missing);

#endif
