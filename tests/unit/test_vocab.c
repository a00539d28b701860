/* The vocabulary table: keys, values, conditions, fallbacks. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/checklist.h"
#include "core/core.h"
#include "core/facts.h"
#include "core/vocab.h"

static void
test_keys_unique(void **state)
{
	size_t i, j;

	(void)state;
	assert_true(vocab_count() > 50);
	assert_true(vocab_count() <= VOCAB_MAX);
	for (i = 0; i < vocab_count(); i++) {
		assert_non_null(vocab_at(i)->key);
		assert_int_equal(vocab_index(vocab_at(i)->key), (int)i);
		for (j = i + 1; j < vocab_count(); j++)
			assert_string_not_equal(vocab_at(i)->key,
			    vocab_at(j)->key);
	}
	assert_int_equal(vocab_index("no.such.key"), -1);
	assert_int_equal(vocab_index(NULL), -1);
	assert_null(vocab_at(vocab_count()));
}

static void
test_values_valid(void **state)
{
	const struct fact_def *def;
	size_t i, j, k;

	(void)state;
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		assert_non_null(def->question);
		assert_non_null(def->cite);
		if (strncmp(def->cite, "NR ", 3) != 0 &&
		    strncmp(def->cite, "CPC ", 4) != 0)
			fail_msg("%s: cite '%s'", def->key, def->cite);
		if (def->type != FACT_ENUM && def->type != FACT_SET) {
			assert_null(def->values);
			continue;
		}
		assert_non_null(def->values);
		assert_non_null(def->values[0]);
		for (j = 0; def->values[j] != NULL; j++) {
			assert_string_not_equal(def->values[j], "unknown");
			/* "none" is the empty set's name. */
			if (def->type == FACT_SET)
				assert_string_not_equal(def->values[j],
				    "none");
			assert_int_equal(vocab_value_index(def,
			    def->values[j]), (int)j);
			assert_non_null(vocab_value_label(def, (int)j));
			for (k = j + 1; def->values[k] != NULL; k++)
				assert_string_not_equal(def->values[j],
				    def->values[k]);
		}
		assert_true(j <= SET_MAX);
		assert_int_equal(vocab_value_index(def, "unknown"), -1);
	}
}

static void
test_conditions_parse(void **state)
{
	const struct fact_def *def;
	char err[256];
	size_t i;

	(void)state;
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		err[0] = '\0';
		if (checklist_condition_check(def->when, err, sizeof err) != 0)
			fail_msg("%s: %s", def->key, err);
		/* Only keys above it: relevance in one pass. */
		if (checklist_condition_check_order(def->when, i, err,
		    sizeof err) != 0)
			fail_msg("%s: %s", def->key, err);
	}
	for (i = 0; i < vocab_macro_count(); i++)
		if (checklist_condition_check(vocab_macro_at(i)->cond, err,
		    sizeof err) != 0)
			fail_msg("@%s: %s", vocab_macro_at(i)->name, err);
}

static void
test_fallbacks_valid(void **state)
{
	const struct fact_def *def;
	struct facts f;
	char err[256];
	size_t i;

	(void)state;
	facts_init(&f);
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if (def->fallback == NULL)
			continue;
		assert_false(def->flags & FACT_OPTIONAL);
		if (facts_set_index(&f, i, def->fallback, err, sizeof err))
			fail_msg("%s: %s", def->key, err);
	}
	facts_free(&f);
}

