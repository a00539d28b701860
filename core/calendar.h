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

/*
 * The court's own days, kept in the register over the shipped files:
 * a holiday, a day off or a working day; CALENDAR_NORMAL removes the
 * court's day and the file (or the weekend) rules again.  A court's day
 * on a date the file marks unconfirmed confirms it.
 */
enum calendar_day {
	CALENDAR_NORMAL = 0,	/* as the weekend rule says */
	CALENDAR_HOLIDAY,
	CALENDAR_DAY_OFF,
	CALENDAR_WORKING,
	CALENDAR_NKINDS
};

/* "holiday", "day-off", "working" ("" for NORMAL); -1 if none. */
const char *calendar_kind_name(enum calendar_day);
int	 calendar_kind_from_name(const char *);

/* A deep copy (NULL: an empty calendar), for the register's own. */
struct calendar *calendar_copy(const struct calendar *);
/* Returns -1 with a message (a day-off on a weekend, a date out of the
 * calendar's years) and the calendar unchanged. */
int	 calendar_set_court_day(struct calendar *, qdate, enum calendar_day,
	    const char *note, char *err, size_t errsz);

/* Where a day's kind comes from. */
struct calendar_day_src {
	bool		 court;		/* the court set it */
	enum calendar_day shipped;	/* the file's kind, NORMAL if none */
	bool		 unconfirmed;	/* the file marks its date so */
	const char	*shipped_note;
};
/* The day's kind as counted (court over file over weekend rule: NORMAL
 * for a plain weekday or weekend day). */
enum calendar_day calendar_day_info(const struct calendar *, qdate,
	    struct calendar_day_src *);
/* The dates of a year that its file marks unconfirmed and the court has
 * not set; returns how many (at most max are written). */
size_t	 calendar_unconfirmed(const struct calendar *, int year, qdate *out,
	    size_t max);

#endif
