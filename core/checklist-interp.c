/*
 * The condition language's interpreter (checklist.c describes the
 * language): it checks conditions, with the messages 'qarau questions'
 * and the tests rely on, and evaluates arbitrary text (checklist_eval).
 * The vocabulary's own conditions run compiled (checklist-comp.c).
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/checklist-cond.h"
#include "core/date.h"
#include "core/i18n.h"

int
word_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
}

static void cond_fail(struct cond *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

/* Only the first problem is told: later ones follow from it. */
static void
cond_fail(struct cond *c, const char *fmt, ...)
{
	va_list ap;

	if (c->failed++ == 0 && c->err != NULL && c->errsz > 0) {
		va_start(ap, fmt);
		vsnprintf(c->err, c->errsz, fmt, ap);
		va_end(ap);
	}
}

enum tok
cond_next(struct cond *c, size_t *start, size_t *len)
{
	const char *s = c->s;

	while (s[c->pos] == ' ' || s[c->pos] == '\t')
		c->pos++;
	*start = c->pos;
	*len = 0;
	switch (s[c->pos]) {
	case '\0':
		return T_END;
	case '(':
		c->pos++;
		return T_LPAREN;
	case ')':
		c->pos++;
		return T_RPAREN;
	case ',':
		c->pos++;
		return T_COMMA;
	case '=':
		c->pos++;
		return T_EQ;
	case '!':
		if (s[c->pos + 1] == '=') {
			c->pos += 2;
			return T_NE;
		}
		return T_BAD;
	case '<':
		c->pos++;
		return T_LT;
	case '>':
		if (s[c->pos + 1] == '=') {
			c->pos += 2;
			return T_GE;
		}
		return T_BAD;
	case '@':
		c->pos++;
		*start = c->pos;
		while (word_char(s[c->pos]))
			c->pos++;
		*len = c->pos - *start;
		return *len ? T_MACRO : T_BAD;
	}
	if (!word_char(s[c->pos]))
		return T_BAD;
	while (word_char(s[c->pos]))
		c->pos++;
	*len = c->pos - *start;
	return T_WORD;
}

enum tok
cond_peek(struct cond *c, size_t *start, size_t *len)
{
	size_t save = c->pos;
	enum tok t = cond_next(c, start, len);

	c->pos = save;
	return t;
}

int
is_word(const struct cond *c, size_t start, size_t len, const char *w)
{
	return strlen(w) == len && strncmp(c->s + start, w, len) == 0;
}

/* The answer's value text for = and !=, or NULL when it has none. */
static const char *
cond_value(const struct cond *c, size_t idx, const struct fact_def *def)
{
	const struct fact_value *v;

	if (c->f == NULL || (c->rel != NULL && !c->rel[idx]))
		return def->fallback;
	v = &c->f->v[idx];
	if (!v->present)
		return def->fallback;
	if (v->unknown)
		return "unknown";
	if (def->type == FACT_BOOL)
		return v->num ? "yes" : "no";
	if (def->type == FACT_ENUM)
		return def->values[v->num];
	return NULL;
}

int
cond_valid_value(const struct fact_def *def, const char *v, int has)
{
	if (strcmp(v, "unknown") == 0)
		return !has;
	if (def->type == FACT_SET && strcmp(v, "none") == 0)
		return !has;
	return vocab_value_index(def, v) >= 0;
}

/* One value of a test against the answer of key idx. */
static int
cond_match(struct cond *c, size_t idx, const char *val, int has)
{
	const struct fact_def *def = vocab_at(idx);
	const struct fact_value *v;
	const char *cur;
	int i;

	if (!cond_valid_value(def, val, has)) {
		cond_fail(c, _("'%.*s' is not a value of this key"), (int)strlen(val), val);
		return 0;
	}
	if (def->type != FACT_SET) {
		cur = cond_value(c, idx, def);
		return cur != NULL && strcmp(cur, val) == 0;
	}
	if (c->f == NULL || (c->rel != NULL && !c->rel[idx]))
		return 0;
	v = &c->f->v[idx];
	if (!v->present)
		return 0;
	if (v->unknown)
		return strcmp(val, "unknown") == 0;
	if (strcmp(val, "none") == 0)
		return v->num == 0;
	if (strcmp(val, "unknown") == 0)
		return 0;
	i = vocab_value_index(def, val);
	return (v->num & (1 << i)) != 0;
}

