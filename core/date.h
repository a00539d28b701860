/*
 * Calendar dates as day numbers.  A qdate counts days from 1970-01-01 in the
 * proleptic Gregorian calendar; it has no time of day and no time zone, so
 * deadline arithmetic cannot drift with TZ or daylight saving.
 */
#ifndef QARAU_DATE_H
#define QARAU_DATE_H

#include <stdbool.h>
#include <stdint.h>

typedef int32_t qdate;

#define QDATE_NONE	INT32_MIN
#define QDATE_BUFSZ	11		/* "YYYY-MM-DD" and NUL */

/* Strict YYYY-MM-DD (years 1900-2199), a real day of that month. */
bool	qdate_parse(const char *, qdate *);
void	qdate_format(qdate, char out[QDATE_BUFSZ]);	/* "" for QDATE_NONE */
qdate	qdate_from_ymd(int y, int m, int d);		/* no validation */
void	qdate_to_ymd(qdate, int *y, int *m, int *d);
int	qdate_weekday(qdate);				/* 1 Monday .. 7 Sunday */
bool	qdate_is_leap(int y);
int	qdate_days_in_month(int y, int m);
/* Same date n months later; the last day of that month when it has no such
 * date (31 Aug + 6 months = 28 or 29 Feb).  n may be negative. */
qdate	qdate_add_months(qdate, int n);

#endif
