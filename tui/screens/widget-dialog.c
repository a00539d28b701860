/*
 * A modal dialog drawn in a box over the screen: a yes/no question, a
 * choice from a list, a line of text, or a message.  The loop gives it
 * every key while it is open; done() receives the answer.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

static void
dialog_reset(struct dialog *d, enum dialog_kind kind, const char *title,
    const char *prompt, dialog_fn done)
{
	int tag = d->tag;
	char ctx[sizeof d->ctx];

	memcpy(ctx, d->ctx, sizeof ctx);
	dialog_close(d);
	d->active = true;
	d->kind = kind;
	snprintf(d->title, sizeof d->title, "%s", title);
	snprintf(d->prompt, sizeof d->prompt, "%s", prompt != NULL ? prompt : "");
	d->done = done;
	/* The caller sets tag and ctx before or after; keep them. */
	d->tag = tag;
	memcpy(d->ctx, ctx, sizeof ctx);
}

void
dialog_close(struct dialog *d)
{
	int i;

	for (i = 0; i < d->n_choices; i++)
		free(d->choices[i]);
	d->n_choices = 0;
	d->active = false;
	d->cursor = d->top = 0;
	d->hint[0] = '\0';
	d->validate = NULL;
	d->done = NULL;
	input_set(&d->input, "");
}

void
dialog_confirm(struct dialog *d, const char *title, const char *prompt,
    dialog_fn done)
{
	dialog_reset(d, DIALOG_CONFIRM, title, prompt, done);
}

void
dialog_choice(struct dialog *d, const char *title, const char *prompt,
    const char *const *choices, int n, int cursor, dialog_fn done)
{
	int i;

	dialog_reset(d, DIALOG_CHOICE, title, prompt, done);
	if (n > DIALOG_MAX_CHOICES)
		n = DIALOG_MAX_CHOICES;
	for (i = 0; i < n; i++)
		d->choices[i] = xstrdup(choices[i]);
	d->n_choices = n;
	d->cursor = cursor >= 0 && cursor < n ? cursor : 0;
}

void
dialog_input(struct dialog *d, const char *title, const char *prompt,
    const char *initial, dialog_fn done)
{
	dialog_reset(d, DIALOG_INPUT, title, prompt, done);
	input_set(&d->input, initial != NULL ? initial : "");
}

void
dialog_message(struct dialog *d, const char *title, const char *text)
{
	dialog_reset(d, DIALOG_MESSAGE, title, text, NULL);
}

static int
dialog_prompt_rows(const struct dialog *d, int w)
{
	size_t len = strlen(d->prompt), off = 0, next;
	int rows = 0;

	while (off < len) {
		ui_wrap(d->prompt + off, len - off, w, &next);
		off += next;
		rows++;
	}
	return rows;
}

