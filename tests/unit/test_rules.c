/*
 * Every rule of law-brief.md 4.1: a case where it fires and a near miss
 * where it must not, on the complete complaint or protest of core-test.h.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "core-test.h"

#define C BASE_COMPLAINT
#define P BASE_PROTEST

static const struct rcase {
	const char	*rule;
	const char	*base;
	const char	*extra;
	int		 fires;		/* 1 fires, 0 not */
	enum outcome	 ground;	/* the ground's outcome when it fires */
	enum outcome	 outcome;	/* the decision's */
} cases[] = {
	{ "R1", C, "filing.withdrawn = yes\n", 1, OUTCOME_RETURN_RULING,
	  OUTCOME_RETURN_RULING },
	{ "R1", C, "filing.withdrawn = no\n", 0, 0, OUTCOME_ADMIT },
	{ "R1", C, "filer.role = defender\nfiler.defends = convicted\n"
	  "filer.in-custody = no\n"
	  "filing.withdrawn-by-convicted = yes\n", 1, OUTCOME_RETURN_RULING,
	  OUTCOME_RETURN_RULING },
	/* CPC 488.6 names the convicted person only. */
	{ "R1", C, "filer.role = defender\nfiler.defends = acquitted\n"
	  "filer.in-custody = no\n"
	  "filing.withdrawn-by-convicted = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R1", C, "filer.role = defender\nfiler.defends = unknown\n"
	  "filer.in-custody = no\n"
	  "filing.withdrawn-by-convicted = yes\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R1", C, "filing.withdrawn = unknown\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R2", C, "filing.stage = hearing\n"
	  "subject.retroactive-or-amnesty-only = yes\n", 1,
	  OUTCOME_LEAVE_UNCONSIDERED, OUTCOME_LEAVE_UNCONSIDERED },
	{ "R2", C, "filing.stage = hearing\n", 0, 0, OUTCOME_ADMIT },
	{ "R3", P, "filer.role = other-prosecutor\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R3", P, "filer.role = chief-transport-prosecutor\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R3", P, "filer.role = unknown\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R4", "filing.kind = submission\nfiling.received = 2025-09-10\n"
	  "filer.role = court-chair\nact.type = ruling\n"
	  "act.instance = appellate\nact.in-force = yes\n"
	  "act.excluded = none\ncase.category = grave\ncase.language = kk\n"
	  "submission.conflict-446-3 = no\n", NULL, 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R4", "filing.kind = submission\nfiling.received = 2025-09-10\n"
	  "filer.role = court-chair\nact.type = ruling\n"
	  "act.instance = appellate\nact.in-force = yes\n"
	  "act.excluded = none\ncase.category = grave\ncase.language = kk\n"
	  "submission.conflict-446-3 = yes\n", NULL, 0, 0, OUTCOME_ADMIT },
	{ "R5", C, "act.excluded = 484.2.3\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R5", P, "act.excluded = 484.2.2\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R5", C, "act.excluded = none\n", 0, 0, OUTCOME_ADMIT },
	{ "R6", C, "case.category = minor\ncase.charged-category = minor\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R6", C, "case.category = medium\n", 0, 0, OUTCOME_ADMIT },
	{ "R6", C, "case.category = misdemeanour\n"
	  "case.charged-category = misdemeanour\n"
	  "case.procedure = ordinary\n"
	  "filing.received = 2027-07-05\n", 1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R6n", C, "filing.received = 2027-07-05\nact.date = 2027-07-02\n"
	  "case.procedure = summary\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R6n", C, "filing.received = 2027-07-05\nact.date = 2027-07-02\n"
	  "case.procedure = ordinary\n", 0, 0, OUTCOME_ADMIT },
	{ "R6p", P, "case.category = minor\ngrounds.cpc485-1 = none\n"
	  "grounds.cpc485-2 = none\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R6p", P, "case.category = minor\ngrounds.cpc485-2 = none\n", 1,
	  OUTCOME_REFER, OUTCOME_REFER },
	{ "R6p", P, "case.category = minor\ngrounds.cpc485-2 = 2\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R7", C, "case.category = minor\ncase.charged-category = grave\n"
	  "grounds.requalification-heavier = no\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R7", C, "filer.role = victim\ncase.category = minor\n"
	  "case.charged-category = grave\n"
	  "grounds.requalification-heavier = yes\n"
	  "act.in-force-date = 2025-06-02\n", 0, 0, OUTCOME_ADMIT },
	{ "R8", C, "act.instance = first\nappeal.route = not-filed\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R8", C, "act.instance = first\nappeal.route = reviewed\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R8", P, "act.instance = first\nappeal.route = not-filed\n"
	  "grounds.cpc485-2 = 2\n", 0, 0, OUTCOME_ADMIT },
	{ "R9", C, "filer.role = other\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R9", C, "filer.role = defender\nfiler.defends = convicted\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R9c", C, "filer.role = civil-plaintiff\n"
	  "filer.beyond-civil-claim = yes\nfiler.civil-claim-also = no\n", 1,
	  OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R9c", C, "filer.role = civil-plaintiff\ngrounds.cpc485-1 = 6\n",
	  0, 0, OUTCOME_ADMIT },
	{ "R10", C, "filer.role = legal-representative\n"
	  "filer.represents = convicted\nfiler.principal-adult = yes\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R10", C, "filer.role = legal-representative\n"
	  "filer.represents = victim\nfiler.principal-adult = no\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R11", C, "act.type = private-ruling\nact.instance = first\n"
	  "appeal.route = reviewed\nfiler.affected = no\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R11", C, "act.type = private-ruling\nact.instance = first\n"
	  "appeal.route = reviewed\nfiler.affected = yes\n"
	  "grounds.cpc485-1 = 7-1\n", 0, 0, OUTCOME_ADMIT },
	{ "R12", C, "filer.role = interested-person\n"
	  "interested.statement-complete = no\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R12", C, "filer.role = interested-person\n"
	  "interested.statement-complete = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R13", C, "subject.retroactive-or-amnesty-only = yes\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R13", C, "subject.retroactive-or-amnesty-also = yes\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R14", C, "subject.new-circumstances-only = yes\n", 1,
	  OUTCOME_REFER, OUTCOME_REFER },
	{ "R14", C, "subject.civil-arithmetic-only = yes\n", 1,
	  OUTCOME_REFER, OUTCOME_REFER },
	{ "R14", C, "grounds.cpc485-1 = 6\n", 0, 0, OUTCOME_ADMIT },
	{ "R15", C, "content.date-signature = no\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R15", C, "content.evidence = unknown\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R15", C, NULL, 0, 0, OUTCOME_ADMIT },
	{ "R16", C, "grounds.cpc485-1 = none\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R16", C, "grounds.cpc485-1 = 7-1\n", 0, 0, OUTCOME_ADMIT },
	{ "R17", C, "content.copies-attached = no\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R17", C, "content.copies-attached = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R18", C, "content.language-ok = no\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R18", C, "content.language-ok = no\n"
	  "filer.speaks-language = no\n", 1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R18", C, "filer.speaks-language = no\n", 0, 0, OUTCOME_ADMIT },
	{ "R19", C, "filing.via-institution = no\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R19", C, "filer.in-custody = no\n", 0, 0, OUTCOME_ADMIT },
	{ "R20", P, "case.category = minor\ngrounds.cpc485-2 = 4\n"
	  "protest.justified = no\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R20", P, "case.category = minor\ngrounds.cpc485-2 = 1,4\n"
	  "protest.justified = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R21", C, "content.abusive = yes\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R21", C, "content.abusive = no\n", 0, 0, OUTCOME_ADMIT },
	{ "R21a", C, "content.addressed-elsewhere = yes\n", 1,
	  OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R21a", C, "content.addressed-elsewhere = no\n", 0, 0,
	  OUTCOME_ADMIT },
	{ "R22", P, "grounds.worsening = yes\nact.in-force-date = 2024-09-02\n",
	  1, OUTCOME_RETURN_LETTER, OUTCOME_RETURN_LETTER },
	{ "R22", P, "grounds.worsening = yes\nact.in-force-date = 2024-09-10\n",
	  0, 0, OUTCOME_ADMIT },
	{ "R22", P, "grounds.worsening = yes\nact.in-force-date = 2024-09-02\n"
	  "filing.posted = 2025-09-03\n", 1, OUTCOME_RETURN_LETTER,
	  OUTCOME_RETURN_LETTER },
	{ "R22", P, "grounds.worsening = yes\nact.in-force-date = 2024-09-05\n"
	  "filing.posted = 2025-09-05\n", 1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R23", C, "act.in-force = no\n", 1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R23", C, "act.instance = cassation\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R23", C, "act.in-force = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R24", P, "grounds.worsening = yes\nact.in-force-date = 2024-09-02\n"
	  "filing.refiled = yes\nfiling.first-received = 2025-08-20\n", 1,
	  OUTCOME_ADMIT, OUTCOME_ADMIT },
	{ "R24", P, "grounds.worsening = yes\nact.in-force-date = 2024-10-01\n"
	  "filing.refiled = no\n", 0, 0, OUTCOME_ADMIT },
	{ "R25", P, "protest.on-petition = yes\n"
	  "protest.petition-attached = no\n", 1, OUTCOME_REFER,
	  OUTCOME_REFER },
	{ "R25", P, "protest.on-petition = yes\n"
	  "protest.petition-attached = yes\n", 0, 0, OUTCOME_ADMIT },
	{ "R26", C, "grounds.worsening = yes\nact.in-force-date = 2025-06-02\n",
	  1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R26", C, "filer.role = victim\ngrounds.worsening = yes\n"
	  "act.in-force-date = 2025-06-02\n", 0, 0, OUTCOME_ADMIT },
	{ "R27", C, "filing.stage = hearing\ncontent.copies-attached = no\n",
	  1, OUTCOME_REFER, OUTCOME_REFER },
	{ "R27", C, "filing.stage = intake\ncontent.copies-attached = no\n",
	  0, 0, OUTCOME_RETURN_LETTER },
};

/* The court has confirmed the wording of CPC 484.2.1 from 1 July 2027. */
static const struct decide_options confirmed = { NULL, NULL, true };

static void
test_every_rule_fires_and_misses(void **state)
{
	const struct rcase *c;
	const struct ground *g;
	struct decision d;
	struct facts f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c = &cases[i];
		if (ct_facts(&f, c->base, c->extra) != 0)
			fail_msg("case %zu (%s): facts do not parse", i,
			    c->rule);
		decide(&f, NULL, &confirmed, ct_date("2025-10-01"), &d);
		g = ct_ground(&d, c->rule);
		if (c->fires && g == NULL)
			fail_msg("case %zu: %s does not fire", i, c->rule);
		if (!c->fires && g != NULL)
			fail_msg("case %zu: %s fires", i, c->rule);
		if (g != NULL && g->outcome != c->ground)
			fail_msg("case %zu: %s gives %s", i, c->rule,
			    outcome_name(g->outcome));
		if (d.outcome != c->outcome)
			fail_msg("case %zu (%s): outcome %s, expected %s", i,
			    c->rule, outcome_name(d.outcome),
			    outcome_name(c->outcome));
		facts_free(&f);
	}
}

