/*
 * Screening: the checklist, one question at a time.
 *
 * The next question is the core's (checklist_next on the facts so far);
 * the provisional outcome is decide() on the same facts; a pane shows the
 * cited paragraphs of the resolution.  Going back shows an earlier answer
 * and lets it be changed; answers that the change makes moot are dropped
 * (checklist_prune).  After every answer the facts are saved as a draft,
 * so a closed terminal loses nothing; the end shows the decision and
 * saves the filing to the register.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/checklist.h"
#include "core/cite.h"
#include "core/decision.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/screens/screening-doc.h"
#include "tui/screens/screening-identity.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget-elements.h"

struct screening_state {
	bool		 active;
	struct facts	 facts;
	int64_t		 draft_id;
	int		 q;		/* the question shown; -1 at the end */
	bool		 reviewing;	/* went back: walk the answers forward */
	struct answer	 an;
	bool		 el_on;		/* q is CPC 488's list (el) */
	struct elements	 el;
	struct identity	 id;		/* the identity form, when q is on it */
	bool		 id_seen;	/* confirmed in this screening */
	bool		 id_review;	/* the document's review filled it */
	bool		 pane;		/* the resolution's text is shown */
	bool		 pane_doc;	/* the document's instead */
	struct sdoc	*doc;		/* the filing's documents */
	bool		 pane_focus;
	int		 pane_for;	/* question the pane was built for */
	struct pager	 pane_text;
	bool		 answers;	/* the list of answers is shown */
	size_t		 answers_cur;
	struct decision	 dec;
	struct pager	 end_text;
	bool		 end_built;
};

static void
screening_decide(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	struct decide_options o;

	cli_decide_options(t->cli, &o);
	decide(&sc->facts, cli_calendar(t->cli), &o, t->cli->today, &sc->dec);
}

static bool
screening_askable(struct screening_state *sc, size_t i)
{
	const struct fact_def *def = vocab_at(i);

	return (!(def->flags & (FACT_WORKFLOW | FACT_OPTIONAL)) ||
	    identity_on_form(i)) && checklist_relevant(&sc->facts, i);
}

static void
screening_show(struct screening_state *sc, int q)
{
	sc->q = q;
	sc->pane_focus = false;
	sc->end_built = false;
	/* The elements of CPC 488 are one list, shown at the first. */
	sc->el_on = q >= 0 && elements_is((size_t)q);
	if (sc->el_on) {
		elements_init(&sc->el, &sc->facts, (size_t)q);
		sdoc_elements(sc->doc, &sc->el, &sc->facts);
		sc->q = q = (int)elements_first(&sc->el);
	}
	if (q >= 0 && identity_on_form((size_t)q)) {
		identity_init(&sc->id, &sc->facts);
		sdoc_unmark(sc->doc);
	} else if (q >= 0) {
		answer_init(&sc->an, (size_t)q, &sc->facts);
		sdoc_preselect(sc->doc, &sc->an, &sc->facts);
	}
}

/* The core's next question, or the identity form right after the kind of
 * filing until it is confirmed (its fields are never required). */
static int
screening_next(struct screening_state *sc)
{
	int next = checklist_next(&sc->facts), kind = vocab_index("filing.kind");

	/* Filled in part from the document's review: still shown, so that
	 * the clerk completes it. */
	if (!sc->id_seen && (identity_due(&sc->facts) || (sc->id_review &&
	    kind >= 0 && sc->facts.v[kind].present)) &&
	    (next < 0 || next > identity_first()))
		return identity_first();
	return next;
}

/* After an answer: walking forward through earlier answers, or on to the
 * first open question, whichever comes first. */
static void
screening_advance(struct screening_state *sc)
{
	int next = screening_next(sc);
	size_t i;

	if (sc->reviewing && sc->q >= 0) {
		for (i = (size_t)sc->q + 1; i < vocab_count(); i++)
			if (sc->facts.v[i].present && screening_askable(sc, i) &&
			    !(sc->el_on && elements_is(i)))
				break;
		if (i < vocab_count() && (next < 0 || (int)i < next)) {
			screening_show(sc, (int)i);
			return;
		}
	}
	sc->reviewing = false;
	screening_show(sc, next);
}

