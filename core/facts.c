/*
 * A filing's facts and the facts-file format (qarau-facts(5)).
 *
 * The parser is all or nothing: it reads the whole text into a copy,
 * reports every problem it finds, and only replaces the caller's facts when
 * there was none.  It must never crash on any input (it is fuzzed), so every
 * length is checked and every line is validated as UTF-8 first.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/facts.h"
#include "core/i18n.h"
#include "core/text.h"

#define KEY_SHOWN	48	/* bytes of a bad key quoted in a message */
#define VALUE_SHOWN	48

void
facts_init(struct facts *f)
{
	memset(f, 0, sizeof *f);
}

void
facts_free(struct facts *f)
{
	size_t i;

	for (i = 0; i < VOCAB_MAX; i++)
		free(f->v[i].text);
	facts_init(f);
}

void
facts_copy(struct facts *dst, const struct facts *src)
{
	size_t i;

	if (dst == src)
		return;
	facts_free(dst);
	*dst = *src;
	for (i = 0; i < VOCAB_MAX; i++)
		if (src->v[i].text != NULL)
			dst->v[i].text = xstrdup(src->v[i].text);
}

void
facts_unset(struct facts *f, size_t idx)
{
	if (idx >= VOCAB_MAX)
		return;
	free(f->v[idx].text);
	memset(&f->v[idx], 0, sizeof f->v[idx]);
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* "a, b, c, unknown" for messages: the domain of an enum or set. */
static void
domain_text(const struct fact_def *def, char *buf, size_t bufsz)
{
	size_t i, len = 0;
	int n;

	buf[0] = '\0';
	for (i = 0; def->values != NULL && def->values[i] != NULL; i++) {
		n = snprintf(buf + len, bufsz - len, "%s%s", i ? ", " : "",
		    def->values[i]);
		if (n < 0 || (size_t)n >= bufsz - len)
			return;
		len += (size_t)n;
	}
}

static int
parse_set(const struct fact_def *def, const char *value, int32_t *bits,
    char *err, size_t errsz)
{
	char item[32], dom[1024];
	const char *p = value, *start, *end;
	int i;

	*bits = 0;
	if (strcmp(value, "none") == 0)
		return 0;
	domain_text(def, dom, sizeof dom);
	for (;;) {
		while (is_blank(*p))
			p++;
		start = p;
		while (*p != '\0' && *p != ',')
			p++;
		end = p;
		while (end > start && is_blank(end[-1]))
			end--;
		if (end == start || (size_t)(end - start) >= sizeof item) {
			snprintf(err, errsz, _("%s: expected a comma-separated "
			    "list of %s; or none, or unknown"), def->key, dom);
			return -1;
		}
		memcpy(item, start, (size_t)(end - start));
		item[end - start] = '\0';
		if ((i = vocab_value_index(def, item)) < 0) {
			snprintf(err, errsz, _("%s: '%s' is not one of %s "
			    "(or none, or unknown)"), def->key, item, dom);
			return -1;
		}
		if (*bits & (1 << i)) {
			snprintf(err, errsz, _("%s: '%s' is given twice"),
			    def->key, item);
			return -1;
		}
		*bits |= 1 << i;
		if (*p == '\0')
			return 0;
		p++;
	}
}

/* A date that qdate_parse refused: its shape, or the day itself. */
static void
date_error(const struct fact_def *def, const char *value, char *err,
    size_t errsz)
{
	int y, m, d, n = 0;

	if (strlen(value) != 10 || sscanf(value, "%4d-%2d-%2d%n", &y, &m, &d,
	    &n) != 3 || n != 10)
		snprintf(err, errsz, _("%s: '%.*s' is not a date of the form "
		    "YYYY-MM-DD"), def->key, VALUE_SHOWN, value);
	else if (y < 1900 || y > 2199)
		snprintf(err, errsz, _("%s: '%s': the year is outside "
		    "1900-2199"), def->key, value);
	else
		snprintf(err, errsz, _("%s: '%s': there is no such day"),
		    def->key, value);
}

/* A value other than "unknown", by the key's type, into *v. */
static int
parse_typed(const struct fact_def *def, const char *value,
    struct fact_value *v, char *err, size_t errsz)
{
	char dom[1024];
	qdate d;
	int i;

	switch (def->type) {
	case FACT_ENUM:
		if ((i = vocab_value_index(def, value)) < 0) {
			domain_text(def, dom, sizeof dom);
			snprintf(err, errsz, _("%s: '%.*s' is not one of %s, "
			    "unknown"), def->key, VALUE_SHOWN, value, dom);
			return -1;
		}
		v->num = i;
		break;
	case FACT_BOOL:
		if ((i = vocab_value_index(def, value)) < 0) {
			snprintf(err, errsz, _("%s: '%.*s' is not yes, no or "
			    "unknown"), def->key, VALUE_SHOWN, value);
			return -1;
		}
		v->num = i;
		break;
	case FACT_SET:
		if (parse_set(def, value, &v->num, err, errsz) != 0)
			return -1;
		break;
	case FACT_DATE:
		if (!qdate_parse(value, &d)) {
			date_error(def, value, err, errsz);
			return -1;
		}
		v->num = d;
		break;
	case FACT_TEXT:
		v->text = xstrdup(value);
		break;
	}
	return 0;
}

/* Parses value into out; on error writes a message and leaves out alone. */
static int
parse_value(const struct fact_def *def, const char *value,
    struct fact_value *out, char *err, size_t errsz)
{
	struct fact_value v;
	char why[256];

	memset(&v, 0, sizeof v);
	v.present = true;
	if (*value == '\0') {
		snprintf(err, errsz, _("%s: no value given"), def->key);
		return -1;
	}
	/* Before any message quotes the value back. */
	if (text_check(value, strlen(value), FACT_TEXT_MAX - 1, 0, why,
	    sizeof why) != 0) {
		snprintf(err, errsz, "%s: %s", def->key, why);
		return -1;
	}
	if (strcmp(value, "unknown") == 0 && def->type != FACT_DATE &&
	    def->type != FACT_TEXT) {
		v.unknown = true;
		v.num = FACT_UNKNOWN;
		*out = v;
		return 0;
	}
	if (parse_typed(def, value, &v, err, errsz) != 0)
		return -1;
	*out = v;
	return 0;
}

int
facts_set_index(struct facts *f, size_t idx, const char *value, char *err,
    size_t errsz)
{
	const struct fact_def *def;
	struct fact_value v;
	const char *end;
	char *trimmed;
	int rc;

	if ((def = vocab_at(idx)) == NULL) {
		snprintf(err, errsz, _("no such fact"));
		return -1;
	}
	if (value == NULL)
		value = "";
	/* Blanks around a value go, as in a facts file: KEY=VALUE, an
	 * import and a draft store what a facts file would read back. */
	while (is_blank(*value))
		value++;
	for (end = value + strlen(value); end > value && is_blank(end[-1]);)
		end--;
	trimmed = xstrndup(value, (size_t)(end - value));
	rc = parse_value(def, trimmed, &v, err, errsz);
	free(trimmed);
	if (rc != 0)
		return -1;
	facts_unset(f, idx);
	f->v[idx] = v;
	return 0;
}

/* The first KEY_SHOWN bytes of s for a message, controls escaped. */
static const char *
shown(const char *s, size_t len, char *buf, size_t bufsz)
{
	struct strbuf sb;

	strbuf_init(&sb);
	text_escape(s, len < KEY_SHOWN ? len : KEY_SHOWN, &sb);
	snprintf(buf, bufsz, "%s", sb.len > 0 ? sb.buf : "");
	strbuf_free(&sb);
	return buf;
}

int
facts_set(struct facts *f, const char *key, const char *value, char *err,
    size_t errsz)
{
	char buf[4 * KEY_SHOWN + 8];
	int idx;

	if ((idx = vocab_index(key)) < 0) {
		snprintf(err, errsz, _("unknown key '%s' (see 'qarau "
		    "questions')"), shown(key != NULL ? key : "", key != NULL ?
		    strlen(key) : 0, buf, sizeof buf));
		return -1;
	}
	return facts_set_index(f, (size_t)idx, value, err, errsz);
}

const char *
facts_value_text(const struct facts *f, size_t idx, char *buf, size_t bufsz)
{
	const struct fact_def *def = vocab_at(idx);
	const struct fact_value *v;
	size_t len = 0, i;
	int n;

	if (def == NULL || bufsz == 0 || !(v = &f->v[idx])->present)
		return NULL;
	buf[0] = '\0';
	if (v->unknown)
		snprintf(buf, bufsz, "unknown");
	else switch (def->type) {
	case FACT_ENUM:
		snprintf(buf, bufsz, "%s", def->values[v->num]);
		break;
	case FACT_BOOL:
		snprintf(buf, bufsz, "%s", v->num ? "yes" : "no");
		break;
	case FACT_DATE:
		if (bufsz >= QDATE_BUFSZ)
			qdate_format(v->num, buf);
		break;
	case FACT_TEXT:
		snprintf(buf, bufsz, "%s", v->text != NULL ? v->text : "");
		break;
	case FACT_SET:
		if (v->num == 0) {
			snprintf(buf, bufsz, "none");
			break;
		}
		for (i = 0; def->values[i] != NULL; i++) {
			if (!(v->num & (1 << i)))
				continue;
			n = snprintf(buf + len, bufsz - len, "%s%s",
			    len ? "," : "", def->values[i]);
			if (n < 0 || (size_t)n >= bufsz - len)
				break;
			len += (size_t)n;
		}
		break;
	}
	return buf;
}

/* The vocabulary fallback as a value, for the readers below. */
static const struct fact_value *
effective(const struct facts *f, const char *key, struct fact_value *tmp,
    const struct fact_def **defp)
{
	char err[128];
	int idx;

	*defp = NULL;
	if ((idx = vocab_index(key)) < 0)
		return NULL;
	*defp = vocab_at((size_t)idx);
	if (f->v[idx].present)
		return &f->v[idx];
	if ((*defp)->fallback == NULL ||
	    parse_value(*defp, (*defp)->fallback, tmp, err, sizeof err) != 0)
		return NULL;
	return tmp;
}

int
facts_enum(const struct facts *f, const char *key)
{
	const struct fact_def *def;
	const struct fact_value *v;
	struct fact_value tmp;

	if ((v = effective(f, key, &tmp, &def)) == NULL || v->unknown)
		return FACT_UNKNOWN;
	return v->num;
}

int
facts_bool(const struct facts *f, const char *key)
{
	return facts_enum(f, key);
}

qdate
facts_date(const struct facts *f, const char *key)
{
	const struct fact_def *def;
	const struct fact_value *v;
	struct fact_value tmp;

	if ((v = effective(f, key, &tmp, &def)) == NULL || v->unknown ||
	    def->type != FACT_DATE)
		return QDATE_NONE;
	return v->num;
}

bool
facts_is(const struct facts *f, const char *key, const char *value)
{
	const struct fact_def *def;
	const struct fact_value *v;
	struct fact_value tmp;

	if ((v = effective(f, key, &tmp, &def)) == NULL)
		return false;
	if (v->unknown)
		return strcmp(value, "unknown") == 0;
	switch (def->type) {
	case FACT_ENUM:
	case FACT_BOOL:
		return v->num == vocab_value_index(def, value);
	case FACT_SET:
		if (strcmp(value, "none") == 0)
			return v->num == 0;
		return vocab_value_index(def, value) >= 0 &&
		    (v->num & (1 << vocab_value_index(def, value))) != 0;
	case FACT_TEXT:
		return v->text != NULL && strcmp(v->text, value) == 0;
	case FACT_DATE:
		break;
	}
	return false;
}

void
facts_write(const struct facts *f, struct strbuf *sb)
{
	char buf[FACT_TEXT_MAX];
	const char *t;
	size_t i;

	for (i = 0; i < vocab_count(); i++)
		if ((t = facts_value_text(f, i, buf, sizeof buf)) != NULL)
			strbuf_printf(sb, "%s = %s\n", vocab_at(i)->key, t);
}

/*
 * UTF-8 as RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF.  Returns the offset of the first bad byte, or len.
 */
static size_t
utf8_check(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	unsigned long cp;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xc2 && s[i] <= 0xdf) {
			n = 1;
			cp = s[i] & 0x1f;
		} else if (s[i] >= 0xe0 && s[i] <= 0xef) {
			n = 2;
			cp = s[i] & 0x0f;
		} else if (s[i] >= 0xf0 && s[i] <= 0xf4) {
			n = 3;
			cp = s[i] & 0x07;
		} else
			return i;
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return i;
		i += n + 1;
	}
	return len;
}

