/*
 * The text of a decision.  Every word comes from a table (outcomes, rules,
 * deadlines and their states, the vocabulary) or from the few headings
 * here, so the command line and the TUI cannot word a decision apart.
 */
#include "config.h"

#include <string.h>

#include "core/checklist.h"
#include "core/cite.h"
#include "core/decision-text.h"
#include "core/i18n.h"
#include "core/vocab.h"

static const char *
prefix(const char *s)
{
	return s != NULL ? s : "";
}

static void
text_heading(const struct decision_text *o, const char *title,
    struct strbuf *out)
{
	strbuf_printf(out, "\n%s%s\n", prefix(o->head), title);
}

/* The CPC 488 elements answered "no", under the ground that cites them. */
static void
text_elements(const struct decision_text *o, const char *indent,
    struct strbuf *out)
{
	const struct fact_def *def;
	const struct fact_value *v;
	size_t i;

	for (i = 0; o->facts != NULL && i < vocab_count(); i++) {
		def = vocab_at(i);
		v = &o->facts->v[i];
		if ((def->flags & FACT_CPC488) != 0 && v->present &&
		    !v->unknown && v->num == 0 &&
		    checklist_relevant(o->facts, i))
			strbuf_printf(out, "%s- %s\n", indent,
			    _(def->question));
	}
}

static void
text_ground(const struct ground *g, const struct decision_text *o,
    struct strbuf *out)
{
	const char *indent = o->ids ? "        " : "    ";
	const struct fact_def *def = NULL;

	if (o->ids)
		strbuf_printf(out, "  %-5s %s\n", g->rule->id,
		    _(g->rule->explain));
	else
		strbuf_printf(out, "  - %s\n", _(g->rule->explain));
	strbuf_puts(out, indent);
	cite_render_list(g->cites, out);
	strbuf_putc(out, '\n');
	/* R15 is the rule of CPC 488's content: it lists what lacks. */
	if (strcmp(g->rule->id, "R15") == 0 && g->outcome != OUTCOME_REFER)
		text_elements(o, indent, out);
	if (g->outcome != OUTCOME_REFER)
		return;
	if (g->fact != NULL && vocab_index(g->fact) >= 0)
		def = vocab_at((size_t)vocab_index(g->fact));
	if (def != NULL && def->question != NULL) {
		strbuf_puts(out, indent);
		strbuf_printf(out, _("Unknown: %s (%s)"), _(def->question),
		    def->key);
		strbuf_putc(out, '\n');
	} else if (g->rule->ask != NULL) {
		strbuf_puts(out, indent);
		strbuf_printf(out, _("For the judge: %s"), _(g->rule->ask));
		strbuf_putc(out, '\n');
	}
}

static void
text_missing(const struct decision *d, const struct decision_text *o,
    struct strbuf *out)
{
	const struct fact_def *def;
	const char *q;
	size_t i;
	int k;

	text_heading(o, _("Missing facts:"), out);
	for (i = 0; i < d->n_missing; i++) {
		k = vocab_index(d->missing[i]);
		def = k >= 0 ? vocab_at((size_t)k) : NULL;
		q = def != NULL && def->question != NULL ? _(def->question) :
		    d->missing[i];
		if (o->ids)
			strbuf_printf(out, "  %s: %s\n", d->missing[i], q);
		else
			strbuf_printf(out, "  - %s\n", q);
	}
}

void
decision_deadline_remark(const struct deadline *dl, struct strbuf *out)
{
	char date[QDATE_BUFSZ];

	if (dl->remark == NULL)
		return;
	strbuf_puts(out, _(dl->remark));
	if (dl->info != QDATE_NONE) {
		qdate_format(dl->info, date);
		strbuf_printf(out, " %s", date);
	}
}

static void
text_deadlines(const struct decision *d, const struct decision_text *o,
    struct strbuf *out)
{
	const struct deadline_state_def *sd;
	const struct deadline *dl;
	enum deadline_state s;
	char date[QDATE_BUFSZ];
	size_t i;

	text_heading(o, _("Deadlines:"), out);
	for (i = 0; i < d->n_deadlines; i++) {
		dl = &d->deadlines[i];
		s = decision_deadline_state(dl, o->cal, o->today);
		sd = deadline_state_def(s);
		qdate_format_shown(dl->date, date);
		strbuf_printf(out, "%s  %s %s  ", prefix(o->state[s]), sd->mark,
		    date);
		if (o->ids)
			strbuf_printf(out, "%-16s ", dl->name);
		strbuf_puts(out, _(dl->label));
		if (s != DEADLINE_PENDING)
			strbuf_printf(out, " [%s]", _(sd->word));
		if (dl->provisional)
			strbuf_printf(out, " [%s]", _("provisional"));
		if (dl->cite != NULL) {
			strbuf_puts(out, " (");
			cite_render(dl->cite, out);
			strbuf_putc(out, ')');
		}
		strbuf_putc(out, '\n');
		if (dl->remark != NULL) {
			strbuf_printf(out, "%s      ", prefix(o->dim));
			decision_deadline_remark(dl, out);
			strbuf_putc(out, '\n');
		}
	}
}

static void
text_notes(const struct decision *d, const struct decision_text *o,
    struct strbuf *out)
{
	size_t i;

	text_heading(o, _("Notes:"), out);
	for (i = 0; i < d->n_notes; i++) {
		if (o->ids)
			strbuf_printf(out, "  %-3s %s", d->notes[i].id,
			    _(d->notes[i].text));
		else
			strbuf_printf(out, "  - %s", _(d->notes[i].text));
		if (d->notes[i].cite != NULL) {
			strbuf_puts(out, " (");
			cite_render(d->notes[i].cite, out);
			strbuf_putc(out, ')');
		}
		strbuf_putc(out, '\n');
	}
}

void
decision_write_text(const struct decision *d, const struct decision_text *o,
    struct strbuf *out)
{
	size_t i;

	strbuf_puts(out, prefix(o->head));
	strbuf_printf(out, _("Outcome: %s\n"), _(outcome_label(d->outcome)));
	if (d->n_grounds > 0)
		text_heading(o, _("Grounds:"), out);
	for (i = 0; i < d->n_grounds; i++)
		text_ground(&d->grounds[i], o, out);
	if (d->n_missing > 0)
		text_missing(d, o, out);
	if (d->n_deadlines > 0)
		text_deadlines(d, o, out);
	if (d->n_notes > 0)
		text_notes(d, o, out);
	for (i = 0; i < d->n_missing_years; i++) {
		strbuf_printf(out, "\n%s", prefix(o->dim));
		strbuf_printf(out, _("Warning: no holiday calendar for %d; its "
		    "deadlines count weekends only."), d->missing_years[i]);
		strbuf_putc(out, '\n');
	}
}
