/*
 * The terminal: curses set-up and tear-down, the colour scheme and the
 * monochrome one, and drawing of UTF-8 text by display columns.
 */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "core/i18n.h"
#include "core/text.h"
#include "tui/screens/keys.h"
#include "tui/screens/ui.h"

static bool	 ui_has_colour;
static attr_t	 ui_attrs[R_COUNT];
static SCREEN	*ui_screen;

/* Colour pairs: fg, bg (-1 = the terminal's default when available). */
static const struct {
	enum ui_role	 role;
	short		 fg, bg;
	attr_t		 extra;
} ui_colours[] = {
	{ R_TITLE,	COLOR_WHITE,	COLOR_BLUE,	A_BOLD },
	{ R_HEADER,	COLOR_BLACK,	COLOR_GREEN,	0 },
	{ R_SELECTED,	COLOR_BLACK,	COLOR_CYAN,	0 },
	{ R_OVERDUE,	COLOR_RED,	-1,		A_BOLD },
	{ R_TODAY,	COLOR_YELLOW,	-1,		A_BOLD },
	{ R_SOON,	COLOR_YELLOW,	-1,		0 },
	{ R_MET,	COLOR_GREEN,	-1,		0 },
	{ R_BAR_KEY,	-1,		-1,		0 },
	{ R_BAR_LABEL,	COLOR_BLACK,	COLOR_CYAN,	0 },
	{ R_ERROR,	COLOR_WHITE,	COLOR_RED,	A_BOLD },
	{ R_HEAD,	COLOR_CYAN,	-1,		A_BOLD },
	{ R_FRAME,	COLOR_BLUE,	-1,		0 },
};

/* Without colour: every state still differs, by attribute and by the
 * text markers the screens add ("!", "*", "~"). */
static void
ui_mono(void)
{
	ui_attrs[R_TITLE] = A_REVERSE | A_BOLD;
	ui_attrs[R_HEADER] = A_BOLD | A_UNDERLINE;
	ui_attrs[R_SELECTED] = A_REVERSE;
	ui_attrs[R_OVERDUE] = A_BOLD;
	ui_attrs[R_TODAY] = A_BOLD | A_UNDERLINE;
	ui_attrs[R_SOON] = A_UNDERLINE;
	ui_attrs[R_MET] = A_DIM;
	ui_attrs[R_BAR_KEY] = A_BOLD;
	ui_attrs[R_BAR_LABEL] = A_REVERSE;
	ui_attrs[R_ERROR] = A_REVERSE | A_BOLD;
	ui_attrs[R_DIM] = A_DIM;
	ui_attrs[R_HEAD] = A_BOLD;
	ui_attrs[R_FRAME] = A_NORMAL;
}

static void
ui_colours_init(void)
{
	size_t i;
	bool dflt;

	start_color();
	dflt = use_default_colors() == OK;
	for (i = 0; i < sizeof ui_colours / sizeof ui_colours[0]; i++) {
		short fg = ui_colours[i].fg, bg = ui_colours[i].bg;

		if (!dflt) {
			if (fg < 0)
				fg = COLOR_WHITE;
			if (bg < 0)
				bg = COLOR_BLACK;
		}
		init_pair((short)(i + 1), fg, bg);
		ui_attrs[ui_colours[i].role] = COLOR_PAIR((int)i + 1) |
		    ui_colours[i].extra;
	}
	ui_attrs[R_DIM] = A_DIM;
}

int
ui_init(bool no_color)
{
	const char *term = getenv("TERM");

	ui_screen = newterm(term != NULL && *term != '\0' ? term : "vt100",
	    stdout, stdin);
	if (ui_screen == NULL)
		return -1;
	set_term(ui_screen);
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	timeout(500);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	    | BUTTON5_PRESSED
#endif
	    , NULL);
	mouseinterval(0);
	memset(ui_attrs, 0, sizeof ui_attrs);
	ui_has_colour = !no_color && has_colors();
	if (ui_has_colour)
		ui_colours_init();
	else
		ui_mono();
	return 0;
}