static void
screening_prev(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	size_t from = sc->q >= 0 ? (size_t)sc->q : vocab_count();

	while (from-- > 0)
		if (sc->facts.v[from].present && screening_askable(sc, from)) {
			sc->reviewing = true;
			screening_show(sc, (int)from);
			return;
		}
	tui_message(t, false, "%s", _("This is the first question."));
}

void
screening_save_draft(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[REG_ERRSZ];
	size_t answered, total;

	if (!sc->active || t->reg == NULL)
		return;
	checklist_progress(&sc->facts, &answered, &total);
	if (answered == 0 && sc->draft_id == 0)
		return;
	if (reg_draft_save(t->reg, &sc->draft_id, &sc->facts, err,
	    sizeof err) != 0)
		tui_message(t, true, "%s", err);
}

void
screening_start(struct tui *t, const struct facts *f, int64_t draft_id)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);

	if (sc->active)
		facts_free(&sc->facts);
	facts_init(&sc->facts);
	if (f != NULL)
		facts_copy(&sc->facts, f);
	checklist_prune(&sc->facts);
	sc->active = true;
	sc->draft_id = draft_id;
	sc->reviewing = false;
	sc->answers = false;
	sc->pane = true;
	sc->pane_doc = false;
	sc->pane_for = -2;
	sc->id_seen = false;
	sc->id_review = false;
	sdoc_free(sc->doc);
	sc->doc = sdoc_new();
	sdoc_load_draft(t, sc->doc, &sc->facts, draft_id);
	if (f == NULL && draft_id == 0)
		sdoc_prompt(sc->doc);
	screening_show(sc, screening_next(sc));
	tui_push(t, SCREEN_SCREENING);
}

static void *
screening_enter(struct tui *t)
{
	struct screening_state *sc = xcalloc(1, sizeof *sc);

	(void)t;
	pager_init(&sc->pane_text);
	pager_init(&sc->end_text);
	return sc;
}

static void
screening_free(void *state)
{
	struct screening_state *sc = state;

	if (sc->active)
		facts_free(&sc->facts);
	pager_free(&sc->pane_text);
	pager_free(&sc->end_text);
	sdoc_free(sc->doc);
	free(sc);
}

static void
screening_answer(struct tui *t, const char *value)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[REG_ERRSZ];

	if (facts_set_index(&sc->facts, (size_t)sc->q, value, err,
	    sizeof err) != 0) {
		ui_copy(sc->an.msg, sizeof sc->an.msg, err);
		return;
	}
	checklist_prune(&sc->facts);
	screening_save_draft(t);
	screening_advance(sc);
}

/* Drawing. */

static void
screening_draw_top(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	size_t answered, total;
	char line[256];
	enum ui_role role;
	int w, x, bar, fill;

	screening_decide(t);
	checklist_progress(&sc->facts, &answered, &total);
	snprintf(line, sizeof line, _("Answered %zu of %zu"), answered, total);
	x = ui_puts(1, 1, COLS / 2, line, A_BOLD) + 2;
	bar = 20;
	if (x + bar + 2 < COLS / 2) {
		fill = total > 0 ? (int)(answered * (size_t)bar / total) : 0;
		mvaddch(1, x, '[');
		attrset(ui_attr(R_MET));
		mvhline(1, x + 1, '=', fill);
		attrset(A_NORMAL);
		mvaddch(1, x + bar + 1, ']');
	}
	switch (sc->dec.outcome) {
	case OUTCOME_ADMIT:
		role = R_MET;
		break;
	case OUTCOME_INCOMPLETE:
		role = R_DIM;
		break;
	case OUTCOME_REFER:
		role = R_SOON;
		break;
	default:
		role = R_OVERDUE;
		break;
	}
	/* The outcome in words, or its short label where the words leave
	 * the progress no room; cut with "…" only past that. */
	snprintf(line, sizeof line, "%s %s", sc->q >= 0 ?
	    _("So far:") : _("Decision:"), _(outcome_label(sc->dec.outcome)));
	if (ui_width(line) > COLS / 2 - 2)
		snprintf(line, sizeof line, "%s %s", sc->q >= 0 ?
		    _("So far:") : _("Decision:"),
		    _(outcome_short_label(sc->dec.outcome)));
	w = ui_width(line);
	if (w > COLS / 2 - 2)
		w = COLS / 2 - 2;
	ui_put_cut(1, COLS - w - 1, w, line, ui_attr(role), false);
	mvhline(2, 0, ACS_HLINE, COLS);
}

