/*
 * The proposal engine (core/propose.h): runs every table's patterns over
 * the text, then keeps for each fact the value the text states first, or
 * nothing when the tables say a conflict must stay silent.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/propose-int.h"
#include "core/text.h"
#include "core/vocab.h"

#define PROPOSE_MAX_TEXT	(64UL * 1024 * 1024)

struct cand {
	const char	*key;
	char		*value;
	size_t		 ti;		/* where the match starts */
	int		 page, line;
	char		*quote;
};

struct veto {
	const char		*key;
	char			*value;	/* "*": any value */
};

struct run {
	const struct ptext	*x;
	struct cand		*c;
	size_t			 nc;
	struct veto		*veto;	/* vetoes that matched */
	size_t			 nveto;
	bool			 abusive;	/* a lexicon word was found */
	const char		*language;	/* the text's: "kk", "ru", ... */
};

static void
cand_add(struct run *r, const char *key, const char *value, size_t a,
    size_t b)
{
	struct strbuf q;
	struct cand *c;

	strbuf_init(&q);
	ptext_span(r->x, a, b, PROPOSE_QUOTE_MAX, &q);
	r->c = xrealloc(r->c, (r->nc + 1) * sizeof *r->c);
	c = &r->c[r->nc++];
	c->key = key;
	c->value = xstrdup(value);
	c->ti = a;
	c->page = r->x->t[a].page;
	c->line = r->x->t[a].line;
	c->quote = xstrdup(q.buf);
	strbuf_free(&q);
}

/* A proposal from what the text lacks: no place to quote. */
static void
cand_add_absent(struct run *r, const char *key, const char *value)
{
	struct cand *c;

	r->c = xrealloc(r->c, (r->nc + 1) * sizeof *r->c);
	c = &r->c[r->nc++];
	c->key = key;
	c->value = xstrdup(value);
	c->ti = (size_t)-1;	/* any match in the text comes first */
	c->page = 0;
	c->line = 0;
	c->quote = xstrdup("");
}

static void
veto_add(struct run *r, const char *key, const char *value)
{
	r->veto = xrealloc(r->veto, (r->nveto + 1) * sizeof *r->veto);
	r->veto[r->nveto].key = key;
	r->veto[r->nveto++].value = xstrdup(value);
}

static bool
pattern_anywhere(const struct ptext *x, const struct ppat *p)
{
	struct pmatch m;
	bool found = false;
	size_t i;

	strbuf_init(&m.value);
	for (i = 0; i < x->n && !found; i++)
		found = ptext_in_scope(x, i, p->scope) &&
		    pattern_match_at(x, p, i, &m);
	strbuf_free(&m.value);
	return found;
}

/* Every match of pattern j of t, if the conditions below it hold. */
static void
run_pattern(struct run *r, const struct propose_table *t, size_t j)
{
	const struct ppat *p = &t->p[j];
	struct pmatch m;
	size_t i, k;

	for (k = j + 1; k < t->n && (t->p[k].flags & PAT_COND) != 0; k++)
		if (pattern_anywhere(r->x, &t->p[k]) ==
		    ((t->p[k].flags & PAT_ABSENT) != 0))
			return;
	if ((p->flags & PAT_ABSENT) != 0) {
		/* What a Kazakh text lacks says nothing of a Russian one. */
		if (strcmp(r->language, t->lang) == 0 &&
		    !pattern_anywhere(r->x, p))
			cand_add_absent(r, p->key, p->value);
		return;
	}
	strbuf_init(&m.value);
	for (i = 0; i < r->x->n; i++) {
		if (!ptext_in_scope(r->x, i, p->scope) ||
		    !pattern_match_at(r->x, p, i, &m))
			continue;
		if ((p->flags & PAT_VETO) != 0)
			veto_add(r, p->key, strcmp(p->value, "$") != 0 ?
			    p->value : m.captured ? m.value.buf : "");
		else if (strcmp(p->value, "$") != 0)
			cand_add(r, p->key, p->value, m.start, m.end);
		else if (m.captured)
			cand_add(r, p->key, m.value.buf, m.start, m.end);
		i = m.end - 1;
	}
	strbuf_free(&m.value);
}

static void
run_lexicon(struct run *r, const struct propose_table *t)
{
	const struct ptext *x = r->x;
	size_t i, a, b;

	for (i = 0; i < x->n && t->nlex > 0; i++) {
		if (x->t[i].kind != TT_WORD ||
		    !palt_match(t->lex, t->nlex, ptext_fold(x, i)))
			continue;
		/* The word with a few words around it, on its line. */
		for (a = i; a > 0 && i - a < 4 && x->t[a - 1].line ==
		    x->t[i].line && !x->t[a].bol; a--)
			;
		for (b = i + 1; b < x->n && b - i < 4 && !x->t[b].bol; b++)
			;
		cand_add(r, "content.abusive", "yes", a, b);
		r->c[r->nc - 1].ti = i;
		r->abusive = true;
	}
}