/* Every rule is covered by the table above, firing and missing. */
static void
test_table_covers_rules(void **state)
{
	size_t i, j;
	int fire, miss;

	(void)state;
	for (i = 0; i < rules_count(); i++) {
		fire = miss = 0;
		for (j = 0; j < sizeof cases / sizeof cases[0]; j++)
			if (strcmp(cases[j].rule, rules_at(i)->id) == 0) {
				fire |= cases[j].fires;
				miss |= !cases[j].fires;
			}
		if (!fire || !miss)
			fail_msg("%s lacks a case", rules_at(i)->id);
	}
}

static void
test_rule_table(void **state)
{
	const struct rule *r;
	size_t i, j;

	(void)state;
	assert_int_equal(rules_count(), 31);
	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		assert_ptr_equal(rules_find(r->id), r);
		assert_non_null(r->explain);
		assert_non_null(r->ask);
		assert_non_null(r->cites[0]);
		for (j = 0; r->cites[j] != NULL; j++)
			assert_true(strncmp(r->cites[j], "NR ", 3) == 0 ||
			    strncmp(r->cites[j], "CPC ", 4) == 0 ||
			    strncmp(r->cites[j], "CC ", 3) == 0);
	}
	assert_null(rules_find("R99"));
	assert_non_null(rules_find("R6p"));
	assert_non_null(rules_find("R9c"));
	assert_non_null(rules_find("R21a"));
}

