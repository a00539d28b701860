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
#include "core/decision-text.h"
#include "core/i18n.h"
#include "core/json.h"
#include "core/rules-eval.h"

/* The label says it in a sentence; the short one fits a list column. */
static const struct {
	const char	*name;
	const char	*label;
	const char	*shortl;
} outcomes[] = {
	[OUTCOME_ADMIT] = { "admit", N_("admit for consideration"),
	    N_("admit") },
	[OUTCOME_REFER] = { "refer", N_("refer to the judge"),
	    N_("to the judge") },
	[OUTCOME_RETURN_LETTER] = { "return-letter",
	    N_("return by the judge's letter"), N_("return: letter") },
	[OUTCOME_RETURN_RULING] = { "return-ruling",
	    N_("return by the court's ruling"), N_("return: ruling") },
	[OUTCOME_LEAVE_UNCONSIDERED] = { "leave-unconsidered",
	    N_("leave without consideration"), N_("leave") },
	[OUTCOME_INCOMPLETE] = { "incomplete", N_("facts are missing"),
	    N_("incomplete") },
};

const char *
outcome_short_label(enum outcome o)
{
	if ((size_t)o < sizeof outcomes / sizeof outcomes[0])
		return outcomes[o].shortl;
	return "?";
}

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
 * decide() runs for every filing of the register, and facts_date and
 * facts_is find their key by name on every call; so the answers read here
 * are resolved to vocabulary indexes on first use.  What a key reads as
 * when it is unanswered (its fallback, if any) is taken from those very
 * functions on empty facts, so that the readings cannot differ.
 */
static const struct facts no_facts;

struct date_key {
	int		 idx;		/* -1: not in the vocabulary */
	bool		 is_date;
	qdate		 unanswered;
};

/* Per row of the deadline table (deadline.c): its start and its end.
 * Each kind appears at most once in a decision, so there are no more
 * kinds than a decision holds deadlines (test_tables checks it). */
#define NKINDS	DECISION_MAX_DEADLINES
static struct date_key dk_returned, dk_decided, dk_handed;
static struct date_key dk_from[NKINDS], dk_closed_by[NKINDS];
static const struct deadline_kind *dl_return_by, *dl_worsening;
static struct date_key dk_alt[NKINDS];
static const struct deadline_alt *alt[NKINDS];

enum { N5_RETRO_ALSO, ROLE_VICTIM, ROLE_VICTIM_REP, ROLE_LEGAL_REP,
	REPRESENTS_VICTIM, KIND_PROTEST, WORSENING_NO, NIS };

static struct is_key {
	const char	*key;
	const char	*value;
	int		 idx;		/* -1: not in the vocabulary */
	int		 value_idx;	/* of an enum or bool, or -1 */
	bool		 simple;	/* an enum or bool */
	bool		 unknown;	/* value is "unknown" */
	bool		 unanswered;	/* facts_is when unanswered */
} is_keys[NIS] = {
	/* Only key and value are given: the rest is filled on first use. */
	[N5_RETRO_ALSO] = { .key = "subject.retroactive-or-amnesty-also",
	    .value = "yes" },
	[ROLE_VICTIM] = { .key = "filer.role", .value = "victim" },
	[ROLE_VICTIM_REP] = { .key = "filer.role",
	    .value = "victim-representative" },
	[ROLE_LEGAL_REP] = { .key = "filer.role",
	    .value = "legal-representative" },
	[REPRESENTS_VICTIM] = { .key = "filer.represents", .value = "victim" },
	[KIND_PROTEST] = { .key = "filing.kind", .value = "protest" },
	[WORSENING_NO] = { .key = "grounds.worsening", .value = "no" },
};

/* Per vocabulary entry: missing when relevant and unanswered; its key. */
static bool required[VOCAB_MAX];
static const char *key_names[VOCAB_MAX];

static void
date_key_resolve(struct date_key *k, const char *key)
{
	if (key == NULL) {
		k->idx = -1;
		return;
	}
	k->idx = vocab_index(key);
	k->is_date = k->idx >= 0 &&
	    vocab_at((size_t)k->idx)->type == FACT_DATE;
	k->unanswered = facts_date(&no_facts, key);
}

