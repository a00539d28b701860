/*
 * The identity form of the screening (screening-identity.c): who filed and
 * against which act, the vocabulary's FACT_IDENTITY keys on one screen
 * right after the kind of filing.
 */
#ifndef QARAU_SCREENING_IDENTITY_H
#define QARAU_SCREENING_IDENTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "core/vocab.h"
#include "tui/screens/widget.h"

struct identity {
	struct form	 form;
	size_t		 idx[FORM_MAX];		/* vocabulary index per field */
	const char	*labels[FORM_MAX][SET_MAX + 1];	/* choices, translated */
};

/* The form over the facts so far. */
void	identity_init(struct identity *, const struct facts *);
/* Sets (or clears, when empty) every field's fact; -1 with the form's
 * message set and the bad field focused when one is not valid. */
int	identity_apply(struct identity *, struct facts *);
/* The vocabulary index is asked on the form only (optional identity). */
bool	identity_on_form(size_t idx);
/* The form is next: the kind of filing is known and nothing of the form
 * has been answered yet. */
bool	identity_due(const struct facts *);
/* The vocabulary index the form stands at: its first and last field asked
 * on the form only (-1 when the vocabulary has none). */
int	identity_first(void);
int	identity_last(void);
/* Its title and fields at y, x in h rows and w columns. */
void	identity_draw(struct identity *, int y, int x, int h, int w);

#endif
