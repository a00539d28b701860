/*
 * Unit tests of core/calendar.c: the year-file parser, working days,
 * CPC 48 time limits and deadline states; and the shipped calendars,
 * loaded through data/datafile.c from $QARAU_DATADIR.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/calendar.h"
#include "core/core.h"
#include "core/deadline.h"
#include "data/datafile.h"

static qdate
D(const char *s)
{
	qdate d = QDATE_NONE;

	if (!qdate_parse(s, &d))
		fail_msg("bad date in test: %s", s);
	return d;
}

static const char *
S(qdate d)
{
	static char buf[4][QDATE_BUFSZ];
	static int i;

	i = (i + 1) % 4;
	qdate_format(d, buf[i]);
	return buf[i];
}

static int
load(struct calendar *c, const char *name, const char *text, char *err,
    size_t errsz)
{
	return calendar_load(c, name, text, strlen(text), err, errsz);
}

/* The shipped calendars, as every command loads them. */
static int
setup_shipped(void **state)
{
	struct calendar *c = calendar_new();
	char err[512];

	if (datafile_load_calendars(c, err, sizeof err) != 0) {
		fprintf(stderr, "datafile_load_calendars: %s\n", err);
		calendar_free(c);
		return -1;
	}
	*state = c;
	return 0;
}

static int
teardown_cal(void **state)
{
	calendar_free(*state);
	return 0;
}

static void
test_weekends_only(void **state)
{
	struct calendar *c = calendar_new();

	(void)state;
	assert_true(calendar_is_working_day(NULL, D("2025-10-03")));
	assert_false(calendar_is_working_day(NULL, D("2025-10-04")));
	assert_false(calendar_is_working_day(c, D("2025-10-05")));
	/* No year file: 21 March is a plain Friday. */
	assert_true(calendar_is_working_day(c, D("2025-03-21")));
	assert_false(calendar_has_year(c, 2025));
	assert_string_equal(S(calendar_next_working_day(NULL,
	    D("2025-10-04"))), "2025-10-06");
	assert_string_equal(S(calendar_next_working_day(NULL,
	    D("2025-10-06"))), "2025-10-06");
	calendar_free(c);
}

/* Law brief 4.3: handed Thu 2025-10-02, 3 days: Fri 3, Sat 4, Sun 5; the
 * last day is a Sunday, so the period ends on Monday 6 October. */
static void
test_brief_days(void **state)
{
	const struct calendar *c = *state;

	assert_string_equal(S(cpc48_add_days(c, D("2025-10-02"), 3)),
	    "2025-10-06");
	assert_string_equal(S(cpc48_add_days(NULL, D("2025-10-02"), 3)),
	    "2025-10-06");
	/* The starting day is not counted: a Monday + 3 is Thursday. */
	assert_string_equal(S(cpc48_add_days(c, D("2025-10-06"), 3)),
	    "2025-10-09");
	assert_string_equal(S(cpc48_add_days(c, D("2025-10-06"), 0)),
	    "2025-10-06");
}

/* Law brief 4.3: act final 2025-02-28, one year: Sat 2026-02-28 moves to
 * Monday 2 March 2026, a working day in the 2026 calendar. */
static void
test_brief_year(void **state)
{
	const struct calendar *c = *state;

	assert_true(calendar_is_working_day(c, D("2026-03-02")));
	assert_string_equal(S(cpc48_add_months(c, D("2025-02-28"), 12)),
	    "2026-03-02");
}

static void
test_month_ends(void **state)
{
	const struct calendar *c = *state;

	/* 31 Aug + 6 months: 28 Feb 2026, a Saturday -> Monday 2 March. */
	assert_string_equal(S(cpc48_add_months(c, D("2025-08-31"), 6)),
	    "2026-03-02");
	/* Leap year: 29 Feb 2028 is a Tuesday, it stays. */
	assert_string_equal(S(cpc48_add_months(NULL, D("2027-08-31"), 6)),
	    "2028-02-29");
	assert_string_equal(S(cpc48_add_months(NULL, D("2028-02-29"), 12)),
	    "2029-02-28");
	/* 31 Jan + 1 month = 28 Feb 2025 (Friday). */
	assert_string_equal(S(cpc48_add_months(c, D("2025-01-31"), 1)),
	    "2025-02-28");
	/* 30 Apr + 6 months = 30 Oct 2025 (Thursday). */
	assert_string_equal(S(cpc48_add_months(c, D("2025-04-30"), 6)),
	    "2025-10-30");
}

