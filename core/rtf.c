/*
 * Letters as RTF for word processors.  Every character beyond ASCII is
 * written as \uN with a one-byte ASCII fallback (\uc1 ... ?): Word and
 * LibreOffice read the Unicode value, so Kazakh letters survive whatever
 * code page the reader assumes; the fallback only shows in readers from
 * before RTF 1.5.  Page: A4, the margins of the state standard for
 * organisational documents (left 30 mm, right 10 mm, top and bottom
 * 20 mm), Liberation Serif 14 pt (Times New Roman's metrics, as the PDF).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "core/letter.h"

/* Twips: 1 mm = 56.7 twips.  A4 is 11906 x 16838. */
#define RTF_MARGL	1701
#define RTF_MARGR	567
#define RTF_MARGT	1134
#define RTF_MARGB	1134
#define RTF_TEXTW	(11906 - RTF_MARGL - RTF_MARGR)

static size_t
rtf_decode(const unsigned char *s, uint32_t *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0 && s[1] != '\0') {
		*cp = ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
		return 2;
	}
	if ((s[0] & 0xf0) == 0xe0 && s[1] != '\0' && s[2] != '\0') {
		*cp = ((uint32_t)(s[0] & 0x0f) << 12) |
		    ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
		return 3;
	}
	if ((s[0] & 0xf8) == 0xf0 && s[1] != '\0' && s[2] != '\0' &&
	    s[3] != '\0') {
		*cp = ((uint32_t)(s[0] & 0x07) << 18) |
		    ((uint32_t)(s[1] & 0x3f) << 12) |
		    ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
		return 4;
	}
	*cp = 0xfffd;
	return 1;
}

/* RTF's \u takes a signed 16-bit number. */
static void
rtf_unit(struct strbuf *out, uint32_t u)
{
	strbuf_printf(out, "\\u%d?", (int)(int16_t)(uint16_t)u);
}

static void
rtf_text(struct strbuf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;

	while (*p != '\0') {
		p += rtf_decode(p, &cp);
		if (cp == '\\' || cp == '{' || cp == '}') {
			strbuf_putc(out, '\\');
			strbuf_putc(out, (char)cp);
		} else if (cp == '\n')
			strbuf_puts(out, "\\line ");
		else if (cp == '\t')
			strbuf_puts(out, "\\tab ");
		else if (cp == 0xa0)
			strbuf_puts(out, "\\~");	/* no-break space */
		else if (cp == 0x2011)
			strbuf_puts(out, "\\_");	/* no-break hyphen */
		else if (cp < 0x20)
			continue;
		else if (cp < 0x80)
			strbuf_putc(out, (char)cp);
		else if (cp < 0x10000)
			rtf_unit(out, cp);
		else {
			cp -= 0x10000;
			rtf_unit(out, 0xd800 + (cp >> 10));
			rtf_unit(out, 0xdc00 + (cp & 0x3ff));
		}
	}
}

/* Line n (0-based) of a letterhead's text, into one. */
static void
rtf_line(const char *text, int n, struct strbuf *one)
{
	const char *s = text, *nl;

	strbuf_reset(one);
	for (; n > 0 && s != NULL; n--)
		s = (nl = strchr(s, '\n')) != NULL ? nl + 1 : NULL;
	if (s != NULL)
		strbuf_add(one, s, (nl = strchr(s, '\n')) != NULL ?
		    (size_t)(nl - s) : strlen(s));
}

/*
 * The letterhead: the two names side by side in a borderless table of
 * two cells, or one above the other; the contacts below in 10 pt, over a
 * rule.  A pre-printed one leaves 55 mm blank.
 */
