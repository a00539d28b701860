/*
 * Parsing the pattern tables (data/read/LANG.pat) and the lexicons
 * (data/read/LANG.abusive).  The format is qarau-read(5); every bad line
 * is an error naming the file and the line, so that a table shipped wrong
 * fails the tests rather than proposing nonsense.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/propose-int.h"
#include "core/text.h"
#include "core/vocab.h"

/* Keys the reader may propose that the vocabulary does not hold (yet). */
static const char *const extra_keys[] = { "filing.efiling-number", NULL };

static const struct {
	const char	*name;
	enum pcap_type	 type;
} cap_names[] = {
	{ "{date}", CAP_DATE }, { "{name}", CAP_NAME },
	{ "{caseno}", CAP_CASENO }, { "{id}", CAP_ID },
	{ "{items}", CAP_ITEMS },
};

struct tparse {
	const char	*file;
	int		 lineno;
	char		*err;
	size_t		 errsz;
};

static int
tbad(struct tparse *tp, const char *what, const char *near)
{
	snprintf(tp->err, tp->errsz, "%s:%d: %s '%s'", tp->file, tp->lineno,
	    what, near);
	return -1;
}

static void
palt_free(struct palt *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(a[i].s);
	free(a);
}

/* "жалоб*|шағым" into alternatives; each must be one token. */
static int
palt_parse(const char *s, size_t len, struct palt **out, size_t *nout)
{
	struct palt *a = NULL;
	struct strbuf f;
	const char *bar;
	size_t n = 0, l;
	bool stem;

	while (len > 0) {
		bar = memchr(s, '|', len);
		l = bar != NULL ? (size_t)(bar - s) : len;
		stem = l > 1 && s[l - 1] == '*';
		if (l - stem == 0) {
			palt_free(a, n);
			return -1;
		}
		strbuf_init(&f);
		propose_fold(s, l - stem, &f);
		a = xrealloc(a, (n + 1) * sizeof *a);
		a[n].s = xstrdup(f.buf);
		strbuf_free(&f);
		a[n++].stem = stem;
		s += l;
		len -= l;
		if (bar != NULL)
			s++, len--;
	}
	*out = a;
	*nout = n;
	return 0;
}

static struct ptok *
ptok_new(struct ppat *p, enum ptok_kind kind)
{
	struct ptok *k;

	p->t = xrealloc(p->t, (p->n + 1) * sizeof *p->t);
	k = &p->t[p->n++];
	memset(k, 0, sizeof *k);
	k->kind = kind;
	return k;
}

/* A literal item without '|' may be several tokens ("ст.", "1)"): it is
 * split as the text is, and '?' then applies to its last token. */
static int
pitem_literal(struct ppat *p, const char *s, size_t len)
{
	struct ptext x;
	struct ptok *k = NULL;
	bool opt = len > 1 && s[len - 1] == '?';
	size_t i, l;
	int rc = 0;

	if (opt)
		len--;
	if (memchr(s, '|', len) != NULL || (len > 1 && s[len - 1] == '*') ||
	    (len > 2 && s[0] == '\\')) {
		if (s[0] == '\\')
			s++, len--;
		k = ptok_new(p, PT_LIT);
		rc = palt_parse(s, len, &k->alts, &k->nalts);
		k->optional = opt;
		return rc;
	}
	ptext_read(&x, s, len);
	for (i = 0; i < x.n; i++) {
		k = ptok_new(p, PT_LIT);
		l = strlen(ptext_fold(&x, i));
		k->alts = xcalloc(1, sizeof *k->alts);
		k->alts[0].s = xstrndup(ptext_fold(&x, i), l);
		k->nalts = 1;
	}
	if (k != NULL)
		k->optional = opt;
	ptext_free(&x);
	return k != NULL ? 0 : -1;
}

static int
pitem_parse(struct ppat *p, const char *s, size_t len, int *depth)
{
	struct ptok *k;
	size_t i;

	if (len >= 3 && strncmp(s, "...", 3) == 0) {
		k = ptok_new(p, PT_GAP);
		k->gap = len == 3 ? PROPOSE_GAP_DEFAULT : atoi(s + 3);
		return k->gap > 0 && k->gap <= 40 ? 0 : -1;
	}
	if (len == 1 && (*s == '^' || *s == '{' || *s == '}')) {
		*depth += *s == '{' ? 1 : *s == '}' ? -1 : 0;
		ptok_new(p, *s == '^' ? PT_BOL : *s == '{' ? PT_OPEN :
		    PT_CLOSE);
		return *depth >= 0 && *depth <= 1 ? 0 : -1;
	}
	if (len == 2 && strncmp(s, "{+", 2) == 0) {
		(*depth)++;
		ptok_new(p, PT_OPEN)->gap = 1;	/* may span lines */
		return *depth <= 1 ? 0 : -1;
	}
	if (len == 5 && strncmp(s, "<Cap>", 5) == 0) {
		ptok_new(p, PT_CAP);
		return 0;
	}
	for (i = 0; i < sizeof cap_names / sizeof cap_names[0]; i++)
		if (strlen(cap_names[i].name) == len &&
		    strncmp(cap_names[i].name, s, len) == 0) {
			ptok_new(p, PT_TYPED)->type = cap_names[i].type;
			return 0;
		}
	if (*s == '{' || *s == '<')
		return -1;
	return pitem_literal(p, s, len);
}