static void
screening_pane_build(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	const struct fact_def *def;
	struct strbuf sb;

	if (sc->pane_for == sc->q)
		return;
	sc->pane_for = sc->q;
	strbuf_init(&sb);
	def = sc->q >= 0 ? vocab_at((size_t)sc->q) : NULL;
	tui_resolution_cited(t, def != NULL ? def->cite : NULL, &sb);
	pager_set(&sc->pane_text, sb.buf, sb.len);
	strbuf_free(&sb);
}

static void
screening_draw_pane(struct tui *t, int y, int x, int h, int w)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	const struct fact_def *def = sc->q >= 0 ? vocab_at((size_t)sc->q) : NULL;
	struct strbuf cited;
	char title[256];

	screening_pane_build(t);
	strbuf_init(&cited);
	cite_render(def != NULL ? def->cite : NULL, &cited);
	snprintf(title, sizeof title, "%s %s", _("Cited:"),
	    cited.len > 0 ? cited.buf : "-");
	strbuf_free(&cited);
	ui_fill(y, x, w, sc->pane_focus ? ui_attr(R_SELECTED) :
	    ui_attr(R_HEADER));
	ui_put_cut(y, x + 1, w - 2, title, sc->pane_focus ?
	    ui_attr(R_SELECTED) : ui_attr(R_HEADER), false);
	pager_draw(&sc->pane_text, y + 1, x + 1, h - 1, w - 2);
}

static void
screening_draw_answers(struct tui *t, int y, int h, int w)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char buf[FACT_TEXT_MAX], line[1024];
	const char *v;
	size_t i, row = 0, k = 0, top;

	ui_puts(y, 1, w, _("Answers so far (Enter changes one, Esc returns):"),
	    ui_attr(R_HEAD));
	top = sc->answers_cur >= (size_t)(h - 2) ?
	    sc->answers_cur - (size_t)(h - 2) + 1 : 0;
	for (i = 0; i < vocab_count(); i++) {
		const struct fact_def *def = vocab_at(i);

		if (!sc->facts.v[i].present || !screening_askable(sc, i))
			continue;
		if (k >= top && row < (size_t)(h - 2)) {
			v = facts_value_text(&sc->facts, i, buf, sizeof buf);
			snprintf(line, sizeof line, "%-3zu %s  %s", k + 1,
			    def->question != NULL ? _(def->question) : def->key,
			    answer_value_label(i, v));
			ui_put(y + 2 + (int)row, 1, w, line, strlen(line),
			    k == sc->answers_cur ? ui_attr(R_SELECTED) :
			    A_NORMAL, k == sc->answers_cur);
			row++;
		}
		k++;
	}
}

static int
screening_answers_index(struct screening_state *sc, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < vocab_count(); i++) {
		if (!sc->facts.v[i].present || !screening_askable(sc, i))
			continue;
		if (k++ == n)
			return (int)i;
	}
	return -1;
}

static void
screening_draw_end(struct tui *t, int y, int h, int w)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	struct strbuf sb;

	if (!sc->end_built) {
		strbuf_init(&sb);
		ui_decision_text(&sc->dec, cli_calendar(t->cli),
		    t->cli->today, &sb);
		strbuf_printf(&sb, "\n%s\n", _("Enter or F2 saves the filing "
		    "to the register; F8 discards the screening; F6 goes "
		    "back to change an answer."));
		pager_set(&sc->end_text, sb.buf, sb.len);
		strbuf_free(&sb);
		sc->end_built = true;
	}
	ui_puts(y, 1, w, _("The screening is complete."), ui_attr(R_HEAD));
	pager_draw(&sc->end_text, y + 2, 1, h - 2, w);
}