/* Names: readable, stable, unique; lower case words joined by '-'. */
static void
test_rule_names(void **state)
{
	const struct rule *r, *q;
	const char *c;
	size_t i, j;

	(void)state;
	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		assert_non_null(r->name);
		assert_non_null(r->test);
		assert_true(r->name[0] >= 'a' && r->name[0] <= 'z');
		for (c = r->name; *c != '\0'; c++)
			assert_true((*c >= 'a' && *c <= 'z') ||
			    (*c >= '0' && *c <= '9') || *c == '-');
		for (j = 0; j < i; j++) {
			q = rules_at(j);
			assert_string_not_equal(q->name, r->name);
		}
	}
}

/* R15 reads exactly the keys flagged FACT_CPC488: each one answered "no"
 * alone returns the filing, no other content key does. */
static void
test_content_elements(void **state)
{
	const struct fact_def *def;
	struct decision d;
	struct facts f;
	char extra[128];
	size_t i, n = 0;

	(void)state;
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if (strncmp(def->key, "content.", 8) != 0 ||
		    def->type != FACT_BOOL)
			continue;
		snprintf(extra, sizeof extra, "%s = no\n", def->key);
		assert_int_equal(ct_facts(&f, C, extra), 0);
		decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
		if (def->flags & FACT_CPC488) {
			assert_non_null(ct_ground(&d, "R15"));
			n++;
		} else
			assert_null(ct_ground(&d, "R15"));
		facts_free(&f);
	}
	assert_int_equal(n, 9);
}

