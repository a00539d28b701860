/* The checklist: next question, relevance, pruning after a change. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core-test.h"

static const char *
next_key(const struct facts *f)
{
	int i = checklist_next(f);

	return i < 0 ? "(done)" : vocab_at((size_t)i)->key;
}

static bool
relevant(const struct facts *f, const char *key)
{
	return checklist_relevant(f, (size_t)vocab_index(key));
}

static void
test_first_questions(void **state)
{
	struct facts f;
	char err[128];

	(void)state;
	facts_init(&f);
	assert_string_equal(next_key(&f), "filing.kind");
	facts_set(&f, "filing.kind", "complaint", err, sizeof err);
	assert_string_equal(next_key(&f), "filing.stage");
	facts_set(&f, "filing.stage", "intake", err, sizeof err);
	facts_set(&f, "filing.received", "2025-09-10", err, sizeof err);
	assert_string_equal(next_key(&f), "filer.role");
	/* A legal representative is asked whose, and whether of age. */
	facts_set(&f, "filer.role", "legal-representative", err, sizeof err);
	assert_string_equal(next_key(&f), "filer.represents");
	assert_true(relevant(&f, "filer.principal-adult"));
	assert_false(relevant(&f, "filer.in-custody"));
	facts_free(&f);
}

static void
test_complete_base_is_done(void **state)
{
	struct facts f;
	size_t a, t;

	(void)state;
	assert_int_equal(ct_facts(&f, BASE_COMPLAINT, "filing.stage = intake\n"
	    "filing.withdrawn = no\nact.plea-agreement = no\n"
	    "subject.retroactive-or-amnesty-also = no\n"
	    "content.addressed-elsewhere = no\n"), 0);
	assert_string_equal(next_key(&f), "(done)");
	checklist_progress(&f, &a, &t);
	assert_int_equal(a, t);
	assert_true(t > 25);
	facts_free(&f);
}

/* NR 1, CPC 486.2: a district prosecutor's protest: no right, so its
 * content is moot and not asked. */
static void
test_no_right_skips_content(void **state)
{
	struct facts f;

	(void)state;
	assert_int_equal(ct_facts(&f, BASE_PROTEST,
	    "filer.role = other-prosecutor\n"), 0);
	assert_false(relevant(&f, "content.filer-data"));
	assert_false(relevant(&f, "grounds.cpc485-1"));
	assert_true(relevant(&f, "act.excluded"));
	facts_free(&f);
	/* Unknown author: not certainly without right, content is asked. */
	assert_int_equal(ct_facts(&f, BASE_PROTEST, "filer.role = unknown\n"),
	    0);
	assert_true(relevant(&f, "content.filer-data"));
	facts_free(&f);
}

static void
test_withdrawal_makes_all_moot(void **state)
{
	struct facts f;
	struct decision d;

	(void)state;
	assert_int_equal(ct_facts(&f, "filing.kind = complaint\n"
	    "filing.received = 2025-09-10\nfiler.role = convicted\n"
	    "filer.in-custody = no\nfiling.withdrawn = yes\n"
	    "filing.stage = intake\n", NULL), 0);
	assert_string_equal(next_key(&f), "(done)");
	decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
	assert_int_equal(d.outcome, OUTCOME_RETURN_RULING);
	assert_int_equal(d.n_missing, 0);
	facts_free(&f);
}

/* Changing an earlier answer drops what it made irrelevant, and the
 * decision never reads the stale answer. */
