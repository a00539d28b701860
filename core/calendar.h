/*
 * Working days of Kazakhstan and time limits as CPC art. 48 computes them.
 *
 * Weekends (Saturday, Sunday) are built in.  Public holidays, days off
 * moved by government decree and the Saturdays or Sundays made working days
 * come from one data file per year (data/calendar/YYYY.txt), which the
 * caller reads and hands over as text: core reads no files.
 */
#ifndef QARAU_CALENDAR_H
#define QARAU_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct calendar;

struct calendar *calendar_new(void);
void	 calendar_free(struct calendar *);

/*
 * Adds one year file.  name is used in messages ("name:line: ...").
 * Returns 0, or -1 with a message in err and the calendar unchanged.
 */
int	 calendar_load(struct calendar *, const char *name, const char *text,
	    size_t len, char *err, size_t errsz);
bool	 calendar_has_year(const struct calendar *, int year);
bool	 calendar_is_working_day(const struct calendar *, qdate);
qdate	 calendar_next_working_day(const struct calendar *, qdate);
/* The description a year file gives the day ("Наурыз мейрамы"), or NULL
 * when the file does not list it or gives no description. */
const char *calendar_day_note(const struct calendar *, qdate);

/*
 * CPC 48: the starting day is not counted, non-working days count, and a
 * period whose last day is non-working ends on the next working day.
 * Months and years end on the same date, or the month's last day.
 * A NULL calendar means weekends only.
 */
qdate	 cpc48_add_days(const struct calendar *, qdate start, int days);
qdate	 cpc48_add_months(const struct calendar *, qdate start, int months);

/* The years between from and to (inclusive) with no calendar loaded, for
 * the warning that names them; returns how many were written to years. */
size_t	 calendar_missing_years(const struct calendar *, int from, int to,
	    int *years, size_t max);

#endif
