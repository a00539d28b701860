/*
 * UTF-8 checks, terminal widths and conversion to legacy encodings.
 *
 * The decoder is our own rather than mbrtowc so that validity does not
 * depend on the locale: a letter written under LC_ALL=C must be judged the
 * same as one written under kk_KZ.UTF-8.  Widths do need the locale
 * (wcwidth), which the front end sets once at start.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "core/i18n.h"
#include "core/text.h"

/*
 * Decodes one character at s (at most len bytes).  Returns its length in
 * bytes, or 0 for an invalid sequence: truncated, overlong, a surrogate,
 * or beyond U+10FFFF.
 */
static size_t
text_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c, min;
	size_t n, i;

	if (len == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xe0) == 0xc0) {
		n = 2;
		c &= 0x1f;
		min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3;
		c &= 0x0f;
		min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

bool
utf8_valid(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t off = 0, n;
	uint32_t cp;

	while (off < len) {
		if ((n = text_decode(p + off, len - off, &cp)) == 0) {
			if (bad != NULL)
				*bad = off;
			return false;
		}
		off += n;
	}
	return true;
}

/* Columns of one character; control characters take none, and an
 * unprintable one (wcwidth -1) one, as the terminal shows a box. */
static size_t
text_cpwidth(uint32_t cp)
{
	int w;

	if (cp < 0x20 || cp == 0x7f)
		return 0;
	w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : (size_t)w;
}

size_t
text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), off = 0, cols = 0, n;
	uint32_t cp;

	while (off < len) {
		if ((n = text_decode(p + off, len - off, &cp)) == 0) {
			cols++;		/* shown as one replacement mark */
			off++;
			continue;
		}
		cols += text_cpwidth(cp);
		off += n;
	}
	return cols;
}

size_t
text_fit(const char *s, size_t cols)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), off = 0, used = 0, n, w;
	uint32_t cp;

	while (off < len) {
		if ((n = text_decode(p + off, len - off, &cp)) == 0) {
			n = 1;
			w = 1;
		} else
			w = text_cpwidth(cp);
		if (used + w > cols)
			break;
		used += w;
		off += n;
	}
	return off;
}

/* Line and column (1-based, in characters) of byte offset off. */
static void
text_position(const char *s, size_t off, unsigned *line, unsigned *col)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;

	*line = 1;
	*col = 1;
	while (i < off) {
		if (p[i] == '\n') {
			(*line)++;
			*col = 1;
			i++;
			continue;
		}
		if ((n = text_decode(p + i, off - i, &cp)) == 0)
			n = 1;
		(*col)++;
		i += n;
	}
}

static bool
text_is_utf8(const char *name)
{
	return strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0;
}

int
text_convert(const char *utf8, size_t len, const char *to,
    struct strbuf *out, char *err, size_t errsz)
{
	iconv_t cd;
	char *in, *buf, *o, ch[5];
	size_t inleft, oleft, cap, bad, n;
	unsigned line, col;
	uint32_t cp = 0;

	if (!utf8_valid(utf8, len, &bad)) {
		text_position(utf8, bad, &line, &col);
		snprintf(err, errsz, _("invalid UTF-8 at line %u, column %u "
		    "(byte %zu)"), line, col, bad + 1);
		return -1;
	}
	if (text_is_utf8(to)) {
		strbuf_add(out, utf8, len);
		return 0;
	}
	if ((cd = iconv_open(to, "UTF-8")) == (iconv_t)-1) {
		snprintf(err, errsz, _("unknown encoding '%s'"), to);
		return -1;
	}
	/* Single-byte targets never grow the text; E2BIG covers the rest. */
	cap = len + 16;
	buf = xmalloc(cap);
	in = (char *)(uintptr_t)utf8;	/* iconv's prototype is not const */
	inleft = len;
	o = buf;
	oleft = cap;
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1)
			continue;
		if (errno == E2BIG) {
			n = (size_t)(o - buf);
			cap *= 2;
			buf = xrealloc(buf, cap);
			o = buf + n;
			oleft = cap - n;
			continue;
		}
		/* The input is valid UTF-8, so EILSEQ means "cannot hold". */
		bad = (size_t)(in - utf8);
		n = text_decode((const unsigned char *)in, inleft, &cp);
		if (n == 0)
			n = 1;
		memcpy(ch, in, n);
		ch[n] = '\0';
		text_position(utf8, bad, &line, &col);
		snprintf(err, errsz, _("the character '%s' (U+%04X) at line "
		    "%u, column %u cannot be written in %s"), ch,
		    (unsigned)cp, line, col, to);
		iconv_close(cd);
		free(buf);
		return -1;
	}
	iconv_close(cd);
	strbuf_add(out, buf, (size_t)(o - buf));
	free(buf);
	return 0;
}