static void
test_year_boundary(void **state)
{
	const struct calendar *c = *state;

	/* 30 Dec 2025 + 3 = Fri 2 Jan 2026, a holiday followed by the
	 * weekend: Monday 5 January. */
	assert_string_equal(S(cpc48_add_days(c, D("2025-12-30"), 3)),
	    "2026-01-05");
	/* Weekends only, the same date is the Friday. */
	assert_string_equal(S(cpc48_add_days(NULL, D("2025-12-30"), 3)),
	    "2026-01-02");
	/* 2026 + 1 month over the year end. */
	assert_string_equal(S(cpc48_add_months(c, D("2025-12-10"), 1)),
	    "2026-01-12");
	/* 31 Dec 2026 + 1 day: Fri 1 Jan 2027, Sat 2 Jan (holiday),
	 * Sun 3, Mon 4 Jan day off for 2 January: Tuesday 5 January. */
	assert_string_equal(S(cpc48_add_days(c, D("2026-12-31"), 1)),
	    "2027-01-05");
}

static void
test_weekend_and_holidays(void **state)
{
	const struct calendar *c = *state;

	/* A last day on a Saturday. */
	assert_string_equal(S(cpc48_add_days(c, D("2025-11-12"), 3)),
	    "2025-11-17");
	/* A last day on a weekday holiday: Tue 16 Dec 2025. */
	assert_false(calendar_is_working_day(c, D("2025-12-16")));
	assert_string_equal(S(cpc48_add_days(c, D("2025-12-13"), 3)),
	    "2025-12-17");
	/* A holiday followed by a weekend and moved days off: Fri 21 March
	 * 2025, Sat-Sun 22-23, days off Mon-Tue 24-25: Wednesday 26. */
	assert_string_equal(S(cpc48_add_days(c, D("2025-03-18"), 3)),
	    "2025-03-26");
	/* Kurban Ait 2026 (Wednesday 27 May). */
	assert_string_equal(S(cpc48_add_days(c, D("2026-05-24"), 3)),
	    "2026-05-28");
	/* 7 January does not move when it falls on a weekday. */
	assert_false(calendar_is_working_day(c, D("2026-01-07")));
	assert_true(calendar_is_working_day(c, D("2026-01-08")));
}

static void
test_transferred(void **state)
{
	const struct calendar *c = *state;

	/* 2025: the day off of Sunday 5 January moved to Friday 3. */
	assert_false(calendar_is_working_day(c, D("2025-01-03")));
	assert_true(calendar_is_working_day(c, D("2025-01-05")));
	assert_string_equal(S(cpc48_add_days(c, D("2025-01-02"), 3)),
	    "2025-01-05");
	assert_string_equal(S(cpc48_add_days(c, D("2024-12-31"), 3)),
	    "2025-01-05");
	assert_string_equal(S(cpc48_add_days(NULL, D("2025-01-02"), 3)),
	    "2025-01-06");
}

static void
test_working_saturday(void **state)
{
	struct calendar *c = calendar_new();
	char err[256];

	(void)state;
	/* The 2012 kind of transfer: Saturday worked, Monday off. */
	assert_int_equal(load(c, "t/2012.txt",
	    "year 2012\n"
	    "2012-04-28 working day off moved to Monday 30 April\n"
	    "2012-04-30 day-off moved from Saturday 28 April\n"
	    "2012-05-01 holiday\n", err, sizeof err), 0);
	assert_true(calendar_is_working_day(c, D("2012-04-28")));
	assert_false(calendar_is_working_day(c, D("2012-04-29")));
	assert_false(calendar_is_working_day(c, D("2012-04-30")));
	assert_string_equal(S(cpc48_add_days(c, D("2012-04-25"), 3)),
	    "2012-04-28");
	assert_string_equal(S(cpc48_add_days(c, D("2012-04-26"), 3)),
	    "2012-05-02");
	assert_string_equal(calendar_day_note(c, D("2012-04-30")),
	    "moved from Saturday 28 April");
	assert_null(calendar_day_note(c, D("2012-05-01")));
	assert_null(calendar_day_note(c, D("2012-05-02")));
	calendar_free(c);
}

