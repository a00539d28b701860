/*
 * A one-line text field.  The text is kept as wide characters, so that
 * the cursor moves and Backspace deletes by character (a Kazakh letter is
 * two bytes but one character), and scrolls by display columns.
 */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tui/screens/keys.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

void
input_set(struct input *in, const char *utf8)
{
	mbstate_t st;
	const char *p = utf8;
	size_t n;

	memset(&st, 0, sizeof st);
	n = mbsrtowcs(in->text, &p, INPUT_MAX, &st);
	if (n == (size_t)-1)
		n = 0;
	in->text[n] = L'\0';
	in->len = n;
	in->cursor = n;
	in->scroll = 0;
	in->offered = false;
}

void
input_get(const struct input *in, char *out, size_t outsz)
{
	mbstate_t st;
	char mb[MB_LEN_MAX];
	size_t i, o = 0, n;

	memset(&st, 0, sizeof st);
	for (i = 0; i < in->len; i++) {
		n = wcrtomb(mb, in->text[i], &st);
		if (n == (size_t)-1)
			continue;
		if (o + n >= outsz)
			break;
		memcpy(out + o, mb, n);
		o += n;
	}
	if (outsz > 0)
		out[o] = '\0';
}

static void
input_insert(struct input *in, wchar_t wc)
{
	if (in->len >= INPUT_MAX)
		return;
	memmove(in->text + in->cursor + 1, in->text + in->cursor,
	    (in->len - in->cursor) * sizeof in->text[0]);
	in->text[in->cursor++] = wc;
	in->text[++in->len] = L'\0';
}

static void
input_delete(struct input *in, size_t at)
{
	if (at >= in->len)
		return;
	memmove(in->text + at, in->text + at + 1,
	    (in->len - at) * sizeof in->text[0]);
	in->len--;
}

void
input_offer(struct input *in, const char *utf8)
{
	input_set(in, utf8);
	in->offered = true;
}

bool
input_key(struct input *in, int key)
{
	bool offered = in->offered;

	in->offered = false;
	if (offered && key >= 0x20 && !IS_KEYCODE(key) && key != 127 &&
	    iswprint((wint_t)key)) {
		in->len = in->cursor = in->scroll = 0;
		in->text[0] = L'\0';
	}
	if (IS_KEYCODE(key)) {
		switch (key & ~0x1000000) {
		case KEY_BACKSPACE:
			goto backspace;
		case KEY_DC:
			input_delete(in, in->cursor);
			return true;
		case KEY_LEFT:
			if (in->cursor > 0)
				in->cursor--;
			return true;
		case KEY_RIGHT:
			if (in->cursor < in->len)
				in->cursor++;
			return true;
		case KEY_HOME:
			in->cursor = 0;
			return true;
		case KEY_END:
			in->cursor = in->len;
			return true;
		default:
			return false;
		}
	}
	switch (key) {
	case 127:
	case 8:
	backspace:
		if (in->cursor > 0)
			input_delete(in, --in->cursor);
		return true;
	case CTRL_KEY('u'):
		in->len = in->cursor = 0;
		in->text[0] = L'\0';
		return true;
	case CTRL_KEY('k'):
		in->len = in->cursor;
		in->text[in->len] = L'\0';
		return true;
	case CTRL_KEY('a'):
		in->cursor = 0;
		return true;
	case CTRL_KEY('e'):
		in->cursor = in->len;
		return true;
	default:
		break;
	}
	if (key >= 0x20 && iswprint((wint_t)key)) {
		input_insert(in, (wchar_t)key);
		return true;
	}
	return false;
}

static int
input_cols(const struct input *in, size_t from, size_t to)
{
	int w = 0, c;
	size_t i;

	for (i = from; i < to; i++) {
		c = wcwidth(in->text[i]);
		w += c > 0 ? c : 0;
	}
	return w;
}

void
input_draw(struct input *in, int y, int x, int w, bool focused)
{
	size_t i;
	int col = 0, c;

	if (w < 2)
		return;
	if (in->scroll > in->cursor)
		in->scroll = in->cursor;
	while (input_cols(in, in->scroll, in->cursor) > w - 1)
		in->scroll++;
	attrset(A_UNDERLINE);
	move(y, x);
	for (i = in->scroll; i < in->len; i++) {
		c = wcwidth(in->text[i]);
		if (c < 0)
			c = 1;
		if (col + c > w)
			break;
		addnwstr(&in->text[i], 1);
		col += c;
	}
	for (; col < w; col++)
		addch(' ');
	attrset(A_NORMAL);
	if (focused) {
		move(y, x + input_cols(in, in->scroll, in->cursor));
		curs_set(1);
	}
}