/* Part of core_init(): the keys decide() reads, resolved once. */
void
decision_init(void)
{
	const struct deadline_kind *kind;
	const struct fact_def *def;
	struct is_key *k;
	size_t i;

	date_key_resolve(&dk_returned, "filing.returned");
	date_key_resolve(&dk_decided, "filing.decided");
	date_key_resolve(&dk_handed, "filing.handed");
	for (i = 0; i < deadline_kind_count() && i < NKINDS; i++) {
		kind = deadline_kind_at(i);
		date_key_resolve(&dk_from[i], kind->from);
		date_key_resolve(&dk_closed_by[i], kind->closed_by);
	}
	dl_return_by = deadline_kind_find("return-by");
	dl_worsening = deadline_kind_find("worsening-limit");
	for (i = 0; i < deadline_kind_count() && i < NKINDS; i++) {
		alt[i] = deadline_alt_find(deadline_kind_at(i)->name);
		date_key_resolve(&dk_alt[i], alt[i] != NULL ? alt[i]->from :
		    NULL);
	}
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		required[i] = def->fallback == NULL &&
		    (def->flags & (FACT_WORKFLOW | FACT_OPTIONAL)) == 0;
		key_names[i] = def->key;
	}
	for (i = 0; i < NIS; i++) {
		k = &is_keys[i];
		k->idx = vocab_index(k->key);
		k->value_idx = -1;
		if (k->idx >= 0) {
			def = vocab_at((size_t)k->idx);
			k->simple = def->type == FACT_ENUM ||
			    def->type == FACT_BOOL;
			k->value_idx = vocab_value_index(def, k->value);
		}
		k->unknown = strcmp(k->value, "unknown") == 0;
		k->unanswered = facts_is(&no_facts, k->key, k->value);
	}
}

/* facts_date(f, key). */
static qdate
wf_date(const struct facts *f, const struct date_key *k)
{
	const struct fact_value *v;

	if (k->idx < 0)
		return QDATE_NONE;
	v = &f->v[k->idx];
	if (!v->present)
		return k->unanswered;
	if (v->unknown || !k->is_date)
		return QDATE_NONE;
	return v->num;
}

/* facts_is(f, key, value). */
static bool
answer_is(const struct facts *f, int which)
{
	const struct is_key *k = &is_keys[which];
	const struct fact_value *v;

	if (k->idx < 0)
		return false;
	v = &f->v[k->idx];
	if (!v->present)
		return k->unanswered;
	if (v->unknown)
		return k->unknown;
	if (k->simple)
		return v->num == k->value_idx;
	return facts_is(f, k->key, k->value);
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
    const struct deadline_kind *k, qdate from, qdate date, bool met)
{
	struct deadline *dl;

	if (k == NULL || date == QDATE_NONE ||
	    d->n_deadlines >= DECISION_MAX_DEADLINES)
		return;
	dl = &d->deadlines[d->n_deadlines++];
	dl->name = k->name;
	dl->date = date;
	dl->cite = k->cite;
	dl->label = k->label;
	dl->met = met;
	add_missing_years(d, cal, from, date);
}

/* The day kind i runs from: its own, or meanwhile its provisional one. */
static qdate
kind_start(const struct facts *f, size_t i)
{
	qdate start = wf_date(f, &dk_from[i]);

	if (start == QDATE_NONE && alt[i] != NULL && alt[i]->provisional)
		start = wf_date(f, &dk_alt[i]);
	return start;
}

/* The second start of deadline dl, of kind i (deadline_alt). */
static void
deadline_second(struct deadline *dl, size_t i, struct decision *d,
    const struct facts *f, const struct calendar *cal)
{
	const struct deadline_kind *k = deadline_kind_at(i);
	qdate start;

	if (alt[i]->provisional) {
		if (wf_date(f, &dk_from[i]) != QDATE_NONE)
			return;
		dl->provisional = true;
		dl->from = alt[i]->from;
	} else {
		if ((start = wf_date(f, &dk_alt[i])) == QDATE_NONE)
			return;
		dl->info = k->months ? cpc48_add_months(cal, start, k->months) :
		    cpc48_add_days(cal, start, k->days);
		dl->info_from = alt[i]->from;
		add_missing_years(d, cal, start, dl->info);
	}
	dl->remark = alt[i]->text;
}

