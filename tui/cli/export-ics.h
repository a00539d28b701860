/*
 * qarau export --ics: the open deadlines of the pending filings as an
 * RFC 5545 calendar (libical), for Thunderbird, Outlook and calcurse.
 */
#ifndef QARAU_EXPORT_ICS_H
#define QARAU_EXPORT_ICS_H

#include "tui/cli/cli.h"

/* Writes the calendar to output ("-" or NULL: standard output); judge
 * NULL for every judge.  The exit status, after printing any error. */
int	export_ics(struct cli *, const char *judge, const char *output);

#endif