struct parse {
	const char	*file;
	unsigned	 line;
	facts_diag_fn	 diag;
	void		*ctx;
	int		 errors;
	unsigned	 seen[VOCAB_MAX];	/* line of each key, 0 = not yet */
};

static void
parse_error(struct parse *p, const char *msg)
{
	p->errors++;
	if (p->diag != NULL)
		p->diag(p->ctx, p->file, p->line, msg);
}

/* The key before '=' at eq, seen once: its index, or -1 (told). */
static int
parse_key(struct parse *p, const char *s, const char *eq)
{
	char msg[512], key[64], buf[4 * KEY_SHOWN + 8];
	const char *kend;
	size_t klen;
	int idx;

	for (kend = eq; kend > s && is_blank(kend[-1]); kend--)
		;
	klen = (size_t)(kend - s);
	if (klen == 0) {
		parse_error(p, _("expected a key before '='"));
		return -1;
	}
	if (klen >= sizeof key || (memcpy(key, s, klen), key[klen] = '\0',
	    (idx = vocab_index(key)) < 0)) {
		snprintf(msg, sizeof msg, _("unknown key '%s': expected a "
		    "key of 'qarau questions'"), shown(s, klen, buf,
		    sizeof buf));
		parse_error(p, msg);
		return -1;
	}
	if (p->seen[idx] != 0) {
		snprintf(msg, sizeof msg, _("%s: given again (first on line "
		    "%u); expected each key once"), key, p->seen[idx]);
		parse_error(p, msg);
		return -1;
	}
	p->seen[idx] = p->line;
	return idx;
}

