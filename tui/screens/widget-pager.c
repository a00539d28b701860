/*
 * A pager: text wrapped to the width of its window, scrolled by line and
 * page, searched case-insensitively (Cyrillic and Kazakh letters
 * included, through towlower).  The letter, the filing and the help
 * screens show their text in one; the help and letter screens let the
 * user search it (pager_search_key).
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "core/i18n.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

void
pager_init(struct pager *p)
{
	memset(p, 0, sizeof *p);
	strbuf_init(&p->text);
}

void
pager_free(struct pager *p)
{
	strbuf_free(&p->text);
	free(p->lines);
	p->lines = NULL;
	p->n_lines = p->cap_lines = 0;
}

void
pager_set(struct pager *p, const char *text, size_t len)
{
	strbuf_reset(&p->text);
	strbuf_add(&p->text, text, len);
	p->width = 0;		/* wrap again at the next draw */
	p->n_lines = 0;
	p->top = 0;
	p->match = 0;
	p->mark_len = 0;
	p->mark_scroll = false;
}

void
pager_mark(struct pager *p, size_t off, size_t len)
{
	p->mark_off = off;
	p->mark_len = len;
	p->mark_scroll = len > 0;
}

static bool
pager_marked(const struct pager *p, size_t i)
{
	return p->mark_len > 0 &&
	    p->lines[i].off < p->mark_off + p->mark_len &&
	    p->lines[i].off + p->lines[i].len >= p->mark_off;
}

/* The first marked line a few lines below the top, as a search does. */
static void
pager_mark_scroll(struct pager *p)
{
	size_t i;

	p->mark_scroll = false;
	for (i = 0; i < p->n_lines; i++)
		if (pager_marked(p, i)) {
			p->top = i > 2 ? i - 2 : 0;
			return;
		}
}

static void
pager_add_line(struct pager *p, size_t off, size_t len, unsigned char role,
    bool cont)
{
	if (p->n_lines == p->cap_lines) {
		p->cap_lines = p->cap_lines ? p->cap_lines * 2 : 64;
		p->lines = xrealloc(p->lines, p->cap_lines * sizeof *p->lines);
	}
	p->lines[p->n_lines].off = off;
	p->lines[p->n_lines].len = len;
	p->lines[p->n_lines].role = role;
	p->lines[p->n_lines].cont = cont;
	p->n_lines++;
}

static void
pager_wrap(struct pager *p, int w)
{
	const char *s = p->text.buf;
	size_t len = p->text.len, off = 0, eol, n, next, pos;
	int hang = p->hang > 0 && p->hang < w / 2 ? p->hang : 0;
	unsigned char role;

	p->n_lines = 0;
	p->width = w;
	while (off < len) {
		eol = off;
		while (eol < len && s[eol] != '\n')
			eol++;
		role = 0;
		if (eol > off && (unsigned char)s[off] < 0x08 &&
		    s[off] != '\0') {
			role = (unsigned char)s[off];
			off++;
		}
		if (eol == off)
			pager_add_line(p, off, 0, role, false);
		for (pos = off; pos < eol; pos += next) {
			n = ui_wrap(s + pos, eol - pos, pos > off ? w - hang : w,
			    &next);
			pager_add_line(p, pos, n, role, pos > off && hang > 0);
		}
		off = eol + 1;
	}
	if (p->top >= p->n_lines)
		p->top = p->n_lines > 0 ? p->n_lines - 1 : 0;
}

static enum ui_role
pager_role(unsigned char role)
{
	switch (role) {
	case 1: return R_HEAD;
	case 2: return R_OVERDUE;
	case 3: return R_SOON;
	case 4: return R_MET;
	case 5: return R_DIM;
	case 6: return R_TODAY;
	default: return R_NORMAL;
	}
}

void
pager_draw(struct pager *p, int y, int x, int h, int w)
{
	size_t i;
	int row;
	attr_t a;

	if (w < 1 || h < 1)
		return;
	if (p->width != w)
		pager_wrap(p, w);
	if (p->mark_scroll)
		pager_mark_scroll(p);
	for (row = 0; row < h; row++) {
		i = p->top + (size_t)row;
		if (i >= p->n_lines) {
			ui_fill(y + row, x, w, A_NORMAL);
			continue;
		}
		a = ui_attr(pager_role(p->lines[i].role));
		if (p->match == i + 1)
			a |= A_REVERSE;
		if (pager_marked(p, i))
			a |= A_REVERSE | A_BOLD;
		if (p->lines[i].cont) {
			ui_fill(y + row, x, p->hang, a);
			ui_put(y + row, x + p->hang, w - p->hang,
			    p->text.buf + p->lines[i].off, p->lines[i].len, a,
			    true);
		} else {
			ui_put(y + row, x, w, p->text.buf + p->lines[i].off,
			    p->lines[i].len, a, true);
		}
	}
	if (p->n_lines > (size_t)h) {
		/* Where we are, on the right edge. */
		int pos = (int)((p->top * (size_t)(h - 1)) /
		    (p->n_lines - (size_t)h + 1));

		attrset(ui_attr(R_DIM));
		mvaddch(y + pos, x + w - 1, ACS_BLOCK);
		attrset(A_NORMAL);
	}
}

