/*
 * The citation forms: one gettext message per code and depth, with the
 * numbers as positional arguments, so that each language orders them its
 * own way (Russian counts from the item up: "п. 2) ч. 2 ст. 484 УПК").
 */
#include "config.h"

#include <stdbool.h>
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

/*
 * Two items of one part cited by one question are its alternatives (the
 * table writes "CPC 484.2.2, 484.2.3" where the question asks whether the
 * act is one of items 2 or 3): the part is named once, "п. 2) или 3) ч. 2
 * ст. 484 УПК".  A decision's grounds cite one reference each.
 */
static bool
cite_pair(enum cite_code c, int n, char a[CITE_DEPTH][CITE_NUMSZ], int m,
    char b[CITE_DEPTH][CITE_NUMSZ])
{
	return c == CITE_CPC && n == 3 && m == 3 && strcmp(a[0], b[0]) == 0 &&
	    strcmp(a[1], b[1]) == 0;
}

#define CITE_REFS	16

/* One group, "CPC 488.1, 423.1"; 0 when it is not a citation we read. */
static int
cite_group(const char *s, size_t len, struct strbuf *out)
{
	char num[CITE_REFS][CITE_DEPTH][CITE_NUMSZ];
	int depth[CITE_REFS], n = 0, i;
	const char *p, *end, *sep;
	size_t c, clen;
	struct strbuf sb;

	memset(num, 0, sizeof num);
	if ((sep = memchr(s, ' ', len)) == NULL)
		return 0;
	clen = (size_t)(sep - s);
	for (c = 0; c < CITE_NCODES; c++)
		if (strlen(cite_codes[c]) == clen &&
		    memcmp(cite_codes[c], s, clen) == 0)
			break;
	if (c == CITE_NCODES)
		return 0;
	end = s + len;
	for (p = sep + 1; p < end && n < CITE_REFS; p = sep + 2) {
		sep = p;
		while (sep < end && !(sep[0] == ',' && sep + 1 < end &&
		    sep[1] == ' '))
			sep++;
		if ((depth[n] = cite_numbers(p, (size_t)(sep - p),
		    num[n])) == 0)
			return 0;
		n++;
		if (sep >= end)
			break;
	}
	if (p < end && n == CITE_REFS)
		return 0;
	strbuf_init(&sb);
	for (i = 0; i < n; i++) {
		if (sb.len > 0)
			strbuf_puts(&sb, ", ");
		if (i + 1 < n && cite_pair((enum cite_code)c, depth[i], num[i],
		    depth[i + 1], num[i + 1])) {
			/* TRANSLATORS: two items of one part as alternatives
			 * ("items 2 or 3 of part 2 of article 484"): %1$s
			 * the article, %2$s the part, %3$s and %4$s the
			 * items. */
			strbuf_printf(&sb, _("CPC %1$s.%2$s.%3$s or %4$s"),
			    num[i][0], num[i][1], num[i][2], num[i + 1][2]);
			i++;
		} else if (!cite_put(&sb, (enum cite_code)c, depth[i],
		    num[i])) {
			strbuf_free(&sb);
			return 0;
		}
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
