/* Unit tests of core/date.c: day numbers, parsing, months. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core/date.h"

static qdate
D(const char *s)
{
	qdate d = QDATE_NONE;

	assert_true(qdate_parse(s, &d));
	return d;
}

static void
assert_date(qdate d, const char *want)
{
	char buf[QDATE_BUFSZ];

	qdate_format(d, buf);
	assert_string_equal(buf, want);
}

static void
test_epoch(void **state)
{
	(void)state;
	assert_int_equal(qdate_from_ymd(1970, 1, 1), 0);
	assert_int_equal(qdate_weekday(0), 4);		/* Thursday */
	assert_int_equal(qdate_weekday(D("2025-10-02")), 4);
	assert_int_equal(qdate_weekday(D("2025-10-05")), 7);
	assert_int_equal(qdate_weekday(D("2026-03-02")), 1);
	assert_int_equal(qdate_weekday(D("1969-12-31")), 3);
}

static void
test_round_trip(void **state)
{
	qdate d;
	int y, m, dd;
	char buf[QDATE_BUFSZ];

	(void)state;
	/* Every day 1900-2199 survives format -> parse -> ymd. */
	for (d = qdate_from_ymd(1900, 1, 1); d <= qdate_from_ymd(2199, 12, 31);
	    d++) {
		qdate back;

		qdate_format(d, buf);
		assert_true(qdate_parse(buf, &back));
		assert_int_equal(back, d);
		qdate_to_ymd(d, &y, &m, &dd);
		assert_int_equal(qdate_from_ymd(y, m, dd), d);
	}
}

static void
test_parse_rejects(void **state)
{
	static const char *const bad[] = {
		"", "2025-1-01", "2025-01-1", "2025/01/01", "2025-13-01",
		"2025-00-10", "2025-02-29", "2100-02-29", "2025-04-31",
		"1899-12-31", "2200-01-01", "2025-01-01 ", " 2025-01-01",
		"20a5-01-01", "2025-01-0x", "+025-01-01"
	};
	size_t i;
	qdate d = 42;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_false(qdate_parse(bad[i], &d));
		assert_int_equal(d, 42);
	}
	assert_true(qdate_parse("2028-02-29", &d));
	assert_true(qdate_parse("2000-02-29", &d));
}

static void
test_leap(void **state)
{
	(void)state;
	assert_true(qdate_is_leap(2028));
	assert_true(qdate_is_leap(2000));
	assert_false(qdate_is_leap(2100));
	assert_false(qdate_is_leap(2025));
	assert_int_equal(qdate_days_in_month(2028, 2), 29);
	assert_int_equal(qdate_days_in_month(2027, 2), 28);
	assert_int_equal(qdate_days_in_month(2027, 0), 0);
	assert_int_equal(qdate_days_in_month(2027, 13), 0);
}

static void
test_add_months(void **state)
{
	(void)state;
	assert_date(qdate_add_months(D("2025-08-31"), 6), "2026-02-28");
	assert_date(qdate_add_months(D("2027-08-31"), 6), "2028-02-29");
	assert_date(qdate_add_months(D("2028-02-29"), 12), "2029-02-28");
	assert_date(qdate_add_months(D("2028-02-29"), 48), "2032-02-29");
	assert_date(qdate_add_months(D("2025-01-31"), 1), "2025-02-28");
	assert_date(qdate_add_months(D("2025-03-31"), 1), "2025-04-30");
	assert_date(qdate_add_months(D("2025-12-15"), 1), "2026-01-15");
	assert_date(qdate_add_months(D("2025-11-30"), 3), "2026-02-28");
	assert_date(qdate_add_months(D("2026-01-15"), -1), "2025-12-15");
	assert_date(qdate_add_months(D("2026-03-31"), -1), "2026-02-28");
	assert_date(qdate_add_months(D("2025-02-28"), 12), "2026-02-28");
	assert_date(qdate_add_months(D("2025-07-10"), 0), "2025-07-10");
}

static void
test_format_none(void **state)
{
	char buf[QDATE_BUFSZ];

	(void)state;
	memset(buf, 'x', sizeof buf);
	qdate_format(QDATE_NONE, buf);
	assert_string_equal(buf, "");
}

/* Every form a clerk may type, against a frozen today. */
static void
test_parse_human(void **state)
{
	static const struct {
		const char *in, *want;
	} ok[] = {
		{ "2025-07-01", "2025-07-01" },
		{ "01.07.2025", "2025-07-01" },
		{ "1.7.2025", "2025-07-01" },
		{ "1.7.25", "2025-07-01" },
		{ "01.07.25", "2025-07-01" },
		{ "29.02.2028", "2028-02-29" },
		{ "31.12.99", "2099-12-31" },
		{ "  3.3.2026 ", "2026-03-03" },
		{ "today", "2026-03-02" },
		{ "Today", "2026-03-02" },
		{ "бүгін", "2026-03-02" },
		{ "Бүгін", "2026-03-02" },
		{ "сегодня", "2026-03-02" },
		{ "Сегодня", "2026-03-02" },
		{ "+0", "2026-03-02" },
		{ "+1", "2026-03-03" },
		{ "-1", "2026-03-01" },
		{ "-2", "2026-02-28" },
		{ "+30", "2026-04-01" },
		{ "-365", "2025-03-02" },
	};
	static const char *const bad[] = {
		"", " ", "32.01.2025", "29.02.2025", "31.04.2025", "0.1.2025",
		"1.0.2025", "1.13.2025", "1.7", "1.7.", "1.7.2", "1.7.202",
		"1.7.20255", "001.7.2025", "1.007.2025", "1..2025", ".7.2025",
		"1.7.2025.", "1/7/2025", "1-7-2025", "2025-7-1", "1.7.1899",
		"+", "-", "+x", "+1d", "++1", "+12345", "1 .7.2025", "today2",
		"tomorrow", "yesterday", "сегодня!", "бугин",
	};
	char buf[QDATE_BUFSZ];
	qdate today, d;
	size_t i;

	(void)state;
	today = D("2026-03-02");
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		d = QDATE_NONE;
		if (!qdate_parse_human(ok[i].in, today, &d))
			fail_msg("refused '%s'", ok[i].in);
		qdate_format(d, buf);
		assert_string_equal(buf, ok[i].want);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		d = 42;
		if (qdate_parse_human(bad[i], today, &d))
			fail_msg("accepted '%s'", bad[i]);
		assert_int_equal(d, 42);
	}
	/* Without a today, only absolute dates. */
	d = 42;
	assert_false(qdate_parse_human("today", QDATE_NONE, &d));
	assert_false(qdate_parse_human("+1", QDATE_NONE, &d));
	assert_int_equal(d, 42);
	assert_true(qdate_parse_human("1.7.25", QDATE_NONE, &d));
}

static void
test_format_shown(void **state)
{
	char buf[QDATE_BUFSZ];

	(void)state;
	/* No catalogue: the source language shows ISO. */
	qdate_format_shown(D("2026-03-02"), buf);
	assert_string_equal(buf, "2026-03-02");
	assert_string_equal(qdate_shown_pattern(), "YYYY-MM-DD");
	qdate_format_shown(QDATE_NONE, buf);
	assert_string_equal(buf, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epoch),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_leap),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_format_none),
		cmocka_unit_test(test_parse_human),
		cmocka_unit_test(test_format_shown),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
