/*
 * decide(): relevant answers, missing facts, the rules, precedence,
 * deadlines and notes (design.md section 4), and the porcelain and JSON
 * forms of a decision.
 *
 * Precedence: leave-unconsidered > return-ruling > return-letter > refer >
 * admit, the order of enum outcome.  A missing fact makes the decision
 * incomplete unless a withdrawal or a hearing-stage finding already decides
 * it (nothing later can change those).  An "unknown" answer refers the
 * filing when the rule it blocks could have given more than the rest.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/checklist.h"
#include "core/i18n.h"
#include "core/rules-eval.h"

static const struct {
	const char	*name;
	const char	*label;
} outcomes[] = {
	[OUTCOME_ADMIT] = { "admit", N_("admit for consideration") },
	[OUTCOME_REFER] = { "refer", N_("refer to the judge") },
	[OUTCOME_RETURN_LETTER] = { "return-letter",
	    N_("return by the judge's letter") },
	[OUTCOME_RETURN_RULING] = { "return-ruling",
	    N_("return by the court's ruling") },
	[OUTCOME_LEAVE_UNCONSIDERED] = { "leave-unconsidered",
	    N_("leave without consideration") },
	[OUTCOME_INCOMPLETE] = { "incomplete", N_("facts are missing") },
};

const char *
outcome_name(enum outcome o)
{
	if ((size_t)o < sizeof outcomes / sizeof outcomes[0])
		return outcomes[o].name;
	return "?";
}

const char *
outcome_label(enum outcome o)
{
	if ((size_t)o < sizeof outcomes / sizeof outcomes[0])
		return outcomes[o].label;
	return "?";
}

int
outcome_from_name(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < sizeof outcomes / sizeof outcomes[0];
	    i++)
		if (strcmp(outcomes[i].name, name) == 0)
			return (int)i;
	return -1;
}

/*
 * The deadlines of law-brief.md 4.3: name, the workflow date it runs from,
 * its length, and the workflow date that closes it.  return-by and
 * worsening-limit depend on the decision and are added in code.
 */
static const struct {
	const char	*name;
	const char	*from;
	int		 days;
	int		 months;
	const char	*closed_by;
	const char	*cite;
	const char	*label;
} periods[] = {
	{ "case-due", "case.requested", 7, 0, "case.received",
	  "CPC 486.4", N_("the court below sends the case") },
	{ "prosecutor-due", "case.at-prosecutor", 30, 0, "case.received",
	  "CPC 486.3", N_("the prosecutor sends the case") },
	{ "notify-by", "case.received", 10, 0, "parties.notified",
	  "CPC 492.1; NR 11", N_("send copies and the notice to the parties") },
	{ "decide-by", "case.received", 0, 6, "filing.decided",
	  "CPC 492.3; NR 11", N_("decide the case") },
	{ "suspension-ends", "execution.suspended", 0, 6, "filing.decided",
	  "CPC 493", N_("the suspension of execution ends") },
};

static qdate
wf_date(const struct facts *f, const char *key)
{
	return facts_date(f, key);
}

static void
add_missing_years(struct decision *d, const struct calendar *cal,
    qdate from, qdate to)
{
	int years[8], y0, y1, m, dd;
	size_t n, i, j;

	qdate_to_ymd(from, &y0, &m, &dd);
	qdate_to_ymd(to, &y1, &m, &dd);
	n = calendar_missing_years(cal, y0, y1, years, 8);
	for (i = 0; i < n; i++) {
		for (j = 0; j < d->n_missing_years; j++)
			if (d->missing_years[j] == years[i])
				break;
		if (j == d->n_missing_years && j < 8)
			d->missing_years[d->n_missing_years++] = years[i];
	}
}

static void
add_deadline(struct decision *d, const struct calendar *cal,
    const char *name, qdate from, qdate date, const char *cite,
    const char *label, bool met)
{
	struct deadline *dl;

	if (date == QDATE_NONE || d->n_deadlines >= DECISION_MAX_DEADLINES)
		return;
	dl = &d->deadlines[d->n_deadlines++];
	dl->name = name;
	dl->date = date;
	dl->cite = cite;
	dl->label = label;
	dl->met = met;
	add_missing_years(d, cal, from, date);
}