/* What each deadline counts from; its second start, if any. */
static void
decide_seconds(struct decision *d, const struct facts *f,
    const struct calendar *cal)
{
	struct deadline *dl;
	size_t i, j;

	for (j = 0; j < d->n_deadlines; j++) {
		dl = &d->deadlines[j];
		dl->info = QDATE_NONE;
		for (i = 0; i < deadline_kind_count() && i < NKINDS; i++)
			if (deadline_kind_at(i)->name == dl->name)
				break;
		if (i == deadline_kind_count() || i == NKINDS)
			continue;
		dl->from = deadline_kind_at(i)->from;
		if (alt[i] != NULL)
			deadline_second(dl, i, d, f, cal);
	}
}

static void
decide_deadlines(struct decision *d, const struct facts *f,
    const struct calendar *cal)
{
	const struct deadline_kind *k;
	qdate start, due;
	bool closed;
	size_t i;

	/* A returned or decided filing has nothing left to do. */
	closed = wf_date(f, &dk_returned) != QDATE_NONE ||
	    wf_date(f, &dk_decided) != QDATE_NONE;
	start = wf_date(f, &dk_handed);
	if (d->outcome == OUTCOME_RETURN_LETTER && start != QDATE_NONE &&
	    dl_return_by != NULL)
		add_deadline(d, cal, dl_return_by, start,
		    cpc48_add_days(cal, start, dl_return_by->days), closed);
	for (i = 0; i < deadline_kind_count() && i < NKINDS; i++) {
		k = deadline_kind_at(i);
		if (k->from == NULL || (start = kind_start(f, i)) == QDATE_NONE)
			continue;
		due = k->months ? cpc48_add_months(cal, start, k->months) :
		    cpc48_add_days(cal, start, k->days);
		add_deadline(d, cal, k, start, due, closed ||
		    wf_date(f, &dk_closed_by[i]) != QDATE_NONE);
		if (strcmp(k->name, "decide-by") == 0)
			rules_note(d, "N9");
	}
	/* The filing is here: the limit only binds supplements (N3).  NR 8.4
	 * counts it from the first receipt of a refiled filing only. */
	if (d->worsening_limit != QDATE_NONE) {
		add_deadline(d, cal, dl_worsening, d->worsening_limit - 366,
		    d->worsening_limit, true);
		if (!d->worsening_refiled && d->n_deadlines > 0 &&
		    d->deadlines[d->n_deadlines - 1].name == dl_worsening->name)
			d->deadlines[d->n_deadlines - 1].cite = "CPC 487.2";
	}
}

/*
 * Grounds in the order of the rule table.  There are a few at most, added
 * nearly in order: an insertion sort, stable as glibc's qsort (a merge
 * sort) is, so ties (there are none) would keep their order too, and
 * without qsort's call per comparison.
 */
static void
grounds_sort(struct ground *g, size_t n)
{
	struct ground t;
	size_t i, j;

	for (i = 1; i < n; i++) {
		if (g[i - 1].rule <= g[i].rule)
			continue;
		t = g[i];
		for (j = i; j > 0 && g[j - 1].rule > t.rule; j--)
			g[j] = g[j - 1];
		g[j] = t;
	}
}

static void
decide_notes(struct decision *d, const struct facts *f)
{
	static const int victim_side[] = { ROLE_VICTIM, ROLE_VICTIM_REP };
	bool pending = d->outcome == OUTCOME_ADMIT ||
	    d->outcome == OUTCOME_REFER;
	size_t i;
	bool victim = false;

	if (!pending)
		return;
	if (d->outcome == OUTCOME_ADMIT)
		rules_note(d, "N4");
	/* f holds relevant answers only. */
	if (answer_is(f, N5_RETRO_ALSO))
		rules_note(d, "N5");
	for (i = 0; i < sizeof victim_side / sizeof victim_side[0]; i++)
		victim |= answer_is(f, victim_side[i]);
	victim |= answer_is(f, ROLE_LEGAL_REP) &&
	    answer_is(f, REPRESENTS_VICTIM);
	if ((victim || answer_is(f, KIND_PROTEST)) &&
	    answer_is(f, WORSENING_NO))
		rules_note(d, "N3");
}

