/*
 * libFuzzer harness for calendar_load (core/calendar.c).  Besides memory
 * and undefined-behaviour errors it checks the contract: a refused text
 * leaves the calendar as it was and says "name:line: ...", an accepted
 * one adds exactly one year, and working-day arithmetic stays sane.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/calendar.h"
#include "core/core.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(int cond, const char *what)
{
	if (!cond) {
		fprintf(stderr, "contract broken: %s\n", what);
		abort();
	}
}

static int
years_loaded(const struct calendar *c, int *which)
{
	int y, n = 0;

	for (y = 1900; y <= 2199; y++)
		if (calendar_has_year(c, y)) {
			*which = y;
			n++;
		}
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct calendar *c = calendar_new();
	char err[256];
	int year = 0, rv;
	qdate d, end, due;

	core_init();

	err[0] = '\0';
	rv = calendar_load(c, "fuzz", (const char *)data, size, err,
	    sizeof err);
	if (rv != 0) {
		check(rv == -1, "return value");
		check(strncmp(err, "fuzz:", 5) == 0, "message names the file");
		check(years_loaded(c, &year) == 0, "refused text left a year");
		calendar_free(c);
		return 0;
	}
	check(years_loaded(c, &year) == 1, "one year per file");
	d = qdate_from_ymd(year, 1, 1);
	end = qdate_from_ymd(year, 12, 31);
	for (; d <= end; d++) {
		due = cpc48_add_days(c, d, 3);
		check(due >= d + 3, "a period ends before its last day");
		check(calendar_is_working_day(c, due), "ends on a day off");
		(void)calendar_day_note(c, d);
	}
	due = cpc48_add_months(c, qdate_from_ymd(year, 8, 31), 6);
	check(calendar_is_working_day(c, due), "month period on a day off");
	/* The same text again: the year is taken, nothing changes. */
	check(calendar_load(c, "fuzz", (const char *)data, size, err,
	    sizeof err) == -1, "a year loaded twice");
	check(years_loaded(c, &year) == 1, "second load changed the years");
	calendar_free(c);
	return 0;
}