static void
run_table(struct run *r, const struct propose_table *t)
{
	size_t j;

	for (j = 0; j < t->n; j++)
		if ((t->p[j].flags & PAT_COND) == 0)
			run_pattern(r, t, j);
	run_lexicon(r, t);
}

static bool
cand_vetoed(const struct run *r, const struct cand *c)
{
	size_t i;

	for (i = 0; i < r->nveto; i++)
		if (strcmp(r->veto[i].key, c->key) == 0 &&
		    (strcmp(r->veto[i].value, "*") == 0 ||
		    strcmp(r->veto[i].value, c->value) == 0))
			return true;
	return false;
}

static bool
value_ok(const struct fact_def *def, const char *v)
{
	qdate d;

	if (text_check(v, strlen(v), TEXT_MAX_NAME, 0, NULL, 0) != 0 ||
	    *v == '\0')
		return false;
	if (def == NULL || def->type == FACT_TEXT || def->type == FACT_SET)
		return true;
	if (def->type == FACT_DATE)
		return qdate_parse(v, &d);
	return vocab_value_index(def, v) >= 0;
}

static bool
key_sole(const struct propose_table *const *tables, size_t n,
    const char *key)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < tables[i]->nsole; k++)
			if (strcmp(tables[i]->sole[k], key) == 0)
				return true;
	return false;
}

/* Whether a set's candidate value "1,3" names value v. */
static bool
set_has(const char *list, const char *v)
{
	size_t l = strlen(v);
	const char *s;

	for (s = list; s != NULL; s = strchr(s, ','), s = s ? s + 1 : NULL)
		if (strncmp(s, v, l) == 0 && (s[l] == ',' || s[l] == '\0'))
			return true;
	return false;
}

/* A set: every value any match names, in the vocabulary's order. */
static void
resolve_set(const struct run *r, const struct fact_def *def,
    const struct cand *first, struct proposals *out)
{
	struct strbuf v;
	size_t i, k;

	strbuf_init(&v);
	for (k = 0; def->values[k] != NULL; k++)
		for (i = 0; i < r->nc; i++)
			if (strcmp(r->c[i].key, def->key) == 0 &&
			    !cand_vetoed(r, &r->c[i]) &&
			    set_has(r->c[i].value, def->values[k])) {
				strbuf_printf(&v, "%s%s", v.len ? "," : "",
				    def->values[k]);
				break;
			}
	if (v.len > 0)
		proposals_add(out, def->key, v.buf, first->page, first->line,
		    first->quote);
	strbuf_free(&v);
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = *(const struct cand *const *)a;
	const struct cand *y = *(const struct cand *const *)b;

	return x->ti < y->ti ? -1 : x->ti > y->ti;
}

/* Every hit of a lexicon, in the text's order, each word once (a word
 * two lexicons hold is one hit). */
static void
resolve_many(const struct run *r, const char *key, struct proposals *out)
{
	const struct cand **v;
	size_t i, n = 0;

	v = xcalloc(r->nc + 1, sizeof *v);
	for (i = 0; i < r->nc; i++)
		if (strcmp(r->c[i].key, key) == 0)
			v[n++] = &r->c[i];
	qsort(v, n, sizeof *v, cand_cmp);
	for (i = 0; i < n; i++)
		if (i == 0 || v[i]->ti != v[i - 1]->ti)
			proposals_add(out, key, v[i]->value, v[i]->page,
			    v[i]->line, v[i]->quote);
	free(v);
}

static void
resolve_key(const struct run *r, const char *key, const struct fact_def *def,
    bool sole, struct proposals *out)
{
	const struct cand *first = NULL, *c;
	size_t i;

	if (strcmp(key, "content.abusive") == 0) {
		resolve_many(r, key, out);
		return;
	}
	for (i = 0; i < r->nc; i++) {
		c = &r->c[i];
		if (strcmp(c->key, key) != 0 || cand_vetoed(r, c) ||
		    !value_ok(def, c->value))
			continue;
		if (first == NULL || c->ti < first->ti)
			first = c;
	}
	if (first == NULL)
		return;
	if (def != NULL && def->type == FACT_SET) {
		resolve_set(r, def, first, out);
		return;
	}
	for (i = 0; sole && i < r->nc; i++)
		if (strcmp(r->c[i].key, key) == 0 && !cand_vetoed(r, &r->c[i]) &&
		    value_ok(def, r->c[i].value) &&
		    strcmp(r->c[i].value, first->value) != 0)
			return;		/* the text says two things */
	proposals_add(out, key, first->value, first->page, first->line,
	    first->quote);
}

