/* The decision: precedence, missing facts, deadlines, output formats. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "core-test.h"
#include "core/decision-text.h"
#include "core/json.h"

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
	assert_false(dl->closed);
	assert_ptr_equal(decision_next_deadline(&d), dl);
	decide_text(BASE_COMPLAINT, "content.scope = no\n"
	    "filing.handed = 2025-10-02\nfiling.returned = 2025-10-03\n",
	    "2025-10-03", NULL, &d);
	assert_true(ct_deadline(&d, "return-by")->closed);
	assert_null(decision_next_deadline(&d));

	decide_text(BASE_PROTEST, "grounds.worsening = yes\n"
	    "act.in-force-date = 2025-02-28\nfiling.received = 2025-09-10\n",
	    "2025-10-01", NULL, &d);
	dl = ct_deadline(&d, "worsening-limit");
	assert_int_equal(dl->date, ct_date("2026-03-02"));
	assert_true(dl->closed);
	assert_int_equal(decision_deadline_state(dl, NULL, dl->date + 1),
	    DEADLINE_MET);

	/* The case's way: requested, received, notified, decided. */
	decide_text(BASE_COMPLAINT, "case.requested = 2025-09-11\n"
	    "case.received = 2025-09-15\n", "2025-10-01", NULL, &d);
	assert_int_equal(d.outcome, OUTCOME_ADMIT);
	assert_int_equal(ct_deadline(&d, "case-due")->date,
	    ct_date("2025-09-18"));
	assert_true(ct_deadline(&d, "case-due")->closed);
	assert_int_equal(ct_deadline(&d, "notify-by")->date,
	    ct_date("2025-09-25"));
	assert_false(ct_deadline(&d, "notify-by")->closed);
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

static void
test_json_string(void **state)
{
	struct strbuf sb;

	(void)state;
	strbuf_init(&sb);
	json_string(&sb, "a\"b\\c\nd\x01");
	assert_string_equal(sb.buf, "\"a\\\"b\\\\c\\nd\\u0001\"");
	strbuf_reset(&sb);
	json_string(&sb, NULL);
	assert_string_equal(sb.buf, "null");
	strbuf_reset(&sb);
	json_member(&sb, "k", "\t");
	assert_string_equal(sb.buf, "\"k\":\"\\t\"");
	strbuf_free(&sb);
}

/* Every state has a name that reads back, a mark and a word; due soon is
 * DEADLINE_SOON_DAYS wide. */
static void
test_deadline_states(void **state)
{
	const struct deadline_state_def *sd;
	qdate due = qdate_from_ymd(2025, 10, 8);	/* a Wednesday */
	int s;

	(void)state;
	for (s = 0; s < DEADLINE_NSTATES; s++) {
		sd = deadline_state_def((enum deadline_state)s);
		assert_int_equal(deadline_state_from_name(sd->name), s);
		assert_non_null(sd->mark);
		assert_non_null(sd->word);
	}
	assert_int_equal(deadline_state_from_name("late"), -1);
	assert_int_equal(deadline_state(NULL, due, due - DEADLINE_SOON_DAYS),
	    DEADLINE_DUE_SOON);
	/* Friday: Monday and Tuesday are the next two working days. */
	assert_int_equal(deadline_state(NULL, due, due - 5), DEADLINE_PENDING);
	assert_int_equal(deadline_state(NULL, due - 1, due - 5),
	    DEADLINE_DUE_SOON);
}

/*
 * Every deadline a step closes, in its three states: open (no step yet),
 * met (the step on its last day) and missed (the day after).  The
 * issue's case: due 22.09.2025, the case received 24.09.2025.
 */
static const struct {
	const char	*name;
	const char	*facts;		/* starts it */
	const char	*due;
	const char	*step;		/* the fact that closes it */
} three_states[] = {
	{ "return-by", "content.scope = no\nfiling.handed = 2025-10-02\n",
	  "2025-10-06", "filing.returned" },
	{ "case-due", "case.requested = 2025-09-15\n", "2025-09-22",
	  "case.received" },
	{ "prosecutor-due", "case.at-prosecutor = 2025-09-01\n", "2025-10-01",
	  "case.received" },
	{ "notify-by", "case.received = 2025-09-15\n", "2025-09-25",
	  "parties.notified" },
	{ "decide-by", "case.received = 2025-09-15\n", "2026-03-16",
	  "filing.decided" },
	{ "suspension-ends", "execution.suspended = 2025-09-15\n",
	  "2026-03-16", "filing.decided" },
};

static const struct deadline *
three_decide(size_t i, qdate step, struct decision *d)
{
	char facts[256], date[QDATE_BUFSZ];

	snprintf(facts, sizeof facts, "%s", three_states[i].facts);
	if (step != QDATE_NONE) {
		qdate_format(step, date);
		snprintf(facts + strlen(facts), sizeof facts - strlen(facts),
		    "%s = %s\n", three_states[i].step, date);
	}
	decide_text(BASE_COMPLAINT, facts, "2027-01-01", NULL, d);
	return ct_deadline(d, three_states[i].name);
}

