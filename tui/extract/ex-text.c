/*
 * A plain text: its encoding told by a byte-order mark, by the pattern of
 * zero bytes of UTF-16, by UTF-8's own validity, or else by uchardet;
 * converted to UTF-8 with iconv.  uchardet does not know RK1048 (KZ-1048,
 * the Kazakh Windows code page): it calls it windows-1251, whose letters
 * at RK1048's Kazakh places (Ќ Ћ Ў Ј Ґ Є Ї Ѕ ...) no Kazakh or Russian
 * filing uses, so such a byte decides for RK1048.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <uchardet.h>

#include "core/i18n.h"
#include "core/text.h"
#include "tui/extract/ex.h"

/* Where RK1048 has its Kazakh letters and windows-1251 other Cyrillic. */
static const unsigned char ex_rk1048_only[] = {
	0x8d, 0x8e, 0x9d, 0x9e, 0xa1, 0xa2, 0xa3, 0xa5, 0xaa, 0xaf, 0xb4,
	0xba, 0xbc, 0xbd, 0xbe, 0xbf,
};

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

static const char *
ex_chardet(struct ex_doc *doc, const unsigned char *p, size_t len)
{
	const char *cs, *enc = NULL;
	uchardet_t ud;
	size_t i;

	if ((ud = uchardet_new()) == NULL)
		return NULL;
	if (uchardet_handle_data(ud, (const char *)p, len) == 0) {
		uchardet_data_end(ud);
		cs = uchardet_get_charset(ud);
		if (strcasecmp(cs, "WINDOWS-1251") == 0) {
			enc = "CP1251";
			for (i = 0; i < len; i++)
				if (memchr(ex_rk1048_only, p[i],
				    sizeof ex_rk1048_only) != NULL) {
					enc = "RK1048";
					break;
				}
		} else if (strcasecmp(cs, "KOI8-R") == 0)
			enc = "KOI8-R";
		else if (strcasecmp(cs, "IBM866") == 0)
			enc = "IBM866";
		else if (strcasecmp(cs, "ISO-8859-5") == 0)
			enc = "ISO-8859-5";
		else if (strcasecmp(cs, "MAC-CYRILLIC") == 0)
			enc = "MAC-CYRILLIC";
		else if (strcasecmp(cs, "ISO-8859-1") == 0 ||
		    strcasecmp(cs, "WINDOWS-1252") == 0)
			enc = "CP1252";
	}
	uchardet_delete(ud);
	(void)doc;
	return enc;
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
		enc = ex_chardet(doc, p, len);
	if (enc == NULL)
		return ex_fail(doc, "%s", _("unknown format: not a PDF, PNG, "
		    "JPEG, TIFF, DOCX, ODT, DOC, RTF or plain text"));
	if (ex_iconv(doc, enc, p, len) != 0)
		return -1;
	if (ex_binary(&doc->text))
		return ex_fail(doc, "%s", _("unknown format: not a PDF, PNG, "
		    "JPEG, TIFF, DOCX, ODT, DOC, RTF or plain text"));
	snprintf(doc->encoding, sizeof doc->encoding, "%s", enc);
	return 0;
}
