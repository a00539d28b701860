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
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