/*
 * The checklist's named conditions that restate rules (vocab.c), against
 * the rules' flags.  Two directions:
 * - sound: when a rule flagged RULE_BARS (RULE_NO_RIGHT) fires, @barred
 *   (@no-right) holds, so the content questions a bar makes moot are never
 *   asked beside it.  Checked on every scenario, and on each with one
 *   answer removed (a rule fires only on answers it has).
 * - not too wide: on every complete scenario of a live filing, @barred
 *   (@no-right) holds only where such a rule has a ground (it fires or
 *   refers) or a final rule decided alone; otherwise the checklist would
 *   hide questions that some rule needs.  A submission is outside it: its
 *   content is never asked (@content), and CPC 489 says nothing of it.
 */

static bool
fired(const struct decision *d, unsigned flag)
{
	const struct ground *g;
	size_t i;

	for (i = 0; i < d->n_grounds; i++) {
		g = &d->grounds[i];
		if ((g->rule->flags & flag) && g->outcome == g->rule->outcome &&
		    g->fact == NULL)
			return true;
	}
	return false;
}

static bool
grounded(const struct decision *d, unsigned flag)
{
	size_t i;

	for (i = 0; i < d->n_grounds; i++)
		if (d->grounds[i].rule->flags & flag)
			return true;
	return false;
}