static void
screening_draw_question(struct tui *t, int y, int h, int w)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	const struct fact_def *def = vocab_at((size_t)sc->q);
	int row = 0;

	if (identity_on_form((size_t)sc->q)) {
		identity_draw(&sc->id, y, 1, h, w);
		return;
	}
	row += ui_put_wrapped(y, 1, 4, w, def->question != NULL ?
	    _(def->question) : def->key, A_BOLD);
	if (def->help != NULL)
		row += ui_put_wrapped(y + row, 1, 3, w, _(def->help),
		    ui_attr(R_DIM));
	row += sdoc_mark_draw(sc->doc, (size_t)sc->q, y + row, 1, 2, w);
	row++;
	answer_draw(&sc->an, y + row, 1, h - row, w, !sc->pane_focus);
}

static void
screening_elements_done(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[REG_ERRSZ];

	if (elements_apply(&sc->el, &sc->facts, err, sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return;
	}
	checklist_prune(&sc->facts);
	screening_save_draft(t);
	screening_advance(sc);
}

static void
screening_draw(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	int top = 3, bottom = LINES - 3, h = bottom - top + 1, w = COLS - 2;
	int ph = 0, pw = 0;

	screening_draw_top(t);
	if (sc->answers) {
		screening_draw_answers(t, top, h, w);
		return;
	}
	if (sc->q < 0 && !sdoc_prompting(sc->doc)) {
		screening_draw_end(t, top, h, w);
		return;
	}
	if (sc->pane) {
		if (COLS >= 110) {
			pw = COLS * 2 / 5;
			w = COLS - pw - 3;
		} else {
			ph = h / 2;
			h -= ph;
		}
		if (sc->pane_doc)
			sdoc_pane_draw(sc->doc, ph > 0 ? top + h : top,
			    ph > 0 ? 0 : COLS - pw, ph > 0 ? ph : h,
			    ph > 0 ? COLS : pw, sc->pane_focus);
		else if (ph > 0)
			screening_draw_pane(t, top + h, 0, ph, COLS);
		else
			screening_draw_pane(t, top, COLS - pw, h, pw);
	}
	if (sdoc_prompting(sc->doc))
		sdoc_prompt_draw(t, sc->doc, top, h, w);
	else if (sc->el_on)
		elements_draw(&sc->el, top, 1, h, w, !sc->pane_focus);
	else
		screening_draw_question(t, top, h, w);
}

/* Keys. */

static void
screening_discard_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[REG_ERRSZ];

	(void)d;
	(void)choice;
	(void)text;
	if (!ok)
		return;
	if (sc->draft_id != 0 && reg_draft_delete(t->reg, sc->draft_id, err,
	    sizeof err) != 0)
		tui_message(t, true, "%s", err);
	else
		tui_message(t, false, "%s", _("The screening was discarded."));
	facts_free(&sc->facts);
	sc->active = false;
	sc->draft_id = 0;
	tui_pop(t);
}

