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
/*
 * A date as a clerk types it: YYYY-MM-DD, DD.MM.YYYY, D.M.YY (20YY),
 * "today" in English, Kazakh or Russian, or +N / -N days from today.
 * Spaces around it are ignored.  Relative forms need today (QDATE_NONE
 * refuses them).  *out is untouched on refusal.
 */
bool	qdate_parse_human(const char *, qdate today, qdate *out);
/* As the interface language shows a date: DD.MM.YYYY in kk and ru (their
 * catalogue says so), YYYY-MM-DD otherwise; "" for QDATE_NONE. */
void	qdate_format_shown(qdate, char out[QDATE_BUFSZ]);
/* The pattern qdate_format_shown follows, "YYYY-MM-DD" or "DD.MM.YYYY". */
const char *qdate_shown_pattern(void);
qdate	qdate_from_ymd(int y, int m, int d);		/* no validation */
void	qdate_to_ymd(qdate, int *y, int *m, int *d);
int	qdate_weekday(qdate);				/* 1 Monday .. 7 Sunday */
bool	qdate_is_leap(int y);
int	qdate_days_in_month(int y, int m);
/* Same date n months later; the last day of that month when it has no such
 * date (31 Aug + 6 months = 28 or 29 Feb).  n may be negative. */
qdate	qdate_add_months(qdate, int n);

#endif