void
ui_end(void)
{
	if (ui_screen == NULL)
		return;
	curs_set(1);
	endwin();
	fflush(stdout);
	delscreen(ui_screen);
	ui_screen = NULL;
}

bool
ui_colour(void)
{
	return ui_has_colour;
}

attr_t
ui_attr(enum ui_role r)
{
	return r < R_COUNT ? ui_attrs[r] : A_NORMAL;
}

bool
ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS;
}

void
ui_draw_too_small(void)
{
	char line[160];
	int y = LINES / 2 - 1;

	erase();
	if (y < 0)
		y = 0;
	snprintf(line, sizeof line, _("The window is %dx%d."), COLS, LINES);
	y += ui_put_wrapped(y, 1, LINES - y, COLS - 2, line, A_BOLD);
	/* Wrapped: the window may be narrower than any one language's line. */
	snprintf(line, sizeof line, _("Please enlarge it to at least %dx%d."),
	    UI_MIN_COLS, UI_MIN_ROWS);
	y += ui_put_wrapped(y, 1, LINES - y, COLS - 2, line, A_NORMAL);
	ui_put_wrapped(y, 1, LINES - y, COLS - 2, _("q quits."), A_DIM);
}

void
ui_sentence(char *s)
{
	char up[MB_LEN_MAX];
	mbstate_t st;
	size_t n, lead = strspn(s, " ");
	wchar_t wc;

	memmove(s, s + lead, strlen(s + lead) + 1);
	memset(&st, 0, sizeof st);
	n = mbrtowc(&wc, s, strlen(s), &st);
	if (n == 0 || n == (size_t)-1 || n == (size_t)-2)
		return;
	memset(&st, 0, sizeof st);
	/* Only where the capital takes as many bytes (every letter of the
	 * three languages does). */
	if (wcrtomb(up, (wchar_t)towupper((wint_t)wc), &st) == n)
		memcpy(s, up, n);
}

int
ui_yes_no(int key)
{
	switch (key) {
	case 'y': case 'Y':
	case 0x434: case 0x414:		/* д Д */
	case 0x438: case 0x418:		/* и И */
		return 1;
	case 'n': case 'N':
	case 0x43d: case 0x41d:		/* н Н */
	case 0x436: case 0x416:		/* ж Ж */
		return 0;
	default:
		return -1;
	}
}

static qdate ui_today_date = QDATE_NONE;

void
ui_set_today(qdate d)
{
	ui_today_date = d;
}

qdate
ui_today(void)
{
	return ui_today_date;
}

bool
ui_date_parse(const char *text, qdate *out)
{
	return qdate_parse_human(text, ui_today_date, out);
}

void
ui_date_hint(char *msg, size_t msgsz, const char *bad)
{
	char example[QDATE_BUFSZ], how[512];

	qdate_format_shown(qdate_from_ymd(2025, 7, 1), example);
	snprintf(how, sizeof how,
	    _("Type it as %s (for example %s), \"today\", or +N / -N days."),
	    qdate_shown_pattern()[0] == 'Y' ? _("YYYY-MM-DD") :
	    _("DD.MM.YYYY"), example);
	if (bad != NULL)
		snprintf(msg, msgsz, _("'%s' is not a date. %s"), bad, how);
	else
		snprintf(msg, msgsz, "%s", how);
}

/* One character of s: its length in bytes (>= 1) and its width. */
static size_t
ui_char(const char *s, size_t len, wchar_t *wc, int *width)
{
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = mbrtowc(wc, s, len, &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*wc = L'?';
		*width = 1;
		return 1;
	}
	if (*wc == L'\t')
		*wc = L' ';
	*width = wcwidth(*wc);
	if (*width < 0) {
		*wc = L'?';
		*width = 1;
	}
	return n;
}

