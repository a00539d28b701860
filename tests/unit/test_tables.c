/*
 * The tables that own their words agree with each other and with the
 * translations: every workflow fact can be recorded (by an event, or by
 * 'qarau set'), every deadline runs from a fact that can, every event
 * sets a fact of the vocabulary and follows an event that exists, and
 * every label of a deadline, a deadline state, an event and a status is
 * translated in kk and ru.  A workflow fact that nothing sets starts its
 * deadline never; an untranslated label shows English in the register.
 */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "core/deadline.h"
#include "core/decision.h"
#include "core/vocab.h"
#include "data/register.h"

#define TODAY	qdate_from_ymd(2025, 7, 10)

static char dir[256];

#include "tests/unit/tmpdir-test.h"

/* ---- the po catalogues ---- */

struct entry {
	char	*id;
	char	*str;
	bool	 fuzzy;
};

struct catalogue {
	const char	*lang;
	struct entry	*e;
	size_t		 n;
};

static struct catalogue cats[] = { { "kk", NULL, 0 }, { "ru", NULL, 0 } };
#define NCATS	(sizeof cats / sizeof cats[0])

/* Appends the C string literal at p ("...", escapes undone) to sb. */
static void
po_literal(const char *p, struct strbuf *sb)
{
	if ((p = strchr(p, '"')) == NULL)
		return;
	for (p++; *p != '\0' && *p != '"'; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			strbuf_putc(sb, *p == 'n' ? '\n' : *p == 't' ? '\t' :
			    *p);
		} else
			strbuf_putc(sb, *p);
	}
}

static void
po_add(struct catalogue *c, struct strbuf *id, struct strbuf *str,
    bool fuzzy, bool ctxt)
{
	if (!ctxt && id->len > 0) {
		c->e = realloc(c->e, (c->n + 1) * sizeof c->e[0]);
		assert_non_null(c->e);
		c->e[c->n].id = xstrdup(id->buf);
		c->e[c->n].str = xstrdup(str->buf);
		c->e[c->n].fuzzy = fuzzy;
		c->n++;
	}
	strbuf_reset(id);
	strbuf_reset(str);
}

static void
po_load(struct catalogue *c)
{
	struct strbuf id, str, *cur = NULL;
	const char *top = getenv("top_srcdir");
	char path[512], line[4096];
	bool fuzzy = false, ctxt = false;
	FILE *fp;

	snprintf(path, sizeof path, "%s/po/%s.po", top != NULL ? top : ".",
	    c->lang);
	if ((fp = fopen(path, "r")) == NULL)
		fail_msg("cannot read %s", path);
	strbuf_init(&id);
	strbuf_init(&str);
	while (fgets(line, sizeof line, fp) != NULL) {
		if (strncmp(line, "#,", 2) == 0 && strstr(line, "fuzzy"))
			fuzzy = true;
		else if (strncmp(line, "msgctxt", 7) == 0)
			ctxt = true;
		else if (strncmp(line, "msgid ", 6) == 0) {
			cur = &id;
			po_literal(line + 5, cur);
		} else if (strncmp(line, "msgstr", 6) == 0) {
			cur = &str;
			po_literal(line + 6, cur);
		} else if (line[0] == '"' && cur != NULL)
			po_literal(line, cur);
		else if (line[0] == '\n' || line[0] == '#') {
			if (cur == &str)
				po_add(c, &id, &str, fuzzy, ctxt);
			if (line[0] == '\n')
				fuzzy = ctxt = false;
			cur = NULL;
		}
	}
	if (cur == &str)
		po_add(c, &id, &str, fuzzy, ctxt);
	fclose(fp);
	strbuf_free(&id);
	strbuf_free(&str);
}

/* The word is English (non-empty) and each catalogue translates it. */
static void
check_translated(const char *what, const char *msgid)
{
	size_t i, j;

	if (msgid == NULL || *msgid == '\0')
		fail_msg("%s: no label", what);
	for (i = 0; i < NCATS; i++) {
		for (j = 0; j < cats[i].n; j++)
			if (strcmp(cats[i].e[j].id, msgid) == 0)
				break;
		if (j == cats[i].n || cats[i].e[j].fuzzy ||
		    *cats[i].e[j].str == '\0')
			fail_msg("%s: \"%s\" is not translated in %s.po", what,
			    msgid, cats[i].lang);
	}
}

/* ---- a register to try 'set' on ---- */

static int
setup(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NCATS; i++)
		po_load(&cats[i]);
	return tmpdir_make("tables");
}

static int
teardown(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < NCATS; i++) {
		for (j = 0; j < cats[i].n; j++) {
			free(cats[i].e[j].id);
			free(cats[i].e[j].str);
		}
		free(cats[i].e);
	}
	return tmpdir_remove();
}

/* 'qarau set ID key=DATE' on a fresh filing: whether it is accepted. */
static bool
set_accepts(struct reg *r, const char *key)
{
	static const char text[] = "filing.kind = complaint\n"
	    "filing.received = 2025-07-01\nfiler.role = victim\n";
	char assign[160], err[REG_ERRSZ], number[40];
	const char *a[1] = { assign };
	struct facts f;
	int64_t id;

	facts_init(&f);
	assert_int_equal(facts_parse(&f, "t", text, strlen(text), NULL,
	    NULL), 0);
	if (reg_add(r, &f, &id, number, err, sizeof err) != 0)
		fail_msg("reg_add: %s", err);
	facts_free(&f);
	snprintf(assign, sizeof assign, "%s=2025-07-02", key);
	return reg_set(r, id, a, 1, err, sizeof err) == 0;
}

