/*
 * The tables of deadlines and of their states.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "core/deadline.h"
#include "core/decision.h"
#include "core/facts.h"
#include "core/i18n.h"

static const struct deadline_state_def states[DEADLINE_NSTATES] = {
	[DEADLINE_PENDING] = { "pending", " ", N_("pending"), NULL },
	[DEADLINE_DUE_SOON] = { "due-soon", "~", N_("due soon"),
	    N_("soon") },
	[DEADLINE_DUE_TODAY] = { "due-today", "*", N_("due today"),
	    N_("TODAY") },
	[DEADLINE_OVERDUE] = { "overdue", "!", N_("overdue"),
	    N_("OVERDUE") },
	[DEADLINE_MET] = { "met", "+", N_("met"), N_("met") },
	[DEADLINE_ACTION] = { "action", "@", N_("action to take"),
	    N_("ACTION") },
};

enum deadline_state
deadline_state(qdate due, qdate today)
{
	/* 64 bits: QDATE_NONE minus a date would overflow an int32. */
	int64_t left = (int64_t)due - (int64_t)today;

	if (due == DEADLINE_ACTION_DATE)
		return DEADLINE_ACTION;
	if (due == QDATE_NONE || today == QDATE_NONE)
		return DEADLINE_PENDING;
	if (left < 0)
		return DEADLINE_OVERDUE;
	if (left == 0)
		return DEADLINE_DUE_TODAY;
	if (left <= DEADLINE_SOON_DAYS)
		return DEADLINE_DUE_SOON;
	return DEADLINE_PENDING;
}

const struct deadline_state_def *
deadline_state_def(enum deadline_state s)
{
	if ((unsigned)s >= DEADLINE_NSTATES)
		s = DEADLINE_PENDING;
	return &states[s];
}

const char *
deadline_state_name(enum deadline_state s)
{
	return deadline_state_def(s)->name;
}

int
deadline_state_from_name(const char *name)
{
	int i;

	for (i = 0; name != NULL && i < DEADLINE_NSTATES; i++)
		if (strcmp(states[i].name, name) == 0)
			return i;
	return -1;
}

/* In the order a decision lists them. */
static const struct deadline_kind kinds[] = {
	{ "return-by", NULL, 3, 0, NULL, "CPC 489.3; NR 9",
	  N_("return the filing by letter"), N_("return by"), false },
	/* CPC 486.4: seven days "со дня поступления его в суд", from the
	 * day the request reached the court below (deadline_alt). */
	{ "case-due", "case.request-delivered", 7, 0, "case.received",
	  "CPC 486.4", N_("the court below sends the case"), N_("case due"),
	  false },
	{ "prosecutor-due", "case.at-prosecutor", 30, 0, "case.received",
	  "CPC 486.3", N_("the prosecutor sends the case"),
	  N_("prosecutor due"), false },
	{ "notify-by", "case.received", 10, 0, "parties.notified",
	  "CPC 492.1; NR 11", N_("send copies and the notice to the parties"),
	  N_("notify by"), false },
	/* CPC 492.3 and NR 11: six months from the day the case arrived
	 * (law-brief.md question 6; deadline_alt). */
	{ "decide-by", "case.received", 0, 6, "filing.decided",
	  "CPC 492.3; NR 11", N_("decide the case"), N_("decide by"), false },
	{ "suspension-ends", "execution.suspended", 0, 6, "filing.decided",
	  "CPC 493", N_("the suspension of execution ends"),
	  N_("suspension"), false },
	{ "worsening-limit", NULL, 0, 12, NULL, "CPC 487.2; NR 8.4",
	  N_("last day to file for a worse result"), N_("worsening limit"), false },
	/* Actions: steps with no date to run from (deadline_next_action). */
	{ "hand-over", NULL, 0, 0, "filing.handed", "CPC 489.3; NR 9",
	  N_("record the day the filing was handed to the judge"),
	  N_("hand over"), true },
	{ "request-case", NULL, 0, 0, "case.requested", "CPC 492.1; NR 11",
	  N_("request the case from the court below"), N_("request case"),
	  true },
};

size_t
deadline_kind_count(void)
{
	return sizeof kinds / sizeof kinds[0];
}

const struct deadline_kind *
deadline_kind_at(size_t i)
{
	return i < deadline_kind_count() ? &kinds[i] : NULL;
}

const struct deadline_kind *
deadline_kind_find(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < deadline_kind_count(); i++)
		if (strcmp(kinds[i].name, name) == 0)
			return &kinds[i];
	return NULL;
}

static const struct deadline_alt alts[] = {
	/* CPC 486.4 counts from the request's delivery, which the court
	 * learns from the post, if at all; the sending is its own act. */
	{ "case-due", "case.requested", true,
	  N_("provisional: counted from the day the request was sent, until "
	  "the day it reached the court below is recorded") },
	/* NR 11 counts from the case's arrival («ол сотқа келіп түскен
	 * күнінен бастап»), CPC 492.3 from "its" arrival; whether the
	 * filing's receipt is meant is open (law-brief.md question 6): the
	 * deadline keeps NR 11's words, the other date is information. */
	{ "decide-by", "filing.received", false,
	  N_("counted from the day the case arrived (NR 11); from the day "
	  "the filing arrived, for information:") },
};

const struct deadline_alt *
deadline_alt_find(const char *kind)
{
	size_t i;

	for (i = 0; kind != NULL && i < sizeof alts / sizeof alts[0]; i++)
		if (strcmp(alts[i].kind, kind) == 0)
			return &alts[i];
	return NULL;
}

/*
 * When each action is due: the outcome that needs the step, and the
 * workflow facts any of which shows it taken or no longer needed.  A
 * returned filing needs the hand-over date for its 3 days (CPC 489.3;
 * NR 9); an admitted one needs its case from the court below (CPC 486.4,
 * 492.1), unless the prosecutor's office holds it (CPC 486.3).
 */
static const struct action_when {
	const char	*kind;
	enum outcome	 outcome;
	const char	*done[6];
} action_when[] = {
	{ "hand-over", OUTCOME_RETURN_LETTER, { "filing.handed",
	    "filing.returned", "filing.decided", NULL } },
	{ "request-case", OUTCOME_ADMIT, { "case.requested",
	    "case.at-prosecutor", "case.received", "filing.returned",
	    "filing.decided", NULL } },
};

const struct deadline_kind *
deadline_next_action(const struct facts *f, int outcome)
{
	const struct action_when *w;
	size_t i, j;

	if (facts_is(f, "filing.withdrawn", "yes") ||
	    facts_is(f, "filing.withdrawn-by-convicted", "yes"))
		return NULL;
	for (i = 0; i < sizeof action_when / sizeof action_when[0]; i++) {
		w = &action_when[i];
		if ((int)w->outcome != outcome)
			continue;
		for (j = 0; w->done[j] != NULL; j++)
			if (facts_date(f, w->done[j]) != QDATE_NONE)
				break;
		if (w->done[j] == NULL)
			return deadline_kind_find(w->kind);
	}
	return NULL;
}
