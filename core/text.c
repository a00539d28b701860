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

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
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

void
utf8_encode(struct strbuf *sb, uint32_t c)
{
	char b[4];

	if (c < 0x80) {
		strbuf_putc(sb, (char)c);
		return;
	}
	if (c < 0x800) {
		b[0] = (char)(0xc0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 2);
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 3);
	} else {
		b[0] = (char)(0xf0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 4);
	}
}

/*
 * Lower case for Latin (ASCII and Latin-1) and Cyrillic, including the
 * Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І (U+04D8 U+0492 U+049A U+04A2 U+04E8
 * U+04B0 U+04AE U+04BA U+0406).  Our own table rather than towlower so
 * that searching does not depend on which locales the server has.
 */
uint32_t
text_lower_char(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 0x20;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)	/* Latin-1 */
		return c + 0x20;
	if (c >= 0x410 && c <= 0x42f)			/* А..Я */
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)			/* Ѐ..Џ, incl. І Ё */
		return c + 0x50;
	if (((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) ||
	    (c >= 0x4d0 && c <= 0x52f)) && c % 2 == 0)	/* pairs: Ғ Қ Ә ... */
		return c + 1;
	if (c == 0x4c0)					/* Ӏ */
		return 0x4cf;
	if (c >= 0x4c1 && c <= 0x4ce && c % 2 == 1)
		return c + 1;
	return c;
}

/*
 * Then the Kazakh letters to the Russian ones they are written as when a
 * keyboard, a form or an old database has no Kazakh letters, and ё to е:
 * a name is typed "Сериков" as often as "Серіков", and either must find
 * the other.
 */
uint32_t
text_fold_char(uint32_t c)
{
	c = text_lower_char(c);
	switch (c) {
	case 0x4d9: return 0x430;	/* ә а */
	case 0x493: return 0x433;	/* ғ г */
	case 0x49b: return 0x43a;	/* қ к */
	case 0x4a3: return 0x43d;	/* ң н */
	case 0x4e9: return 0x43e;	/* ө о */
	case 0x4b1: return 0x443;	/* ұ у */
	case 0x4af: return 0x443;	/* ү у */
	case 0x4bb: return 0x445;	/* һ х */
	case 0x456: return 0x438;	/* і и */
	case 0x451: return 0x435;	/* ё е */
	default: return c;
	}
}

void
text_fold(const char *s, size_t len, struct strbuf *out)
{
	uint32_t c;
	size_t i = 0, n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &c)) == 0) {
			strbuf_putc(out, s[i++]);	/* invalid: as it is */
			continue;
		}
		utf8_encode(out, text_fold_char(c));
		i += n;
	}
}

bool
utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t off = 0, n;
	uint32_t cp;

	while (off < len) {
		if ((n = utf8_decode(s + off, len - off, &cp)) == 0) {
			if (bad != NULL)
				*bad = off;
			return false;
		}
		off += n;
	}
	return true;
}

static bool
text_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

int
text_check(const char *s, size_t len, size_t max, unsigned flags, char *err,
    size_t errsz)
{
	size_t off = 0, n, chars = 0;
	uint32_t cp;

	if (len > max) {
		snprintf(err, errsz, _("too long: %zu bytes, at most %zu"),
		    len, max);
		return -1;
	}
	while (off < len) {
		if ((n = utf8_decode(s + off, len - off, &cp)) == 0) {
			snprintf(err, errsz, _("not valid UTF-8 (byte %zu); "
			    "save the text as UTF-8"), off + 1);
			return -1;
		}
		chars++;
		if (text_control(cp) && !(cp == '\n' &&
		    (flags & TEXT_LINES) != 0)) {
			if (cp == '\n' || cp == '\t')
				snprintf(err, errsz, _("%s at character %zu; "
				    "give one line of text"), cp == '\n' ?
				    _("a line break") : _("a TAB"), chars);
			else
				snprintf(err, errsz, _("a control character "
				    "(U+%04X) at character %zu; only printable "
				    "text is accepted"), (unsigned)cp, chars);
			return -1;
		}
		off += n;
	}
	return 0;
}

void
text_escape(const char *s, size_t len, struct strbuf *out)
{
	size_t off = 0, n;
	uint32_t cp;

	while (off < len) {
		n = utf8_decode(s + off, len - off, &cp);
		if (n == 0) {
			strbuf_printf(out, "\\x%02x", (unsigned char)s[off]);
			off++;
			continue;
		}
		if (cp == '\t')
			strbuf_puts(out, "\\t");
		else if (cp == '\n')
			strbuf_puts(out, "\\n");
		else if (text_control(cp))
			strbuf_printf(out, cp < 0x80 ? "\\x%02x" : "\\u%04x",
			    (unsigned)cp);
		else
			strbuf_add(out, s + off, n);
		off += n;
	}
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
	size_t len = strlen(s), off = 0, cols = 0, n;
	uint32_t cp;

	while (off < len) {
		if ((n = utf8_decode(s + off, len - off, &cp)) == 0) {
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
	size_t len = strlen(s), off = 0, used = 0, n, w;
	uint32_t cp;

	while (off < len) {
		if ((n = utf8_decode(s + off, len - off, &cp)) == 0) {
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
		if ((n = utf8_decode(s + i, off - i, &cp)) == 0)
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

/* iconv's suffixes (//TRANSLIT, //IGNORE) and the empty name (the
 * locale's) would replace or drop what the target cannot hold, silently:
 * a letter must say every name as it is. */
static iconv_t
text_iconv_open(const char *to, char *err, size_t errsz)
{
	iconv_t cd;

	if (*to == '\0' || strchr(to, '/') != NULL) {
		snprintf(err, errsz, _("'%s' is not an encoding name (iconv "
		    "suffixes such as //TRANSLIT are not accepted)"), to);
		return (iconv_t)-1;
	}
	if ((cd = iconv_open(to, "UTF-8")) == (iconv_t)-1)
		snprintf(err, errsz, _("unknown encoding '%s'"), to);
	return cd;
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
	if ((cd = text_iconv_open(to, err, errsz)) == (iconv_t)-1)
		return -1;
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
		n = utf8_decode((const char *)in, inleft, &cp);
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