static int
screening_store(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[REG_ERRSZ], number[40];
	struct reg_add_with with;
	int64_t id = 0;

	memset(&with, 0, sizeof with);
	with.draft_id = sc->draft_id;
	with.choices = sdoc_choices(sc->doc, &sc->facts, &with.nchoices);
	if (reg_add_ex(t->reg, &sc->facts, &with, &id, number, err,
	    sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return UI_REDRAW;
	}
	facts_free(&sc->facts);
	sc->active = false;
	sc->draft_id = 0;
	tui_pop(t);
	register_select(t, id);
	tui_message(t, false, _("Saved to the register as %s."), number);
	return UI_REDRAW;
}

/* The hand-over date, typed in any form a date question takes, or
 * nothing when it is not handed yet. */
static bool
screening_valid_handed(const char *text, char *msg, size_t msgsz)
{
	qdate d;

	if (*text == '\0' || ui_date_parse(text, &d))
		return true;
	ui_date_hint(msg, msgsz, text);
	return false;
}

static void
screening_handed_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char err[256], iso[QDATE_BUFSZ];
	qdate day;

	(void)d;
	(void)choice;
	if (!ok)
		return;
	if (*text != '\0' && ui_date_parse(text, &day))
		qdate_format(day, iso);
	else
		iso[0] = '\0';
	if (iso[0] != '\0' && facts_set(&sc->facts, "filing.handed", iso, err,
	    sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return;
	}
	(void)screening_store(t);
}

/*
 * A filing that goes back by letter must go within 3 days of its
 * hand-over to the judge (CPC 489.3; NR 9): the clock starts only when
 * that day is known, so it is asked here, today by default.  Left empty,
 * the register shows the hand-over as an action to take.
 */
static int
screening_save(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char today[QDATE_BUFSZ];

	if (sc->dec.outcome != OUTCOME_RETURN_LETTER ||
	    facts_date(&sc->facts, "filing.handed") != QDATE_NONE)
		return screening_store(t);
	qdate_format_shown(t->cli->today, today);
	dialog_input(&t->dialog, _("Handed to the judge"), _("The filing "
	    "goes back by letter within 3 days of the day it was handed to "
	    "the judge (CPC 489.3). Day it was handed (empty: not yet):"),
	    today, screening_handed_done);
	t->dialog.validate = screening_valid_handed;
	return UI_REDRAW;
}

static int
screening_answers_key(struct screening_state *sc, enum action a)
{
	size_t answered, total;
	int i;

	checklist_progress(&sc->facts, &answered, &total);
	switch (a) {
	case ACT_UP:
		if (sc->answers_cur > 0)
			sc->answers_cur--;
		break;
	case ACT_DOWN:
		if (screening_answers_index(sc, sc->answers_cur + 1) >= 0)
			sc->answers_cur++;
		break;
	case ACT_ENTER:
		if ((i = screening_answers_index(sc, sc->answers_cur)) >= 0) {
			sc->reviewing = true;
			sc->answers = false;
			screening_show(sc, i);
		}
		break;
	case ACT_BACK:
	case ACT_ANSWERS:
		sc->answers = false;
		break;
	case ACT_HOME:
		sc->answers_cur = 0;
		break;
	case ACT_DISCARD:
	case ACT_NEXT_OPEN:
	case ACT_SAVE:
		/* The bar's keys do what they say there too: the list
		 * closes and the screening takes the key. */
		sc->answers = false;
		return -1;
	default:
		break;
	}
	return UI_HANDLED | UI_REDRAW;
}

/* F9: the resolution, the document (when one is open), no pane. */
static void
screening_pane_next(struct screening_state *sc)
{
	sc->pane_focus = false;
	if (!sc->pane) {
		sc->pane = true;
		sc->pane_doc = false;
	} else if (!sc->pane_doc && sdoc_count(sc->doc) > 0) {
		sc->pane_doc = true;
	} else {
		sc->pane = false;
	}
}

/* The document's prompt and review have the keys while shown; F3 opens
 * another document.  0 when the key is the screening's. */
static int
screening_doc_key(struct tui *t, enum action a, int key)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	size_t had = sdoc_count(sc->doc);
	bool changed;
	int r;

	if (a == ACT_DOCUMENT && !sdoc_prompting(sc->doc)) {
		sdoc_prompt(sc->doc);
		return UI_REDRAW;
	}
	if (!sdoc_prompting(sc->doc) || a == ACT_PANE || a == ACT_DISCARD)
		return 0;
	r = sdoc_prompt_key(t, sc->doc, a, key, &sc->draft_id, &sc->facts,
	    &changed);
	if (sdoc_count(sc->doc) > had)
		sc->pane = sc->pane_doc = true;
	if (changed) {
		sc->id_review = true;
		checklist_prune(&sc->facts);
		screening_save_draft(t);
	}
	if (!sdoc_prompting(sc->doc))
		screening_show(sc, sc->reviewing ? sc->q :
		    screening_next(sc));
	return r | UI_HANDLED;
}

static bool
screening_on_form(struct screening_state *sc)
{
	return sc->q >= 0 && !sc->pane_focus && identity_on_form((size_t)sc->q);
}