static void
test_shipped(void **state)
{
	const struct calendar *c = *state;
	static const char *const off[] = {
		"2025-01-01", "2025-01-02", "2025-01-07", "2025-03-10",
		"2025-03-21", "2025-03-24", "2025-03-25", "2025-05-01",
		"2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07",
		"2025-09-01", "2025-10-27", "2025-12-16",
		"2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09",
		"2026-03-23", "2026-03-24", "2026-03-25", "2026-05-01",
		"2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
		"2026-10-26", "2026-12-16",
		"2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08",
		"2027-03-15", "2027-03-22", "2027-03-23", "2027-03-24",
		"2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06",
		"2027-10-25", "2027-12-16"
	};
	static const char *const work[] = {
		"2025-01-06", "2025-01-08", "2025-03-26", "2025-12-17",
		"2026-01-05", "2026-03-10", "2026-03-26", "2026-05-08",
		"2027-01-05", "2027-03-25", "2027-05-04",
		/* Constitution Day left 30 August with the Constitution of
		 * 2026 (Ministry of Labour, 18.03.2026). */
		"2026-08-31", "2027-08-30"
	};
	size_t i;
	int y;

	for (y = 2025; y <= 2027; y++)
		assert_true(calendar_has_year(c, y));
	for (i = 0; i < sizeof off / sizeof off[0]; i++)
		if (calendar_is_working_day(c, D(off[i])))
			fail_msg("%s should be a day off", off[i]);
	for (i = 0; i < sizeof work / sizeof work[0]; i++)
		if (!calendar_is_working_day(c, D(work[i])))
			fail_msg("%s should be a working day", work[i]);
	assert_string_equal(calendar_day_note(c, D("2025-03-21")),
	    "Наурыз мейрамы");
}

static void
test_missing_years(void **state)
{
	const struct calendar *c = *state;
	int years[8];
	size_t n;

	n = calendar_missing_years(c, 2024, 2029, years, 8);
	assert_int_equal(n, 3);
	assert_int_equal(years[0], 2024);
	assert_int_equal(years[1], 2028);
	assert_int_equal(years[2], 2029);
	assert_int_equal(calendar_missing_years(c, 2025, 2027, years, 8), 0);
	assert_int_equal(calendar_missing_years(c, 2020, 2030, years, 2), 2);
	assert_int_equal(calendar_missing_years(NULL, 2025, 2025, years, 8),
	    1);
}

static void
test_deadline_state(void **state)
{
	qdate due = D("2025-10-06");

	(void)state;
	assert_int_equal(deadline_state(NULL, due, D("2025-10-06")),
	    DEADLINE_DUE_TODAY);
	assert_int_equal(deadline_state(NULL, due, D("2025-10-07")),
	    DEADLINE_OVERDUE);
	assert_int_equal(deadline_state(NULL, due, D("2025-10-05")),
	    DEADLINE_DUE_SOON);
	/* Friday: Monday is the next working day, so it is due soon. */
	assert_int_equal(deadline_state(NULL, due, D("2025-10-03")),
	    DEADLINE_DUE_SOON);
	assert_int_equal(deadline_state(NULL, due, D("2025-10-02")),
	    DEADLINE_DUE_SOON);
	assert_int_equal(deadline_state(NULL, due, D("2025-10-01")),
	    DEADLINE_PENDING);
	assert_int_equal(deadline_state(NULL, QDATE_NONE, due),
	    DEADLINE_PENDING);
	assert_int_equal(deadline_state(NULL, due, QDATE_NONE),
	    DEADLINE_PENDING);
	assert_int_equal(deadline_soon_limit(NULL, D("2025-10-03")),
	    D("2025-10-07"));
	/* Working days left: Friday to Monday is one; overdue counts back. */
	assert_int_equal(deadline_days_left(NULL, due, D("2025-10-03")), 1);
	assert_int_equal(deadline_days_left(NULL, due, D("2025-09-29")), 5);
	assert_int_equal(deadline_days_left(NULL, due, due), 0);
	assert_int_equal(deadline_days_left(NULL, due, D("2025-10-08")), -2);
	assert_int_equal(deadline_days_left(NULL, D("2025-10-03"),
	    D("2025-10-04")), -1);
	assert_string_equal(deadline_state_name(DEADLINE_PENDING), "pending");
	assert_string_equal(deadline_state_name(DEADLINE_DUE_SOON),
	    "due-soon");
	assert_string_equal(deadline_state_name(DEADLINE_DUE_TODAY),
	    "due-today");
	assert_string_equal(deadline_state_name(DEADLINE_OVERDUE), "overdue");
}

/* The court's days over a file: a holiday set and removed, a shipped
 * holiday made working, a year without a file, the unconfirmed mark. */
