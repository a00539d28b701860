/*
 * Proposals as porcelain, and back (core/propose.h).  The register stores
 * the porcelain with a document and the TUI reads it back, so the parser
 * accepts exactly what proposals_porcelain writes and says which line is
 * wrong otherwise.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/propose-int.h"
#include "core/propose.h"
#include "core/text.h"

void
proposals_add(struct proposals *ps, const char *key, const char *value,
    int page, int line, const char *quote)
{
	struct proposal *p;

	ps->v = xrealloc(ps->v, (ps->n + 1) * sizeof *ps->v);
	p = &ps->v[ps->n++];
	memset(p, 0, sizeof *p);
	snprintf(p->key, sizeof p->key, "%s", key);
	p->value = xstrdup(value);
	p->page = page;
	p->line = line;
	p->quote = xstrdup(quote != NULL ? quote : "");
}

void
proposals_free(struct proposals *ps)
{
	size_t i;

	if (ps == NULL)
		return;
	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].value);
		free(ps->v[i].quote);
	}
	free(ps->v);
	memset(ps, 0, sizeof *ps);
}

/* text_escape leaves '\' as it is; a quote may hold one, and the parser
 * must tell it from an escape. */
static void
porcelain_escape(struct strbuf *sb, const char *s)
{
	const char *bs;

	while ((bs = strchr(s, '\\')) != NULL) {
		text_escape(s, (size_t)(bs - s), sb);
		strbuf_puts(sb, "\\x5c");
		s = bs + 1;
	}
	text_escape(s, strlen(s), sb);
}

void
proposals_porcelain(const struct proposals *ps, struct strbuf *sb)
{
	size_t i;

	strbuf_printf(sb, "text.pages=%d\n", ps->pages);
	strbuf_puts(sb, "text.language=");
	porcelain_escape(sb, ps->language);
	strbuf_printf(sb, "\ntext.ocr=%s\n", ps->ocr ? "yes" : "no");
	strbuf_puts(sb, "text.encoding=");
	porcelain_escape(sb, ps->encoding);
	strbuf_puts(sb, "\ntext.format=");
	porcelain_escape(sb, ps->format);
	strbuf_putc(sb, '\n');
	for (i = 0; i < ps->n; i++) {
		strbuf_printf(sb, "suggest.%s=", ps->v[i].key);
		porcelain_escape(sb, ps->v[i].value);
		strbuf_printf(sb, "\tpage=%d\tline=%d\tquote=", ps->v[i].page,
		    ps->v[i].line);
		porcelain_escape(sb, ps->v[i].quote);
		strbuf_putc(sb, '\n');
	}
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Undoes porcelain_escape on s[0..len); -1 on a malformed escape. */
static int
porcelain_unescape(const char *s, size_t len, struct strbuf *out)
{
	size_t i, k, digits;
	uint32_t cp;
	int h;

	for (i = 0; i < len; i++) {
		if (s[i] != '\\') {
			strbuf_putc(out, s[i]);
			continue;
		}
		if (++i >= len)
			return -1;
		if (s[i] == 't' || s[i] == 'n') {
			strbuf_putc(out, s[i] == 't' ? '\t' : '\n');
			continue;
		}
		if (s[i] != 'x' && s[i] != 'u')
			return -1;
		digits = s[i] == 'x' ? 2 : 4;
		if (len - i - 1 < digits)
			return -1;
		for (cp = 0, k = 1; k <= digits; k++) {
			if ((h = hexval(s[i + k])) < 0)
				return -1;
			cp = cp * 16 + (uint32_t)h;
		}
		if (digits == 2)
			strbuf_putc(out, (char)cp);
		else
			utf8_encode(out, cp);
		i += digits;
	}
	return 0;
}

/* "name=N" at s; the number in *v. */
static int
porcelain_field_int(const char *s, size_t len, const char *name, int *v)
{
	size_t n = strlen(name), i;
	long x = 0;

	if (len <= n + 1 || strncmp(s, name, n) != 0 || s[n] != '=')
		return -1;
	for (i = n + 1; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || x > 1000000)
			return -1;
		x = x * 10 + (s[i] - '0');
	}
	*v = (int)x;
	return 0;
}