static void
decide_deadlines(struct decision *d, const struct facts *f,
    const struct calendar *cal)
{
	qdate start, due;
	bool closed;
	size_t i;

	/* A returned or decided filing has nothing left to do. */
	closed = wf_date(f, "filing.returned") != QDATE_NONE ||
	    wf_date(f, "filing.decided") != QDATE_NONE;
	start = wf_date(f, "filing.handed");
	if (d->outcome == OUTCOME_RETURN_LETTER && start != QDATE_NONE)
		add_deadline(d, cal, "return-by", start,
		    cpc48_add_days(cal, start, 3), "CPC 489.3; NR 9",
		    N_("return the filing by letter"), closed);
	for (i = 0; i < sizeof periods / sizeof periods[0]; i++) {
		if ((start = wf_date(f, periods[i].from)) == QDATE_NONE)
			continue;
		due = periods[i].months ?
		    cpc48_add_months(cal, start, periods[i].months) :
		    cpc48_add_days(cal, start, periods[i].days);
		add_deadline(d, cal, periods[i].name, start, due,
		    periods[i].cite, periods[i].label, closed ||
		    wf_date(f, periods[i].closed_by) != QDATE_NONE);
		if (strcmp(periods[i].name, "decide-by") == 0)
			rules_note(d, "N9");
	}
	/* The filing is here: the limit only binds supplements (N3). */
	if (d->worsening_limit != QDATE_NONE)
		add_deadline(d, cal, "worsening-limit",
		    d->worsening_limit - 366, d->worsening_limit,
		    "CPC 487.2; NR 8.4",
		    N_("last day to file for a worse result"), true);
}

static int
ground_cmp(const void *a, const void *b)
{
	const struct ground *x = a, *y = b;

	return (x->rule > y->rule) - (x->rule < y->rule);
}

static void
decide_notes(struct decision *d, const struct facts *f)
{
	static const char *const victim_side[] = { "victim",
	    "victim-representative", NULL };
	bool pending = d->outcome == OUTCOME_ADMIT ||
	    d->outcome == OUTCOME_REFER;
	size_t i;
	bool victim = false;

	if (!pending)
		return;
	if (d->outcome == OUTCOME_ADMIT)
		rules_note(d, "N4");
	/* f holds relevant answers only. */
	if (facts_is(f, "subject.retroactive-or-amnesty-also", "yes"))
		rules_note(d, "N5");
	for (i = 0; victim_side[i] != NULL; i++)
		victim |= facts_is(f, "filer.role", victim_side[i]);
	victim |= facts_is(f, "filer.role", "legal-representative") &&
	    facts_is(f, "filer.represents", "victim");
	if ((victim || facts_is(f, "filing.kind", "protest")) &&
	    facts_is(f, "grounds.worsening", "no"))
		rules_note(d, "N3");
}

void
decide(const struct facts *facts, const struct calendar *cal,
    const struct decide_options *opt, qdate today, struct decision *d)
{
	bool rel[VOCAB_MAX];
	struct facts eff;
	struct rules_ctx x;
	const struct fact_def *def;
	enum outcome certain = OUTCOME_ADMIT;
	size_t i;

	memset(d, 0, sizeof *d);
	/* Irrelevant answers are ignored: a shallow copy without them (the
	 * copy owns nothing and is never freed). */
	checklist_relevance(facts, rel);
	eff = *facts;
	for (i = 0; i < VOCAB_MAX; i++)
		if (i >= vocab_count() || !rel[i])
			memset(&eff.v[i], 0, sizeof eff.v[i]);
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if (rel[i] && !eff.v[i].present && def->fallback == NULL &&
		    (def->flags & (FACT_WORKFLOW | FACT_OPTIONAL)) == 0)
			d->missing[d->n_missing++] = def->key;
	}

	memset(&x, 0, sizeof x);
	x.f = &eff;
	x.cal = cal;
	x.opt = opt;
	x.today = today;
	x.d = d;
	rules_apply(&x);
	qsort(d->grounds, d->n_grounds, sizeof d->grounds[0], ground_cmp);
	for (i = 0; i < d->n_grounds; i++)
		if (d->grounds[i].outcome > certain)
			certain = d->grounds[i].outcome;

	if (certain >= OUTCOME_RETURN_RULING)
		d->outcome = certain;
	else if (d->n_missing > 0)
		d->outcome = OUTCOME_INCOMPLETE;
	else if (x.potential > certain)
		d->outcome = OUTCOME_REFER;
	else
		d->outcome = certain;
	if (certain >= OUTCOME_RETURN_RULING)
		d->n_missing = 0;

	decide_notes(d, &eff);
	decide_deadlines(d, &eff, cal);
}

const struct deadline *
decision_next_deadline(const struct decision *d)
{
	const struct deadline *best = NULL;
	size_t i;

	for (i = 0; i < d->n_deadlines; i++)
		if (!d->deadlines[i].met &&
		    (best == NULL || d->deadlines[i].date < best->date))
			best = &d->deadlines[i];
	return best;
}

