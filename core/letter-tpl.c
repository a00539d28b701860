/*
 * Return letters: the template parser (format in data/letters/README).
 * Every defect of a template (bad syntax, an unknown placeholder, a
 * missing block) is an error at load that names the file and line, so a
 * printed letter never has a hole.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/letter-int.h"
#include "core/text.h"
#include "core/vocab.h"

static const struct {
	const char	*name;
	unsigned	 flag;
} letter_conds[] = {
	{ "custody", LETTER_CUSTODY },
	{ "interested", LETTER_INTERESTED },
	{ "worsening", LETTER_WORSENING },
	{ "civil", LETTER_CIVIL },
	{ "newcirc", LETTER_NEWCIRC },
	{ "defence", LETTER_DEFENCE },
	{ "complaint", LF_COMPLAINT },
	{ "protest", LF_PROTEST },
	{ "submission", LF_SUBMISSION },
	{ "item1", LF_ITEM1 },
	{ "item2", LF_ITEM2 },
	{ "missing", LF_MISSING },
};

/* Word sets: {doc.FORM} is chosen by the filing's kind, and so on. */
static const char *const letter_sel_doc[] = {
	"complaint", "protest", "submission", NULL
};

static const char *const letter_sel_act[] = {
	"verdict", "ruling", "private-ruling", NULL
};

static const char *const letter_sel_inst[] = { "first", "appellate", NULL };

static const struct {
	const char		*set;
	const char *const	*values;
} letter_sets[] = {
	{ "doc", letter_sel_doc },
	{ "act", letter_sel_act },
	{ "inst", letter_sel_inst },
};

/* The blocks every template has, in the order a letter is made. */
static const char *const letter_blocks[] = {
	"head", "intro", "remedies", "closing", "signature", NULL
};

/* Parser state. */
struct tpl_parse {
	struct letter_tpl *t;
	unsigned	 lineno;
	struct tpl_block *cur;		/* open block, or NULL */
	unsigned	 if_lines[8];	/* open @if lines of the block */
	size_t		 if_depth;
	unsigned	 date_line;	/* of @date and @textdate, for their */
	unsigned	 textdate_line;	/* late checks */
	char		*err;
	size_t		 errsz;
};

static int
tpl_error(struct tpl_parse *p, unsigned lineno, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int
tpl_error(struct tpl_parse *p, unsigned lineno, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (lineno > 0)
		snprintf(p->err, p->errsz, "%s:%u: %s", p->t->file, lineno,
		    msg);
	else
		snprintf(p->err, p->errsz, "%s: %s", p->t->file, msg);
	return -1;
}

static void
tpl_list_add(struct tpl_list *l, const char *key, const char *text,
    unsigned lineno)
{
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n].key = xstrdup(key);
	l->v[l->n].text = xstrdup(text);
	l->v[l->n].lineno = lineno;
	l->n++;
}

static void
tpl_list_free(struct tpl_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].text);
	}
	free(l->v);
}

static bool
letter_in(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* Splits "word rest" at the first run of blanks; *rest is "" at the end. */
static char *
tpl_word(char *s, char **rest)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s;
	while (*e != '\0' && *e != ' ' && *e != '\t')
		e++;
	if (*e != '\0') {
		*e++ = '\0';
		while (*e == ' ' || *e == '\t')
			e++;
	}
	*rest = e;
	return s;
}

static bool
tpl_remedy_known(const char *name)
{
	size_t i;

	for (i = 0; i < letter_nremedies; i++)
		if (strcmp(letter_remedy_table[i].name, name) == 0)
			return true;
	return false;
}

