/*
 * A decision as text for a pager: the outcome, every ground with its
 * citations, the answers still missing, the deadlines with their states
 * (each with a text marker as well as a colour) and the notes.  The end of
 * a screening and the Filing screen show the same text.
 */
#include "config.h"

#include <string.h>

#include "core/calendar.h"
#include "core/decision.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "tui/screens/tui.h"
#include "tui/screens/widget.h"

const char *
ui_deadline_label(const char *name)
{
	static const struct {
		const char *name, *label;
	} kinds[] = {
		{ "return-by", N_("return by") },
		{ "case-due", N_("case due") },
		{ "notify-by", N_("notify by") },
		{ "decide-by", N_("decide by") },
		{ "worsening-limit", N_("worsening limit") },
	};
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i].name, name) == 0)
			return _(kinds[i].label);
	return name;
}

static void
ui_cites(const char *const *cites, struct strbuf *out)
{
	size_t i;

	for (i = 0; cites[i] != NULL; i++)
		strbuf_printf(out, "%s%s", i == 0 ? " (" : "; ", cites[i]);
	if (i > 0)
		strbuf_putc(out, ')');
}

static void
ui_deadlines(const struct decision *d, qdate today, struct strbuf *out)
{
	char date[QDATE_BUFSZ];
	const char *role, *mark, *state;
	size_t i;

	strbuf_printf(out, PAGER_HEAD "%s\n", _("Deadlines"));
	if (d->n_deadlines == 0)
		strbuf_printf(out, PAGER_DIM "  %s\n", _("none"));
	for (i = 0; i < d->n_deadlines; i++) {
		const struct deadline *dl = &d->deadlines[i];

		qdate_format(dl->date, date);
		role = "";
		mark = " ";
		state = "";
		if (dl->met) {
			role = PAGER_MET;
			mark = "+";
			state = _("met");
		} else
			switch (deadline_state(dl->date, today)) {
			case DEADLINE_OVERDUE:
				role = PAGER_OVERDUE;
				mark = "!";
				state = _("overdue");
				break;
			case DEADLINE_DUE_TODAY:
				role = PAGER_TODAY;
				mark = "*";
				state = _("due today");
				break;
			case DEADLINE_DUE_SOON:
				role = PAGER_SOON;
				mark = "~";
				state = _("due soon");
				break;
			default:
				break;
			}
		strbuf_printf(out, "%s%s %s  %s", role, mark, date,
		    dl->label != NULL ? _(dl->label) :
		    ui_deadline_label(dl->name));
		if (dl->cite != NULL)
			strbuf_printf(out, " (%s)", dl->cite);
		if (*state != '\0')
			strbuf_printf(out, "  [%s]", state);
		strbuf_putc(out, '\n');
	}
}

void
ui_decision_text(const struct decision *d, qdate today, struct strbuf *out)
{
	size_t i;
	int k;

	strbuf_printf(out, PAGER_HEAD "%s %s\n\n", _("Outcome:"),
	    _(outcome_label(d->outcome)));
	if (d->n_grounds > 0) {
		strbuf_printf(out, PAGER_HEAD "%s\n", _("Grounds"));
		for (i = 0; i < d->n_grounds; i++) {
			const struct rule *r = d->grounds[i].rule;

			strbuf_printf(out, "%2zu. %s", i + 1,
			    r->explain != NULL ? _(r->explain) : r->id);
			ui_cites(d->grounds[i].cites, out);
			strbuf_putc(out, '\n');
			if (r->outcome == OUTCOME_REFER && r->ask != NULL)
				strbuf_printf(out, "    %s %s\n",
				    _("The judge weighs:"), _(r->ask));
		}
		strbuf_putc(out, '\n');
	}
	if (d->n_missing > 0) {
		strbuf_printf(out, PAGER_HEAD "%s\n", _("Answers still missing"));
		for (i = 0; i < d->n_missing; i++) {
			k = vocab_index(d->missing[i]);
			strbuf_printf(out, "  - %s\n", k >= 0 &&
			    vocab_at((size_t)k)->question != NULL ?
			    _(vocab_at((size_t)k)->question) : d->missing[i]);
		}
		strbuf_putc(out, '\n');
	}
	ui_deadlines(d, today, out);
	if (d->n_notes > 0) {
		strbuf_printf(out, "\n" PAGER_HEAD "%s\n", _("Notes"));
		for (i = 0; i < d->n_notes; i++) {
			strbuf_printf(out, "  - %s", _(d->notes[i].text));
			if (d->notes[i].cite != NULL)
				strbuf_printf(out, " (%s)", d->notes[i].cite);
			strbuf_putc(out, '\n');
		}
	}
	if (d->n_missing_years > 0) {
		strbuf_printf(out, "\n" PAGER_DIM "%s", _("No calendar of "
		    "holidays for:"));
		for (i = 0; i < d->n_missing_years && i < 8; i++)
			strbuf_printf(out, " %d", d->missing_years[i]);
		strbuf_putc(out, '\n');
	}
}
