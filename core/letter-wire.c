/*
 * A letter document as bytes, so that the PDF can be drawn by a separate
 * program (qarau-pdf): pango and cairo bring some forty shared libraries
 * that every start of qarau would otherwise pay for.
 *
 * Format: "qarau-letter 1 LANG\n", then per paragraph "ALIGN LEN\n"
 * followed by LEN bytes of UTF-8 and "\n".
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/letter.h"
#include "core/text.h"

#define WIRE_MAGIC	"qarau-letter 1 "

void
letter_doc_serialize(const struct letter_doc *doc, struct strbuf *out)
{
	size_t i;

	strbuf_printf(out, "%s%s\n", WIRE_MAGIC, doc->lang);
	for (i = 0; i < doc->n; i++) {
		strbuf_printf(out, "%d %zu\n", (int)doc->paras[i].align,
		    strlen(doc->paras[i].text));
		strbuf_puts(out, doc->paras[i].text);
		strbuf_putc(out, '\n');
	}
}

static int
wire_fail(char *err, size_t errsz, size_t para)
{
	snprintf(err, errsz, _("malformed letter document at paragraph %zu"),
	    para + 1);
	return -1;
}

int
letter_doc_deserialize(const char *s, size_t len, struct letter_doc *doc,
    char *err, size_t errsz)
{
	const char *end = s + len, *nl;
	size_t n = 0, cap = 8, plen, langlen;
	unsigned long long ull;
	int align;
	const char *ep;

	memset(doc, 0, sizeof *doc);
	if (len < sizeof WIRE_MAGIC - 1 ||
	    memcmp(s, WIRE_MAGIC, sizeof WIRE_MAGIC - 1) != 0 ||
	    (nl = memchr(s, '\n', len)) == NULL)
		return wire_fail(err, errsz, 0);
	s += sizeof WIRE_MAGIC - 1;
	langlen = (size_t)(nl - s);
	if (langlen >= sizeof doc->lang)
		return wire_fail(err, errsz, 0);
	memcpy(doc->lang, s, langlen);
	s = nl + 1;
	doc->paras = xcalloc(cap, sizeof *doc->paras);
	while (s < end) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL ||
		    *s < '0' + LETTER_BODY || *s >= '0' + LETTER_NALIGN ||
		    s[1] != ' ')
			goto bad;
		align = *s - '0';
		/* The length by hand: strtoull would skip the newline as
		 * white space and read on past the end of the bytes, which
		 * are not a C string. */
		ull = 0;
		for (ep = s + 2; ep < nl; ep++) {
			if (*ep < '0' || *ep > '9' || ull > (size_t)(end - nl))
				goto bad;
			ull = ull * 10 + (unsigned)(*ep - '0');
		}
		if (ep == s + 2 || ull > (size_t)(end - nl - 1))
			goto bad;
		plen = (size_t)ull;
		s = nl + 1;
		if ((size_t)(end - s) < plen + 1 || s[plen] != '\n' ||
		    !utf8_valid(s, plen, NULL) || memchr(s, '\0', plen))
			goto bad;
		if (n == cap) {
			cap *= 2;
			doc->paras = xrealloc(doc->paras,
			    cap * sizeof *doc->paras);
		}
		doc->paras[n].align = (enum letter_align)align;
		doc->paras[n].text = xstrndup(s, plen);
		doc->n = ++n;
		s += plen + 1;
	}
	return 0;
bad:
	letter_doc_free(doc);
	return wire_fail(err, errsz, n);
}