static void
test_court_days(void **state)
{
	static const char y[] = "year 2027\n"
	    "2027-03-15 holiday Constitution Day\n"
	    "2027-05-16 holiday? Kurban ait (expected)\n";
	struct calendar *c = calendar_new(), *copy;
	struct calendar_day_src src;
	qdate dates[4];
	char err[256];

	(void)state;
	assert_int_equal(calendar_load(c, "2027.txt", y, sizeof y - 1, err,
	    sizeof err), 0);
	assert_int_equal(calendar_unconfirmed(c, 2027, dates, 4), 1);
	assert_int_equal(dates[0], D("2027-05-16"));
	assert_int_equal(calendar_day_info(c, D("2027-05-16"), &src),
	    CALENDAR_HOLIDAY);
	assert_true(src.unconfirmed);
	assert_false(src.court);
	copy = calendar_copy(c);
	/* A Monday made a holiday: a deadline ending on it moves. */
	assert_int_equal(calendar_set_court_day(copy, D("2027-05-17"),
	    CALENDAR_HOLIDAY, "Kurban ait", err, sizeof err), 0);
	assert_false(calendar_is_working_day(copy, D("2027-05-17")));
	assert_true(calendar_is_working_day(c, D("2027-05-17")));
	assert_string_equal(calendar_day_note(copy, D("2027-05-17")),
	    "Kurban ait");
	assert_int_equal(cpc48_add_days(copy, D("2027-05-14"), 3),
	    D("2027-05-18"));
	/* The court confirms the expected day. */
	assert_int_equal(calendar_set_court_day(copy, D("2027-05-16"),
	    CALENDAR_HOLIDAY, NULL, err, sizeof err), 0);
	assert_int_equal(calendar_unconfirmed(copy, 2027, dates, 4), 0);
	/* A shipped holiday made working, then given back to the file. */
	assert_int_equal(calendar_set_court_day(copy, D("2027-03-15"),
	    CALENDAR_WORKING, NULL, err, sizeof err), 0);
	assert_true(calendar_is_working_day(copy, D("2027-03-15")));
	assert_int_equal(calendar_set_court_day(copy, D("2027-03-15"),
	    CALENDAR_NORMAL, NULL, err, sizeof err), 0);
	assert_false(calendar_is_working_day(copy, D("2027-03-15")));
	/* A day off on a Sunday is refused; a year without a file. */
	assert_int_equal(calendar_set_court_day(copy, D("2027-05-16"),
	    CALENDAR_DAY_OFF, NULL, err, sizeof err), -1);
	assert_int_equal(calendar_set_court_day(copy, D("2031-01-06"),
	    CALENDAR_DAY_OFF, NULL, err, sizeof err), 0);
	assert_false(calendar_is_working_day(copy, D("2031-01-06")));
	assert_false(calendar_has_year(copy, 2031));
	assert_int_equal(calendar_kind_from_name("day-off"), CALENDAR_DAY_OFF);
	assert_int_equal(calendar_kind_from_name("nope"), -1);
	assert_string_equal(calendar_kind_name(CALENDAR_WORKING), "working");
	calendar_free(copy);
	calendar_free(c);
}

static void
test_none(void **state)
{
	const struct calendar *c = *state;

	assert_int_equal(cpc48_add_days(c, QDATE_NONE, 3), QDATE_NONE);
	assert_int_equal(cpc48_add_months(c, QDATE_NONE, 6), QDATE_NONE);
	assert_int_equal(calendar_next_working_day(c, QDATE_NONE),
	    QDATE_NONE);
}

/* No time zone enters the computation: a far-off TZ changes nothing. */
static void
test_time_zone(void **state)
{
	const struct calendar *c = *state;
	qdate a, b;

	a = cpc48_add_days(c, D("2025-10-02"), 3);
	setenv("TZ", "Pacific/Kiritimati", 1);
	tzset();
	b = cpc48_add_days(c, D("2025-10-02"), 3);
	assert_int_equal(a, b);
	setenv("TZ", "America/Adak", 1);
	tzset();
	assert_int_equal(cpc48_add_months(c, D("2025-02-28"), 12),
	    D("2026-03-02"));
	unsetenv("TZ");
	tzset();
}

static void
test_crlf_and_comments(void **state)
{
	struct calendar *c = calendar_new();
	char err[256];

	(void)state;
	assert_int_equal(load(c, "w/2030.txt",
	    "# header\r\n\r\n   # indented comment\r\n"
	    "year 2030\r\n"
	    "\t2030-01-01\tholiday\t New Year \r\n"
	    "2030-01-02 holiday", err, sizeof err), 0);
	assert_false(calendar_is_working_day(c, D("2030-01-01")));
	assert_false(calendar_is_working_day(c, D("2030-01-02")));
	assert_string_equal(calendar_day_note(c, D("2030-01-01")),
	    "New Year");
	calendar_free(c);
}