int
ui_width_n(const char *s, size_t len)
{
	size_t i = 0;
	int w = 0, cw;
	wchar_t wc;

	while (i < len) {
		i += ui_char(s + i, len - i, &wc, &cw);
		w += cw;
	}
	return w;
}

int
ui_width(const char *s)
{
	return (int)text_width(s);
}

size_t
ui_fit(const char *s, size_t len, int cols)
{
	size_t i = 0, n;
	int w = 0, cw;
	wchar_t wc;

	while (i < len) {
		n = ui_char(s + i, len - i, &wc, &cw);
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	return i;
}

int
ui_put(int y, int x, int w, const char *s, size_t len, attr_t a, bool pad)
{
	wchar_t buf[256];
	size_t i = 0, nb = 0;
	int col = 0, cw;
	wchar_t wc;

	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + w > COLS)
		w = COLS - x;
	attrset(a);
	move(y, x);
	while (i < len) {
		i += ui_char(s + i, len - i, &wc, &cw);
		if (wc == L'\n')
			break;
		if (col + cw > w)
			break;
		if (cw == 0 && nb == 0 && col == 0)
			continue;	/* a lone combining mark */
		buf[nb++] = wc;
		col += cw;
		if (nb == sizeof buf / sizeof buf[0] - 1) {
			addnwstr(buf, (int)nb);
			nb = 0;
		}
	}
	if (nb > 0)
		addnwstr(buf, (int)nb);
	if (pad)
		for (; col < w; col++)
			addch(' ');
	attrset(A_NORMAL);
	return col;
}

int
ui_put_cut(int y, int x, int w, const char *s, attr_t a, bool pad)
{
	size_t len = strlen(s), fit;
	int col;

	if (w < 2 || ui_width(s) <= w)
		return ui_put(y, x, w, s, len, a, pad);
	fit = ui_fit(s, len, w - 1);
	col = ui_put(y, x, w - 1, s, fit, a, false);
	col += ui_put(y, x + col, w - col, "\xe2\x80\xa6", 3, a, pad);
	return col;
}

int
ui_puts(int y, int x, int w, const char *s, attr_t a)
{
	return ui_put(y, x, w, s, strlen(s), a, false);
}

int
ui_printf(int y, int x, int w, attr_t a, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return ui_puts(y, x, w, buf, a);
}

void
ui_fill(int y, int x, int w, attr_t a)
{
	ui_put(y, x, w, "", 0, a, true);
}

