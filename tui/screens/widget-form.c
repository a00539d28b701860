/*
 * A form: several labelled fields on one screen, for facts a clerk copies
 * from one place of the filing at once (its heading).  Tab or Down moves
 * to the next field, Shift-Tab or Up to the previous one; Enter moves on
 * too, and on the last field confirms, as F2 does anywhere.  A field may
 * be left empty.  A choice field takes Space or Right for the next value,
 * Left for the previous, a digit for the value of that number, Backspace
 * to clear it.  The form knows no facts: its owner fills it and reads it.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

void
form_init(struct form *fm)
{
	memset(fm, 0, sizeof *fm);
}

int
form_add(struct form *fm, const char *label, const char *hint,
    enum form_kind kind, const char *const *choices, int n_choices)
{
	struct form_field *f;

	if (fm->n >= FORM_MAX)
		return -1;
	f = &fm->f[fm->n];
	memset(f, 0, sizeof *f);
	f->label = label;
	f->hint = hint;
	f->kind = kind;
	f->choices = choices;
	f->n_choices = n_choices;
	f->choice = -1;
	input_set(&f->input, "");
	return fm->n++;
}

void
form_get(const struct form *fm, int i, char *out, size_t outsz)
{
	input_get(&fm->f[i].input, out, outsz);
}

/* The label column: the widest label, within half the width. */
static int
form_label_width(const struct form *fm, int w)
{
	int i, lw = 0, k;

	for (i = 0; i < fm->n; i++)
		if ((k = ui_width(fm->f[i].label)) > lw)
			lw = k;
	lw += 2;
	return lw > w / 2 ? w / 2 : lw;
}

static void
form_draw_choice(const struct form_field *f, int y, int x, int w,
    bool focused)
{
	char line[256];

	snprintf(line, sizeof line, "< %s >", f->choice >= 0 ?
	    f->choices[f->choice] : "—");
	ui_put_cut(y, x, w, line, focused ? ui_attr(R_SELECTED) : A_NORMAL,
	    false);
}

int
form_draw(struct form *fm, int y, int x, int h, int w)
{
	int i, lw = form_label_width(fm, w), fw = w - lw, row = 0;
	struct form_field *f;

	if (fw > 60)
		fw = 60;
	for (i = 0; i < fm->n && row < h; i++, row++) {
		f = &fm->f[i];
		ui_put_cut(y + row, x, lw - 1, f->label, i == fm->cur ? A_BOLD :
		    A_NORMAL, false);
		if (f->kind == FORM_CHOICE)
			form_draw_choice(f, y + row, x + lw, fw, i == fm->cur);
		else
			input_draw(&f->input, y + row, x + lw, fw, false);
	}
	row++;
	f = &fm->f[fm->cur];
	if (fm->msg[0] != '\0')
		row += ui_put_wrapped(y + row, x, h - row, w, fm->msg,
		    ui_attr(R_ERROR));
	else if (f->hint != NULL && row < h)
		row += ui_put_wrapped(y + row, x, h - row, w, f->hint,
		    ui_attr(R_DIM));
	if (row + 1 < h)
		row += 1 + ui_put_wrapped(y + row + 1, x, h - row - 1, w,
		    _("Tab or Down: next field; Up: previous; Enter on the last "
		    "field or F2: done. Fields may be left empty."),
		    ui_attr(R_DIM));
	/* The cursor last, in the field that has the keyboard. */
	if (f->kind != FORM_CHOICE && fm->cur < h)
		input_draw(&f->input, y + fm->cur, x + lw, fw, true);
	return row;
}

static int
form_choice_key(struct form_field *f, int key)
{
	int k = IS_KEYCODE(key) ? key & ~0x1000000 : -1;

	if (key == ' ' || k == KEY_RIGHT)
		f->choice = f->choice + 1 < f->n_choices ? f->choice + 1 : -1;
	else if (k == KEY_LEFT)
		f->choice = f->choice >= 0 ? f->choice - 1 : f->n_choices - 1;
	else if (key >= '1' && key <= '9' && key - '1' < f->n_choices)
		f->choice = key - '1';
	else if (key == 127 || key == 8 || k == KEY_BACKSPACE || k == KEY_DC)
		f->choice = -1;
	else
		return FORM_NONE;
	return FORM_REDRAW;
}

int
form_key(struct form *fm, enum action a, int key)
{
	struct form_field *f = &fm->f[fm->cur];

	switch (a) {
	case ACT_SAVE:
		return FORM_DONE;
	case ACT_ENTER:
		if (fm->cur + 1 >= fm->n)
			return FORM_DONE;
		fm->cur++;
		return FORM_REDRAW;
	case ACT_TAB:
	case ACT_DOWN:
		fm->cur = (fm->cur + 1) % fm->n;
		return FORM_REDRAW;
	case ACT_UP:
		fm->cur = (fm->cur + fm->n - 1) % fm->n;
		return FORM_REDRAW;
	default:
		break;
	}
	if (key == KEYCODE(KEY_BTAB)) {
		fm->cur = (fm->cur + fm->n - 1) % fm->n;
		return FORM_REDRAW;
	}
	if (f->kind == FORM_CHOICE)
		return form_choice_key(f, key);
	if (input_key(&f->input, key)) {
		fm->msg[0] = '\0';
		return FORM_REDRAW;
	}
	return FORM_NONE;
}
