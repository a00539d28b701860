/*
 * The tables of filing statuses and workflow events.
 */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "data/workflow.h"

static const struct reg_status_def statuses[REG_NSTATUS] = {
	[REG_STATUS_PENDING] = { "pending", N_("pending") },
	[REG_STATUS_RETURNED] = { "returned", N_("returned") },
	[REG_STATUS_DECIDED] = { "decided", N_("decided") },
	[REG_STATUS_WITHDRAWN] = { "withdrawn", N_("withdrawn") },
};

const struct reg_status_def *
reg_status_at(enum reg_status s)
{
	return (unsigned)s < REG_NSTATUS ? &statuses[s] : NULL;
}

int
reg_status_find(const char *name)
{
	int i;

	for (i = 0; name != NULL && i < REG_NSTATUS; i++)
		if (strcmp(statuses[i].name, name) == 0)
			return i;
	return -1;
}

/*
 * In the order the TUI offers them.  Most events need the one before:
 * a case arrives after it was requested, parties are notified after it
 * arrived.  The case may be with the prosecutor's office whether or not
 * the court below was asked for it (CPC 486.3), and execution may be
 * suspended at any time while the filing is pending (CPC 493).
 */
static const struct reg_event_def events[] = {
	{ "received", "filing.received", N_("received by the court"),
	  REG_STATUS_PENDING, NULL, false, false },
	{ "handed", "filing.handed", N_("handed to the judge"),
	  REG_STATUS_PENDING, "received", false, false },
	{ "case-requested", "case.requested", N_("case requested"),
	  REG_STATUS_PENDING, "received", false, false },
	/* The day the request reached the court below (CPC 486.4), often
	 * learnt after the case itself arrived. */
	{ "case-request-delivered", "case.request-delivered",
	  N_("request delivered to the court below"),
	  REG_STATUS_PENDING, "case-requested", false, false },
	{ "case-at-prosecutor", "case.at-prosecutor",
	  N_("case held by the prosecutor's office"),
	  REG_STATUS_PENDING, "received", false, false },
	{ "case-received", "case.received", N_("case received"),
	  REG_STATUS_PENDING, "case-requested", false, false },
	{ "notified", "parties.notified", N_("parties notified"),
	  REG_STATUS_PENDING, "case-received", false, false },
	/* A hearing may be moved: the last date set counts. */
	{ "hearing-set", "hearing.date", N_("hearing set"),
	  REG_STATUS_PENDING, "case-received", true, true },
	{ "execution-suspended", "execution.suspended",
	  N_("execution suspended (CPC 493)"),
	  REG_STATUS_PENDING, "received", false, false },
	{ "returned", "filing.returned", N_("returned"),
	  REG_STATUS_RETURNED, "received", false, false },
	{ "decided", "filing.decided", N_("decided"),
	  REG_STATUS_DECIDED, "case-received", false, false },
	{ "withdrawn", "filing.withdrawn", N_("withdrawn"),
	  REG_STATUS_WITHDRAWN, "received", false, false },
};

size_t
reg_event_count(void)
{
	return sizeof events / sizeof events[0];
}

const struct reg_event_def *
reg_event_at(size_t i)
{
	return i < reg_event_count() ? &events[i] : NULL;
}

const struct reg_event_def *
reg_event_find(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < reg_event_count(); i++)
		if (strcmp(events[i].name, name) == 0)
			return &events[i];
	return NULL;
}

const struct reg_event_def *
reg_event_for_fact(const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < reg_event_count(); i++)
		if (strcmp(events[i].fact, key) == 0)
			return &events[i];
	return NULL;
}