void
decide(const struct facts *facts, const struct calendar *cal,
    const struct decide_options *opt, qdate today, struct decision *d)
{
	bool rel[VOCAB_MAX];
	struct facts eff;
	struct rules_ctx x;
	enum outcome certain = OUTCOME_ADMIT;
	size_t i, m, n = vocab_count();

	memset(d, 0, sizeof *d);
	/* Irrelevant answers are ignored: a shallow copy where they are
	 * absent (the copy owns nothing and is never freed; every reader of
	 * an answer looks at "present" first).  The loops below compute
	 * rather than branch: which keys are relevant differs from one filing
	 * to the next, and mispredicted branches were a good part of the
	 * time. */
	checklist_relevance(facts, rel);
	memcpy(eff.v, facts->v, n * sizeof eff.v[0]);
	memset(&eff.v[n], 0, (VOCAB_MAX - n) * sizeof eff.v[0]);
	for (i = 0; i < n; i++)
		eff.v[i].present &= rel[i];
	/* n <= VOCAB_MAX = DECISION_MAX_MISSING: room for the last store;
	 * a local count, which the stores into d cannot alias. */
	for (i = 0, m = 0; i < n; i++) {
		d->missing[m] = key_names[i];
		m += eff.v[i].present ? 0 : rel[i] & required[i];
	}
	if (m < DECISION_MAX_MISSING)
		d->missing[m] = NULL;
	d->n_missing = m;

	memset(&x, 0, sizeof x);
	x.f = &eff;
	x.cal = cal;
	x.opt = opt;
	x.today = today;
	x.d = d;
	rules_apply(&x);
	grounds_sort(d->grounds, d->n_grounds);
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
	decide_seconds(d, &eff, cal);
}