/* Every workflow fact is set by an event or accepted by 'set'. */
static void
test_workflow_facts_recordable(void **state)
{
	const struct fact_def *def;
	char path[300], err[REG_ERRSZ];
	struct reg *r;
	size_t i;

	(void)state;
	snprintf(path, sizeof path, "%s/set.db", dir);
	if (reg_open(path, TODAY, NULL, &r, err, sizeof err) != 0)
		fail_msg("reg_open: %s", err);
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if ((def->flags & FACT_WORKFLOW) == 0 ||
		    reg_event_for_fact(def->key) != NULL)
			continue;
		if (!set_accepts(r, def->key))
			fail_msg("workflow fact %s: no event sets it and "
			    "'qarau set' refuses it", def->key);
	}
	reg_close(r);
}

/* A deadline runs from a workflow date that an event records and is met
 * by one; it has its words; no more kinds than a decision holds. */
static void
test_deadlines(void **state)
{
	const struct deadline_kind *k;
	char what[96];
	size_t i;

	(void)state;
	assert_true(deadline_kind_count() <= DECISION_MAX_DEADLINES);
	for (i = 0; i < deadline_kind_count(); i++) {
		k = deadline_kind_at(i);
		snprintf(what, sizeof what, "deadline %s", k->name);
		if (k->from != NULL && reg_event_for_fact(k->from) == NULL)
			fail_msg("%s runs from %s, which no event sets",
			    what, k->from);
		if (k->closed_by != NULL &&
		    reg_event_for_fact(k->closed_by) == NULL)
			fail_msg("%s is met by %s, which no event sets",
			    what, k->closed_by);
		assert_non_null(k->cite);
		assert_true(k->action || k->days > 0 || k->months > 0);
		check_translated(what, k->label);
		check_translated(what, k->shortl);
		assert_ptr_equal(deadline_kind_find(k->name), k);
	}
	for (i = 0; i < DEADLINE_NSTATES; i++) {
		snprintf(what, sizeof what, "deadline state %s",
		    deadline_state_name((enum deadline_state)i));
		check_translated(what,
		    deadline_state_def((enum deadline_state)i)->word);
		if (deadline_state_def((enum deadline_state)i)->cell != NULL)
			check_translated(what, deadline_state_def(
			    (enum deadline_state)i)->cell);
	}
}

/* The next step without a date: the hand-over of a return, the request
 * of an admitted filing's case; none once the step is recorded, and none
 * for a withdrawn filing or an outcome that needs neither. */
static void
test_actions(void **state)
{
	const struct deadline_kind *k;
	struct facts f;
	char err[256];

	(void)state;
	facts_init(&f);
	k = deadline_next_action(&f, OUTCOME_RETURN_LETTER);
	assert_non_null(k);
	assert_string_equal(k->name, "hand-over");
	assert_true(k->action);
	assert_int_equal(deadline_state(NULL, DEADLINE_ACTION_DATE, 20000),
	    DEADLINE_ACTION);
	assert_null(deadline_next_action(&f, OUTCOME_REFER));
	assert_null(deadline_next_action(&f, OUTCOME_RETURN_RULING));
	k = deadline_next_action(&f, OUTCOME_ADMIT);
	assert_non_null(k);
	assert_string_equal(k->name, "request-case");
	assert_int_equal(facts_set(&f, "case.at-prosecutor", "2025-07-01",
	    err, sizeof err), 0);
	assert_null(deadline_next_action(&f, OUTCOME_ADMIT));
	assert_int_equal(facts_set(&f, "filing.handed", "2025-07-01", err,
	    sizeof err), 0);
	assert_null(deadline_next_action(&f, OUTCOME_RETURN_LETTER));
	facts_free(&f);
	facts_init(&f);
	assert_int_equal(facts_set(&f, "filing.withdrawn", "yes", err,
	    sizeof err), 0);
	assert_null(deadline_next_action(&f, OUTCOME_RETURN_LETTER));
	facts_free(&f);
	/* 1900-01-01: the earliest date the register stores. */
	assert_int_equal(qdate_from_ymd(1900, 1, 1), DEADLINE_ACTION_DATE);
}

/* An event sets a date or yes/no fact of the vocabulary, follows an event
 * that exists, and has a label; statuses have theirs. */
static void
test_events_and_statuses(void **state)
{
	const struct reg_event_def *e;
	const struct fact_def *def;
	char what[96];
	size_t i;
	int k;

	(void)state;
	assert_true(reg_event_count() <= REG_EVENTS_MAX);
	for (i = 0; i < reg_event_count(); i++) {
		e = reg_event_at(i);
		snprintf(what, sizeof what, "event %s", e->name);
		if ((k = vocab_index(e->fact)) < 0)
			fail_msg("%s sets %s, not in the vocabulary", what,
			    e->fact);
		def = vocab_at((size_t)k);
		assert_true(def->type == FACT_DATE || def->type == FACT_BOOL);
		if (e->needs != NULL && reg_event_find(e->needs) == NULL)
			fail_msg("%s needs %s, which is no event", what,
			    e->needs);
		assert_ptr_equal(reg_event_find(e->name), e);
		check_translated(what, e->label);
	}
	for (k = 0; k < REG_NSTATUS; k++) {
		snprintf(what, sizeof what, "status %s",
		    reg_status_at((enum reg_status)k)->name);
		assert_int_equal(reg_status_find(
		    reg_status_at((enum reg_status)k)->name), k);
		check_translated(what, reg_status_at((enum reg_status)k)->label);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_workflow_facts_recordable),
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_actions),
		cmocka_unit_test(test_events_and_statuses),
	};

	core_init();
	return cmocka_run_group_tests(tests, setup, teardown);
}