/* The form's keys; the screening's own (Esc, F5-F9) pass through. */
static int
screening_form_key(struct tui *t, enum action a, int key)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	int r;

	/* Leaving keeps what was typed, as the draft keeps every answer. */
	if (a == ACT_BACK) {
		(void)identity_apply(&sc->id, &sc->facts);
		return -1;
	}
	if ((r = form_key(&sc->id.form, a, key)) == FORM_NONE)
		return -1;
	if (r == FORM_DONE) {
		if (identity_apply(&sc->id, &sc->facts) != 0)
			return UI_REDRAW;
		sc->id_seen = true;
		checklist_prune(&sc->facts);
		screening_save_draft(t);
		sc->q = identity_last();
		screening_advance(sc);
	}
	return UI_REDRAW;
}

static int
screening_key(struct tui *t, enum action a, int key)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);
	char value[FACT_TEXT_MAX];
	int r;

	if (sc->answers && (r = screening_answers_key(sc, a)) >= 0)
		return r;
	if ((r = screening_doc_key(t, a, key)) != 0)
		return r;
	if (screening_on_form(sc) && (r = screening_form_key(t, a, key)) >= 0)
		return r;
	switch (a) {
	case ACT_BACK:
		if (sc->active)
			tui_message(t, false, "%s", _("The screening is kept as a "
			    "draft and offered again at the next start."));
		screening_save_draft(t);
		if (sc->active)
			facts_free(&sc->facts);
		sc->active = false;
		return UI_BACK;
	case ACT_DISCARD:
		dialog_confirm(&t->dialog, _("Discard"), _("Discard this "
		    "screening and its answers?"), screening_discard_done);
		return UI_REDRAW;
	case ACT_PREV:
		screening_prev(t);
		return UI_REDRAW;
	case ACT_ANSWERS:
		sc->answers = true;
		sc->answers_cur = 0;
		return UI_REDRAW;
	case ACT_NEXT_OPEN:
		sc->reviewing = false;
		screening_show(sc, screening_next(sc));
		return UI_REDRAW;
	case ACT_PANE:
		screening_pane_next(sc);
		return UI_REDRAW;
	case ACT_TAB:
		if (sc->pane && sc->q >= 0)
			sc->pane_focus = !sc->pane_focus;
		return UI_REDRAW;
	default:
		break;
	}
	if (sc->q < 0) {
		if (a == ACT_ENTER || a == ACT_SAVE)
			return screening_save(t);
		return pager_key(&sc->end_text, a, LINES - 8);
	}
	if (sc->pane_focus && sc->pane_doc)
		return sdoc_pane_key(sc->doc, a, LINES / 3);
	if (sc->pane_focus)
		return pager_key(&sc->pane_text, a, LINES / 3);
	if (a == ACT_SAVE) {
		tui_message(t, false, "%s", _("Answer the remaining questions "
		    "first (F7 goes to the first open one)."));
		return UI_REDRAW;
	}
	if (sc->el_on) {
		if ((r = elements_key(&sc->el, a, key)) == ANSWER_DONE)
			screening_elements_done(t);
		return r != ANSWER_NONE ? UI_REDRAW : 0;
	}
	r = answer_key(&sc->an, a, key, value, sizeof value);
	if (r == ANSWER_DONE)
		screening_answer(t, value);
	return r != ANSWER_NONE ? UI_REDRAW : 0;
}

static bool
screening_typing(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);

	if (sdoc_prompting(sc->doc))
		return sdoc_typing(sc->doc);
	return sc->q >= 0 && !sc->answers && !sc->pane_focus &&
	    (sc->an.field || identity_on_form((size_t)sc->q));
}

static void
screening_resize(struct tui *t)
{
	struct screening_state *sc = tui_state(t, SCREEN_SCREENING);

	sc->pane_text.width = 0;
	sc->end_text.width = 0;
	sdoc_resize(sc->doc);
}

const struct screen screen_screening = {
	.id = SCREEN_SCREENING,
	.enter = screening_enter,
	.free = screening_free,
	.title = N_("Screening"),
	.draw = screening_draw,
	.key = screening_key,
	.resize = screening_resize,
	.typing = screening_typing,
};
