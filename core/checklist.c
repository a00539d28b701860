/*
 * The checklist and its condition language.  The language has two
 * evaluators that must agree (tests/unit/test_checklist.c compares them
 * on every scenario): the interpreter (checklist-interp.c), which checks
 * conditions and evaluates any text, and the compiler (checklist-comp.c),
 * which runs the vocabulary's conditions on every decision.
 *
 * A key's "when" in vocab.c is a condition in this small language:
 *
 *	cond   := term { "or" term }
 *	term   := factor { "and" factor }
 *	factor := "not" factor | "(" cond ")" | "@" name | test
 *	test   := key "=" value | key "!=" value
 *	        | key "in" "(" value { "," value } ")" | key "has" value
 *	        | datekey "<" date | datekey ">=" date
 *
 * "and" binds tighter than "or".  A test reads the answer, or the key's
 * fallback when unanswered; an unanswered key without a fallback (and any
 * key that is itself irrelevant) has no value: "=", "in" and "has" are
 * false for it and "!=" is true.  "unknown" is a value like any other.
 * For a set, "key = none" is true when the answer is the empty set and
 * "key has v" when v is among the answer's values.  "@name" stands for the
 * named condition of vocab.c (vocab_macro).  A date key compares with
 * "<" and ">=" against a YYYY-MM-DD date (a law that changes on a date:
 * CPC 484.2.1 on 1 July 2027); unanswered or "unknown", both are false.
 * The compiler leaves such conditions to the interpreter.
 *
 * Relevance is computed from the top of the table down, and a condition may
 * only name keys above its own: an earlier answer decides what is asked
 * later, never the other way round, so one pass suffices and changing an
 * answer cannot leave a stale relevance behind.
 */
#include "config.h"

#include "core/checklist.h"

bool
checklist_relevant(const struct facts *f, size_t idx)
{
	bool rel[VOCAB_MAX];

	if (idx >= vocab_count())
		return false;
	checklist_relevance(f, rel);
	return rel[idx];
}

static bool
checklist_asked(const struct fact_def *def)
{
	return (def->flags & (FACT_WORKFLOW | FACT_OPTIONAL)) == 0;
}

int
checklist_next(const struct facts *f)
{
	bool rel[VOCAB_MAX];
	size_t i;

	checklist_relevance(f, rel);
	for (i = 0; i < vocab_count(); i++)
		if (rel[i] && checklist_asked(vocab_at(i)) &&
		    !f->v[i].present)
			return (int)i;
	return -1;
}

void
checklist_progress(const struct facts *f, size_t *answered, size_t *total)
{
	bool rel[VOCAB_MAX];
	size_t i;

	*answered = *total = 0;
	checklist_relevance(f, rel);
	for (i = 0; i < vocab_count(); i++) {
		if (!rel[i] || !checklist_asked(vocab_at(i)))
			continue;
		(*total)++;
		if (f->v[i].present)
			(*answered)++;
	}
}

size_t
checklist_prune(struct facts *f)
{
	bool rel[VOCAB_MAX];
	size_t i, n = 0;

	checklist_relevance(f, rel);
	for (i = 0; i < vocab_count(); i++)
		if (!rel[i] && f->v[i].present) {
			facts_unset(f, i);
			n++;
		}
	return n;
}
