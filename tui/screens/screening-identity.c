/*
 * The identity form: the filer's name, address or penal institution, the
 * e-filing number, and the act's court, number, date and instance, as the
 * filing's heading states them, on one screen (widget-form.c) instead of
 * a question each.  Which keys are on it is the vocabulary's FACT_IDENTITY
 * flag; none of them is required, so an empty field is no answer.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "tui/screens/screening-identity.h"
#include "tui/screens/ui.h"

/* A form's labels are shorter than the questions (qarau questions). */
static const struct {
	const char	*key, *label;
} identity_labels[] = {
	{ "filer.name",			N_("Filer's name") },
	{ "filer.address",		N_("Address") },
	{ "filer.institution",		N_("Penal institution") },
	{ "filing.efiling-number",	N_("E-filing number") },
	{ "act.court",			N_("Court of the act") },
	{ "act.number",			N_("Case number") },
	{ "act.date",			N_("Date of the act") },
	{ "act.instance",		N_("Instance") },
};

static const char *
identity_label(const struct fact_def *def)
{
	size_t i;

	for (i = 0; i < sizeof identity_labels / sizeof identity_labels[0];
	    i++)
		if (strcmp(identity_labels[i].key, def->key) == 0)
			return _(identity_labels[i].label);
	return _(def->question);
}

static enum form_kind
identity_kind(const struct fact_def *def)
{
	if (def->type == FACT_DATE)
		return FORM_DATE;
	return def->type == FACT_TEXT ? FORM_TEXT : FORM_CHOICE;
}

static void
identity_field(struct identity *id, size_t i, const struct facts *f)
{
	const struct fact_def *def = vocab_at(i);
	char buf[FACT_TEXT_MAX];
	const char *cur;
	int k, n = 0;
	qdate d;

	if (def->type == FACT_ENUM)
		for (; def->values[n] != NULL && n < SET_MAX; n++)
			id->labels[id->form.n][n] = _(vocab_value_label(def, n));
	id->idx[id->form.n] = i;
	k = form_add(&id->form, identity_label(def), def->help != NULL ?
	    _(def->help) : NULL, identity_kind(def), id->labels[id->form.n],
	    n);
	if (k < 0 || (cur = facts_value_text(f, i, buf, sizeof buf)) == NULL)
		return;
	if (def->type == FACT_ENUM)
		id->form.f[k].choice = vocab_value_index(def, cur);
	else if (def->type == FACT_DATE && qdate_parse(cur, &d)) {
		qdate_format_shown(d, buf);
		input_set(&id->form.f[k].input, buf);
	} else
		input_set(&id->form.f[k].input, cur);
}

void
identity_init(struct identity *id, const struct facts *f)
{
	size_t i;

	memset(id, 0, sizeof *id);
	form_init(&id->form);
	for (i = 0; i < vocab_count(); i++)
		if (vocab_at(i)->flags & FACT_IDENTITY)
			identity_field(id, i, f);
}

/* The text of field k as a facts-file value ("" when empty), or -1. */
static int
identity_value(struct identity *id, int k, char *value, size_t valuesz)
{
	const struct form_field *fld = &id->form.f[k];
	qdate d;

	if (fld->kind == FORM_CHOICE) {
		snprintf(value, valuesz, "%s", fld->choice >= 0 ?
		    vocab_at(id->idx[k])->values[fld->choice] : "");
		return 0;
	}
	form_get(&id->form, k, value, valuesz);
	if (fld->kind != FORM_DATE || value[0] == '\0')
		return 0;
	if (!ui_date_parse(value, &d)) {
		ui_date_hint(id->form.msg, sizeof id->form.msg, value);
		return -1;
	}
	qdate_format(d, value);
	return 0;
}

int
identity_apply(struct identity *id, struct facts *f)
{
	char value[FACT_TEXT_MAX], err[256];
	int k;

	for (k = 0; k < id->form.n; k++) {
		if (identity_value(id, k, value, sizeof value) != 0) {
			id->form.cur = k;
			return -1;
		}
		if (value[0] == '\0') {
			facts_unset(f, id->idx[k]);
			continue;
		}
		if (facts_set_index(f, id->idx[k], value, err,
		    sizeof err) != 0) {
			ui_copy(id->form.msg, sizeof id->form.msg, err);
			id->form.cur = k;
			return -1;
		}
	}
	return 0;
}

bool
identity_on_form(size_t idx)
{
	const struct fact_def *def = vocab_at(idx);

	return def != NULL && (def->flags & FACT_IDENTITY) &&
	    (def->flags & FACT_OPTIONAL);
}

bool
identity_due(const struct facts *f)
{
	int kind = vocab_index("filing.kind");
	size_t i;

	if (kind < 0 || !f->v[kind].present)
		return false;
	for (i = 0; i < vocab_count(); i++)
		if ((vocab_at(i)->flags & FACT_IDENTITY) && f->v[i].present)
			return false;
	return true;
}

int
identity_first(void)
{
	size_t i;

	for (i = 0; i < vocab_count(); i++)
		if (identity_on_form(i))
			return (int)i;
	return -1;
}

int
identity_last(void)
{
	size_t i = vocab_count();

	while (i-- > 0)
		if (identity_on_form(i))
			return (int)i;
	return -1;
}

void
identity_draw(struct identity *id, int y, int x, int h, int w)
{
	int row;

	row = ui_put_wrapped(y, x, 2, w, _("Who filed, and against which act"),
	    A_BOLD);
	row += ui_put_wrapped(y + row, x, 2, w, _("as the filing's heading "
	    "states them; what it does not state stays empty"),
	    ui_attr(R_DIM));
	row++;
	(void)form_draw(&id->form, y + row, x, h - row, w);
}