static void
macro_one(const char *name, const struct facts *f, qdate today,
    size_t removed, void *arg)
{
	static const struct {
		const char	*macro;
		unsigned	 flag;
	} pairs[] = {
		{ "@barred", RULE_BARS }, { "@no-right", RULE_NO_RIGHT },
	};
	bool rel[VOCAB_MAX], holds, live, submission;
	struct decision d;
	size_t *n = arg, i;

	checklist_relevance(f, rel);
	decide(f, NULL, NULL, today, &d);
	live = checklist_eval("@live", f, rel);
	submission = checklist_eval("filing.kind = submission", f, rel);
	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		holds = checklist_eval(pairs[i].macro, f, rel);
		if (fired(&d, pairs[i].flag) && !holds)
			fail_msg("%s: a rule of %s fires, the macro does not "
			    "hold", name, pairs[i].macro);
		if (removed == VOCAB_MAX && live && !submission && holds &&
		    !grounded(&d, pairs[i].flag) && !fired(&d, RULE_FINAL))
			fail_msg("%s: %s holds, no rule of it has a ground",
			    name, pairs[i].macro);
	}
	(*n)++;
}

static void
macro_scenario(const char *name, const struct facts *f, qdate today,
    void *arg)
{
	ct_each_removed(name, f, today, macro_one, arg);
}

static void
test_macros_match_flags(void **state)
{
	size_t n = 0;

	(void)state;
	assert_true(ct_scenarios(macro_scenario, &n) >= 100);
	print_message("%zu filings checked\n", n);
}

/* The routes that @barred counts as "not observed" (vocab.c) are the
 * ones R8 returns for (rules-read.c). */
static void
test_route_not_observed(void **state)
{
	const struct fact_def *def;
	bool rel[VOCAB_MAX];
	struct decision d;
	struct facts f;
	char extra[128];
	size_t i;

	(void)state;
	def = vocab_at((size_t)vocab_index("appeal.route"));
	for (i = 0; def->values[i] != NULL; i++) {
		snprintf(extra, sizeof extra, "act.instance = first\n"
		    "appeal.route = %s\n", def->values[i]);
		assert_int_equal(ct_facts(&f, C, extra), 0);
		decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
		checklist_relevance(&f, rel);
		assert_int_equal(ct_ground(&d, "R8") != NULL,
		    checklist_eval("@barred", &f, rel));
		facts_free(&f);
	}
}

/* Q2 and Q4: the cited item of CPC 489 comes from the options. */
static void
test_configurable_items(void **state)
{
	struct decide_options o = { "CPC 489.1.5", "CPC 489.1.5", false };
	const struct ground *g;
	struct decision d;
	struct facts f;
	size_t j;
	int seen;

	(void)state;
	assert_int_equal(ct_facts(&f, C, "act.instance = first\n"
	    "appeal.route = withdrawn\n"), 0);
	decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
	g = ct_ground(&d, "R8");
	assert_non_null(g);
	for (seen = 0, j = 0; g->cites[j] != NULL; j++)
		seen |= strcmp(g->cites[j], "CPC 489.1.2") == 0;
	assert_true(seen);
	decide(&f, NULL, &o, ct_date("2025-10-01"), &d);
	g = ct_ground(&d, "R8");
	for (seen = 0, j = 0; g->cites[j] != NULL; j++)
		seen |= strcmp(g->cites[j], "CPC 489.1.5") == 0;
	assert_true(seen);
	facts_free(&f);

	assert_int_equal(ct_facts(&f, P, "act.excluded = 484.2.3\n"), 0);
	decide(&f, NULL, NULL, ct_date("2025-10-01"), &d);
	g = ct_ground(&d, "R5");
	assert_string_equal(g->cites[1], "CPC 484.2.3");
	assert_string_equal(g->cites[2], "CPC 489.1.2");
	decide(&f, NULL, &o, ct_date("2025-10-01"), &d);
	g = ct_ground(&d, "R5");
	assert_string_equal(g->cites[2], "CPC 489.1.5");
	facts_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule_table),
		cmocka_unit_test(test_every_rule_fires_and_misses),
		cmocka_unit_test(test_table_covers_rules),
		cmocka_unit_test(test_configurable_items),
		cmocka_unit_test(test_rule_names),
		cmocka_unit_test(test_content_elements),
		cmocka_unit_test(test_macros_match_flags),
		cmocka_unit_test(test_route_not_observed),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
