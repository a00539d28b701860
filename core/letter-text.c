/*
 * Return letters: the document as plain text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/letter-int.h"
#include "core/text.h"

static void
text_spaces(struct strbuf *out, size_t n)
{
	while (n-- > 0)
		strbuf_putc(out, ' ');
}

/*
 * Appends s wrapped at width columns: the first line after first_indent
 * spaces, the others after indent.  Words longer than a line are cut at
 * a character boundary, never inside one.
 */
static void
text_wrap(struct strbuf *out, const char *s, size_t len, size_t width,
    size_t first_indent, size_t indent, const char *lead)
{
	size_t col = first_indent, wlen, ww, fit;
	const char *w, *end = s + len;
	char *word;
	bool fresh = true;

	/* lead, when given, takes the first_indent columns (a list dash). */
	if (lead != NULL)
		strbuf_puts(out, lead);
	else
		text_spaces(out, first_indent);
	while (s < end) {
		while (s < end && *s == ' ')
			s++;
		if (s == end)
			break;
		w = s;
		while (s < end && *s != ' ')
			s++;
		wlen = (size_t)(s - w);
		word = xstrndup(w, wlen);
		ww = text_width(word);
		if (!fresh && col + 1 + ww > width) {
			strbuf_putc(out, '\n');
			text_spaces(out, indent);
			col = indent;
			fresh = true;
		}
		if (!fresh) {
			strbuf_putc(out, ' ');
			col++;
		}
		while (col + ww > width && width > col) {
			fit = text_fit(word, width - col);
			if (fit == 0)
				break;
			strbuf_add(out, word, fit);
			memmove(word, word + fit, strlen(word + fit) + 1);
			strbuf_putc(out, '\n');
			text_spaces(out, indent);
			col = indent;
			ww = text_width(word);
		}
		strbuf_puts(out, word);
		col += ww;
		fresh = false;
		free(word);
	}
	strbuf_putc(out, '\n');
}

/* A kept-lines paragraph; for LETTER_LEFT a tab right-aligns the rest. */
static void
text_lines(struct strbuf *out, const struct letter_para *p, size_t width)
{
	const char *s = p->text, *nl, *tab;
	size_t len, lw, rw, half = width / 2;
	char *left, *right;

	for (; ; s = nl + 1) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		tab = memchr(s, '\t', len);
		if (p->align == LETTER_LEFT && tab != NULL) {
			left = xstrndup(s, (size_t)(tab - s));
			right = xstrndup(tab + 1, len - (size_t)(tab - s) - 1);
			lw = text_width(left);
			rw = text_width(right);
			strbuf_puts(out, left);
			text_spaces(out, lw + rw < width ? width - lw - rw : 1);
			strbuf_puts(out, right);
			strbuf_putc(out, '\n');
			free(left);
			free(right);
		} else if (p->align == LETTER_CENTER ||
		    p->align == LETTER_HEAD_SIDE ||
		    p->align == LETTER_HEAD_STACKED) {
			left = xstrndup(s, len);
			lw = text_width(left);
			if (lw < width) {
				text_spaces(out, (width - lw) / 2);
				strbuf_puts(out, left);
				strbuf_putc(out, '\n');
			} else
				text_wrap(out, left, len, width, 0, 0, NULL);
			free(left);
		} else if (p->align == LETTER_RIGHT)
			text_wrap(out, s, len, width, half, half, NULL);
		else
			text_wrap(out, s, len, width, 0, 0, NULL);
		if (nl == NULL)
			break;
	}
}

/*
 * The lines are broken; the no-break marks (letter-nobreak.c) have kept
 * their words together and now become a plain space and hyphen, which
 * every encoding a clerk may choose holds.
 */
static void
text_plain_marks(struct strbuf *out, size_t from)
{
	char *s = out->buf + from, *d = s, *end = out->buf + out->len;

	while (s < end) {
		if (end - s >= 2 && memcmp(s, "\xc2\xa0", 2) == 0) {
			*d++ = ' ';
			s += 2;
		} else if (end - s >= 3 && memcmp(s, "\xe2\x80\x91", 3) == 0) {
			*d++ = '-';
			s += 3;
		} else
			*d++ = *s++;
	}
	out->len = (size_t)(d - out->buf);
	out->buf[out->len] = '\0';
}

void
letter_render_text(const struct letter_doc *doc, size_t width,
    struct strbuf *out)
{
	const struct letter_para *p;
	size_t i, start;

	if (width == 0)
		width = 72;
	start = out->len;
	for (i = 0; i < doc->n; i++) {
		p = &doc->paras[i];
		if (i > 0 && !(p->align == LETTER_ITEM &&
		    doc->paras[i - 1].align == LETTER_ITEM))
			strbuf_putc(out, '\n');
		switch (p->align) {
		case LETTER_BODY:
			text_wrap(out, p->text, strlen(p->text), width, 4, 0,
			    NULL);
			break;
		case LETTER_ITEM:
			text_wrap(out, p->text, strlen(p->text), width, 4, 4,
			    "  \xe2\x80\x93 ");	/* en dash */
			break;
		case LETTER_HEAD_BLANK:
			/* The pre-printed letterhead's place. */
			strbuf_puts(out, "\n\n\n\n\n\n");
			break;
		default:
			text_lines(out, p, width);
			break;
		}
	}
	text_plain_marks(out, start);
}