static int
pattern_parse(struct tparse *tp, struct ppat *p, const char *s)
{
	size_t len;
	int depth = 0;

	for (;;) {
		s += strspn(s, " \t");
		if (*s == '\0')
			break;
		len = strcspn(s, " \t");
		if (pitem_parse(p, s, len, &depth) != 0)
			return tbad(tp, _("bad pattern item"), s);
		s += len;
	}
	if (p->n == 0 || depth != 0)
		return tbad(tp, _("unbalanced or empty pattern"), s);
	return 0;
}

static const struct fact_def *
key_def(const char *key, bool *extra)
{
	int i = vocab_index(key);
	size_t k;

	*extra = false;
	if (i >= 0)
		return vocab_at((size_t)i);
	for (k = 0; extra_keys[k] != NULL; k++)
		if (strcmp(extra_keys[k], key) == 0)
			*extra = true;
	return NULL;
}

static bool
pattern_captures(const struct ppat *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (p->t[i].kind == PT_TYPED || p->t[i].kind == PT_OPEN)
			return true;
	return false;
}

/* The value is "$" (the capture), "*" on a veto, or one the key takes. */
static int
head_value_check(struct tparse *tp, const struct ppat *p)
{
	const struct fact_def *def;
	bool extra;

	def = key_def(p->key, &extra);
	if (def == NULL && !extra)
		return tbad(tp, _("unknown fact key"), p->key);
	if (strcmp(p->value, "$") == 0)
		return (p->flags & PAT_COND) != 0 || ((p->flags & PAT_ABSENT) ==
		    0 && pattern_captures(p)) ? 0 : tbad(tp, _("'$' needs a capture in the pattern"),
		    p->key);
	if (strcmp(p->value, "*") == 0 && (p->flags & PAT_VETO) != 0)
		return 0;
	if (def != NULL && (def->type == FACT_ENUM || def->type == FACT_BOOL ||
	    def->type == FACT_SET) && vocab_value_index(def, p->value) < 0)
		return tbad(tp, _("not a value of this key"), p->value);
	return 0;
}

static int
pattern_head(struct tparse *tp, struct ppat *p, const char *s, size_t len)
{
	char buf[160], *f[4], *save = NULL;
	size_t n = 0;

	if (len >= sizeof buf)
		return tbad(tp, _("line too long"), "");
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (buf[0] == '+' || buf[0] == '!' || buf[0] == '-')
		p->flags = buf[0] == '+' ? PAT_COND : buf[0] == '!' ? PAT_VETO :
		    PAT_ABSENT;
	for (f[n] = strtok_r(buf + (p->flags != 0), " ", &save);
	    f[n] != NULL && n < 3; f[n] = strtok_r(NULL, " ", &save))
		n++;
	if (n < 2 || (n == 3 && f[3] != NULL) || strlen(f[0]) >= sizeof p->key)
		return tbad(tp, _("expected KEY VALUE [head|tail|end|any]"), buf);
	p->scope = SCOPE_ANY;
	if (n == 3 && strcmp(f[2], "head") == 0)
		p->scope = SCOPE_HEAD;
	else if (n == 3 && strcmp(f[2], "tail") == 0)
		p->scope = SCOPE_TAIL;
	else if (n == 3 && strcmp(f[2], "end") == 0)
		p->scope = SCOPE_END;
	else if (n == 3 && strcmp(f[2], "any") != 0)
		return tbad(tp, _("unknown scope"), f[2]);
	snprintf(p->key, sizeof p->key, "%s", f[0]);
	p->value = xstrdup(f[1]);
	return 0;
}

static int
table_pattern(struct tparse *tp, struct propose_table *t, const char *s)
{
	const char *tab = strchr(s, '\t');
	struct ppat p;
	int rc;

	if (tab == NULL)
		return tbad(tp, _("no TAB between the key and the pattern"), s);
	memset(&p, 0, sizeof p);
	p.lineno = tp->lineno;
	if ((p.flags & PAT_COND) == 0 && (s[0] == '+') && t->n == 0)
		return tbad(tp, _("a condition needs a line above it"), s);
	rc = pattern_head(tp, &p, s, (size_t)(tab - s));
	/* Consecutive absences of one KEY VALUE must all be absent. */
	if (rc == 0 && p.flags == PAT_ABSENT && t->n > 0 &&
	    (t->p[t->n - 1].flags & PAT_ABSENT) != 0 &&
	    strcmp(t->p[t->n - 1].key, p.key) == 0 &&
	    strcmp(t->p[t->n - 1].value, p.value) == 0)
		p.flags |= PAT_COND;
	if (rc == 0)
		rc = pattern_parse(tp, &p, tab + 1);
	if (rc == 0)
		rc = head_value_check(tp, &p);
	t->p = xrealloc(t->p, (t->n + 1) * sizeof *t->p);
	t->p[t->n++] = p;	/* freed with the table, even when bad */
	return rc;
}