static int
tpl_open_block(struct tpl_parse *p, enum blk_kind kind, char *name)
{
	struct letter_tpl *t = p->t;
	const struct tpl_block *old;
	const char *c;

	if (*name == '\0')
		return tpl_error(p, p->lineno, _("a block needs a name"));
	for (c = name; *c != '\0'; c++)
		if (!isalnum((unsigned char)*c) && *c != '-' && *c != '*' &&
		    *c != '.')
			return tpl_error(p, p->lineno,
			    _("'%s' is not a valid block name"), name);
	if (kind == BLK_BLOCK && !letter_in(letter_blocks, name))
		return tpl_error(p, p->lineno, _("unknown block '%s'"), name);
	if (kind == BLK_REMEDY && !tpl_remedy_known(name))
		return tpl_error(p, p->lineno, _("unknown remedy '%s'"), name);
	if ((old = tpl_find_block(t, kind, name)) != NULL)
		return tpl_error(p, p->lineno, _("block '%s' repeats the "
		    "one of line %u"), name, old->lineno);
	t->blocks = xrealloc(t->blocks, (t->nblocks + 1) * sizeof *t->blocks);
	p->cur = &t->blocks[t->nblocks++];
	memset(p->cur, 0, sizeof *p->cur);
	p->cur->kind = kind;
	p->cur->name = xstrdup(name);
	p->cur->lineno = p->lineno;
	p->if_depth = 0;
	return 0;
}

static void
tpl_add_line(struct tpl_parse *p, enum tl_kind kind, const char *text,
    unsigned flag, bool neg)
{
	struct tpl_block *b = p->cur;
	struct tpl_line *l;

	b->lines = xrealloc(b->lines, (b->n + 1) * sizeof *b->lines);
	l = &b->lines[b->n++];
	l->kind = kind;
	l->lineno = p->lineno;
	l->flag = flag;
	l->neg = neg;
	l->text = text != NULL ? xstrdup(text) : NULL;
}

static int
tpl_cond(struct tpl_parse *p, char *arg)
{
	bool neg = false;
	size_t i;

	if (p->if_depth == sizeof p->if_lines / sizeof p->if_lines[0])
		return tpl_error(p, p->lineno, _("@if nested too deep"));
	if (*arg == '!') {
		neg = true;
		arg++;
	}
	for (i = 0; i < sizeof letter_conds / sizeof letter_conds[0]; i++)
		if (strcmp(letter_conds[i].name, arg) == 0)
			break;
	if (i == sizeof letter_conds / sizeof letter_conds[0])
		return tpl_error(p, p->lineno, _("unknown condition '%s'"),
		    arg);
	p->if_lines[p->if_depth++] = p->lineno;
	tpl_add_line(p, TL_IF, NULL, letter_conds[i].flag, neg);
	return 0;
}

/* A line inside a block. */
static int
tpl_block_line(struct tpl_parse *p, char *line)
{
	char *dir, *rest;

	if (line[0] == '#')
		return 0;
	if (line[0] != '@' || line[1] == '@') {
		tpl_add_line(p, TL_TEXT, line[0] == '@' ? line + 1 : line, 0,
		    false);
		return 0;
	}
	dir = tpl_word(line + 1, &rest);
	if (strcmp(dir, "end") == 0) {
		if (p->if_depth > 0)
			return tpl_error(p, p->if_lines[p->if_depth - 1],
			    _("@if without @endif"));
		p->cur = NULL;
		return 0;
	}
	if (strcmp(dir, "if") == 0)
		return tpl_cond(p, tpl_word(rest, &rest));
	if (strcmp(dir, "else") == 0 || strcmp(dir, "endif") == 0) {
		if (p->if_depth == 0)
			return tpl_error(p, p->lineno, _("@%s without @if"),
			    dir);
		if (dir[1] == 'n')
			p->if_depth--;
		tpl_add_line(p, dir[1] == 'n' ? TL_ENDIF : TL_ELSE, NULL, 0,
		    false);
		return 0;
	}
	if (strcmp(dir, "block") == 0 || strcmp(dir, "ground") == 0 ||
	    strcmp(dir, "remedy") == 0)
		return tpl_error(p, p->lineno, _("@%s inside block '%s' "
		    "(opened at line %u): @end is missing"), dir,
		    p->cur->name, p->cur->lineno);
	return tpl_error(p, p->lineno, _("unknown directive '@%s'"), dir);
}

static int
tpl_number_key(struct tpl_parse *p, const char *what, char *key, int max)
{
	char *end;
	long n;

	n = strtol(key, &end, 10);
	if (*key == '\0' || *end != '\0' || n < 1 || n > max)
		return tpl_error(p, p->lineno, _("%s: '%s' is not a number "
		    "from 1 to %d"), what, key, max);
	return 0;
}

