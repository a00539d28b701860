/*
 * Running the rule table (rules.c): the rules that decide alone first,
 * then the year of CPC 487.2, then every other rule, each recorded as a
 * ground when it fires or cannot tell.
 */
#include "config.h"

#include <string.h>

#include "core/rules-read.h"

/*
 * Runs rule r; records it as a ground when it fires (its outcome) or
 * cannot tell (a refer, naming the "unknown" answer unless the law is what
 * is open).  True when it decides alone (RULE_FINAL).
 */
static bool
rule_run(struct rules_ctx *x, const struct rule *r)
{
	struct ground *g;
	const char *c;
	size_t i, n;
	int t;

	x->unknown = NULL;
	if ((t = r->test(x)) == 0 || x->d->n_grounds >= DECISION_MAX_GROUNDS)
		return false;
	g = &x->d->grounds[x->d->n_grounds++];
	memset(g, 0, sizeof *g);
	g->rule = r;
	g->outcome = t > 0 ? r->outcome : OUTCOME_REFER;
	if (t == -1) {
		g->fact = x->unknown;
		if (r->outcome > x->potential)
			x->potential = r->outcome;
	}
	for (i = n = 0; i < DECISION_MAX_CITES && r->cites[i] != NULL; i++) {
		c = r->cite_if[i] != NULL ? r->cite_if[i](x, r->cites[i]) :
		    r->cites[i];
		if (c != NULL)
			g->cites[n++] = c;
	}
	g->cites[n] = NULL;
	if (t > 0 && r->note != NULL)
		rules_note(x->d, r->note);
	return t > 0 && (r->flags & RULE_FINAL);
}

/*
 * The year of CPC 487.2 (R22, R24, D6), read once for both rules.  The
 * filing counts as made when posted or handed to the institution
 * (CPC 49.1), a refiled one when first received (NR 8.4).
 */
static void
rules_worsening(struct rules_ctx *x)
{
	qdate force, first;

	x->worse = t_or(is(x, WORSENING_YES), t_and(is(x, KIND_COMPLAINT),
	    is(x, REQUALIFICATION_YES)));
	x->filed = x->received = QDATE_NONE;
	x->refiled = false;
	if (x->worse == 1) {
		rules_note(x->d, "N1");
		if (is(x, PLEA_YES) == 1)
			rules_note(x->d, "N2");
	}
	force = date_of(x, IN_FORCE_DATE);
	if (x->worse != 1 || force == QDATE_NONE) {
		x->worse = 0;
		return;
	}
	x->received = date_of(x, RECEIVED);
	x->filed = date_of(x, POSTED);
	if (x->filed == QDATE_NONE)
		x->filed = x->received;
	first = date_of(x, FIRST_RECEIVED);
	if (holds(x, REFILED_YES) && first != QDATE_NONE)
		x->filed = x->received = first;
	x->refiled = holds(x, REFILED_YES) && first != QDATE_NONE;
	x->d->worsening_limit = cpc48_add_months(x->cal, force, 12);
	x->d->worsening_filed = x->filed;
	x->d->worsening_refiled = x->refiled;
}

void
rules_init(void)
{
	rules_read_init();
}

void
rules_apply(struct rules_ctx *x)
{
	size_t i, n = rules_count();

	x->potential = OUTCOME_ADMIT;
	x->d->worsening_limit = x->d->worsening_filed = QDATE_NONE;
	for (i = 0; i < n; i++)
		if ((rules_at(i)->flags & RULE_FINAL) &&
		    rule_run(x, rules_at(i)))
			return;
	rules_worsening(x);
	for (i = 0; i < n; i++)
		if (!(rules_at(i)->flags & RULE_FINAL))
			rule_run(x, rules_at(i));
}
