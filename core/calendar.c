/*
 * Working days of Kazakhstan and CPC art. 48 time limits.
 *
 * Weekends are built in; each year's file (data/calendar/README describes
 * the format) lists the exceptions: public holidays, days off moved onto a
 * weekday, and Saturdays or Sundays made working days.  A year is parsed
 * into a scratch table first and installed only when the whole text is
 * good, so that a bad file never leaves half a year behind.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/calendar.h"
#include "core/i18n.h"
#include "core/strbuf.h"

/* The years qdate_parse accepts; one slot each. */
#define CAL_FIRST_YEAR	1900
#define CAL_LAST_YEAR	2199
#define CAL_NYEARS	(CAL_LAST_YEAR - CAL_FIRST_YEAR + 1)

enum cal_kind {
	CAL_NONE = 0,		/* not listed: weekends rule */
	CAL_HOLIDAY,		/* public holiday: non-working */
	CAL_DAY_OFF,		/* weekday made a day off: non-working */
	CAL_WORKING		/* weekend day made working */
};

static const char *const cal_kind_names[] = {
	NULL, "holiday", "day-off", "working"
};

struct calyear {
	int		 year;
	qdate		 jan1;
	uint8_t		 kind[366];
	char		*note[366];	/* the line's description, or NULL */
};

struct calendar {
	struct calyear	*years[CAL_NYEARS];
};

/* Parser state for one file. */
struct calparse {
	const char	*name;
	unsigned	 line;
	char		*err;
	size_t		 errsz;
	struct calyear	*y;		/* NULL until the "year" line */
};

struct calendar *
calendar_new(void)
{
	return xcalloc(1, sizeof(struct calendar));
}

static void
calyear_free(struct calyear *y)
{
	size_t i;

	if (y == NULL)
		return;
	for (i = 0; i < nitems_or(y->note); i++)
		free(y->note[i]);
	free(y);
}