static int cond_or(struct cond *);

static int
cond_macro(struct cond *c, size_t start, size_t len)
{
	struct cond sub;
	const char *text;
	int r;

	if ((text = vocab_macro(c->s + start, len)) == NULL) {
		cond_fail(c, _("no condition named '@%.*s'"), (int)len, c->s + start);
		return 0;
	}
	if (c->depth >= MACRO_DEPTH) {
		cond_fail(c, _("'@%.*s' nests too deep"), (int)len, c->s + start);
		return 0;
	}
	sub = *c;
	sub.s = text;
	sub.pos = 0;
	sub.depth = c->depth + 1;
	sub.failed = 0;
	r = cond_or(&sub);
	if (sub.failed == 0 && cond_next(&sub, &start, &len) != T_END)
		cond_fail(&sub, _("unexpected '%.*s' after the condition"),
		    (int)strlen(sub.s + start), sub.s + start);
	if (sub.failed) {
		/* sub has written its message into the shared buffer. */
		c->failed++;
		return 0;
	}
	return r;
}

/* key in (v, ...), after "in": whether any value matches. */
static int
cond_test_in(struct cond *c, size_t idx, const char *key, size_t klen)
{
	char val[64];
	size_t s, l;
	enum tok t;
	int r = 0;

	if (cond_next(c, &s, &l) != T_LPAREN) {
		cond_fail(c, _("expected '(' after '%.*s in'"), (int)klen,
		    key);
		return 0;
	}
	do {
		if (cond_next(c, &s, &l) != T_WORD || l >= sizeof val) {
			cond_fail(c, _("expected a value of '%.*s'"),
			    (int)klen, key);
			return 0;
		}
		memcpy(val, c->s + s, l);
		val[l] = '\0';
		r |= cond_match(c, idx, val, 0);
	} while ((t = cond_next(c, &s, &l)) == T_COMMA);
	if (t != T_RPAREN) {
		cond_fail(c, _("expected ')' closing the list of "
		    "'%.*s'"), (int)klen, key);
		return 0;
	}
	return r;
}

/* datekey < date, datekey >= date. */
static int
cond_date_test(struct cond *c, size_t idx, const char *key)
{
	const struct fact_value *v;
	char val[16];
	size_t s, l;
	enum tok t;
	qdate d;

	t = cond_next(c, &s, &l);
	if ((t != T_LT && t != T_GE) || cond_next(c, &s, &l) != T_WORD ||
	    l >= sizeof val) {
		cond_fail(c, _("'%s' is a date: compare it with < or >= and a "
		    "date YYYY-MM-DD"), key);
		return 0;
	}
	memcpy(val, c->s + s, l);
	val[l] = '\0';
	if (!qdate_parse(val, &d)) {
		cond_fail(c, _("'%s' is not a date YYYY-MM-DD"), val);
		return 0;
	}
	if (c->f == NULL || (c->rel != NULL && !c->rel[idx]))
		return 0;
	v = &c->f->v[idx];
	if (!v->present || v->unknown)
		return 0;
	return t == T_LT ? v->num < d : v->num >= d;
}

static int
cond_test(struct cond *c, size_t kstart, size_t klen)
{
	char key[64], val[64];
	const struct fact_def *def;
	size_t s, l, idx;
	enum tok t;
	int idx0, r, has;

	if (klen >= sizeof key) {
		cond_fail(c, _("unknown key '%.*s'"), (int)klen, c->s + kstart);
		return 0;
	}
	memcpy(key, c->s + kstart, klen);
	key[klen] = '\0';
	if ((idx0 = vocab_index(key)) < 0) {
		cond_fail(c, _("unknown key '%.*s'"), (int)klen, key);
		return 0;
	}
	idx = (size_t)idx0;
	def = vocab_at(idx);
	if (idx >= c->limit) {
		cond_fail(c, _("'%.*s' does not come before the key it "
		    "decides"), (int)klen, key);
		return 0;
	}
	if (def->type == FACT_DATE)
		return cond_date_test(c, idx, key);
	if (def->type == FACT_TEXT) {
		cond_fail(c, _("'%.*s' is a date or text: it cannot be "
		    "tested"), (int)klen, key);
		return 0;
	}
	t = cond_next(c, &s, &l);
	has = t == T_WORD && is_word(c, s, l, "has");
	if (has && def->type != FACT_SET) {
		cond_fail(c, _("'has' needs a set, not '%.*s'"), (int)klen, key);
		return 0;
	}
	if (t == T_WORD && is_word(c, s, l, "in"))
		return cond_test_in(c, idx, key, klen);
	if (t != T_EQ && t != T_NE && !has) {
		cond_fail(c, _("expected =, !=, in or has after '%.*s'"), (int)klen, key);
		return 0;
	}
	if (cond_next(c, &s, &l) != T_WORD || l >= sizeof val) {
		cond_fail(c, _("expected a value of '%.*s'"), (int)klen, key);
		return 0;
	}
	memcpy(val, c->s + s, l);
	val[l] = '\0';
	r = cond_match(c, idx, val, has);
	return t == T_NE ? !r : r;
}