/* One "suggest.KEY=VALUE\tpage=N\tline=M\tquote=Q" line. */
static int
porcelain_suggest(struct proposals *ps, const char *s, size_t len)
{
	const char *eq, *f[4];
	size_t flen[4], n = 0, i, start = 0;
	struct strbuf value, quote;
	char key[sizeof ps->v[0].key];
	int page, line, rc = -1;

	for (i = 0; i <= len && n < 4; i++)
		if (i == len || s[i] == '\t') {
			f[n] = s + start;
			flen[n++] = i - start;
			start = i + 1;
		}
	if (n != 4 || i <= len)
		return -1;
	eq = memchr(f[0], '=', flen[0]);
	if (eq == NULL || eq == f[0] || (size_t)(eq - f[0]) >= sizeof key)
		return -1;
	memcpy(key, f[0], (size_t)(eq - f[0]));
	key[eq - f[0]] = '\0';
	if (porcelain_field_int(f[1], flen[1], "page", &page) != 0 ||
	    porcelain_field_int(f[2], flen[2], "line", &line) != 0 ||
	    flen[3] < 6 || strncmp(f[3], "quote=", 6) != 0)
		return -1;
	strbuf_init(&value);
	strbuf_init(&quote);
	if (porcelain_unescape(eq + 1, flen[0] - (size_t)(eq + 1 - f[0]),
	    &value) == 0 &&
	    porcelain_unescape(f[3] + 6, flen[3] - 6, &quote) == 0 &&
	    text_check(value.buf, value.len, TEXT_MAX_LINE, 0, NULL, 0) == 0) {
		proposals_add(ps, key, value.buf, page, line, quote.buf);
		rc = 0;
	}
	strbuf_free(&value);
	strbuf_free(&quote);
	return rc;
}

static int
porcelain_text(struct proposals *ps, const char *s, size_t len)
{
	struct strbuf v;
	int rc = 0;

	if (len > 11 && strncmp(s, "text.pages=", 11) == 0)
		return porcelain_field_int(s + 5, len - 5, "pages", &ps->pages);
	strbuf_init(&v);
#define TEXT_FIELD(name, dst) \
	(len >= sizeof(name) - 1 && strncmp(s, name, sizeof(name) - 1) == 0 && \
	(rc = porcelain_unescape(s + sizeof(name) - 1, \
	len - (sizeof(name) - 1), &v)) == 0 && v.len < sizeof(dst))
	if (TEXT_FIELD("text.language=", ps->language))
		memcpy(ps->language, v.buf, v.len + 1);
	else if (TEXT_FIELD("text.format=", ps->format))
		memcpy(ps->format, v.buf, v.len + 1);
	else if (TEXT_FIELD("text.encoding=", ps->encoding))
		memcpy(ps->encoding, v.buf, v.len + 1);
	else if (len == 12 && strncmp(s, "text.ocr=yes", 12) == 0)
		ps->ocr = 1;
	else if (len == 11 && strncmp(s, "text.ocr=no", 11) == 0)
		ps->ocr = 0;
	else if (rc != 0 || strncmp(s, "text.language=", 14) == 0 ||
	    strncmp(s, "text.format=", 12) == 0 ||
	    strncmp(s, "text.encoding=", 14) == 0 ||
	    strncmp(s, "text.ocr=", 9) == 0)
		rc = -1;	/* a known line with a bad value */
#undef TEXT_FIELD
	strbuf_free(&v);
	return rc;
}

int
proposals_parse(const char *s, struct proposals *out, char *err,
    size_t errsz)
{
	const char *nl;
	size_t len;
	int lineno = 0, rc;

	memset(out, 0, sizeof *out);
	for (; *s != '\0'; s = *nl == '\0' ? nl : nl + 1) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		len = (size_t)(nl - s);
		lineno++;
		if (len == 0)
			continue;
		if (len > 8 && strncmp(s, "suggest.", 8) == 0)
			rc = porcelain_suggest(out, s + 8, len - 8);
		else if (len > 5 && strncmp(s, "text.", 5) == 0)
			rc = porcelain_text(out, s, len);
		else
			rc = -1;
		if (rc != 0) {
			snprintf(err, errsz, _("line %d: not a proposal's "
			    "porcelain"), lineno);
			proposals_free(out);
			return -1;
		}
	}
	return 0;
}

const char *
proposals_language_ok(const struct proposals *ps, const char *case_lang)
{
	if (case_lang == NULL || (strcmp(case_lang, "kk") != 0 &&
	    strcmp(case_lang, "ru") != 0))
		return NULL;
	if (strcmp(ps->language, "other") == 0)
		return "no";
	if (strcmp(ps->language, "kk") != 0 && strcmp(ps->language, "ru") != 0)
		return NULL;
	return strcmp(ps->language, case_lang) == 0 ? "yes" : "no";
}