/* Each malformed line: an error "name:line: ...", the calendar as it was. */
static void
test_errors(void **state)
{
	static const struct {
		const char	*text;
		unsigned	 line;
		const char	*needle;
	} cases[] = {
		{ "year 2030\n2030-13-01 holiday\n", 2, "not a date" },
		{ "year 2030\n2030-02-29 holiday\n", 2, "not a date" },
		{ "year 2030\n30-01-01 holiday\n", 2, "not a date" },
		{ "year 2030\nholiday 2030-01-01\n", 2, "not a date" },
		{ "2030-01-01 holiday\nyear 2030\n", 1, "before the \"year\"" },
		{ "year 2030\n2031-01-01 holiday\n", 2, "is not in 2030" },
		{ "year 2030\n2030-01-01 feast\n", 2, "unknown kind" },
		{ "year 2030\n2030-01-01\n", 2, "unknown kind" },
		{ "year 2030\n2030-01-01 holiday\n\n2030-01-01 holiday\n", 4,
		    "listed twice" },
		{ "year 2030\n2030-01-05 day-off\n", 2, "Saturday or Sunday" },
		{ "year 2030\n2030-01-07 working\n", 2, "a weekday" },
		{ "year 2030\nyear 2030\n", 2, "a second \"year\"" },
		{ "year 30\n", 1, "four-digit year" },
		{ "year\n", 1, "four-digit year" },
		{ "year 2a30\n", 1, "four-digit year" },
		{ "year 1899\n", 1, "out of range" },
		{ "year 2030 extra\n", 1, "after the year" },
		{ "# only a comment\n\n", 2, "no \"year\" line" },
		{ "year 2030\n2030-01-01 holiday \xff\n", 2, "invalid UTF-8" },
		{ "year 2030\n2030-01-01 holiday \xd0\n", 2, "invalid UTF-8" },
		{ "year 2030\n2030-01-01 holiday \xed\xa0\x80\n", 2,
		    "invalid UTF-8" },
	};
	struct calendar *c = calendar_new();
	char err[256], prefix[64];
	size_t i;

	(void)state;
	assert_int_equal(load(c, "cal/2029.txt", "year 2029\n"
	    "2029-01-01 holiday\n", err, sizeof err), 0);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err[0] = '\0';
		if (load(c, "cal/x.txt", cases[i].text, err, sizeof err) != -1)
			fail_msg("case %zu loaded", i);
		snprintf(prefix, sizeof prefix, "cal/x.txt:%u: ",
		    cases[i].line);
		if (strncmp(err, prefix, strlen(prefix)) != 0 ||
		    strstr(err, cases[i].needle) == NULL)
			fail_msg("case %zu: \"%s\", want %s...%s", i, err,
			    prefix, cases[i].needle);
		assert_false(calendar_has_year(c, 2030));
		/* 1 Jan 2030 is a Tuesday: still working. */
		assert_true(calendar_is_working_day(c, D("2030-01-01")));
	}
	/* A NUL byte (strlen would stop at it). */
	assert_int_equal(calendar_load(c, "cal/x.txt",
	    "year 2030\n2030-01-01 hol\0iday\n", 30, err, sizeof err), -1);
	assert_string_equal(err, "cal/x.txt:2: a NUL byte");
	/* The same year twice, and a year that does not match the name. */
	assert_int_equal(load(c, "cal/2029.txt", "year 2029\n"
	    "2029-01-02 holiday\n", err, sizeof err), -1);
	assert_non_null(strstr(err, "already loaded"));
	assert_true(calendar_is_working_day(c, D("2029-01-02")));
	assert_false(calendar_is_working_day(c, D("2029-01-01")));
	assert_int_equal(load(c, "cal/2031.txt", "year 2030\n", err,
	    sizeof err), -1);
	assert_string_equal(err,
	    "cal/2031.txt:1: the \"year\" line says 2030 but the file is "
	    "2031.txt");
	assert_false(calendar_has_year(c, 2030));
	/* A tiny buffer truncates, never overflows. */
	assert_int_equal(load(c, "cal/x.txt", "year 30\n", err, 8), -1);
	assert_string_equal(err, "cal/x.t");
	calendar_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weekends_only),
		cmocka_unit_test(test_working_saturday),
		cmocka_unit_test(test_deadline_state),
		cmocka_unit_test(test_crlf_and_comments),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_court_days),
		cmocka_unit_test_setup_teardown(test_brief_days,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_brief_year,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_month_ends,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_year_boundary,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_weekend_and_holidays,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_transferred,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_shipped,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_missing_years,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_none,
		    setup_shipped, teardown_cal),
		cmocka_unit_test_setup_teardown(test_time_zone,
		    setup_shipped, teardown_cal),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