static int
cond_factor(struct cond *c)
{
	size_t s, l;
	enum tok t;
	int r;

	if (c->failed)
		return 0;
	t = cond_next(c, &s, &l);
	switch (t) {
	case T_WORD:
		if (is_word(c, s, l, "not"))
			return !cond_factor(c);
		return cond_test(c, s, l);
	case T_MACRO:
		return cond_macro(c, s, l);
	case T_LPAREN:
		r = cond_or(c);
		if (cond_next(c, &s, &l) != T_RPAREN)
			cond_fail(c, "%s", _("expected ')'"));
		return r;
	case T_END:
		cond_fail(c, "%s", _("the condition ends too early"));
		return 0;
	default:
		cond_fail(c, _("unexpected '%.*s'"), (int)(strlen(c->s + s) < 16 ?
		    strlen(c->s + s) : 16), c->s + s);
		return 0;
	}
}

static int
cond_and(struct cond *c)
{
	size_t s, l;
	int r = cond_factor(c);

	while (!c->failed && cond_peek(c, &s, &l) == T_WORD &&
	    is_word(c, s, l, "and")) {
		cond_next(c, &s, &l);
		r = cond_factor(c) && r;
	}
	return r;
}

static int
cond_or(struct cond *c)
{
	size_t s, l;
	int r = cond_and(c);

	while (!c->failed && cond_peek(c, &s, &l) == T_WORD &&
	    is_word(c, s, l, "or")) {
		cond_next(c, &s, &l);
		r = cond_and(c) || r;
	}
	return r;
}

int
cond_run(const char *text, const struct facts *f, const bool *rel,
    size_t limit, char *err, size_t errsz, int *result)
{
	struct cond c;
	size_t s, l;
	int r;

	memset(&c, 0, sizeof c);
	c.s = text;
	c.f = f;
	c.rel = rel;
	c.limit = limit;
	c.err = err;
	c.errsz = errsz;
	r = cond_or(&c);
	if (!c.failed && cond_next(&c, &s, &l) != T_END)
		cond_fail(&c, _("unexpected '%.*s' after the condition"),
		    (int)(strlen(text + s) < 16 ? strlen(text + s) : 16),
		    text + s);
	*result = r;
	return c.failed ? -1 : 0;
}

int
checklist_condition_check(const char *cond, char *err, size_t errsz)
{
	int r;

	if (cond == NULL)
		return 0;
	return cond_run(cond, NULL, NULL, vocab_count(), err, errsz, &r);
}

int
checklist_condition_check_order(const char *cond, size_t idx, char *err,
    size_t errsz)
{
	int r;

	if (cond == NULL)
		return 0;
	return cond_run(cond, NULL, NULL, idx, err, errsz, &r);
}

bool
checklist_eval(const char *cond, const struct facts *f, const bool *rel)
{
	int r;

	if (cond == NULL)
		return true;
	if (cond_run(cond, f, rel, vocab_count(), NULL, 0, &r) != 0)
		return false;
	return r != 0;
}

void
checklist_relevance_interpreted(const struct facts *f, bool rel[VOCAB_MAX])
{
	size_t i;

	/* As checklist_relevance: a key not yet decided reads false. */
	memset(rel, 0, VOCAB_MAX * sizeof rel[0]);
	for (i = 0; i < vocab_count(); i++)
		rel[i] = checklist_eval(vocab_at(i)->when, f, rel);
}
