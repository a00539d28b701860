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

/* Whether the vocabulary entry's condition holds for these facts. */
bool	checklist_relevant(const struct facts *, size_t idx);
/* Index of the next question to ask, or -1 when every relevant question
 * is answered.  Workflow facts are never asked. */
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

#endif
