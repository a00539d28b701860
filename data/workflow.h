/*
 * The words of the register's workflow: the statuses of a filing and the
 * events that move it, each with its label for people.  One table of
 * each; the command line, the TUI and the register read them.
 */
#ifndef QARAU_WORKFLOW_H
#define QARAU_WORKFLOW_H

#include <stdbool.h>
#include <stddef.h>

/* A filing is pending until an event ends it.  The schema's CHECK on
 * filing.status (reg-schema.c, step 1) names the same four. */
enum reg_status {
	REG_STATUS_PENDING = 0,
	REG_STATUS_RETURNED,
	REG_STATUS_DECIDED,
	REG_STATUS_WITHDRAWN,
	REG_NSTATUS
};

struct reg_status_def {
	const char	*name;		/* "returned": stored, printed */
	const char	*label;		/* N_() for people */
};

const struct reg_status_def *reg_status_at(enum reg_status);
int		 reg_status_find(const char *name);	/* -1 if none */
/* "pending", the status of every new filing. */
#define REG_STATUS_NEW	(reg_status_at(REG_STATUS_PENDING)->name)

/*
 * A workflow event (design.md section 5): the fact it sets (its date, or
 * "yes" for a yes/no fact), so that the deadlines move with it, and its
 * place in the state machine of reg-event.c.
 */
struct reg_event_def {
	const char	*name;		/* "case-received": command line, table */
	const char	*fact;		/* the workflow fact it sets */
	const char	*label;		/* N_() for people */
	/* The status it ends the filing with; PENDING leaves it. */
	enum reg_status	 status;
	const char	*needs;		/* the event that must come first */
	bool		 repeat;	/* may be recorded again */
	bool		 future;	/* its date may be after today */
};

/* No more events than this (the state machine keeps a date of each). */
#define REG_EVENTS_MAX	24

size_t		 reg_event_count(void);
const struct reg_event_def *reg_event_at(size_t);
const struct reg_event_def *reg_event_find(const char *name);
/* The event that sets a fact, or NULL. */
const struct reg_event_def *reg_event_for_fact(const char *key);

#endif