/* An @element key: an element of CPC 488, or one for a filing kind
 * ("content.date-signature.protest"). */
static bool
tpl_element_key(const char *key)
{
	const char *dot = strrchr(key, '.');
	char base[64];

	if (letter_element_known(key))
		return true;
	if (dot == NULL || (size_t)(dot - key) >= sizeof base ||
	    !letter_in(letter_sel_doc, dot + 1))
		return false;
	memcpy(base, key, (size_t)(dot - key));
	base[dot - key] = '\0';
	return letter_element_known(base);
}

/* The forms of @cite besides the number of parts (letter-cite.c): an
 * item of an article that has no parts, the same forms within an article
 * named once, and the article around them. */
static const char *const cite_forms[] = { "item", "in-2", "in-2-many", "in-3",
    "in-item", "article", NULL };

/* @word, @element, @cite, @citegroup, @ordinal, @month: a key and a
 * text. */
static int
tpl_keyed_line(struct tpl_parse *p, const char *dir, char *rest)
{
	struct letter_tpl *t = p->t;
	char *key, *sel, k[160];

	key = tpl_word(rest, &rest);
	if (strcmp(dir, "word") == 0) {
		sel = tpl_word(rest, &rest);
		if (*rest == '\0')
			return tpl_error(p, p->lineno, _("@word needs a key, "
			    "a value and a text"));
		snprintf(k, sizeof k, "%s %s", key, sel);
		if (tpl_list_find(&t->words, k) != NULL)
			return tpl_error(p, p->lineno, _("word '%s' for '%s' "
			    "given twice"), key, sel);
		tpl_list_add(&t->words, k, rest, p->lineno);
		return 0;
	}
	if (*rest == '\0')
		return tpl_error(p, p->lineno, _("@%s needs a key and a text"),
		    dir);
	if (strcmp(dir, "citegroup") == 0) {
		if (tpl_list_find(&t->groups, key) != NULL)
			return tpl_error(p, p->lineno, _("@citegroup %s given "
			    "twice"), key);
		tpl_list_add(&t->groups, key, rest, p->lineno);
		return 0;
	}
	if (strcmp(dir, "element") == 0) {
		if (!tpl_element_key(key))
			return tpl_error(p, p->lineno, _("unknown content "
			    "element '%s'"), key);
		tpl_list_add(&t->elements, key, rest, p->lineno);
		return 0;
	}
	if (strcmp(dir, "cite") == 0) {
		sel = tpl_word(rest, &rest);
		if (!letter_in(cite_forms, sel) &&
		    tpl_number_key(p, "@cite", sel, 3) != 0)
			return -1;
		if (*rest == '\0')
			return tpl_error(p, p->lineno, _("@cite needs a "
			    "pattern"));
		snprintf(k, sizeof k, "%s %s", key, sel);
		tpl_list_add(&t->cites, k, rest, p->lineno);
		return 0;
	}
	if (strcmp(dir, "ordinal") == 0 || strcmp(dir, "month") == 0) {
		if (tpl_number_key(p, dir[0] == 'o' ? "@ordinal" : "@month",
		    key, dir[0] == 'o' ? 20 : 12) != 0)
			return -1;
		tpl_list_add(dir[0] == 'o' ? &t->ordinals : &t->months, key,
		    rest, p->lineno);
		return 0;
	}
	return tpl_error(p, p->lineno, _("unknown directive '@%s'"), dir);
}

/* @date, @textdate, @blank: a text. */
static int
tpl_text_line(struct tpl_parse *p, const char *dir, const char *rest)
{
	struct letter_tpl *t = p->t;
	char **to = strcmp(dir, "date") == 0 ? &t->date :
	    strcmp(dir, "blank") == 0 ? &t->blank : &t->textdate;

	if (*rest == '\0')
		return tpl_error(p, p->lineno, _("@%s needs a text"), dir);
	if (to == &t->date)
		p->date_line = p->lineno;
	else if (to == &t->textdate)
		p->textdate_line = p->lineno;
	free(*to);
	*to = xstrdup(rest);
	return 0;
}

