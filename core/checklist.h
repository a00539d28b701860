/*
 * The guided checklist, derived from the vocabulary: the next question is
 * the first relevant unanswered one (a checklist, not a flowchart: changing
 * an earlier answer simply changes what is relevant).
 */
#ifndef QARAU_CHECKLIST_H
#define QARAU_CHECKLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"

/* Compiles the vocabulary's conditions (core_init, once). */
void	checklist_init(void);

/* Whether the vocabulary entry's condition holds for these facts. */
bool	checklist_relevant(const struct facts *, size_t idx);
/* Index of the next question to ask, or -1 when every relevant question
 * is answered.  Workflow facts are never asked; optional facts (names,
 * addresses, the date of posting) are not asked either: the filing's form
 * edits them. */
int	checklist_next(const struct facts *);
/* Answered and total relevant questions, for a progress indicator. */
void	checklist_progress(const struct facts *, size_t *answered,
	    size_t *total);
/* Removes answers that are no longer relevant (after a change). */
size_t	checklist_prune(struct facts *);

/*
 * Validates a condition string of the language used in vocab.c; returns 0
 * or -1 with a message.  Used by the unit tests to check the whole table.
 */
int	checklist_condition_check(const char *cond, char *err, size_t errsz);
/* The same, and every key it names (through macros too) comes before
 * vocabulary entry idx: relevance is then decided in one pass. */
int	checklist_condition_check_order(const char *cond, size_t idx,
	    char *err, size_t errsz);

/*
 * Relevance of every vocabulary entry at once: rel[i] for i < vocab_count().
 * An answer to an irrelevant key counts as absent for the keys below it.
 */
void	checklist_relevance(const struct facts *, bool rel[VOCAB_MAX]);
/* checklist_relevance by the interpreter alone, key by key: what the
 * compiled conditions must equal (for the tests). */
void	checklist_relevance_interpreted(const struct facts *,
	    bool rel[VOCAB_MAX]);
/* Evaluates a condition; keys with rel[i] false (rel may be NULL) count as
 * unanswered.  A malformed condition is false. */
bool	checklist_eval(const char *cond, const struct facts *,
	    const bool *rel);

#endif