/* Appends the '|'- or space-separated words of s to a list. */
static int
words_add(struct palt **list, size_t *n, const char *s)
{
	struct palt *a;
	size_t na, len;

	for (;;) {
		s += strspn(s, " \t");
		if (*s == '\0')
			return 0;
		len = strcspn(s, " \t");
		if (palt_parse(s, len, &a, &na) != 0)
			return -1;
		*list = xrealloc(*list, (*n + na) * sizeof **list);
		memcpy(*list + *n, a, na * sizeof *a);
		*n += na;
		free(a);
		s += len;
	}
}

/* @month N words, @notname words, @sole KEY */
static int
table_directive(struct tparse *tp, struct propose_table *t, const char *s)
{
	char *end;
	long m;
	bool extra;

	if (strncmp(s, "@month ", 7) == 0) {
		m = strtol(s + 7, &end, 10);
		if (m < 1 || m > 12 || (*end != ' ' && *end != '\t') ||
		    words_add(&t->month[m], &t->nmonth[m], end) != 0)
			return tbad(tp, _("expected @month N words"), s);
		return 0;
	}
	if (strncmp(s, "@notname ", 9) == 0)
		return words_add(&t->notname, &t->nnotname, s + 9) == 0 ? 0 :
		    tbad(tp, _("bad word"), s);
	if (strncmp(s, "@sole ", 6) == 0) {
		if (key_def(s + 6, &extra) == NULL && !extra)
			return tbad(tp, _("unknown fact key"), s + 6);
		t->sole = xrealloc(t->sole, (t->nsole + 1) * sizeof *t->sole);
		t->sole[t->nsole++] = xstrdup(s + 6);
		return 0;
	}
	return tbad(tp, _("unknown directive"), s);
}

/* Calls fn on each line without its comment; stops at the first error. */
static int
table_lines(struct tparse *tp, struct propose_table *t, const char *text,
    int (*fn)(struct tparse *, struct propose_table *, const char *))
{
	const char *nl;
	char *line;
	size_t len;
	int rc = 0;

	for (tp->lineno = 1; *text != '\0' && rc == 0; tp->lineno++) {
		nl = strchr(text, '\n');
		len = nl != NULL ? (size_t)(nl - text) : strlen(text);
		line = xstrndup(text, len);
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len > 0 && line[0] != '#')
			rc = fn(tp, t, line);
		free(line);
		text = nl != NULL ? nl + 1 : text + len;
	}
	return rc;
}

static int
table_line(struct tparse *tp, struct propose_table *t, const char *s)
{
	if (s[strspn(s, " \t")] == '\0')
		return 0;
	if (s[0] == '@')
		return table_directive(tp, t, s);
	return table_pattern(tp, t, s);
}

int
propose_table_parse(struct propose_table **out, const char *lang,
    const char *file, const char *text, char *err, size_t errsz)
{
	struct tparse tp = { file, 0, err, errsz };
	struct propose_table *t;

	t = xcalloc(1, sizeof *t);
	snprintf(t->lang, sizeof t->lang, "%s", lang);
	if (!utf8_valid(text, strlen(text), NULL)) {
		snprintf(err, errsz, _("%s: not valid UTF-8"), file);
		propose_table_free(t);
		return -1;
	}
	if (table_lines(&tp, t, text, table_line) != 0) {
		propose_table_free(t);
		return -1;
	}
	*out = t;
	return 0;
}

static int
lexicon_line(struct tparse *tp, struct propose_table *t, const char *s)
{
	s += strspn(s, " \t");
	if (*s == '\0')
		return 0;
	if (strchr(s, '|') != NULL || words_add(&t->lex, &t->nlex, s) != 0)
		return tbad(tp, _("bad word"), s);
	return 0;
}

int
propose_table_lexicon(struct propose_table *t, const char *file,
    const char *text, char *err, size_t errsz)
{
	struct tparse tp = { file, 0, err, errsz };

	if (!utf8_valid(text, strlen(text), NULL)) {
		snprintf(err, errsz, _("%s: not valid UTF-8"), file);
		return -1;
	}
	return table_lines(&tp, t, text, lexicon_line);
}

void
propose_table_free(struct propose_table *t)
{
	size_t i, k;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++) {
		for (k = 0; k < t->p[i].n; k++)
			palt_free(t->p[i].t[k].alts, t->p[i].t[k].nalts);
		free(t->p[i].t);
		free(t->p[i].value);
	}
	free(t->p);
	for (i = 1; i <= 12; i++)
		palt_free(t->month[i], t->nmonth[i]);
	palt_free(t->notname, t->nnotname);
	palt_free(t->lex, t->nlex);
	for (i = 0; i < t->nsole; i++)
		free(t->sole[i]);
	free(t->sole);
	free(t);
}