/* A line outside blocks: a directive, a comment or nothing. */
static int
tpl_top_line(struct tpl_parse *p, char *line)
{
	struct letter_tpl *t = p->t;
	char *dir, *rest, *key;

	if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
		return 0;
	if (line[0] != '@')
		return tpl_error(p, p->lineno, _("text outside a block"));
	dir = tpl_word(line + 1, &rest);
	if (strcmp(dir, "block") == 0)
		return tpl_open_block(p, BLK_BLOCK, tpl_word(rest, &rest));
	if (strcmp(dir, "ground") == 0)
		return tpl_open_block(p, BLK_GROUND, tpl_word(rest, &rest));
	if (strcmp(dir, "remedy") == 0)
		return tpl_open_block(p, BLK_REMEDY, tpl_word(rest, &rest));
	if (strcmp(dir, "end") == 0 || strcmp(dir, "if") == 0 ||
	    strcmp(dir, "else") == 0 || strcmp(dir, "endif") == 0)
		return tpl_error(p, p->lineno, _("@%s outside a block"), dir);
	if (strcmp(dir, "kind") == 0) {
		key = tpl_word(rest, &rest);
		if (strcmp(key, "return") != 0 &&
		    strcmp(key, "case-request") != 0 &&
		    strcmp(key, "notice") != 0)
			return tpl_error(p, p->lineno, _("bad letter kind '%s' "
			    "(return, case-request or notice)"), key);
		snprintf(t->kind, sizeof t->kind, "%s", key);
		return 0;
	}
	if (strcmp(dir, "lang") == 0) {
		key = tpl_word(rest, &rest);
		if (strlen(key) < 2 || strlen(key) >= sizeof t->lang)
			return tpl_error(p, p->lineno, _("bad language '%s'"),
			    key);
		memcpy(t->lang, key, strlen(key) + 1);
		return 0;
	}
	if (strcmp(dir, "date") == 0 || strcmp(dir, "blank") == 0 ||
	    strcmp(dir, "textdate") == 0)
		return tpl_text_line(p, dir, rest);
	return tpl_keyed_line(p, dir, rest);
}

/* The selector values of a word set ("doc" of "doc.nom"), or NULL. */
static const char *const *
letter_set_values(const char *name, size_t len)
{
	const char *dot = memchr(name, '.', len);
	size_t i, n;

	if (dot == NULL)
		return NULL;
	n = (size_t)(dot - name);
	for (i = 0; i < sizeof letter_sets / sizeof letter_sets[0]; i++)
		if (strlen(letter_sets[i].set) == n &&
		    memcmp(letter_sets[i].set, name, n) == 0)
			return letter_sets[i].values;
	return NULL;
}

struct tpl_check {
	struct tpl_parse	*p;
	const struct tpl_block	*b;
	unsigned		 lineno;
	const char		*allowed;	/* pattern names, or NULL */
};

static int
tpl_check_ph(void *ctx, const char *name, size_t len, const char *lit,
    size_t litlen)
{
	struct tpl_check *c = ctx;
	const struct letter_tpl *t = c->p->t;
	const char *const *sel;
	char n[80], k[160];

	(void)lit;
	if (name == NULL && lit == NULL)
		return tpl_error(c->p, c->lineno, _("unbalanced brace at "
		    "column %zu"), litlen);
	if (name == NULL)
		return 0;
	snprintf(n, sizeof n, "%.*s", (int)len, name);
	if (c->allowed != NULL) {
		snprintf(k, sizeof k, " %s ", n);
		if (strstr(c->allowed, k) == NULL)
			return tpl_error(c->p, c->lineno, _("unknown "
			    "placeholder {%s}"), n);
		return 0;
	}
	if (letter_field_index(name, len) >= 0)
		return 0;
	if (strcmp(n, "cites") == 0 || strcmp(n, "ground") == 0 ||
	    strcmp(n, "missing.list") == 0) {
		if (c->b->kind != BLK_GROUND)
			return tpl_error(c->p, c->lineno, _("{%s} is only "
			    "known in a @ground block"), n);
		return 0;
	}
	if ((sel = letter_set_values(name, len)) == NULL)
		return tpl_error(c->p, c->lineno, _("unknown placeholder "
		    "{%s}"), n);
	for (; *sel != NULL; sel++) {
		snprintf(k, sizeof k, "%s %s", n, *sel);
		if (tpl_list_find(&t->words, k) == NULL)
			return tpl_error(c->p, c->lineno, _("placeholder {%s}"
			    " has no @word for '%s'"), n, *sel);
	}
	return 0;
}