enum deadline_state
decision_deadline_state(const struct deadline *dl, qdate today)
{
	return dl->met ? DEADLINE_MET : deadline_state(dl->date, today);
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

/* After the deadlines: which is provisional, and the dates for
 * information (issue 10). */
static void
porcelain_second(const struct deadline *dl, struct strbuf *sb)
{
	char date[QDATE_BUFSZ];

	if (dl->provisional)
		strbuf_printf(sb, "deadline-provisional.%s=%s\n", dl->name,
		    dl->from);
	if (dl->info != QDATE_NONE) {
		qdate_format(dl->info, date);
		strbuf_printf(sb, "deadline-info.%s=%s\n", dl->name, date);
	}
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
	for (i = 0; i < d->n_deadlines; i++)
		porcelain_second(&d->deadlines[i], sb);
	if (d->outcome == OUTCOME_INCOMPLETE)
		for (i = 0; i < d->n_missing; i++)
			strbuf_printf(sb, "missing=%s\n", d->missing[i]);
	for (i = 0; i < d->n_notes; i++)
		strbuf_printf(sb, "note=%s %s\n", d->notes[i].id,
		    d->notes[i].text);
}

/* The grounds as a JSON array. */
static void
json_grounds(const struct decision *d, struct strbuf *sb)
{
	const struct ground *g;
	size_t i, j;

	strbuf_putc(sb, '[');
	for (i = 0; i < d->n_grounds; i++) {
		g = &d->grounds[i];
		strbuf_puts(sb, i ? ",{" : "{");
		json_member(sb, "id", g->rule->id);
		if (g->rule->name != NULL) {
			strbuf_putc(sb, ',');
			json_member(sb, "name", g->rule->name);
		}
		strbuf_putc(sb, ',');
		json_member(sb, "outcome", outcome_name(g->outcome));
		strbuf_puts(sb, ",\"cites\":[");
		for (j = 0; g->cites[j] != NULL; j++) {
			if (j)
				strbuf_putc(sb, ',');
			json_string(sb, g->cites[j]);
		}
		strbuf_puts(sb, "],");
		json_member(sb, "explain", _(g->rule->explain));
		strbuf_putc(sb, ',');
		json_member(sb, "ask", g->outcome == OUTCOME_REFER &&
		    g->rule->ask != NULL ? _(g->rule->ask) : NULL);
		strbuf_putc(sb, ',');
		json_member(sb, "unknown", g->fact);
		strbuf_putc(sb, '}');
	}
	strbuf_putc(sb, ']');
}

/* What it counts from, provisional or not, and the date for
 * information with its remark (issue 10). */
static void
json_second(const struct deadline *dl, struct strbuf *sb)
{
	char date[QDATE_BUFSZ];
	struct strbuf remark;

	strbuf_puts(sb, ",");
	json_member(sb, "counted_from", dl->from);
	strbuf_printf(sb, ",\"provisional\":%s,\"info\":",
	    dl->provisional ? "true" : "false");
	if (dl->info != QDATE_NONE) {
		qdate_format(dl->info, date);
		strbuf_puts(sb, "{");
		json_member(sb, "date", date);
		strbuf_putc(sb, ',');
		json_member(sb, "counted_from", dl->info_from);
		strbuf_putc(sb, '}');
	} else
		strbuf_puts(sb, "null");
	strbuf_init(&remark);
	if (dl->remark != NULL)
		decision_deadline_remark(dl, &remark);
	strbuf_putc(sb, ',');
	json_member(sb, "remark", dl->remark != NULL ? remark.buf : NULL);
	strbuf_free(&remark);
}

/* The deadlines as a JSON array. */
static void
json_deadlines(const struct decision *d, struct strbuf *sb)
{
	char date[QDATE_BUFSZ];
	const struct deadline *dl;
	size_t i;

	strbuf_putc(sb, '[');
	for (i = 0; i < d->n_deadlines; i++) {
		dl = &d->deadlines[i];
		qdate_format(dl->date, date);
		strbuf_puts(sb, i ? ",{" : "{");
		json_member(sb, "name", dl->name);
		strbuf_putc(sb, ',');
		json_member(sb, "date", date);
		strbuf_putc(sb, ',');
		json_member(sb, "label", _(dl->label));
		strbuf_putc(sb, ',');
		json_member(sb, "cite", dl->cite);
		strbuf_printf(sb, ",\"met\":%s", dl->met ? "true" : "false");
		json_second(dl, sb);
		strbuf_putc(sb, '}');
	}
	strbuf_putc(sb, ']');
}

/* One JSON object a line; strings for people in the UI language. */
void
decision_write_json(const struct decision *d, struct strbuf *sb)
{
	size_t i;

	strbuf_putc(sb, '{');
	json_member(sb, "outcome", outcome_name(d->outcome));
	strbuf_putc(sb, ',');
	json_member(sb, "label", _(outcome_label(d->outcome)));
	strbuf_puts(sb, ",\"grounds\":");
	json_grounds(d, sb);
	strbuf_puts(sb, ",\"deadlines\":");
	json_deadlines(d, sb);
	strbuf_puts(sb, ",\"missing\":[");
	for (i = 0; d->outcome == OUTCOME_INCOMPLETE && i < d->n_missing;
	    i++) {
		if (i)
			strbuf_putc(sb, ',');
		json_string(sb, d->missing[i]);
	}
	strbuf_puts(sb, "],\"notes\":[");
	for (i = 0; i < d->n_notes; i++) {
		strbuf_puts(sb, i ? ",{" : "{");
		json_member(sb, "id", d->notes[i].id);
		strbuf_putc(sb, ',');
		json_member(sb, "text", _(d->notes[i].text));
		strbuf_putc(sb, ',');
		json_member(sb, "cite", d->notes[i].cite);
		strbuf_putc(sb, '}');
	}
	strbuf_puts(sb, "],\"calendar_missing_years\":[");
	for (i = 0; i < d->n_missing_years; i++)
		strbuf_printf(sb, "%s%d", i ? "," : "", d->missing_years[i]);
	strbuf_puts(sb, "]}\n");
}