static void
test_deadline_met_missed_open(void **state)
{
	const struct deadline *dl;
	struct decision d;
	qdate due;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof three_states / sizeof three_states[0]; i++) {
		due = ct_date(three_states[i].due);
		dl = three_decide(i, QDATE_NONE, &d);
		assert_non_null(dl);
		assert_int_equal(dl->date, due);
		assert_false(dl->closed);
		assert_int_equal(decision_deadline_state(dl, NULL, due + 1),
		    DEADLINE_OVERDUE);
		assert_int_equal(decision_deadline_state(dl, NULL, due),
		    DEADLINE_DUE_TODAY);
		dl = three_decide(i, due, &d);
		assert_int_equal(decision_deadline_state(dl, NULL, due + 9),
		    DEADLINE_MET);
		assert_int_equal(dl->done, due);
		dl = three_decide(i, due + 1, &d);
		assert_true(dl->closed);
		assert_int_equal(decision_deadline_state(dl, NULL, due + 9),
		    DEADLINE_MISSED);
		/* Closed either way: no longer the one to meet. */
		assert_ptr_not_equal(decision_next_deadline(&d), dl);
	}
}

/* The two deadlines that the workflow facts case.at-prosecutor and
 * execution.suspended start. */
static void
test_prosecutor_and_suspension(void **state)
{
	struct decision d;
	size_t i;
	bool pros = false, susp = false;

	(void)state;
	decide_text(BASE_COMPLAINT, "case.at-prosecutor = 2025-09-15\n"
	    "execution.suspended = 2025-09-20\n", "2025-10-03", NULL, &d);
	for (i = 0; i < d.n_deadlines; i++) {
		if (strcmp(d.deadlines[i].name, "prosecutor-due") == 0) {
			pros = true;
			assert_int_equal(d.deadlines[i].date,
			    qdate_from_ymd(2025, 10, 15));
		}
		if (strcmp(d.deadlines[i].name, "suspension-ends") == 0) {
			susp = true;
			assert_int_equal(d.deadlines[i].date,
			    qdate_from_ymd(2026, 3, 20));
		}
	}
	assert_true(pros);
	assert_true(susp);
	assert_non_null(deadline_kind_find("prosecutor-due")->shortl);
}

/* The text of a decision: ids for the command line, a pager's marks at
 * the start of headings and of deadlines by their state. */
static void
test_text(void **state)
{
	struct decision_text o = { .ids = true };
	struct decision d;
	struct facts f;
	struct strbuf sb;

	(void)state;
	decide_text(BASE_COMPLAINT, "content.scope = no\n"
	    "filing.handed = 2025-10-02\n", "2025-10-03", NULL, &d);
	o.today = qdate_from_ymd(2025, 10, 6);
	assert_int_equal(ct_facts(&f, BASE_COMPLAINT, "content.scope = no\n"),
	    0);
	o.facts = &f;
	strbuf_init(&sb);
	decision_write_text(&d, &o, &sb);
	assert_non_null(strstr(sb.buf, "Outcome: return by the judge's "
	    "letter\n\nGrounds:\n  R15   "));
	assert_non_null(strstr(sb.buf, "        NR 7; CPC 488.1"));
	/* R15 lists the element answered "no". */
	assert_non_null(strstr(sb.buf, "        - "));
	assert_non_null(strstr(sb.buf, "  * 2025-10-06  return-by        "
	    "return the filing by letter [due today] (CPC 489.3; NR 9)\n"));
	strbuf_reset(&sb);
	o.ids = false;
	o.facts = NULL;
	o.head = "<h>";
	o.state[DEADLINE_DUE_TODAY] = "<t>";
	decision_write_text(&d, &o, &sb);
	assert_true(strncmp(sb.buf, "<h>Outcome: ", 12) == 0);
	assert_non_null(strstr(sb.buf, "\n<h>Grounds:\n  - "));
	assert_non_null(strstr(sb.buf, "\n<t>  * 2025-10-06  return the "));
	assert_null(strstr(sb.buf, "R15"));
	strbuf_free(&sb);
	facts_free(&f);
}

/* A rule's readable name is printed beside its id when it has one. */
static void
test_json_rule_name(void **state)
{
	static const struct rule named = { .id = "R99", .name = "test-name",
	    .outcome = OUTCOME_RETURN_LETTER, .cites = { "NR 7" },
	    .explain = "explained" };
	static struct decision d;
	struct strbuf sb;

	(void)state;
	d.outcome = OUTCOME_RETURN_LETTER;
	d.n_grounds = 1;
	d.grounds[0].rule = &named;
	d.grounds[0].outcome = OUTCOME_RETURN_LETTER;
	d.grounds[0].cites[0] = "NR 7";
	strbuf_init(&sb);
	decision_write_json(&d, &sb);
	assert_non_null(strstr(sb.buf, "{\"id\":\"R99\",\"name\":"
	    "\"test-name\",\"outcome\":\"return-letter\",\"cites\":"
	    "[\"NR 7\"]"));
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
		cmocka_unit_test(test_json_string),
		cmocka_unit_test(test_deadline_states),
		cmocka_unit_test(test_deadline_met_missed_open),
		cmocka_unit_test(test_prosecutor_and_suspension),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_json_rule_name),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