static int
tpl_check_text(struct tpl_parse *p, const struct tpl_block *b,
    unsigned lineno, const char *text, const char *allowed)
{
	struct tpl_check c = { p, b, lineno, allowed };

	return tpl_scan(text, tpl_check_ph, &c);
}

/* Every placeholder of the blocks, words and citations is known. */
static int
tpl_check_all(struct tpl_parse *p)
{
	struct letter_tpl *t = p->t;
	const struct tpl_block *b;
	size_t i, j;

	for (i = 0; i < t->nblocks; i++) {
		b = &t->blocks[i];
		for (j = 0; j < b->n; j++)
			if (b->lines[j].kind == TL_TEXT &&
			    tpl_check_text(p, b, b->lines[j].lineno,
			    b->lines[j].text, NULL) != 0)
				return -1;
	}
	for (i = 0; i < t->words.n; i++)
		if (tpl_check_text(p, NULL, t->words.v[i].lineno,
		    t->words.v[i].text, " ") != 0)
			return -1;
	for (i = 0; i < t->cites.n; i++)
		if (tpl_check_text(p, NULL, t->cites.v[i].lineno,
		    t->cites.v[i].text, strstr(t->cites.v[i].key, " article") !=
		    NULL ? " a list " : " a p i pw ") != 0)
			return -1;
	for (i = 0; i < t->groups.n; i++)
		if (tpl_check_text(p, NULL, t->groups.v[i].lineno,
		    t->groups.v[i].text, " list ") != 0)
			return -1;
	return 0;
}

/* What only a return letter needs: remedies, grounds, elements. */
static int
tpl_check_return(struct tpl_parse *p)
{
	struct letter_tpl *t = p->t;
	const struct rule *r;
	size_t i;

	if (tpl_find_block(t, BLK_BLOCK, "remedies") == NULL)
		return tpl_error(p, 0, _("no @block %s"), "remedies");
	for (i = 0; i < letter_nremedies; i++)
		if (tpl_find_block(t, BLK_REMEDY,
		    letter_remedy_table[i].name) == NULL)
			return tpl_error(p, 0, _("no @remedy %s"),
			    letter_remedy_table[i].name);
	if (tpl_find_block(t, BLK_GROUND, "*") == NULL)
		return tpl_error(p, 0, _("no generic @ground * block"));
	for (i = 0; i < vocab_count(); i++)
		if ((vocab_at(i)->flags & FACT_CPC488) &&
		    tpl_list_find(&t->elements, vocab_at(i)->key) == NULL)
			return tpl_error(p, 0, _("no @element %s"),
			    vocab_at(i)->key);
	/* A rule of the core that returns by letter needs its own block:
	 * the generic one is for ids added to the core after the template. */
	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		if (r->outcome == OUTCOME_RETURN_LETTER &&
		    letter_ground_block(t, r->id, false) == NULL)
			return tpl_error(p, 0, _("no @ground block for %s, a "
			    "rule that returns by letter"), r->id);
	}
	return 0;
}

/* Every block, remedy, element and month a letter may need is there,
 * and the date's pattern is good. */
static int
tpl_check_complete(struct tpl_parse *p)
{
	struct letter_tpl *t = p->t;
	const char *const *s;
	size_t i;
	char k[40];

	/* "remedies" is a return letter's (tpl_check_return). */
	for (s = letter_blocks; *s != NULL; s++)
		if (strcmp(*s, "remedies") != 0 &&
		    tpl_find_block(t, BLK_BLOCK, *s) == NULL)
			return tpl_error(p, 0, _("no @block %s"), *s);
	if (strcmp(t->kind, "return") == 0 && tpl_check_return(p) != 0)
		return -1;
	if (tpl_check_text(p, NULL, p->date_line, t->date,
	    " d dd m mm yyyy month ") != 0 || (t->textdate != NULL &&
	    tpl_check_text(p, NULL, p->textdate_line, t->textdate,
	    " d dd m mm yyyy month ") != 0))
		return -1;
	if (strstr(t->date, "{month}") != NULL || (t->textdate != NULL &&
	    strstr(t->textdate, "{month}") != NULL))
		for (i = 1; i <= 12; i++) {
			snprintf(k, sizeof k, "%zu", i);
			if (tpl_list_find(&t->months, k) == NULL)
				return tpl_error(p, strstr(t->date, "{month}")
				    != NULL ? p->date_line : p->textdate_line,
				    _("@date uses {month} but there is no "
				    "@month %zu"), i);
		}
	return 0;
}

