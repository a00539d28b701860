/* The decision: precedence, missing facts, deadlines, output formats. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "core-test.h"

static void
decide_text(const char *base, const char *extra, const char *today,
    const struct calendar *cal, struct decision *d)
{
	struct facts f;

	if (ct_facts(&f, base, extra) != 0)
		fail_msg("facts do not parse");
	decide(&f, cal, NULL, ct_date(today), d);
	facts_free(&f);
}

static void
test_names(void **state)
{
	int o;

	(void)state;
	for (o = OUTCOME_ADMIT; o <= OUTCOME_INCOMPLETE; o++) {
		assert_int_equal(outcome_from_name(outcome_name(o)), o);
		assert_non_null(outcome_label(o));
	}
	assert_string_equal(outcome_name(OUTCOME_RETURN_LETTER),
	    "return-letter");
	assert_string_equal(outcome_name(OUTCOME_LEAVE_UNCONSIDERED),
	    "leave-unconsidered");
	assert_int_equal(outcome_from_name("redirect"), -1);
}

/* Every ground is listed, in the table's order; the strongest wins. */
static void
test_precedence_and_all_grounds(void **state)
{
	struct decision d;

	(void)state;
	decide_text(BASE_COMPLAINT, "content.abusive = yes\n"
	    "content.copies-attached = no\ncontent.scope = no\n"
	    "filing.via-institution = no\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_RETURN_LETTER);
	assert_int_equal(d.n_grounds, 4);
	assert_string_equal(d.grounds[0].rule->id, "R15");
	assert_string_equal(d.grounds[1].rule->id, "R17");
	assert_string_equal(d.grounds[2].rule->id, "R19");
	assert_int_equal(d.grounds[2].outcome, OUTCOME_REFER);
	assert_string_equal(d.grounds[3].rule->id, "R21");

	/* Withdrawn: the ruling wins over every letter ground. */
	decide_text(BASE_PROTEST, "filer.role = other-prosecutor\n"
	    "filing.withdrawn = yes\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_RETURN_RULING);
	assert_int_equal(d.n_grounds, 1);

	/* Refer over admit; return over refer. */
	decide_text(BASE_COMPLAINT, "act.in-force = no\n", "2025-10-01",
	    NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_REFER);
	decide_text(BASE_COMPLAINT, "act.in-force = no\nfiler.role = other\n",
	    "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_RETURN_LETTER);
	assert_non_null(ct_ground(&d, "R9"));
	assert_non_null(ct_ground(&d, "R23"));
}

/* An unknown answer refers only when it could change the outcome. */
static void
test_unknown(void **state)
{
	struct decision d;
	const struct ground *g;

	(void)state;
	decide_text(BASE_COMPLAINT, "content.scope = unknown\n", "2025-10-01",
	    NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_REFER);
	g = ct_ground(&d, "R15");
	assert_string_equal(g->fact, "content.scope");
	/* Already returned on another ground: the outcome stands. */
	decide_text(BASE_COMPLAINT, "content.scope = unknown\n"
	    "content.copies-attached = no\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_RETURN_LETTER);
	/* But a possible withdrawal could make it a ruling. */
	decide_text(BASE_COMPLAINT, "filing.withdrawn = unknown\n"
	    "content.copies-attached = no\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_REFER);
}

static void
test_incomplete(void **state)
{
	struct decision d;
	struct strbuf sb;

	(void)state;
	decide_text("filing.kind = protest\nfiling.received = 2025-09-10\n"
	    "filer.role = prosecutor-general\n", NULL, "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_INCOMPLETE);
	assert_string_equal(d.missing[0], "act.type");
	strbuf_init(&sb);
	decision_write_porcelain(&d, &sb);
	assert_non_null(strstr(sb.buf, "outcome=incomplete\nmissing=act.type\n"
	    "missing=act.instance\n"));
	strbuf_free(&sb);
	/* A return ground does not make missing facts moot... */
	decide_text("filing.kind = protest\nfiling.received = 2025-09-10\n"
	    "filer.role = other-prosecutor\n", NULL, "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_INCOMPLETE);
	assert_non_null(ct_ground(&d, "R3"));
	/* ...but content is never asked of a filer without the right. */
	assert_int_equal(d.n_missing, 10);
	assert_string_equal(d.missing[9], "grounds.worsening");
	/* Text facts never make it incomplete. */
	decide_text(BASE_COMPLAINT, NULL, "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_ADMIT);
	assert_int_equal(d.n_missing, 0);
}

/* law-brief.md 4.3 examples, on the shipped-calendar-free weekends. */
static void
test_deadlines(void **state)
{
	const struct deadline *dl;
	struct decision d;

	(void)state;
	decide_text(BASE_COMPLAINT, "content.scope = no\n"
	    "filing.handed = 2025-10-02\n", "2025-10-03", NULL, &d);
	dl = ct_deadline(&d, "return-by");
	assert_non_null(dl);
	assert_int_equal(dl->date, ct_date("2025-10-06"));
	assert_false(dl->met);
	assert_ptr_equal(decision_next_deadline(&d), dl);
	decide_text(BASE_COMPLAINT, "content.scope = no\n"
	    "filing.handed = 2025-10-02\nfiling.returned = 2025-10-03\n",
	    "2025-10-03", NULL, &d);
	assert_true(ct_deadline(&d, "return-by")->met);
	assert_null(decision_next_deadline(&d));

	decide_text(BASE_PROTEST, "grounds.worsening = yes\n"
	    "act.in-force-date = 2025-02-28\nfiling.received = 2025-09-10\n",
	    "2025-10-01", NULL, &d);
	dl = ct_deadline(&d, "worsening-limit");
	assert_int_equal(dl->date, ct_date("2026-03-02"));
	assert_true(dl->met);

	/* The case's way: requested, received, notified, decided. */
	decide_text(BASE_COMPLAINT, "case.requested = 2025-09-11\n"
	    "case.received = 2025-09-15\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_ADMIT);
	assert_int_equal(ct_deadline(&d, "case-due")->date,
	    ct_date("2025-09-18"));
	assert_true(ct_deadline(&d, "case-due")->met);
	assert_int_equal(ct_deadline(&d, "notify-by")->date,
	    ct_date("2025-09-25"));
	assert_false(ct_deadline(&d, "notify-by")->met);
	/* Six months from the case's receipt (Q6), a Sunday: Monday. */
	assert_int_equal(ct_deadline(&d, "decide-by")->date,
	    ct_date("2026-03-16"));
	assert_ptr_equal(decision_next_deadline(&d),
	    ct_deadline(&d, "notify-by"));
	assert_null(ct_deadline(&d, "return-by"));
	assert_string_equal(d.notes[d.n_notes - 1].id, "N9");
}

static void
test_missing_years(void **state)
{
	struct calendar *cal = calendar_new();
	struct decision d;
	char err[256];
	static const char y2025[] = "year 2025\n";

	(void)state;
	assert_int_equal(calendar_load(cal, "2025", y2025, sizeof y2025 - 1,
	    err, sizeof err), 0);
	decide_text(BASE_COMPLAINT, "case.received = 2025-09-15\n",
	    "2025-10-01", cal, &d);
	assert_int_equal(d.n_missing_years, 1);
	assert_int_equal(d.missing_years[0], 2026);
	calendar_free(cal);
}

static void
test_porcelain_exact(void **state)
{
	struct decision d;
	struct strbuf sb;

	(void)state;
	decide_text(BASE_COMPLAINT, "content.scope = no\n"
	    "content.copies-attached = no\nfiling.handed = 2025-10-02\n",
	    "2025-10-03", NULL, &d);
	strbuf_init(&sb);
	decision_write_porcelain(&d, &sb);
	assert_string_equal(sb.buf,
	    "outcome=return-letter\n"
	    "ground=R15\ncite=NR 7\ncite=CPC 488.1\ncite=CPC 423.1\n"
	    "cite=CPC 489.1.1\n"
	    "ground=R17\ncite=NR 7\ncite=CPC 489.1.1\n"
	    "deadline.return-by=2025-10-06\n");
	strbuf_reset(&sb);
	decision_write_json(&d, &sb);
	assert_non_null(strstr(sb.buf, "{\"outcome\":\"return-letter\""));
	assert_non_null(strstr(sb.buf, "\"id\":\"R17\""));
	assert_non_null(strstr(sb.buf, "\"name\":\"return-by\",\"date\":"
	    "\"2025-10-06\""));
	strbuf_free(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_precedence_and_all_grounds),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_incomplete),
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_missing_years),
		cmocka_unit_test(test_porcelain_exact),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
