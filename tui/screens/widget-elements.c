/*
 * The elements of content of CPC 488 on one screen (issue 14): the nine
 * yes / no questions were nine screens of the same kind, read off the same
 * page of the filing; a list the clerk marks while reading it is one.  The
 * answers are those the questions gave, so the decision cannot tell which
 * way they came: marked "yes", unmarked "no", '-' "unknown" (which the
 * rules refer to the judge, as the question's "Don't know" did).
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "core/checklist.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"
#include "tui/screens/widget-elements.h"

/* A row is the element's name, not its question: the list is read as
 * "the filing contains: ...".  An element without a name here shows its
 * question. */
static const struct {
	const char	*key;
	const char	*label;
} elements_labels[] = {
	{ "content.filer-data", N_("The filer's procedural status, residence "
	  "or location, telephone numbers") },
	{ "content.acts-and-courts", N_("The acts complained of and the "
	  "courts that issued them") },
	{ "content.scope", N_("Whether the act is contested in full or in "
	  "part") },
	{ "content.ground-reference", N_("A reference to the item of CPC 485 "
	  "part 1 that is the ground of review") },
	{ "content.arguments", N_("The arguments (what is wrong, which norms "
	  "were violated and how) and the request") },
	{ "content.evidence", N_("The evidence for the arguments") },
	{ "content.participation", N_("Whether it is to be heard with or "
	  "without the filer") },
	{ "content.attachments", N_("A list of the materials attached") },
	{ "content.date-signature", N_("The date and the author's "
	  "signature") },
};

static const char *
elements_label(size_t idx)
{
	const struct fact_def *def = vocab_at(idx);
	size_t i;

	for (i = 0; i < sizeof elements_labels / sizeof elements_labels[0];
	    i++)
		if (strcmp(elements_labels[i].key, def->key) == 0)
			return _(elements_labels[i].label);
	return def->question != NULL ? _(def->question) : def->key;
}

bool
elements_is(size_t idx)
{
	const struct fact_def *def = vocab_at(idx);

	return (def->flags & FACT_CPC488) != 0 &&
	    (def->flags & (FACT_WORKFLOW | FACT_OPTIONAL)) == 0 &&
	    def->type == FACT_BOOL;
}

void
elements_init(struct elements *el, const struct facts *f, size_t at)
{
	const struct fact_value *v;
	size_t i;

	memset(el, 0, sizeof *el);
	for (i = 0; i < vocab_count() && el->n < ELEMENTS_MAX; i++) {
		if (!elements_is(i) || !checklist_relevant(f, i))
			continue;
		v = &f->v[i];
		if (i == at)
			el->cursor = el->n;
		el->idx[el->n] = i;
		el->state[el->n++] = !v->present ? 'n' : v->unknown ? '?' :
		    v->num == 1 ? 'y' : 'n';
	}
}

size_t
elements_first(const struct elements *el)
{
	return el->n > 0 ? el->idx[0] : 0;
}

static void
elements_keys_line(int y, int x, int w)
{
	/* TRANSLATORS: the keys of the list of CPC 488's elements; '-' and
	 * Space are the same keys in every keyboard layout. */
	ui_put_cut(y, x, w, _("Space: mark or unmark   -: don't know   "
	    "Enter: confirm   j/k: move"), ui_attr(R_DIM), false);
}

void
elements_draw(struct elements *el, int y, int x, int h, int w, bool focused)
{
	char line[1024];
	int row = 0, list, i;
	attr_t a;

	row += ui_put_wrapped(y, x, 2, w, _("Which of these does the filing "
	    "contain? Mark each one it has."), A_BOLD);
	/* One row at least for the list, one for the keys. */
	list = h - row - 2;
	if (list < 1)
		list = 1;
	row++;
	if (el->cursor < el->top)
		el->top = el->cursor;
	if (el->cursor >= el->top + list)
		el->top = el->cursor - list + 1;
	for (i = el->top; i < el->n && i < el->top + list; i++, row++) {
		snprintf(line, sizeof line, "%c [%c] %s%s", i < 9 ? '1' + i :
		    ' ', el->state[i] == 'y' ? 'x' : el->state[i] == '?' ? '?' :
		    ' ', elements_label(el->idx[i]), el->proposed[i] ?
		    " \xe2\x97\x86" : "");
		a = i == el->cursor && focused ? ui_attr(R_SELECTED) :
		    i == el->cursor ? A_BOLD : A_NORMAL;
		ui_put_cut(y + row, x, w, line, a, i == el->cursor);
	}
	if (row < h)
		elements_keys_line(y + row, x, w);
}

/* The row's new state, and the cursor on to the next, as mutt's tag
 * moves on. */
static void
elements_set(struct elements *el, int i, char st)
{
	el->state[i] = st;
	if (i == el->cursor && el->cursor + 1 < el->n)
		el->cursor++;
}

int
elements_key(struct elements *el, enum action a, int key)
{
	int yn;

	if (el->n == 0)
		return a == ACT_ENTER ? ANSWER_DONE : ANSWER_NONE;
	switch (a) {
	case ACT_UP:
		if (el->cursor > 0)
			el->cursor--;
		return ANSWER_REDRAW;
	case ACT_DOWN:
		if (el->cursor + 1 < el->n)
			el->cursor++;
		return ANSWER_REDRAW;
	case ACT_HOME:
		el->cursor = 0;
		return ANSWER_REDRAW;
	case ACT_END:
		el->cursor = el->n - 1;
		return ANSWER_REDRAW;
	case ACT_TOGGLE:
		elements_set(el, el->cursor, el->state[el->cursor] == 'y' ?
		    'n' : 'y');
		return ANSWER_REDRAW;
	case ACT_ENTER:
		return ANSWER_DONE;
	default:
		break;
	}
	/* A digit marks or unmarks its row, where the cursor then stays. */
	if (key >= '1' && key <= '9' && key - '1' < el->n) {
		el->cursor = key - '1';
		el->state[el->cursor] = el->state[el->cursor] == 'y' ? 'n' :
		    'y';
		return ANSWER_REDRAW;
	}
	if (key == '-') {
		elements_set(el, el->cursor, '?');
		return ANSWER_REDRAW;
	}
	if ((yn = ui_yes_no(key)) >= 0) {
		elements_set(el, el->cursor, yn == 1 ? 'y' : 'n');
		return ANSWER_REDRAW;
	}
	return ANSWER_NONE;
}

int
elements_apply(const struct elements *el, struct facts *f, char *err,
    size_t errsz)
{
	int i;

	for (i = 0; i < el->n; i++)
		if (facts_set_index(f, el->idx[i], el->state[i] == 'y' ? "yes" :
		    el->state[i] == '?' ? "unknown" : "no", err, errsz) != 0)
			return -1;
	return 0;
}