static void
test_change_prunes(void **state)
{
	struct facts f;
	struct decision d;
	char err[128];

	(void)state;
	assert_int_equal(ct_facts(&f, BASE_COMPLAINT,
	    "content.arguments = no\n"), 0);
	decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
	assert_non_null(ct_ground(&d, "R15"));
	/* Now the act turns out to be in a minor case: R6; content moot. */
	facts_set(&f, "case.category", "minor", err, sizeof err);
	assert_false(relevant(&f, "content.arguments"));
	decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
	assert_null(ct_ground(&d, "R15"));
	assert_non_null(ct_ground(&d, "R6"));
	/* 9 elements, language, copies, abuse, CPC 485 grounds. */
	assert_int_equal(checklist_prune(&f), 13);
	assert_false(f.v[vocab_index("content.arguments")].present);
	assert_int_equal(checklist_prune(&f), 0);
	facts_free(&f);
}

static void
test_in_custody_chain(void **state)
{
	struct facts f;
	char err[128];

	(void)state;
	assert_int_equal(ct_facts(&f, BASE_COMPLAINT, NULL), 0);
	assert_true(relevant(&f, "filing.via-institution"));
	assert_true(relevant(&f, "filer.institution"));
	facts_set(&f, "filer.in-custody", "no", err, sizeof err);
	assert_false(relevant(&f, "filing.via-institution"));
	facts_set(&f, "filer.role", "victim", err, sizeof err);
	/* filer.in-custody irrelevant now: its answer counts as absent. */
	assert_false(relevant(&f, "filer.in-custody"));
	assert_false(relevant(&f, "filing.via-institution"));
	facts_free(&f);
}

static void
test_eval(void **state)
{
	struct facts f;

	(void)state;
	assert_int_equal(ct_facts(&f, BASE_PROTEST, "grounds.cpc485-2 = 1\n"),
	    0);
	assert_true(checklist_eval("grounds.cpc485-1 has 3", &f, NULL));
	assert_false(checklist_eval("grounds.cpc485-1 has 5", &f, NULL));
	assert_true(checklist_eval("filing.stage = intake", &f, NULL));
	assert_true(checklist_eval("filer.represents != victim", &f, NULL));
	assert_false(checklist_eval("filer.represents = victim", &f, NULL));
	assert_true(checklist_eval("not (filing.kind = complaint or "
	    "filing.kind = submission) and case.category in (medium, grave)",
	    &f, NULL));
	assert_false(checklist_eval("filing.kind = protest and (", &f, NULL));
	assert_true(checklist_eval(NULL, &f, NULL));
	facts_free(&f);
}

/*
 * The two evaluators of the condition language agree: the compiled
 * relevance (checklist_relevance) equals the interpreter's, key by key, on
 * every scenario and on each with one answer removed.
 */
static void
compare_one(const char *name, const struct facts *f, qdate today,
    size_t removed, void *arg)
{
	bool comp[VOCAB_MAX], interp[VOCAB_MAX];
	size_t *n = arg, i;

	(void)today;
	checklist_relevance(f, comp);
	checklist_relevance_interpreted(f, interp);
	for (i = 0; i < vocab_count(); i++)
		if (comp[i] != interp[i])
			fail_msg("%s (without %s): %s is %s compiled, %s "
			    "interpreted", name, removed < vocab_count() ?
			    vocab_at(removed)->key : "nothing",
			    vocab_at(i)->key, comp[i] ? "relevant" :
			    "irrelevant", interp[i] ? "relevant" :
			    "irrelevant");
	(*n)++;
}

static void
compare_scenario(const char *name, const struct facts *f, qdate today,
    void *arg)
{
	ct_each_removed(name, f, today, compare_one, arg);
}

static void
test_evaluators_agree(void **state)
{
	size_t n = 0;

	(void)state;
	assert_true(ct_scenarios(compare_scenario, &n) >= 100);
	print_message("%zu filings compared\n", n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_questions),
		cmocka_unit_test(test_evaluators_agree),
		cmocka_unit_test(test_complete_base_is_done),
		cmocka_unit_test(test_no_right_skips_content),
		cmocka_unit_test(test_withdrawal_makes_all_moot),
		cmocka_unit_test(test_change_prunes),
		cmocka_unit_test(test_in_custody_chain),
		cmocka_unit_test(test_eval),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