/* Kazakh has nine letters Russian lacks; their share of the Cyrillic
 * letters tells the languages apart even in a short text.  A text mostly
 * in Latin letters is in neither ("other"), unless it has the letters of
 * the Kazakh Latin alphabet. */
/* Either case: text_fold_char writes these as their Russian look-alikes,
 * so they are told apart before folding. */
static bool
kk_letter(uint32_t c)
{
	static const uint32_t kk[] = { 0x4d9, 0x493, 0x49b, 0x4a3, 0x4e9,
	    0x4b1, 0x4af, 0x4bb, 0x456 };
	size_t k;

	for (k = 0; k < sizeof kk / sizeof kk[0]; k++)
		if (c == kk[k] || (c == 0x406 && kk[k] == 0x456) ||
		    (c + 1 == kk[k] && kk[k] != 0x456))
			return true;
	return false;
}

static bool
kk_latin_letter(uint32_t c)
{
	return c == 0xe1 || c == 0x1f5 || c == 0x144 || c == 0x131 ||
	    c == 0xf3 || c == 0xfa || c == 0x15f;
}

static void
detect_language(const char *s, size_t len, char out[8])
{
	size_t i = 0, n, cyr = 0, spec = 0, lat = 0, kklat = 0;
	uint32_t c;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &c)) == 0)
			n = 1, c = 0;
		i += n;
		if (c >= 0x400 && c <= 0x4ff) {
			cyr++;
			spec += kk_letter(c);
			continue;
		}
		c = text_fold_char(c);
		if ((c >= 'a' && c <= 'z') || (c >= 0xe0 && c <= 0x24f)) {
			lat++;
			kklat += kk_latin_letter(c);
		}
	}
	out[0] = '\0';
	if (lat > 4 * cyr && lat >= 40 && kklat < 3)
		snprintf(out, 8, "other");
	else if (cyr < 40)
		return;
	else if (spec * 100 >= cyr * 3)
		snprintf(out, 8, "kk");
	else if (spec * 1000 <= cyr * 5)
		snprintf(out, 8, "ru");
	else
		snprintf(out, 8, "mixed");
}

static void
run_free(struct run *r)
{
	size_t i;

	for (i = 0; i < r->nc; i++) {
		free(r->c[i].value);
		free(r->c[i].quote);
	}
	free(r->c);
	for (i = 0; i < r->nveto; i++)
		free(r->veto[i].value);
	free(r->veto);
}

int
propose(const char *text, size_t len,
    const struct propose_table *const *tables, size_t ntables,
    struct proposals *out, char *err, size_t errsz)
{
	struct ptext x;
	struct run r;
	size_t i, bad;

	memset(out, 0, sizeof *out);
	if (len > PROPOSE_MAX_TEXT) {
		snprintf(err, errsz, _("the text is too large to read "
		    "(%zu bytes)"), len);
		return -1;
	}
	if (!utf8_valid(text, len, &bad)) {
		snprintf(err, errsz, _("the text is not valid UTF-8 (byte "
		    "%zu)"), bad + 1);
		return -1;
	}
	ptext_read(&x, text, len);
	x.tables = tables;
	x.ntables = ntables;
	out->pages = len == 0 ? 0 : x.pages;
	detect_language(text, len, out->language);
	memset(&r, 0, sizeof r);
	r.x = &x;
	r.language = out->language;
	/* The proceedings are in Kazakh or Russian: a text in another
	 * language is not in theirs, whichever it is (NR 7). */
	if (strcmp(out->language, "other") == 0)
		cand_add_absent(&r, "content.language-ok", "no");
	for (i = 0; i < ntables; i++)
		run_table(&r, tables[i]);
	/* The lexicons found nothing: say so, where a text was read (a
	 * page of OCR that gave a few marks is no text to judge). */
	for (i = 0; i < ntables && !r.abusive && x.n >= PROPOSE_MIN_TOKENS; i++)
		if (tables[i]->nlex > 0) {
			cand_add_absent(&r, "content.abusive", "no");
			break;
		}
	for (i = 0; i < vocab_count(); i++)
		resolve_key(&r, vocab_at(i)->key, vocab_at(i),
		    key_sole(tables, ntables, vocab_at(i)->key), out);
	if (vocab_index("filing.efiling-number") < 0)
		resolve_key(&r, "filing.efiling-number", NULL,
		    key_sole(tables, ntables, "filing.efiling-number"), out);
	run_free(&r);
	ptext_free(&x);
	return 0;
}
