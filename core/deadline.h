/*
 * The deadlines of law-brief.md 4.3 and their states against today: one
 * table of each, holding every word printed for them, so that a deadline
 * or a state is added in one place and named the same everywhere.
 */
#ifndef QARAU_DEADLINE_H
#define QARAU_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

/* A deadline this many days ahead or fewer (today excluded) is due soon;
 * the register's SQL binds this very number. */
#define DEADLINE_SOON_DAYS	2

/* Deadline states against "today" (design.md section 4). */
enum deadline_state {
	DEADLINE_PENDING = 0,	/* more than DEADLINE_SOON_DAYS ahead */
	DEADLINE_DUE_SOON,	/* within DEADLINE_SOON_DAYS */
	DEADLINE_DUE_TODAY,	/* the last day is today: not overdue yet */
	DEADLINE_OVERDUE,	/* after its last day */
	DEADLINE_MET,		/* a later event closed it (decisions only) */
	DEADLINE_ACTION,	/* a step is due that has no date yet */
	DEADLINE_NSTATES
};

struct deadline_state_def {
	const char	*name;	/* "due-soon": porcelain, JSON, filters */
	const char	*mark;	/* "~": seen without colour */
	const char	*word;	/* N_() beside a deadline: "due soon" */
	const char	*cell;	/* N_() a narrow list column, or NULL */
};

enum deadline_state deadline_state(qdate due, qdate today);
const struct deadline_state_def *deadline_state_def(enum deadline_state);
/* "pending", "due-soon", "due-today", "overdue", "met" */
const char	*deadline_state_name(enum deadline_state);
int		 deadline_state_from_name(const char *);	/* -1 if none */

/*
 * One deadline: what it runs from, how long, what meets it, and its words.
 * A NULL from marks the two that the decision itself dates: return-by
 * (a letter's return runs from the handing to the judge) and
 * worsening-limit (from the act's entry into force).
 */
struct deadline_kind {
	const char	*name;		/* "case-due": porcelain, the register */
	const char	*from;		/* workflow fact it runs from, or NULL */
	int		 days;
	int		 months;
	const char	*closed_by;	/* workflow fact that meets it, or NULL */
	const char	*cite;		/* "CPC 486.4" */
	const char	*label;		/* N_() what is due, in a sentence */
	const char	*shortl;	/* N_() a list column: "case due" */
	/* An action: a step the court must take now, with no date to run
	 * from (deadline_next_action says when one is due). */
	bool		 action;
};

size_t		 deadline_kind_count(void);
const struct deadline_kind *deadline_kind_at(size_t);
const struct deadline_kind *deadline_kind_find(const char *name);

/*
 * A second start of a deadline (issue 10), counted as the kind counts.
 * Provisional: the law's start may be learnt late, so until it is known
 * the deadline runs from this one and says it is provisional.  Otherwise
 * the law's start is open, and the date from this one is shown beside
 * the deadline, for information only.
 */
struct deadline_alt {
	const char	*kind;		/* "case-due" */
	const char	*from;		/* the workflow fact it runs from */
	bool		 provisional;
	/* N_() the line beneath the deadline; for information, the date
	 * follows it. */
	const char	*text;
};

const struct deadline_alt *deadline_alt_find(const char *kind);

/*
 * A pending filing whose next step has no date yet (nobody recorded the
 * hand-over to the judge, so the 3 days of CPC 489.3 cannot run; the case
 * of an admitted filing was not requested, CPC 492.1) has an action to
 * take instead.  The register stores it as this date, the earliest it
 * can hold (1900-01-01), so that it sorts above every dated deadline;
 * deadline_state() calls it DEADLINE_ACTION.
 */
#define DEADLINE_ACTION_DATE	(-25567)

struct facts;

/* The action due for a filing with these facts and this outcome (a
 * deadline_kind with action set), or NULL when every next step is dated
 * or nothing is left to do. */
const struct deadline_kind *deadline_next_action(const struct facts *,
	    int outcome);

#endif
