/*
 * A plain text: its encoding told by a byte-order mark, by the pattern of
 * zero bytes of UTF-16, by UTF-8's own validity, or else by uchardet
 * checked against the letters each Cyrillic code page would make of the
 * bytes; converted to UTF-8 with iconv.  uchardet does not know RK1048
 * (KZ-1048, the Kazakh Windows code page): it calls it windows-1251,
 * whose letters at RK1048's Kazakh places (Ќ Ћ Ў Ј Ґ Є Ї Ѕ ...) no Kazakh
 * or Russian filing uses.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <uchardet.h>

#include "core/i18n.h"
#include "core/text.h"
#include "tui/extract/ex.h"

/* "UTF-16LE"/"UTF-16BE" for text without a BOM: Cyrillic and Latin in
 * UTF-16 have 0x00 or 0x04 as every high byte, which 8-bit text has not. */
static const char *
ex_utf16_guess(const unsigned char *p, size_t len)
{
	size_t i, hi[2] = { 0, 0 }, pairs = len / 2;

	if (len < 4 || len % 2 != 0)
		return NULL;
	for (i = 0; i + 1 < len; i += 2) {
		if (p[i] == 0x00 || p[i] == 0x04)
			hi[0]++;
		if (p[i + 1] == 0x00 || p[i + 1] == 0x04)
			hi[1]++;
	}
	if (hi[1] * 10 >= pairs * 9 && hi[0] * 2 < pairs)
		return "UTF-16LE";
	if (hi[0] * 10 >= pairs * 9 && hi[1] * 2 < pairs)
		return "UTF-16BE";
	return NULL;
}

/* The single-byte Cyrillic encodings a filing may come in; on a tie of
 * scores the first wins. */
static const char *const ex_cyrillic[] = {
	"CP1251", "RK1048", "KOI8-R", "IBM866", "MAC-CYRILLIC", "ISO-8859-5",
};

/* What a byte decoded as a character says for an encoding: a lowercase
 * Kazakh or Russian letter most (text is mostly lowercase, which tells
 * KOI8-R from CP1251), a capital less, punctuation of such texts nothing,
 * anything else (box drawing, Serbian or Ukrainian letters where RK1048
 * has Kazakh ones, undefined bytes) against. */
static int
ex_weight(uint32_t c)
{
	static const char kaz_lower[] = "әғқңөұүһі", kaz_upper[] = "ӘҒҚҢӨҰҮҺІ";
	static const uint32_t punct[] = { 0xa0, 0xa7, 0xab, 0xb0, 0xb7, 0xbb,
	    0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2022,
	    0x2026, 0x2116 };
	struct strbuf u;
	size_t i;
	int w = -3;

	if ((c >= 0x430 && c <= 0x44f) || c == 0x451)
		return 2;
	if ((c >= 0x410 && c <= 0x42f) || c == 0x401)
		return 1;
	for (i = 0; i < sizeof punct / sizeof punct[0]; i++)
		if (c == punct[i])
			return 0;
	strbuf_init(&u);
	utf8_encode(&u, c);
	if (c >= 0x80 && strstr(kaz_lower, u.buf) != NULL)
		w = 2;
	else if (c >= 0x80 && strstr(kaz_upper, u.buf) != NULL)
		w = 1;
	strbuf_free(&u);
	return w;
}

/* The score of enc for bytes whose counts of 0x80..0xff are in count. */
static long
ex_score(const char *enc, const size_t count[128])
{
	char in[1], out[8], *ip, *op;
	size_t il, ol, i, n;
	uint32_t c;
	iconv_t cd;
	long score = 0;

	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return LONG_MIN;
	for (i = 0; i < 128; i++) {
		if (count[i] == 0)
			continue;
		in[0] = (char)(i + 128);
		ip = in;
		il = 1;
		op = out;
		ol = sizeof out;
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    (n = utf8_decode(out, sizeof out - ol, &c)) == 0)
			c = 0xfffd;
		score += (long)count[i] * ex_weight(c);
	}
	iconv_close(cd);
	return score;
}

/* uchardet's answer, unless the letters say better: it knows no RK1048
 * (it calls it windows-1251) and guesses wild on a few words. */
