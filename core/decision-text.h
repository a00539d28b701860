/*
 * A decision as text for people, in the UI language: the outcome, every
 * ground with its citations, the answers still missing, the deadlines
 * with their states, the notes and the years without a holiday calendar.
 * 'qarau screen', 'qarau show' and the TUI's pager all show this text.
 */
#ifndef QARAU_DECISION_TEXT_H
#define QARAU_DECISION_TEXT_H

#include <stdbool.h>

#include "core/decision.h"
#include "core/strbuf.h"

struct decision_text {
	qdate		 today;		/* for the deadlines' states */
	/* The facts decided on, for the CPC 488 elements answered "no"
	 * under their ground; NULL leaves them out. */
	const struct facts *facts;
	/* The stable names beside the words (rule ids, deadline names,
	 * note ids, fact keys), as the command line shows them. */
	bool		 ids;
	/* What starts a line of a heading, of a remark, and of a deadline
	 * by its state (NULL: nothing): a pager marks its colours so. */
	const char	*head;
	const char	*dim;
	const char	*state[DEADLINE_NSTATES];
};

void	decision_write_text(const struct decision *,
	    const struct decision_text *, struct strbuf *);
/* The line beneath a deadline with a second start (issue 10): which
 * date is which, and the date for information; nothing without one. */
void	decision_deadline_remark(const struct deadline *, struct strbuf *);

#endif