static void
rtf_letterhead(struct strbuf *out, const struct letter_para *p)
{
	struct strbuf one;

	if (p->align == LETTER_HEAD_BLANK) {
		strbuf_puts(out, "\\pard\\plain\\sb3118\\sa0\\fs28\\par\n");
		return;
	}
	strbuf_init(&one);
	if (p->align == LETTER_HEAD_SIDE) {
		strbuf_printf(out, "\\trowd\\trgaph108\\cellx%d\\cellx%d\n",
		    RTF_TEXTW / 2, RTF_TEXTW);
		rtf_line(p->text, 0, &one);
		strbuf_puts(out, "\\pard\\plain\\intbl\\qc\\f0\\fs28\\b ");
		rtf_text(out, one.buf);
		strbuf_puts(out, "\\cell\n\\pard\\plain\\intbl\\qc\\f0\\fs28\\b ");
		rtf_line(p->text, 1, &one);
		rtf_text(out, one.buf);
		strbuf_puts(out, "\\cell\\row\n");
	} else {
		rtf_line(p->text, 0, &one);
		strbuf_puts(out, "\\pard\\plain\\qc\\sa0\\f0\\fs28\\b ");
		rtf_text(out, one.buf);
		strbuf_puts(out, "\\par\n\\pard\\plain\\qc\\sa0\\f0\\fs28\\b ");
		rtf_line(p->text, 1, &one);
		rtf_text(out, one.buf);
		strbuf_puts(out, "\\par\n");
	}
	rtf_line(p->text, 2, &one);
	strbuf_puts(out, "\\pard\\plain\\qc\\sa240\\brdrb\\brdrs\\brdrw10"
	    "\\brsp20\\f0\\fs20 ");
	rtf_text(out, one.buf);
	strbuf_puts(out, "\\par\n");
	strbuf_free(&one);
}

void
letter_render_rtf(const struct letter_doc *doc, struct strbuf *out)
{
	const struct letter_para *p;
	size_t i;
	bool item_run;

	strbuf_puts(out, "{\\rtf1\\ansi\\ansicpg1251\\deff0\\uc1\n"
	    "{\\fonttbl{\\f0\\froman\\fcharset204 Liberation Serif;}}\n");
	strbuf_printf(out, "\\paperw11906\\paperh16838\\margl%d\\margr%d"
	    "\\margt%d\\margb%d\\viewkind1\n", RTF_MARGL, RTF_MARGR,
	    RTF_MARGT, RTF_MARGB);
	strbuf_printf(out, "{\\*\\generator qarau %s;}\n", PACKAGE_VERSION);
	if (strcmp(doc->lang, "kk") == 0)
		strbuf_puts(out, "\\deflang1087\n");
	else if (strcmp(doc->lang, "ru") == 0)
		strbuf_puts(out, "\\deflang1049\n");
	for (i = 0; i < doc->n; i++) {
		p = &doc->paras[i];
		if (p->align >= LETTER_HEAD_SIDE) {
			rtf_letterhead(out, p);
			continue;
		}
		item_run = i + 1 < doc->n && p->align == LETTER_ITEM &&
		    doc->paras[i + 1].align == LETTER_ITEM;
		strbuf_puts(out, "\\pard\\plain\\f0\\fs28\\sl276\\slmult1");
		strbuf_puts(out, item_run ? "\\sa0" : "\\sa160");
		switch (p->align) {
		case LETTER_BODY:
			strbuf_puts(out, "\\qj\\fi709 ");
			break;
		case LETTER_LEFT:
			strbuf_printf(out, "\\ql\\tqr\\tx%d ", RTF_TEXTW);
			break;
		case LETTER_RIGHT:
			strbuf_printf(out, "\\ql\\li%d ", RTF_TEXTW / 2);
			break;
		case LETTER_CENTER:
			strbuf_puts(out, "\\qc\\b ");
			break;
		case LETTER_ITEM:
			strbuf_puts(out, "\\qj\\li709\\fi-283\\tx709 ");
			rtf_text(out, "\xe2\x80\x93\t");
			break;
		default:
			break;
		}
		rtf_text(out, p->text);
		strbuf_puts(out, "\\par\n");
	}
	strbuf_puts(out, "}\n");
}