static const char *
ex_chardet(const unsigned char *p, size_t len)
{
	static const struct {
		const char	*uchardet, *iconv;
	} names[] = {
		{ "WINDOWS-1251", "CP1251" }, { "KOI8-R", "KOI8-R" },
		{ "IBM866", "IBM866" }, { "ISO-8859-5", "ISO-8859-5" },
		{ "MAC-CYRILLIC", "MAC-CYRILLIC" },
		{ "ISO-8859-1", "CP1252" }, { "WINDOWS-1252", "CP1252" },
	};
	const char *ud = NULL, *best = NULL;
	size_t count[128] = { 0 }, i;
	long score, top = 0;
	uchardet_t u;

	if ((u = uchardet_new()) != NULL) {
		if (uchardet_handle_data(u, (const char *)p, len) == 0) {
			uchardet_data_end(u);
			for (i = 0; i < sizeof names / sizeof names[0]; i++)
				if (strcasecmp(uchardet_get_charset(u),
				    names[i].uchardet) == 0)
					ud = names[i].iconv;
		}
		uchardet_delete(u);
	}
	for (i = 0; i < len; i++)
		if (p[i] >= 0x80)
			count[p[i] - 128]++;
	if (ud != NULL)
		top = ex_score(ud, count);
	best = top > 0 ? ud : NULL;
	for (i = 0; i < sizeof ex_cyrillic / sizeof ex_cyrillic[0]; i++)
		if ((score = ex_score(ex_cyrillic[i], count)) > top) {
			top = score;
			best = ex_cyrillic[i];
		}
	return best != NULL ? best : ud;
}

/* iconv to UTF-8; a byte the encoding does not define becomes U+FFFD
 * rather than losing the rest of the text. */
static int
ex_iconv(struct ex_doc *doc, const char *enc, const unsigned char *p,
    size_t len)
{
	char buf[8192], *in = (char *)(uintptr_t)p, *o;
	size_t inleft = len, oleft, r;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return ex_fail(doc, _("the encoding %s cannot be converted "
		    "on this system"), enc);
	while (inleft > 0) {
		o = buf;
		oleft = sizeof buf;
		r = iconv(cd, &in, &inleft, &o, &oleft);
		strbuf_add(&doc->text, buf, sizeof buf - oleft);
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		/* EILSEQ or EINVAL (cut at the end): skip one unit. */
		utf8_encode(&doc->text, 0xfffd);
		r = strncmp(enc, "UTF-16", 6) == 0 ? 2 : 1;
		if (r > inleft)
			r = inleft;
		in += r;
		inleft -= r;
	}
	iconv_close(cd);
	return 0;
}

/* Text has few control characters (a stray one in a hundred); bytes
 * that are not text have one in eight. */
static int
ex_binary(const struct strbuf *t)
{
	size_t i, ctl = 0;
	unsigned char c;

	for (i = 0; i < t->len; i++) {
		c = (unsigned char)t->buf[i];
		if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' &&
		    c != '\f') || c == 0x7f)
			ctl++;
	}
	return ctl * 20 > t->len;
}

/* A form feed that ends a printout starts no page of its own. */
static void
ex_text_tail(struct strbuf *t)
{
	size_t end = t->len;
	int ff = 0;

	while (end > 0 && t->buf[end - 1] != '\0' &&
	    strchr(" \t\r\n\f", t->buf[end - 1]) != NULL)
		if (t->buf[--end] == '\f')
			ff = 1;
	if (!ff)
		return;
	t->len = end;
	t->buf[t->len] = '\0';
	strbuf_putc(t, '\n');
}

int
ex_text(struct ex_doc *doc)
{
	const unsigned char *p = doc->data;
	size_t len = doc->len;
	const char *enc = NULL;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
		enc = "UTF-8";
		p += 3;
		len -= 3;
	} else if (len >= 2 && memcmp(p, "\xff\xfe", 2) == 0) {
		enc = "UTF-16LE";
		p += 2;
		len -= 2;
	} else if (len >= 2 && memcmp(p, "\xfe\xff", 2) == 0) {
		enc = "UTF-16BE";
		p += 2;
		len -= 2;
	} else if ((enc = ex_utf16_guess(p, len)) != NULL)
		;
	else if (memchr(p, '\0', len) != NULL)
		enc = NULL;
	else if (utf8_valid((const char *)p, len, NULL))
		enc = "UTF-8";
	else
		enc = ex_chardet(p, len);
	if (enc == NULL)
		return ex_fail(doc, "%s", _("unknown format: not a PDF, PNG, "
		    "JPEG, TIFF, DOCX, ODT, DOC, RTF or plain text"));
	if (ex_iconv(doc, enc, p, len) != 0)
		return -1;
	if (ex_binary(&doc->text))
		return ex_fail(doc, "%s", _("unknown format: not a PDF, PNG, "
		    "JPEG, TIFF, DOCX, ODT, DOC, RTF or plain text"));
	ex_text_tail(&doc->text);
	snprintf(doc->encoding, sizeof doc->encoding, "%s", enc);
	return 0;
}