void
dialog_draw(struct dialog *d)
{
	int w, h, y, x, rows, list, i, row;
	char line[512];
	attr_t a;

	w = COLS - 8 < 72 ? COLS - 8 : 72;
	/* A field as wide as the window: long values (the court's address,
	 * the judges) are edited whole. */
	if (d->kind == DIALOG_INPUT)
		w = COLS - 8;
	/* Choices whole when the window has the room. */
	for (i = 0; d->kind == DIALOG_CHOICE && i < d->n_choices; i++)
		if (ui_width(d->choices[i]) + 7 > w)
			w = ui_width(d->choices[i]) + 7 < COLS - 4 ?
			    ui_width(d->choices[i]) + 7 : COLS - 4;
	if (w < 20)
		return;
	rows = dialog_prompt_rows(d, w - 4);
	list = 0;
	if (d->kind == DIALOG_CHOICE)
		list = d->n_choices;
	h = rows + 4 + list + (d->kind == DIALOG_INPUT ? 2 : 0) +
	    (d->hint[0] != '\0' ? 1 : 0) + 1;
	if (h > LINES - 2) {
		list -= h - (LINES - 2);
		h = LINES - 2;
		if (list < 1)
			list = 1;
	}
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	for (i = 0; i < h; i++)
		ui_fill(y + i, x, w, A_NORMAL);
	ui_box(y, x, h, w);
	ui_printf(y, x + 2, w - 4, ui_attr(R_HEAD), " %s ", d->title);
	row = y + 1;
	row += ui_put_wrapped(row, x + 2, rows, w - 4, d->prompt, A_NORMAL);
	row++;
	switch (d->kind) {
	case DIALOG_CHOICE:
		if (d->cursor < d->top)
			d->top = d->cursor;
		if (d->cursor >= d->top + list)
			d->top = d->cursor - list + 1;
		for (i = 0; i < list && d->top + i < d->n_choices; i++) {
			a = d->top + i == d->cursor ? ui_attr(R_SELECTED) :
			    A_NORMAL;
			/* The number a digit answers with, up to 9. */
			snprintf(line, sizeof line, "%c  %s",
			    d->top + i < 9 ? '1' + d->top + i : ' ',
			    d->choices[d->top + i]);
			ui_put_cut(row + i, x + 2, w - 4, line, a, true);
		}
		row += list;
		break;
	case DIALOG_INPUT:
		input_draw(&d->input, row, x + 2, w - 4, false);
		row += 2;
		break;
	default:
		break;
	}
	if (d->hint[0] != '\0')
		ui_puts(row++, x + 2, w - 4, d->hint, ui_attr(R_ERROR));
	switch (d->kind) {
	case DIALOG_CONFIRM:
		ui_puts(y + h - 2, x + 2, w - 4, _("y: yes   n, Esc: no"),
		    ui_attr(R_DIM));
		break;
	case DIALOG_CHOICE:
		ui_puts(y + h - 2, x + 2, w - 4,
		    _("Enter: choose   Esc: cancel"), ui_attr(R_DIM));
		break;
	case DIALOG_INPUT:
		ui_puts(y + h - 2, x + 2, w - 4,
		    _("Enter: accept   Esc: cancel"), ui_attr(R_DIM));
		/* The cursor last, so that it stays in the field. */
		input_draw(&d->input, y + rows + 2, x + 2, w - 4, true);
		break;
	default:
		ui_puts(y + h - 2, x + 2, w - 4, _("Press any key."),
		    ui_attr(R_DIM));
		break;
	}
}

static int
dialog_finish(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct dialog copy;
	dialog_fn fn = d->done;

	/* done() may open the next dialog in d: hand it a copy. */
	copy = *d;
	memset(copy.choices, 0, sizeof copy.choices);
	copy.n_choices = 0;
	if (choice >= 0 && choice < d->n_choices)
		snprintf(copy.prompt, sizeof copy.prompt, "%s",
		    d->choices[choice]);
	dialog_close(d);
	if (fn != NULL)
		fn(t, &copy, ok, choice, text);
	return UI_HANDLED | UI_REDRAW;
}

int
dialog_key(struct tui *t, struct dialog *d, enum action a, int key)
{
	char text[INPUT_MAX * 4 + 1];

	if (d->kind == DIALOG_MESSAGE)
		return dialog_finish(t, d, true, -1, NULL);
	if (key == 27)
		return dialog_finish(t, d, false, -1, NULL);
	switch (d->kind) {
	case DIALOG_CONFIRM:
		if (ui_yes_no(key) == 1 || a == ACT_ENTER)
			return dialog_finish(t, d, true, -1, NULL);
		if (ui_yes_no(key) == 0 || key == 'q')
			return dialog_finish(t, d, false, -1, NULL);
		return UI_HANDLED;
	case DIALOG_CHOICE:
		if (key == 'q')
			return dialog_finish(t, d, false, -1, NULL);
		if (a == ACT_UP && d->cursor > 0)
			d->cursor--;
		else if (a == ACT_DOWN && d->cursor + 1 < d->n_choices)
			d->cursor++;
		else if (a == ACT_HOME)
			d->cursor = 0;
		else if (a == ACT_END)
			d->cursor = d->n_choices - 1;
		else if (a == ACT_ENTER)
			return dialog_finish(t, d, true, d->cursor, NULL);
		else if (key >= '1' && key <= '9' && key - '1' < d->n_choices)
			return dialog_finish(t, d, true, key - '1', NULL);
		return UI_HANDLED | UI_REDRAW;
	case DIALOG_INPUT:
		if (a == ACT_ENTER) {
			input_get(&d->input, text, sizeof text);
			if (d->validate != NULL &&
			    !d->validate(text, d->hint, sizeof d->hint))
				return UI_HANDLED | UI_REDRAW;
			return dialog_finish(t, d, true, -1, text);
		}
		input_key(&d->input, key);
		d->hint[0] = '\0';
		return UI_HANDLED | UI_REDRAW;
	default:
		return UI_HANDLED;
	}
}