/* One line, without its newline; s is not NUL-terminated. */
static void
parse_line(struct parse *p, struct facts *f, const char *s, size_t len)
{
	char msg[FACT_TEXT_MAX + 256], buf[4 * KEY_SHOWN + 8], *value;
	const char *eq, *vstart, *vend;
	const struct fact_def *def;
	size_t bad;
	int idx;

	if (len > 0 && s[len - 1] == '\r')
		len--;
	if (memchr(s, '\0', len) != NULL) {
		parse_error(p, _("a NUL byte: a facts file is text"));
		return;
	}
	if ((bad = utf8_check((const unsigned char *)s, len)) < len) {
		snprintf(msg, sizeof msg, _("invalid UTF-8 at byte %zu of the "
		    "line: expected UTF-8 text"), bad + 1);
		parse_error(p, msg);
		return;
	}
	while (len > 0 && is_blank(*s)) {
		s++;
		len--;
	}
	if (len == 0 || *s == '#')
		return;
	if ((eq = memchr(s, '=', len)) == NULL) {
		snprintf(msg, sizeof msg, _("expected 'key = value', found "
		    "'%s'"), shown(s, len, buf, sizeof buf));
		parse_error(p, msg);
		return;
	}
	if ((idx = parse_key(p, s, eq)) < 0)
		return;
	def = vocab_at((size_t)idx);
	vstart = eq + 1;
	vend = s + len;
	/* A comment may follow any value but free text, where '#' is an
	 * ordinary character ("case No. 1-23/2025 #4"). */
	if (def->type != FACT_TEXT) {
		const char *h = memchr(vstart, '#', (size_t)(vend - vstart));
		if (h != NULL)
			vend = h;
	}
	while (vstart < vend && is_blank(*vstart))
		vstart++;
	while (vend > vstart && is_blank(vend[-1]))
		vend--;
	value = xstrndup(vstart, (size_t)(vend - vstart));
	if (facts_set_index(f, (size_t)idx, value, msg, sizeof msg) != 0)
		parse_error(p, msg);
	free(value);
}

int
facts_parse(struct facts *f, const char *file, const char *text, size_t len,
    facts_diag_fn diag, void *ctx)
{
	struct parse p;
	struct facts tmp;
	const char *nl, *end;

	if (text == NULL)
		len = 0;
	end = text != NULL ? text + len : NULL;
	memset(&p, 0, sizeof p);
	p.file = file != NULL ? file : "-";
	p.diag = diag;
	p.ctx = ctx;
	facts_init(&tmp);
	facts_copy(&tmp, f);
	/* Windows Notepad begins UTF-8 with a byte-order mark. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;
	while (len > 0 && text < end) {
		p.line++;
		if ((nl = memchr(text, '\n', (size_t)(end - text))) == NULL)
			nl = end;
		parse_line(&p, &tmp, text, (size_t)(nl - text));
		text = nl + 1;
	}
	if (p.errors == 0) {
		facts_free(f);
		*f = tmp;
	} else
		facts_free(&tmp);
	return p.errors;
}