void
decision_write_porcelain(const struct decision *d, struct strbuf *sb)
{
	char date[QDATE_BUFSZ];
	size_t i, j;

	strbuf_printf(sb, "outcome=%s\n", outcome_name(d->outcome));
	for (i = 0; i < d->n_grounds; i++) {
		strbuf_printf(sb, "ground=%s\n", d->grounds[i].rule->id);
		for (j = 0; d->grounds[i].cites[j] != NULL; j++)
			strbuf_printf(sb, "cite=%s\n", d->grounds[i].cites[j]);
	}
	for (i = 0; i < d->n_deadlines; i++) {
		qdate_format(d->deadlines[i].date, date);
		strbuf_printf(sb, "deadline.%s=%s\n", d->deadlines[i].name,
		    date);
	}
	if (d->outcome == OUTCOME_INCOMPLETE)
		for (i = 0; i < d->n_missing; i++)
			strbuf_printf(sb, "missing=%s\n", d->missing[i]);
	for (i = 0; i < d->n_notes; i++)
		strbuf_printf(sb, "note=%s %s\n", d->notes[i].id,
		    d->notes[i].text);
}

static void
json_str(struct strbuf *sb, const char *s)
{
	strbuf_putc(sb, '"');
	for (; s != NULL && *s != '\0'; s++) {
		switch (*s) {
		case '"':
			strbuf_puts(sb, "\\\"");
			break;
		case '\\':
			strbuf_puts(sb, "\\\\");
			break;
		case '\n':
			strbuf_puts(sb, "\\n");
			break;
		case '\t':
			strbuf_puts(sb, "\\t");
			break;
		default:
			if ((unsigned char)*s < 0x20)
				strbuf_printf(sb, "\\u%04x", (unsigned char)*s);
			else
				strbuf_putc(sb, *s);
		}
	}
	strbuf_putc(sb, '"');
}

static void
json_key(struct strbuf *sb, const char *key, const char *value)
{
	json_str(sb, key);
	strbuf_putc(sb, ':');
	if (value == NULL)
		strbuf_puts(sb, "null");
	else
		json_str(sb, value);
}

/* One JSON object a line; strings for people in the UI language. */
void
decision_write_json(const struct decision *d, struct strbuf *sb)
{
	char date[QDATE_BUFSZ];
	const struct ground *g;
	size_t i, j;

	strbuf_puts(sb, "{");
	json_key(sb, "outcome", outcome_name(d->outcome));
	strbuf_puts(sb, ",");
	json_key(sb, "label", _(outcome_label(d->outcome)));
	strbuf_puts(sb, ",\"grounds\":[");
	for (i = 0; i < d->n_grounds; i++) {
		g = &d->grounds[i];
		strbuf_puts(sb, i ? ",{" : "{");
		json_key(sb, "id", g->rule->id);
		strbuf_puts(sb, ",");
		json_key(sb, "outcome", outcome_name(g->outcome));
		strbuf_puts(sb, ",\"cites\":[");
		for (j = 0; g->cites[j] != NULL; j++) {
			if (j)
				strbuf_putc(sb, ',');
			json_str(sb, g->cites[j]);
		}
		strbuf_puts(sb, "],");
		json_key(sb, "explain", _(g->rule->explain));
		strbuf_puts(sb, ",");
		json_key(sb, "ask", g->outcome == OUTCOME_REFER &&
		    g->rule->ask != NULL ? _(g->rule->ask) : NULL);
		strbuf_puts(sb, ",");
		json_key(sb, "unknown", g->fact);
		strbuf_puts(sb, "}");
	}
	strbuf_puts(sb, "],\"deadlines\":[");
	for (i = 0; i < d->n_deadlines; i++) {
		qdate_format(d->deadlines[i].date, date);
		strbuf_puts(sb, i ? ",{" : "{");
		json_key(sb, "name", d->deadlines[i].name);
		strbuf_puts(sb, ",");
		json_key(sb, "date", date);
		strbuf_puts(sb, ",");
		json_key(sb, "label", _(d->deadlines[i].label));
		strbuf_puts(sb, ",");
		json_key(sb, "cite", d->deadlines[i].cite);
		strbuf_printf(sb, ",\"met\":%s}",
		    d->deadlines[i].met ? "true" : "false");
	}
	strbuf_puts(sb, "],\"missing\":[");
	for (i = 0; d->outcome == OUTCOME_INCOMPLETE && i < d->n_missing;
	    i++) {
		if (i)
			strbuf_putc(sb, ',');
		json_str(sb, d->missing[i]);
	}
	strbuf_puts(sb, "],\"notes\":[");
	for (i = 0; i < d->n_notes; i++) {
		strbuf_puts(sb, i ? ",{" : "{");
		json_key(sb, "id", d->notes[i].id);
		strbuf_puts(sb, ",");
		json_key(sb, "text", _(d->notes[i].text));
		strbuf_puts(sb, ",");
		json_key(sb, "cite", d->notes[i].cite);
		strbuf_puts(sb, "}");
	}
	strbuf_puts(sb, "],\"calendar_missing_years\":[");
	for (i = 0; i < d->n_missing_years; i++)
		strbuf_printf(sb, "%s%d", i ? "," : "", d->missing_years[i]);
	strbuf_puts(sb, "]}\n");
}