/* Everything that needs the whole file: references and completeness. */
static int
tpl_finish(struct tpl_parse *p)
{
	struct letter_tpl *t = p->t;
	size_t i, n;

	if (p->cur != NULL)
		return tpl_error(p, p->cur->lineno, _("block '%s' has no "
		    "@end"), p->cur->name);
	if (tpl_check_all(p) != 0)
		return -1;
	if (t->lang[0] == '\0')
		return tpl_error(p, 0, _("no @lang line"));
	if (t->date == NULL)
		return tpl_error(p, 0, _("no @date line"));
	if (t->blank == NULL)
		t->blank = xstrdup("________");
	if (tpl_check_complete(p) != 0)
		return -1;
	for (i = 0, n = 0; i < t->nblocks; i++)
		if (t->blocks[i].kind == BLK_GROUND)
			n++;
	t->ground_ids = xcalloc(n + 1, sizeof *t->ground_ids);
	for (i = 0, n = 0; i < t->nblocks; i++)
		if (t->blocks[i].kind == BLK_GROUND)
			t->ground_ids[n++] = t->blocks[i].name;
	return 0;
}

int
letter_tpl_parse(const char *file, const char *text, size_t len,
    struct letter_tpl **out, char *err, size_t errsz)
{
	struct tpl_parse p;
	struct letter_tpl *t;
	const char *s = text, *end = text + len, *nl;
	size_t bad;
	char *line;
	int rc = 0;

	*out = NULL;
	t = xcalloc(1, sizeof *t);
	t->file = xstrdup(file);
	snprintf(t->kind, sizeof t->kind, "return");
	memset(&p, 0, sizeof p);
	p.t = t;
	p.err = err;
	p.errsz = errsz;
	if (!utf8_valid(text, len, &bad)) {
		nl = text;
		for (p.lineno = 1; nl < text + bad; nl++)
			if (*nl == '\n')
				p.lineno++;
		tpl_error(&p, p.lineno, _("invalid UTF-8"));
		letter_tpl_free(t);
		return -1;
	}
	while (rc == 0 && s < end) {
		p.lineno++;
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		line = xstrndup(s, (size_t)(nl - s));
		if (nl > s && line[nl - s - 1] == '\r')
			line[nl - s - 1] = '\0';
		if (memchr(s, '\0', (size_t)(nl - s)) != NULL)
			rc = tpl_error(&p, p.lineno, _("NUL byte"));
		else if (p.cur != NULL)
			rc = tpl_block_line(&p, line);
		else
			rc = tpl_top_line(&p, line);
		free(line);
		s = nl + 1;
	}
	if (rc == 0)
		rc = tpl_finish(&p);
	if (rc != 0) {
		letter_tpl_free(t);
		return -1;
	}
	*out = t;
	return 0;
}

void
letter_tpl_free(struct letter_tpl *t)
{
	size_t i, j;

	if (t == NULL)
		return;
	for (i = 0; i < t->nblocks; i++) {
		for (j = 0; j < t->blocks[i].n; j++)
			free(t->blocks[i].lines[j].text);
		free(t->blocks[i].lines);
		free(t->blocks[i].name);
	}
	free(t->blocks);
	tpl_list_free(&t->words);
	tpl_list_free(&t->elements);
	tpl_list_free(&t->cites);
	tpl_list_free(&t->groups);
	tpl_list_free(&t->ordinals);
	tpl_list_free(&t->months);
	free(t->ground_ids);
	free(t->date);
	free(t->textdate);
	free(t->blank);
	free(t->file);
	free(t);
}