void
ui_copy(char *dst, size_t dstsz, const char *src)
{
	size_t n = strlen(src);

	if (dstsz == 0)
		return;
	if (n >= dstsz) {
		n = dstsz - 1;
		/* Back off UTF-8 continuation bytes. */
		while (n > 0 && ((unsigned char)src[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}

size_t
ui_wrap(const char *s, size_t len, int w, size_t *next)
{
	size_t i = 0, n, brk = 0;
	int col = 0, cw;
	wchar_t wc;

	if (w < 1)
		w = 1;
	while (i < len) {
		if (s[i] == '\n') {
			*next = i + 1;
			return i;
		}
		n = ui_char(s + i, len - i, &wc, &cw);
		if (col + cw > w) {
			if (brk > 0) {
				*next = brk + 1;
				return brk;
			}
			if (i == 0)
				i = n;	/* wider than the line: one char */
			*next = i;
			return i;
		}
		if (wc == L' ')
			brk = i;
		col += cw;
		i += n;
	}
	*next = len;
	return len;
}

int
ui_put_wrapped(int y, int x, int h, int w, const char *s, attr_t a)
{
	size_t len = strlen(s), off = 0, n, next;
	int rows = 0;

	while (off < len && rows < h) {
		n = ui_wrap(s + off, len - off, w, &next);
		ui_put(y + rows, x, w, s + off, n, a, false);
		rows++;
		off += next;
	}
	return rows;
}

void
ui_box(int y, int x, int h, int w)
{
	int i;

	if (h < 2 || w < 2)
		return;
	attrset(ui_attr(R_FRAME));
	mvaddch(y, x, ACS_ULCORNER);
	mvhline(y, x + 1, ACS_HLINE, w - 2);
	mvaddch(y, x + w - 1, ACS_URCORNER);
	for (i = 1; i < h - 1; i++) {
		mvaddch(y + i, x, ACS_VLINE);
		mvaddch(y + i, x + w - 1, ACS_VLINE);
	}
	mvaddch(y + h - 1, x, ACS_LLCORNER);
	mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
	mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
}

/* The bar's captions, narrowed until the bar fits in cols.  The captions
 * are in reverse video and the keys are not, so the gap between cells goes
 * first (htop and mc have none); then the longest whole captions give way
 * to their abbreviations; only when every abbreviation is still too wide
 * are the longest cut to a common width, so that F10 stays on the bar in
 * every language. */
struct bar_cell {
	const struct key_binding *kb;
	const char	*label;
	int		 width;
};

static int
bar_need(const struct bar_cell *c, size_t k, int lw, int gap)
{
	size_t j;
	int need = 0;

	for (j = 0; j < k; j++)
		need += (c[j].kb->fkey > 9 ? 3 : 2) +
		    (c[j].width < lw ? c[j].width : lw) + gap;
	return need - gap;
}

static bool
bar_abbreviate_one(struct bar_cell *c, size_t k)
{
	size_t j, best = k;
	const char *s;

	for (j = 0; j < k; j++) {
		if (c[j].kb->bar_short == NULL)
			continue;
		s = qarau_pgettext_joined(c[j].kb->bar_short);
		if (ui_width(s) < c[j].width &&
		    (best == k || c[j].width > c[best].width))
			best = j;
	}
	if (best == k)
		return false;
	c[best].label = qarau_pgettext_joined(c[best].kb->bar_short);
	c[best].width = ui_width(c[best].label);
	return true;
}

/* The caption width lw and the gap that make the bar fit. */
static int
bar_fit(struct bar_cell *c, size_t k, int cols, int *gap)
{
	int lw = 0;
	size_t j;

	*gap = bar_need(c, k, INT_MAX, 1) > cols ? 0 : 1;
	while (bar_need(c, k, INT_MAX, *gap) > cols && bar_abbreviate_one(c, k))
		;
	for (j = 0; j < k; j++)
		if (c[j].width > lw)
			lw = c[j].width;
	while (lw > 1 && bar_need(c, k, lw, *gap) > cols)
		lw--;
	return lw;
}

/* htop's bar: "F1Help  F2Setup ...": the key plain, the caption in
 * reverse, from the key table. */
void
ui_bar(unsigned screen, bool typing)
{
	const struct key_binding *kb;
	struct bar_cell cell[12];
	size_t n, i, k = 0, j;
	int x = 0, f, y = LINES - 1, lw, gap;
	char key[8];

	(void)typing;
	ui_fill(y, 0, COLS, ui_attr(R_BAR_LABEL));
	kb = keys_table(&n);
	for (f = 1; f <= 12; f++) {
		for (i = 0; i < n; i++)
			if ((kb[i].screens & screen) && kb[i].fkey == f)
				break;
		if (i == n)
			continue;
		cell[k].kb = &kb[i];
		cell[k].label = _(kb[i].bar);
		cell[k++].width = ui_width(_(kb[i].bar));
	}
	lw = bar_fit(cell, k, COLS, &gap);
	for (j = 0; j < k; j++) {
		snprintf(key, sizeof key, "F%d", cell[j].kb->fkey);
		if (x + (int)strlen(key) >= COLS)
			break;
		x += ui_puts(y, x, COLS - x, key, ui_attr(R_BAR_KEY));
		x += ui_put(y, x, lw < COLS - x ? lw : COLS - x, cell[j].label,
		    strlen(cell[j].label), ui_attr(R_BAR_LABEL), false);
		if (gap > 0 && x < COLS)
			x += ui_puts(y, x, 1, " ", ui_attr(R_BAR_LABEL));
	}
}
