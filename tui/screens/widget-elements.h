/*
 * widget-elements.c: the elements of content that CPC 488 requires (the
 * facts flagged FACT_CPC488) answered on one screen, as mutt tags
 * messages: a marked element is present ("yes"), an unmarked one missing
 * ("no"), and one the clerk cannot tell is "unknown", which the rules
 * refer to the judge exactly as the single questions did.
 */
#ifndef QARAU_WIDGET_ELEMENTS_H
#define QARAU_WIDGET_ELEMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/screens/keys.h"

#define ELEMENTS_MAX	16

struct facts;

struct elements {
	size_t		 idx[ELEMENTS_MAX];	/* vocabulary indices */
	char		 state[ELEMENTS_MAX];	/* 'y', 'n' or '?' */
	/* The filing's document proposed this row's state (issue 11):
	 * marked beside it until the clerk confirms the list. */
	bool		 proposed[ELEMENTS_MAX];
	int		 n;
	int		 cursor;
	int		 top;
};

/* Whether the fact at idx is answered on this screen. */
bool	 elements_is(size_t idx);
/* The elements asked of this filing, marked as answered so far; the
 * cursor on the element at idx (any other idx: the first). */
void	 elements_init(struct elements *, const struct facts *, size_t idx);
/* The first vocabulary index shown (the screen's place in the walk). */
size_t	 elements_first(const struct elements *);
/* Draws in h rows and w columns, the keys on its last row. */
void	 elements_draw(struct elements *, int y, int x, int h, int w,
	    bool focused);
/* ANSWER_* (widget.h): ANSWER_DONE when Enter confirms the list. */
int	 elements_key(struct elements *, enum action, int key);
/* Every element shown becomes an answer; 0, or -1 with err. */
int	 elements_apply(const struct elements *, struct facts *, char *err,
	    size_t errsz);

#endif
