/* Unit tests of core/report.c: the groups, the control equality, the
 * kept deadlines and the median, from hand-made counts. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core/report-text.h"

#define M(y, m)	((y) * 12 + (m) - 1)

static void
fill(struct report *rp)
{
	report_init(rp, qdate_from_ymd(2025, 7, 1), qdate_from_ymd(2025, 9, 30));
	/* Before the period: 4 in, 1 out; up to its end: 9 in, 5 out. */
	report_add(rp, "A", REPORT_BEFORE, "in", 3);
	report_add(rp, "", REPORT_BEFORE, "in", 1);
	report_add(rp, "A", REPORT_BEFORE, "out:decided", 1);
	report_add(rp, "A", REPORT_UPTO, "in", 6);
	report_add(rp, "", REPORT_UPTO, "in", 3);
	report_add(rp, "A", REPORT_UPTO, "out:decided", 2);
	report_add(rp, "A", REPORT_UPTO, "out:letter:R15", 2);
	report_add(rp, "", REPORT_UPTO, "out:withdrawn", 1);
	/* The period. */
	report_add(rp, "A", M(2025, 7), "in", 3);
	report_add(rp, "", M(2025, 8), "in", 2);
	report_add(rp, "A", M(2025, 7), "admitted", 2);
	report_add(rp, "A", M(2025, 8), "out:decided", 1);
	report_add(rp, "A", M(2025, 8), "out:letter:R15", 2);
	report_add(rp, "", M(2025, 9), "out:withdrawn", 1);
	report_add(rp, "A", M(2025, 8), "days:3", 1);
	report_add(rp, "A", M(2025, 8), "days:9", 1);
	report_add(rp, "A", M(2025, 7), "kept:return-by", 3);
	report_add(rp, "A", M(2025, 7), "missed:return-by", 1);
	report_add(rp, "A", M(2025, 7), "nonsense", 1);
	report_finish(rp);
}

static void
test_groups(void **state)
{
	struct report rp;

	(void)state;
	fill(&rp);
	assert_int_equal(rp.total.start, 3);
	assert_int_equal(rp.total.arrived, 5);
	assert_int_equal(rp.total.admitted, 2);
	assert_int_equal(report_out(&rp.total), 4);
	assert_int_equal(rp.total.letter, 2);
	assert_int_equal(rp.total.n_grounds, 1);
	assert_string_equal(rp.total.grounds[0].rule, "R15");
	assert_int_equal(rp.total.end, 4);
	assert_true(report_control(&rp.total));
	/* Judges in name order, the unassigned first ("" sorts first). */
	assert_int_equal(rp.n_judges, 2);
	assert_string_equal(rp.judges[1].name, "A");
	assert_true(report_control(&rp.judges[0]));
	assert_true(report_control(&rp.judges[1]));
	/* Months: each starts with the end of the one before. */
	assert_int_equal(rp.n_months, 3);
	assert_string_equal(rp.months[1].name, "2025-08");
	assert_int_equal(rp.months[1].start, 6);
	assert_int_equal(rp.months[2].end, 4);
	assert_true(report_control(&rp.months[2]));
	/* A count that the register disagrees with: the control fails. */
	rp.total.end++;
	assert_false(report_control(&rp.total));
	report_free(&rp);
}

static void
test_kept_and_median(void **state)
{
	struct report rp;

	(void)state;
	fill(&rp);
	assert_true(report_kept_percent(&rp.total, 0) > 74.9);
	assert_true(report_kept_percent(&rp.total, 0) < 75.1);
	assert_true(report_kept_percent(&rp.total, 1) < 0);
	assert_true(report_median_days(&rp.total) > 5.9);
	assert_true(report_median_days(&rp.total) < 6.1);
	assert_true(report_median_days(&rp.months[0]) < 0);
	report_add(&rp, "A", M(2025, 8), "days:4", 5);
	assert_true(report_median_days(&rp.total) > 3.9);
	assert_true(report_median_days(&rp.total) < 4.1);
	report_free(&rp);
}

static void
test_writers(void **state)
{
	struct report rp;
	struct strbuf sb;

	(void)state;
	fill(&rp);
	strbuf_init(&sb);
	report_write_csv(&rp, &sb);
	assert_non_null(strstr(sb.buf, "total,\"\",arrived,5\n"));
	assert_non_null(strstr(sb.buf, "judge,\"A\",letter:R15,2\n"));
	assert_non_null(strstr(sb.buf, "total,\"\",control,holds\n"));
	assert_non_null(strstr(sb.buf, "total,\"\",kept:return-by,75.0\n"));
	strbuf_reset(&sb);
	report_write_json(&rp, &sb);
	assert_non_null(strstr(sb.buf, "\"control\":true"));
	assert_non_null(strstr(sb.buf, "\"median_days_to_return\":6.0"));
	strbuf_reset(&sb);
	report_write_text(&rp, true, &sb);
	assert_non_null(strstr(sb.buf, "Control: 3 + 5 = 4 + 4 (holds)"));
	assert_non_null(strstr(sb.buf, "\xe2\x96\x88"));
	strbuf_free(&sb);
	report_free(&rp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_kept_and_median),
		cmocka_unit_test(test_writers),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