/* design.md section 3: these keys and values are fixed. */
static void
test_minimum_vocabulary(void **state)
{
	static const char *const keys[] = {
		"filing.kind", "filing.received", "filing.posted",
		"filing.handed", "filing.stage", "filing.withdrawn",
		"filing.refiled", "filing.first-received", "filer.role",
		"filer.represents", "filer.principal-adult",
		"filer.speaks-language", "filer.in-custody",
		"filing.via-institution", "act.type", "act.instance",
		"act.in-force", "act.in-force-date", "act.excluded",
		"act.plea-agreement", "case.category",
		"case.charged-category", "case.language", "appeal.route",
		"grounds.cpc485-1", "grounds.cpc485-2", "grounds.worsening",
		"grounds.requalification-heavier", "protest.justified",
		"protest.on-petition", "protest.petition-attached",
		"submission.conflict-446-3", "filer.beyond-civil-claim",
		"subject.retroactive-or-amnesty-only",
		"subject.civil-arithmetic-only",
		"subject.new-circumstances-only", "content.filer-data",
		"content.acts-and-courts", "content.scope",
		"content.ground-reference", "content.arguments",
		"content.evidence", "content.participation",
		"content.attachments", "content.date-signature",
		"content.language-ok", "content.copies-attached",
		"content.abusive", "interested.statement-complete",
		"case.requested", "case.received", "parties.notified",
		"hearing.date", "filing.returned", "filing.decided",
		"filer.name", "filer.address", "filer.institution",
		"act.court", "act.number", "act.date", NULL
	};
	static const struct { const char *key, *values; } doms[] = {
		{ "filing.kind", "complaint protest submission" },
		{ "filing.stage", "intake hearing" },
		{ "filer.role", "prosecutor-general deputy-prosecutor-general "
		  "chief-military-prosecutor chief-transport-prosecutor "
		  "other-prosecutor court-chair convicted acquitted defender "
		  "victim victim-representative legal-representative "
		  "civil-plaintiff civil-defendant interested-person other" },
		{ "filer.represents", "convicted acquitted victim" },
		{ "act.type", "verdict ruling private-ruling" },
		{ "act.instance", "first appellate" },
		{ "act.excluded", "none 484.2.2 484.2.3" },
		{ "case.category", "misdemeanour minor medium grave "
		  "especially-grave" },
		{ "case.language", "kk ru" },
		{ "appeal.route", "reviewed not-filed withdrawn returned-late "
		  "reviewed-for-others" },
		{ "grounds.cpc485-1", "1 2 3 4 5 6 7 7-1 8" },
		{ "grounds.cpc485-2", "1 2 4" },
	};
	const struct fact_def *def;
	char buf[512], *w, *save;
	size_t i;

	(void)state;
	for (i = 0; keys[i] != NULL; i++)
		if (vocab_index(keys[i]) < 0)
			fail_msg("missing key %s", keys[i]);
	for (i = 0; i < sizeof doms / sizeof doms[0]; i++) {
		def = vocab_at((size_t)vocab_index(doms[i].key));
		snprintf(buf, sizeof buf, "%s", doms[i].values);
		for (w = strtok_r(buf, " ", &save); w != NULL;
		    w = strtok_r(NULL, " ", &save))
			if (vocab_value_index(def, w) < 0)
				fail_msg("%s lacks %s", doms[i].key, w);
	}
	assert_true(vocab_at((size_t)vocab_index("filing.handed"))->flags &
	    FACT_WORKFLOW);
	assert_true(vocab_at((size_t)vocab_index("filer.name"))->flags &
	    FACT_OPTIONAL);
	assert_string_equal(vocab_at((size_t)vocab_index(
	    "filer.speaks-language"))->fallback, "yes");
	assert_string_equal(vocab_at((size_t)vocab_index(
	    "protest.on-petition"))->fallback, "no");
}

static void
test_bad_conditions(void **state)
{
	static const char *const bad[] = {
		"", "filing.kind", "filing.kind =", "filing.kind = parcel",
		"no.key = yes", "filing.kind = complaint and",
		"(filing.kind = complaint", "filing.kind = complaint)",
		"@nosuch", "filing.kind in complaint",
		"filing.kind in (complaint", "filing.kind has complaint",
		"grounds.cpc485-1 has 3-1", "filing.received = yes",
		"filing.kind ! complaint", "act.type = verdict or or",
		"filing.kind = complaint extra",
	};
	char err[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		if (checklist_condition_check(bad[i], err, sizeof err) == 0)
			fail_msg("accepted: '%s'", bad[i]);
		assert_true(err[0] != '\0');
	}
	assert_int_equal(checklist_condition_check("not (filing.kind = "
	    "protest or filing.kind in (submission, unknown)) and "
	    "grounds.cpc485-1 has 7-1 and grounds.cpc485-2 != none", err,
	    sizeof err), 0);
	/* A key may not decide a key above it. */
	assert_int_equal(checklist_condition_check_order("filing.kind = "
	    "complaint", 0, err, sizeof err), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_unique),
		cmocka_unit_test(test_values_valid),
		cmocka_unit_test(test_conditions_parse),
		cmocka_unit_test(test_fallbacks_valid),
		cmocka_unit_test(test_minimum_vocabulary),
		cmocka_unit_test(test_bad_conditions),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
