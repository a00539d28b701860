/*
 * The notes a decision may carry: law-brief.md section 4.2 (N1-N5), and
 * ours (N6-N9).  The rules and decision.c add them by id.
 */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "core/rules-eval.h"

static const struct {
	const char	*id;
	const char	*text;
	const char	*cite;
} notes[] = {
	/* CPC 494.14 names the submission, the protest and the victim's
	 * complaint (issue 10). */
	{ "N1", N_("Worsening is possible only on a submission, a protest of "
	  "the four prosecutors or a victim's complaint that asks for it, only "
	  "for the persons and grounds named there; an acquittal or "
	  "termination quashed goes to a new trial."),
	  "NR 12; CPC 494.14, 494.7.4" },
	{ "N2", N_("An act of conciliatory proceedings on a plea agreement may "
	  "be changed to the person's detriment only for substantial "
	  "violations in concluding the agreement and hearing the case."),
	  "NR 14" },
	{ "N3", N_("A supplement filed after the year of CPC 487 part 2 may "
	  "not add a request to worsen the position that the filing did not "
	  "make."), "CPC 488.5" },
	{ "N4", N_("Filing does not suspend execution; only the Chair of the "
	  "Supreme Court or the Prosecutor General may suspend it, for at "
	  "most six months."), "CPC 488.4, 493" },
	{ "N5", N_("If a retroactive law or an amnesty also applies, the "
	  "cassation court applies it in its decision."), "NR 15.3; CC 6" },
	{ "N6", N_("The filer may ask the court that issued the act to "
	  "restore the missed time limit for appeal."), "NR 5.4; CPC 419" },
	{ "N7", N_("The four prosecutors may protest such an act, and a "
	  "person may petition them to do so."), "CPC 484.3, 486.2" },
	{ "N8", N_("The filer may apply to the district court where the "
	  "sentence is executed."), "NR 15.1; CPC 476.15, 477.1" },
	{ "N9", N_("The six months for deciding are counted from the day the "
	  "case file reached the court, not the filing."),
	  "CPC 492.3; NR 11" },
};

#define NNOTES	(sizeof notes / sizeof notes[0])

static size_t
note_rank(const char *id)
{
	size_t i;

	for (i = 0; i < NNOTES; i++)
		if (strcmp(notes[i].id, id) == 0)
			break;
	return i;
}

void
rules_note(struct decision *d, const char *id)
{
	size_t i, j;

	for (j = 0; j < d->n_notes; j++)
		if (strcmp(d->notes[j].id, id) == 0)
			return;
	for (i = 0; i < NNOTES; i++) {
		if (strcmp(notes[i].id, id) != 0)
			continue;
		if (d->n_notes >= DECISION_MAX_NOTES)
			return;
		/* Keep the table's order whatever the order of adding. */
		for (j = d->n_notes; j > 0 &&
		    note_rank(d->notes[j - 1].id) > i; j--)
			d->notes[j] = d->notes[j - 1];
		d->notes[j].id = notes[i].id;
		d->notes[j].text = notes[i].text;
		d->notes[j].cite = notes[i].cite;
		d->n_notes++;
		return;
	}
}
