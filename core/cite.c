/*
 * The citation forms: one gettext message per code and depth, with the
 * numbers as positional arguments, so that each language orders them its
 * own way (Russian counts from the item up: "п. 2) ч. 2 ст. 484 УПК").
 */
#include "config.h"

#include <string.h>

#include "core/cite.h"
#include "core/i18n.h"

#define CITE_DEPTH	3
#define CITE_NUMSZ	16

enum cite_code { CITE_CPC, CITE_CC, CITE_NR, CITE_NCODES };

static const char *const cite_codes[CITE_NCODES] = { "CPC", "CC", "NR" };

/* One reference of n numbers; 0 when the code has no form that deep.  The
 * formats are literal so that -Wformat holds every translation's
 * arguments to them. */
static int
cite_put(struct strbuf *sb, enum cite_code c, int n,
    char num[CITE_DEPTH][CITE_NUMSZ])
{
	/* TRANSLATORS: citation forms.  %1$s is the article (of the
	 * resolution: the paragraph), %2$s its part (subparagraph), %3$s its
	 * item.  Keep every %N$s. */
	switch (c * CITE_DEPTH + n - 1) {
	case CITE_CPC * CITE_DEPTH:
		strbuf_printf(sb, _("CPC %1$s"), num[0]);
		return 1;
	case CITE_CPC * CITE_DEPTH + 1:
		strbuf_printf(sb, _("CPC %1$s.%2$s"), num[0], num[1]);
		return 1;
	case CITE_CPC * CITE_DEPTH + 2:
		strbuf_printf(sb, _("CPC %1$s.%2$s.%3$s"), num[0], num[1],
		    num[2]);
		return 1;
	case CITE_CC * CITE_DEPTH:
		strbuf_printf(sb, _("CC %1$s"), num[0]);
		return 1;
	case CITE_CC * CITE_DEPTH + 1:
		strbuf_printf(sb, _("CC %1$s.%2$s"), num[0], num[1]);
		return 1;
	case CITE_NR * CITE_DEPTH:
		strbuf_printf(sb, _("NR %1$s"), num[0]);
		return 1;
	case CITE_NR * CITE_DEPTH + 1:
		strbuf_printf(sb, _("NR %1$s.%2$s"), num[0], num[1]);
		return 1;
	default:
		return 0;
	}
}

/* "488.1" into its numbers ("498-1" and "7-1" are one number each). */
static int
cite_numbers(const char *s, size_t len, char num[CITE_DEPTH][CITE_NUMSZ])
{
	size_t i, o = 0;
	int n = 0;

	if (len == 0)
		return 0;
	for (i = 0; i <= len; i++) {
		if (i == len || s[i] == '.') {
			if (o == 0 || n == CITE_DEPTH)
				return 0;
			num[n++][o] = '\0';
			o = 0;
		} else if (((s[i] >= '0' && s[i] <= '9') || s[i] == '-') &&
		    o + 1 < CITE_NUMSZ) {
			num[n][o++] = s[i];
		} else {
			return 0;
		}
	}
	return n;
}

/* One group, "CPC 488.1, 423.1"; 0 when it is not a citation we read. */
static int
cite_group(const char *s, size_t len, struct strbuf *out)
{
	char num[CITE_DEPTH][CITE_NUMSZ];
	const char *p, *end, *sep;
	size_t i, clen, rlen;
	struct strbuf sb;
	int n;

	memset(num, 0, sizeof num);
	sep = memchr(s, ' ', len);
	if (sep == NULL)
		return 0;
	clen = (size_t)(sep - s);
	for (i = 0; i < CITE_NCODES; i++)
		if (strlen(cite_codes[i]) == clen &&
		    memcmp(cite_codes[i], s, clen) == 0)
			break;
	if (i == CITE_NCODES)
		return 0;
	strbuf_init(&sb);
	end = s + len;
	for (p = sep + 1; p < end; p = sep + 2) {
		sep = p;
		while (sep < end && !(sep[0] == ',' && sep + 1 < end &&
		    sep[1] == ' '))
			sep++;
		rlen = (size_t)(sep - p);
		n = cite_numbers(p, rlen, num);
		if (sb.len > 0)
			strbuf_puts(&sb, ", ");
		if (n == 0 || !cite_put(&sb, (enum cite_code)i, n, num)) {
			strbuf_free(&sb);
			return 0;
		}
		if (sep >= end)
			break;
	}
	strbuf_puts(out, sb.buf);
	strbuf_free(&sb);
	return 1;
}

void
cite_render(const char *cites, struct strbuf *out)
{
	const char *p, *sep;
	size_t len;

	if (cites == NULL)
		return;
	/* The source language keeps the tables' form, commas and all. */
	if (strcmp(_("CPC %1$s.%2$s"), "CPC %1$s.%2$s") == 0) {
		strbuf_puts(out, cites);
		return;
	}
	for (p = cites; *p != '\0'; p = sep + 2) {
		sep = strstr(p, "; ");
		len = sep != NULL ? (size_t)(sep - p) : strlen(p);
		if (p != cites)
			strbuf_puts(out, "; ");
		if (!cite_group(p, len, out))
			strbuf_printf(out, "%.*s", (int)len, p);
		if (sep == NULL)
			break;
	}
}
