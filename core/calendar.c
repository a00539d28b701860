/* Interim calendar: weekends only, no files (being replaced). */
#include "config.h"

#include <stdlib.h>

#include "core/calendar.h"
#include "core/strbuf.h"

struct calendar {
	int unused;
};

struct calendar *
calendar_new(void)
{
	return xcalloc(1, sizeof(struct calendar));
}

void
calendar_free(struct calendar *c)
{
	free(c);
}

int
calendar_load(struct calendar *c, const char *name, const char *text,
    size_t len, char *err, size_t errsz)
{
	(void)c; (void)name; (void)text; (void)len; (void)err; (void)errsz;
	return 0;
}

bool
calendar_has_year(const struct calendar *c, int year)
{
	(void)c; (void)year;
	return false;
}

bool
calendar_is_working_day(const struct calendar *c, qdate d)
{
	(void)c;
	return qdate_weekday(d) < 6;
}

qdate
calendar_next_working_day(const struct calendar *c, qdate d)
{
	while (!calendar_is_working_day(c, d))
		d++;
	return d;
}

qdate
cpc48_add_days(const struct calendar *c, qdate start, int days)
{
	return calendar_next_working_day(c, start + days);
}

qdate
cpc48_add_months(const struct calendar *c, qdate start, int months)
{
	return calendar_next_working_day(c, qdate_add_months(start, months));
}

size_t
calendar_missing_years(const struct calendar *c, int from, int to,
    int *years, size_t max)
{
	size_t n = 0;
	int y;

	for (y = from; y <= to && n < max; y++)
		if (!calendar_has_year(c, y))
			years[n++] = y;
	return n;
}

enum deadline_state
deadline_state(qdate due, qdate today)
{
	if (today > due)
		return DEADLINE_OVERDUE;
	if (today == due)
		return DEADLINE_DUE_TODAY;
	if (due - today <= 2)
		return DEADLINE_DUE_SOON;
	return DEADLINE_PENDING;
}

const char *
deadline_state_name(enum deadline_state s)
{
	static const char *const names[] = {
		"pending", "due-soon", "due-today", "overdue"
	};

	return names[s];
}