static size_t
pager_max_top(const struct pager *p, int h)
{
	return p->n_lines > (size_t)h ? p->n_lines - (size_t)h : 0;
}

int
pager_key(struct pager *p, enum action a, int h)
{
	size_t max = pager_max_top(p, h), step = h > 1 ? (size_t)h - 1 : 1;

	switch (a) {
	case ACT_UP:
		if (p->top > 0)
			p->top--;
		break;
	case ACT_DOWN:
		if (p->top < max)
			p->top++;
		break;
	case ACT_PGUP:
		p->top = p->top > step ? p->top - step : 0;
		break;
	case ACT_PGDN:
		p->top = p->top + step < max ? p->top + step : max;
		break;
	case ACT_HOME:
		p->top = 0;
		break;
	case ACT_END:
		p->top = max;
		break;
	default:
		return 0;
	}
	return UI_HANDLED | UI_REDRAW;
}

/* Case-insensitive search of needle (wide, lower case) in a line. */
static bool
pager_line_has(const char *s, size_t len, const wchar_t *needle, size_t nl)
{
	wchar_t buf[1024];
	mbstate_t st;
	size_t i = 0, n, k, j;

	memset(&st, 0, sizeof st);
	for (k = 0; i < len && k < sizeof buf / sizeof buf[0]; k++) {
		n = mbrtowc(&buf[k], s + i, len - i, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof st);
			buf[k] = L'?';
			n = 1;
		}
		buf[k] = (wchar_t)towlower((wint_t)buf[k]);
		i += n;
	}
	for (j = 0; j + nl <= k; j++)
		if (wmemcmp(buf + j, needle, nl) == 0)
			return true;
	return false;
}

bool
pager_find(struct pager *p, const char *needle, bool next)
{
	wchar_t wn[256];
	mbstate_t st;
	const char *src = needle;
	size_t nl, i, start;

	memset(&st, 0, sizeof st);
	nl = mbsrtowcs(wn, &src, sizeof wn / sizeof wn[0] - 1, &st);
	if (nl == (size_t)-1 || nl == 0)
		return false;
	for (i = 0; i < nl; i++)
		wn[i] = (wchar_t)towlower((wint_t)wn[i]);
	if (p->width == 0)
		return false;
	start = next && p->match > 0 ? p->match : 0;
	if (!next && p->match > 0)
		start = p->match - 1;
	for (i = start; i < p->n_lines; i++) {
		if (pager_line_has(p->text.buf + p->lines[i].off,
		    p->lines[i].len, wn, nl)) {
			p->match = i + 1;
			p->top = i > 2 ? i - 2 : 0;
			return true;
		}
	}
	return false;
}

void
pager_goto_prefix(struct pager *p, const char *prefix)
{
	size_t i, pl = strlen(prefix);

	for (i = 0; i < p->n_lines; i++)
		if (p->lines[i].len >= pl &&
		    memcmp(p->text.buf + p->lines[i].off, prefix, pl) == 0) {
			p->top = i;
			return;
		}
}

bool
pager_searching(const struct pager *p)
{
	return p->searching;
}

void
pager_search_draw(struct pager *p, int y)
{
	int lw;

	if (!p->searching)
		return;
	ui_fill(y, 0, COLS, A_NORMAL);
	lw = ui_puts(y, 0, COLS, _("Search: "), A_BOLD);
	input_draw(&p->find, y, lw, COLS - lw - 1, true);
}

/* A key typed in the search field: the pager follows as the user types;
 * Enter keeps the match, Esc leaves it too. */
static int
pager_search_typed(struct tui *t, struct pager *p, enum action a, int key)
{
	char needle[256];

	if (key == 27 || a == ACT_ENTER) {
		p->searching = false;
		return UI_REDRAW;
	}
	if (!input_key(&p->find, key))
		return UI_HANDLED;
	input_get(&p->find, needle, sizeof needle);
	if (needle[0] != '\0' && !pager_find(p, needle, false))
		tui_message(t, true, _("Not found: %s"), needle);
	return UI_REDRAW;
}

int
pager_search_key(struct tui *t, struct pager *p, enum action a, int key,
    int h)
{
	char needle[256];

	if (p->searching)
		return pager_search_typed(t, p, a, key);
	switch (a) {
	case ACT_SEARCH:
		p->searching = true;
		input_set(&p->find, "");
		p->match = 0;
		return UI_REDRAW;
	case ACT_SEARCH_NEXT:
		input_get(&p->find, needle, sizeof needle);
		if (needle[0] != '\0' && !pager_find(p, needle, true))
			tui_message(t, false, _("No further match for %s"),
			    needle);
		return UI_REDRAW;
	default:
		return pager_key(p, a, h);
	}
}
