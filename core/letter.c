/*
 * Return letters: template parsing, filling and plain-text output.
 *
 * The template is data (data/letters/README): wording, word forms and the
 * way a citation reads belong to the language, not to the code.  What the
 * code decides is which blocks a letter is made of: one per ground, in the
 * decision's order, and the remedies those grounds make relevant, because
 * that is law (CPC 489.2, NR 5, 13, 15, 16) and must not drift between the
 * two languages.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/letter.h"
#include "core/text.h"

/* Placeholders naming a text field, in enum letter_field order. */
static const char *const letter_field_names[LETTER_NFIELDS] = {
	"court.name", "court.address", "out.number", "out.date",
	"filer.name", "filer.address", "filer.institution",
	"filing.number", "filing.received",
	"act.court", "act.date", "act.number",
	"judge", "assistant"
};

/* Fields holding a date: YYYY-MM-DD is written the template's way. */
#define LETTER_DATE_FIELD(f) \
	((f) == LETTER_OUT_DATE || (f) == LETTER_FILING_RECEIVED || \
	 (f) == LETTER_ACT_DATE)

/* Conditions of @if: the caller's flags, then the ones derived here. */
#define LF_COMPLAINT	0x0100
#define LF_PROTEST	0x0200
#define LF_SUBMISSION	0x0400
#define LF_ITEM1	0x0800	/* a ground cites CPC 489.1.1 */
#define LF_ITEM2	0x1000	/* a ground cites CPC 489.1.2 */
#define LF_MISSING	0x2000	/* R15's list is not empty */

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

/* What the filer may do next, in the order the letter states it. */
static const char *const letter_remedy_names[] = {
	"refile", "restore", "execution", "newcirc", "civil", "prosecutor",
	NULL
};

/* The nine elements of CPC 488 as NR 7 lists them (R15). */
static const char *const letter_elements[] = {
	"content.filer-data", "content.acts-and-courts", "content.scope",
	"content.ground-reference", "content.arguments", "content.evidence",
	"content.participation", "content.attachments",
	"content.date-signature", NULL
};

enum tl_kind { TL_TEXT, TL_IF, TL_ELSE, TL_ENDIF };

struct tpl_line {
	enum tl_kind	 kind;
	unsigned	 lineno;
	bool		 neg;		/* @if !name */
	unsigned	 flag;
	char		*text;
};

enum blk_kind { BLK_BLOCK, BLK_GROUND, BLK_REMEDY };

struct tpl_block {
	enum blk_kind	 kind;
	char		*name;
	unsigned	 lineno;
	struct tpl_line	*lines;
	size_t		 n;
};

/* @word, @element, @cite, @ordinal, @month: a key and a text. */
struct tpl_kv {
	char		*key;
	char		*text;
	unsigned	 lineno;
};

struct tpl_list {
	struct tpl_kv	*v;
	size_t		 n;
};

struct letter_tpl {
	char		*file;
	char		 lang[8];
	struct tpl_block *blocks;
	size_t		 nblocks;
	struct tpl_list	 words;		/* key "doc.nom complaint" */
	struct tpl_list	 elements;
	struct tpl_list	 cites;		/* key "CPC 3" */
	struct tpl_list	 groups;	/* @citegroup: key "CPC" */
	struct tpl_list	 ordinals;	/* key "1" */
	struct tpl_list	 months;	/* key "1" */
	char		*date;
	char		*textdate;	/* dates in running text, or NULL */
	char		*blank;
	const char	**ground_ids;
};

/* Parser state. */
struct tpl_parse {
	struct letter_tpl *t;
	unsigned	 lineno;
	struct tpl_block *cur;		/* open block, or NULL */
	unsigned	 if_lines[8];	/* open @if lines of the block */
	size_t		 if_depth;
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

static const struct tpl_kv *
tpl_list_find(const struct tpl_list *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
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

/* An @element key: a content element, or one for a filing kind
 * ("content.date-signature.protest"). */
static bool
letter_element_key(const char *key)
{
	const char *dot = strrchr(key, '.');
	char base[64];

	if (letter_in(letter_elements, key))
		return true;
	if (dot == NULL || (size_t)(dot - key) >= sizeof base ||
	    !letter_in(letter_sel_doc, dot + 1))
		return false;
	memcpy(base, key, (size_t)(dot - key));
	base[dot - key] = '\0';
	return letter_in(letter_elements, base);
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

static const struct tpl_block *
tpl_find_block(const struct letter_tpl *t, enum blk_kind kind,
    const char *name)
{
	size_t i;

	for (i = 0; i < t->nblocks; i++)
		if (t->blocks[i].kind == kind &&
		    strcmp(t->blocks[i].name, name) == 0)
			return &t->blocks[i];
	return NULL;
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
	if (kind == BLK_REMEDY && !letter_in(letter_remedy_names, name))
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

/* A line outside blocks: a directive, a comment or nothing. */
static int
tpl_top_line(struct tpl_parse *p, char *line)
{
	struct letter_tpl *t = p->t;
	char *dir, *rest, *key, *sel, k[160];

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
	if (strcmp(dir, "lang") == 0) {
		key = tpl_word(rest, &rest);
		if (strlen(key) < 2 || strlen(key) >= sizeof t->lang)
			return tpl_error(p, p->lineno, _("bad language '%s'"),
			    key);
		memcpy(t->lang, key, strlen(key) + 1);
		return 0;
	}
	if (strcmp(dir, "textdate") == 0) {
		if (*rest == '\0')
			return tpl_error(p, p->lineno, _("@%s needs a text"),
			    dir);
		free(t->textdate);
		t->textdate = xstrdup(rest);
		return 0;
	}
	if (strcmp(dir, "date") == 0 || strcmp(dir, "blank") == 0) {
		if (*rest == '\0')
			return tpl_error(p, p->lineno, _("@%s needs a text"),
			    dir);
		free(dir[0] == 'd' ? t->date : t->blank);
		if (dir[0] == 'd')
			t->date = xstrdup(rest);
		else
			t->blank = xstrdup(rest);
		return 0;
	}
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
		if (!letter_element_key(key))
			return tpl_error(p, p->lineno, _("unknown content "
			    "element '%s'"), key);
		tpl_list_add(&t->elements, key, rest, p->lineno);
		return 0;
	}
	if (strcmp(dir, "cite") == 0) {
		sel = tpl_word(rest, &rest);
		if (tpl_number_key(p, "@cite", sel, 3) != 0)
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

/*
 * Calls fn for each {name} of s; "{{" and "}}" are literal braces.  An
 * unbalanced brace is an error of the template (fn gets NULL and the
 * offset).  fn returning non-zero stops the scan.
 */
typedef int (*tpl_ph_fn)(void *ctx, const char *name, size_t len,
    const char *lit, size_t litlen);

static int
tpl_scan(const char *s, tpl_ph_fn fn, void *ctx)
{
	const char *p = s, *e;
	int rc;

	while (*p != '\0') {
		if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' &&
		    p[1] == '}')) {
			if ((rc = fn(ctx, NULL, 0, p, 1)) != 0)
				return rc;
			p += 2;
			continue;
		}
		if (*p == '}')
			return fn(ctx, NULL, 0, NULL, (size_t)(p - s) + 1);
		if (*p == '{') {
			e = p + 1;
			while (*e != '\0' && *e != '}' && *e != '{')
				e++;
			if (*e != '}' || e == p + 1)
				return fn(ctx, NULL, 0, NULL,
				    (size_t)(p - s) + 1);
			if ((rc = fn(ctx, p + 1, (size_t)(e - p - 1), NULL,
			    0)) != 0)
				return rc;
			p = e + 1;
			continue;
		}
		e = p;
		while (*e != '\0' && *e != '{' && *e != '}')
			e++;
		if ((rc = fn(ctx, NULL, 0, p, (size_t)(e - p))) != 0)
			return rc;
		p = e;
	}
	return 0;
}

static int
letter_field_index(const char *name, size_t len)
{
	int i;

	for (i = 0; i < LETTER_NFIELDS; i++)
		if (strlen(letter_field_names[i]) == len &&
		    memcmp(letter_field_names[i], name, len) == 0)
			return i;
	return -1;
}

int
letter_field_lookup(const char *name)
{
	return letter_field_index(name, strlen(name));
}

const char *
letter_field_name(enum letter_field f)
{
	return f < LETTER_NFIELDS ? letter_field_names[f] : NULL;
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

/* Norm of a ground id: "R15-content" is looked up as "R15" too. */
static void
letter_ground_norm(const char *id, char *out, size_t outsz)
{
	size_t n = strcspn(id, "-");

	if (n >= outsz)
		n = outsz - 1;
	memcpy(out, id, n);
	out[n] = '\0';
}

static const struct tpl_block *
letter_ground_block(const struct letter_tpl *t, const char *id, bool generic)
{
	const struct tpl_block *b;
	char norm[64];

	if ((b = tpl_find_block(t, BLK_GROUND, id)) != NULL)
		return b;
	letter_ground_norm(id, norm, sizeof norm);
	if ((b = tpl_find_block(t, BLK_GROUND, norm)) != NULL)
		return b;
	return generic ? tpl_find_block(t, BLK_GROUND, "*") : NULL;
}

/* Everything that needs the whole file: references and completeness. */
static int
tpl_finish(struct tpl_parse *p)
{
	struct letter_tpl *t = p->t;
	const struct tpl_block *b;
	const struct rule *r;
	size_t i, j, n;
	const char *const *s;
	char k[40];

	if (p->cur != NULL)
		return tpl_error(p, p->cur->lineno, _("block '%s' has no "
		    "@end"), p->cur->name);
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
		    t->cites.v[i].text, " a p i pw ") != 0)
			return -1;
	for (i = 0; i < t->groups.n; i++)
		if (tpl_check_text(p, NULL, t->groups.v[i].lineno,
		    t->groups.v[i].text, " list ") != 0)
			return -1;
	if (t->textdate != NULL && tpl_check_text(p, NULL, 0, t->textdate,
	    " d dd m mm yyyy month ") != 0)
		return -1;
	if (t->lang[0] == '\0')
		return tpl_error(p, 0, _("no @lang line"));
	if (t->date == NULL)
		return tpl_error(p, 0, _("no @date line"));
	if (t->blank == NULL)
		t->blank = xstrdup("________");
	for (s = letter_blocks; *s != NULL; s++)
		if (tpl_find_block(t, BLK_BLOCK, *s) == NULL)
			return tpl_error(p, 0, _("no @block %s"), *s);
	for (s = letter_remedy_names; *s != NULL; s++)
		if (tpl_find_block(t, BLK_REMEDY, *s) == NULL)
			return tpl_error(p, 0, _("no @remedy %s"), *s);
	if (tpl_find_block(t, BLK_GROUND, "*") == NULL)
		return tpl_error(p, 0, _("no generic @ground * block"));
	for (s = letter_elements; *s != NULL; s++)
		if (tpl_list_find(&t->elements, *s) == NULL)
			return tpl_error(p, 0, _("no @element %s"), *s);
	if (tpl_check_text(p, NULL, 0, t->date,
	    " d dd m mm yyyy month ") != 0)
		return -1;
	if (strstr(t->date, "{month}") != NULL || (t->textdate != NULL &&
	    strstr(t->textdate, "{month}") != NULL))
		for (i = 1; i <= 12; i++) {
			snprintf(k, sizeof k, "%zu", i);
			if (tpl_list_find(&t->months, k) == NULL)
				return tpl_error(p, 0, _("@date uses {month} "
				    "but there is no @month %zu"), i);
		}
	/* A rule of the core that returns by letter needs its own block:
	 * the generic one is for ids added to the core after the template. */
	n = rules_count();
	for (i = 0; i < n; i++) {
		r = rules_at(i);
		if (r->outcome == OUTCOME_RETURN_LETTER &&
		    letter_ground_block(t, r->id, false) == NULL)
			return tpl_error(p, 0, _("no @ground block for %s, a "
			    "rule that returns by letter"), r->id);
	}
	n = 0;
	for (i = 0; i < t->nblocks; i++)
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

const char *
letter_tpl_lang(const struct letter_tpl *t)
{
	return t->lang;
}

bool
letter_tpl_has_ground(const struct letter_tpl *t, const char *id)
{
	return letter_ground_block(t, id, false) != NULL;
}

const char *const *
letter_tpl_grounds(const struct letter_tpl *t)
{
	return t->ground_ids;
}

/* Filling. */

struct fill {
	const struct letter_tpl		*t;
	const struct letter_values	*v;
	const struct ground		*g;	/* in a @ground block */
	unsigned			 flags;
	struct letter_doc		*doc;
	struct strbuf			 par;
	bool				 open;
	enum letter_align		 align;
	/* For patterns (@cite, @date): name=value pairs. */
	const char *const		*pat;
	struct strbuf			*out;
};

static bool
letter_blank(const char *s)
{
	return s == NULL || s[strspn(s, " \t\r\n")] == '\0';
}

static void
fill_pattern_add(struct strbuf *out, const char *pattern,
    const char *const *pairs);

static void
letter_date_format(const struct letter_tpl *t, const char *pattern, qdate d,
    struct strbuf *out)
{
	char dd[8], mm[8], dn[8], mn[8], yy[8], key[8];
	const struct tpl_kv *month;
	const char *pairs[14];
	int y, m, day;

	qdate_to_ymd(d, &y, &m, &day);
	snprintf(dd, sizeof dd, "%02d", day);
	snprintf(mm, sizeof mm, "%02d", m);
	snprintf(dn, sizeof dn, "%d", day);
	snprintf(mn, sizeof mn, "%d", m);
	snprintf(yy, sizeof yy, "%04d", y);
	snprintf(key, sizeof key, "%d", m);
	month = tpl_list_find(&t->months, key);
	pairs[0] = "dd"; pairs[1] = dd;
	pairs[2] = "mm"; pairs[3] = mm;
	pairs[4] = "d"; pairs[5] = dn;
	pairs[6] = "m"; pairs[7] = mn;
	pairs[8] = "yyyy"; pairs[9] = yy;
	pairs[10] = "month"; pairs[11] = month != NULL ? month->text : mn;
	pairs[12] = NULL;
	fill_pattern_add(out, pattern, pairs);
}

/* Appends a value; in a body paragraph kept lines become ", ". */
static void
fill_value(struct fill *f, const char *s, bool is_date)
{
	qdate d;

	if (letter_blank(s)) {
		strbuf_puts(f->out, f->t->blank);
		return;
	}
	/* Running text writes a date out ("от 15 июля 2025 года"); kept
	 * lines (the head's number and date) keep @date. */
	if (is_date && qdate_parse(s, &d)) {
		letter_date_format(f->t, f->t->textdate != NULL &&
		    (f->align == LETTER_BODY || f->align == LETTER_ITEM) ?
		    f->t->textdate : f->t->date, d, f->out);
		return;
	}
	for (; *s != '\0'; s++) {
		if (*s == '\r')
			continue;
		if (*s == '\n' && (f->align == LETTER_BODY ||
		    f->align == LETTER_ITEM)) {
			if (s[1] != '\0')
				strbuf_puts(f->out, ", ");
			continue;
		}
		strbuf_putc(f->out, *s);
	}
}

static const char *
fill_word(const struct fill *f, const char *name, size_t len)
{
	const struct tpl_kv *w;
	const char *sel = NULL;
	char k[160];

	switch (name[0]) {
	case 'd':
		sel = f->v->kind;
		break;
	case 'a':
		sel = f->v->act_type;
		break;
	case 'i':
		sel = f->v->act_instance;
		break;
	}
	if (sel == NULL)
		return NULL;
	snprintf(k, sizeof k, "%.*s %s", (int)len, name, sel);
	w = tpl_list_find(&f->t->words, k);
	return w != NULL ? w->text : NULL;
}

/* The element's words for this kind of filing, else its common ones. */
static const char *
fill_element(const struct fill *f, const char *key)
{
	const struct tpl_kv *e = NULL;
	char k[96];

	if (f->v->kind != NULL) {
		snprintf(k, sizeof k, "%s.%s", key, f->v->kind);
		e = tpl_list_find(&f->t->elements, k);
	}
	if (e == NULL)
		e = tpl_list_find(&f->t->elements, key);
	return e != NULL ? e->text : key;
}

static void
fill_cites(struct fill *f)
{
	letter_cites_format(f->t, f->g->cites, f->out);
}

static int
fill_ph(void *ctx, const char *name, size_t len, const char *lit,
    size_t litlen)
{
	struct fill *f = ctx;
	const char *w;
	size_t i;
	int fi;

	if (name == NULL) {
		if (lit != NULL)
			strbuf_add(f->out, lit, litlen);
		return 0;
	}
	if ((fi = letter_field_index(name, len)) >= 0) {
		fill_value(f, f->v->field[fi], LETTER_DATE_FIELD(fi));
		return 0;
	}
	if (len == 5 && memcmp(name, "cites", 5) == 0) {
		fill_cites(f);
		return 0;
	}
	if (len == 6 && memcmp(name, "ground", 6) == 0) {
		strbuf_puts(f->out, f->g->rule->id);
		return 0;
	}
	if (len == 12 && memcmp(name, "missing.list", 12) == 0) {
		for (i = 0; i < f->v->n_missing; i++) {
			if (i > 0)
				strbuf_puts(f->out, "; ");
			strbuf_puts(f->out, fill_element(f,
			    f->v->missing[i]));
		}
		if (f->v->n_missing == 0)
			strbuf_puts(f->out, f->t->blank);
		return 0;
	}
	w = fill_word(f, name, len);
	strbuf_puts(f->out, w != NULL ? w : f->t->blank);
	return 0;
}

/* A pattern of @cite or @date: {name} from pairs (checked at load). */
static int
fill_pattern_ph(void *ctx, const char *name, size_t len, const char *lit,
    size_t litlen)
{
	struct fill *f = ctx;
	const char *const *p;

	if (name == NULL) {
		if (lit != NULL)
			strbuf_add(f->out, lit, litlen);
		return 0;
	}
	for (p = f->pat; p[0] != NULL; p += 2)
		if (strlen(p[0]) == len && memcmp(p[0], name, len) == 0) {
			strbuf_puts(f->out, p[1]);
			break;
		}
	return 0;
}

static void
fill_pattern_add(struct strbuf *out, const char *pattern,
    const char *const *pairs)
{
	struct fill f;

	memset(&f, 0, sizeof f);
	f.pat = pairs;
	f.out = out;
	tpl_scan(pattern, fill_pattern_ph, &f);
}

/* A citation CODE A[.P[.I]] split into its code and up to three numbers;
 * false for anything else (printed as written). */
struct cite_parts {
	char	 code[16];
	char	 comp[3][24];
	size_t	 n;
};

static bool
cite_split(const char *cite, struct cite_parts *c)
{
	const char *rest;
	size_t len;

	c->n = 0;
	len = strcspn(cite, " ");
	rest = cite + len;
	if (len == 0 || len >= sizeof c->code || *rest != ' ')
		return false;
	memcpy(c->code, cite, len);
	c->code[len] = '\0';
	rest++;
	if (strchr(rest, ' ') != NULL)
		return false;
	while (*rest != '\0') {
		len = strcspn(rest, ".");
		if (c->n == 3 || len == 0 || len >= sizeof c->comp[0])
			return false;
		memcpy(c->comp[c->n], rest, len);
		c->comp[c->n++][len] = '\0';
		rest += len;
		if (*rest == '.' && *++rest == '\0')
			return false;
	}
	return c->n > 0;
}

/* The article, part and item as the template's @cite writes them. */
static bool
cite_item(const struct letter_tpl *t, const struct cite_parts *c,
    struct strbuf *out)
{
	const struct tpl_kv *pat, *ord;
	const char *pairs[10];
	char k[40];

	snprintf(k, sizeof k, "%s %zu", c->code, c->n);
	if ((pat = tpl_list_find(&t->cites, k)) == NULL)
		return false;
	ord = c->n > 1 ? tpl_list_find(&t->ordinals, c->comp[1]) : NULL;
	pairs[0] = "a"; pairs[1] = c->comp[0];
	pairs[2] = "p"; pairs[3] = c->n > 1 ? c->comp[1] : "";
	pairs[4] = "i"; pairs[5] = c->n > 2 ? c->comp[2] : "";
	pairs[6] = "pw"; pairs[7] = ord != NULL ? ord->text : pairs[3];
	pairs[8] = NULL;
	fill_pattern_add(out, pat->text, pairs);
	return true;
}

/* Items of one code inside its @citegroup pattern ("ҚПК-нің {list}"). */
static void
cite_group(const struct tpl_kv *group, const struct strbuf *items,
    struct strbuf *out)
{
	const char *pairs[4];

	pairs[0] = "list";
	pairs[1] = items->buf;
	pairs[2] = NULL;
	fill_pattern_add(out, group->text, pairs);
}

void
letter_cite_format(const struct letter_tpl *t, const char *cite,
    struct strbuf *out)
{
	const char *one[2] = { cite, NULL };

	letter_cites_format(t, one, out);
}

/* Orders numbers as the Code does: 7 < 7-1 < 8; none before any. */
static int
cite_num_cmp(const char *a, const char *b)
{
	long x, y;
	char *ea, *eb;

	if (*a == '\0' || *b == '\0')
		return (*a != '\0') - (*b != '\0');
	x = strtol(a, &ea, 10);
	y = strtol(b, &eb, 10);
	if (x != y)
		return x < y ? -1 : 1;
	x = *ea == '-' ? strtol(ea + 1, NULL, 10) : 0;
	y = *eb == '-' ? strtol(eb + 1, NULL, 10) : 0;
	return x < y ? -1 : x > y;
}

struct cite_entry {
	const char		*cite;
	struct cite_parts	 parts;
	bool			 ok;
	size_t			 rank;	/* the code's @citegroup order */
};

static int
cite_entry_cmp(const struct cite_entry *a, const struct cite_entry *b)
{
	size_t i;
	int r;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (!a->ok || !b->ok)
		return 0;
	for (i = 0; i < 3; i++)
		if ((r = cite_num_cmp(i < a->parts.n ? a->parts.comp[i] : "",
		    i < b->parts.n ? b->parts.comp[i] : "")) != 0)
			return r;
	return 0;
}

/*
 * Citations as legal writing has them: grouped by code in the order of
 * the template's @citegroup lines (the Code before the resolution), each
 * code named once with its articles in order ("ҚПК-нің 423-бабының
 * бірінші бөлігі, 488-бабының бірінші бөлігі, 489-бабы бірінші бөлігінің
 * 1) тармағы; нормативтік қаулының 7-тармағы").  A code without a group
 * keeps the form of its @cite patterns; one without patterns is printed
 * as written.
 */
void
letter_cites_format(const struct letter_tpl *t, const char *const *cites,
    struct strbuf *out)
{
	struct cite_entry e[DECISION_MAX_CITES + 1], tmp;
	const struct tpl_kv *group;
	struct strbuf items;
	size_t n = 0, i, j;

	for (i = 0; cites[i] != NULL && n < DECISION_MAX_CITES + 1; i++) {
		for (j = 0; j < n && strcmp(e[j].cite, cites[i]) != 0; j++)
			;
		if (j < n)
			continue;
		e[n].cite = cites[i];
		e[n].ok = cite_split(cites[i], &e[n].parts);
		e[n].rank = t->groups.n;
		for (j = 0; e[n].ok && j < t->groups.n; j++)
			if (strcmp(t->groups.v[j].key, e[n].parts.code) == 0)
				e[n].rank = j;
		for (j = n++; j > 0 && cite_entry_cmp(&e[j - 1], &e[j]) > 0;
		    j--) {
			tmp = e[j];
			e[j] = e[j - 1];
			e[j - 1] = tmp;
		}
	}
	strbuf_init(&items);
	for (i = 0; i < n; i = j) {
		if (i > 0)
			strbuf_puts(out, "; ");
		j = i + 1;
		group = e[i].rank < t->groups.n ? &t->groups.v[e[i].rank] :
		    NULL;
		strbuf_reset(&items);
		if (group == NULL || !cite_item(t, &e[i].parts, &items)) {
			if (!e[i].ok || !cite_item(t, &e[i].parts, out))
				strbuf_puts(out, e[i].cite);
			continue;
		}
		for (; j < n && e[j].rank == e[i].rank; j++) {
			strbuf_puts(&items, ", ");
			if (!cite_item(t, &e[j].parts, &items))
				strbuf_puts(&items, e[j].cite);
		}
		cite_group(group, &items, out);
	}
	strbuf_free(&items);
}

static bool
letter_cites(const struct letter_values *v, const char *cite)
{
	size_t i, j;

	for (i = 0; i < v->n_grounds; i++)
		for (j = 0; v->grounds[i].cites[j] != NULL; j++)
			if (strcmp(v->grounds[i].cites[j], cite) == 0)
				return true;
	return false;
}

static bool
letter_has(const struct letter_values *v, const char *id)
{
	char norm[64];
	size_t i;

	for (i = 0; i < v->n_grounds; i++) {
		letter_ground_norm(v->grounds[i].rule->id, norm, sizeof norm);
		if (strcmp(norm, id) == 0)
			return true;
	}
	return false;
}

/*
 * What the filer may do next.  Refiling is open after a return under
 * CPC 489.1 items 1 and 2 (489.2); the execution court takes retroactive
 * law and amnesty (NR 15); a missed appeal may be restored (CPC 419,
 * NR 5.4) where the appellate route was not observed; NR 13 and NR 16
 * name the procedures for new circumstances and civil-claim arithmetic;
 * the four prosecutors of CPC 486.2 alone may protest where a complaint
 * is barred by CPC 484.2.1 or the unobserved appellate route (484.3).
 */
size_t
letter_remedies(const struct letter_values *v, const char **out, size_t max)
{
	size_t n = 0;
	bool complaint = v->kind == NULL || strcmp(v->kind, "complaint") == 0;

#define ADD(name) do { if (n < max) out[n++] = (name); } while (0)
	if (letter_cites(v, "CPC 489.1.1") || letter_cites(v, "CPC 489.1.2"))
		ADD("refile");
	if (letter_has(v, "R8") || letter_has(v, "R11"))
		ADD("restore");
	if (letter_has(v, "R13"))
		ADD("execution");
	if (letter_has(v, "R14") && (v->flags & LETTER_NEWCIRC))
		ADD("newcirc");
	if (letter_has(v, "R14") && (v->flags & LETTER_CIVIL))
		ADD("civil");
	if (complaint && (letter_has(v, "R6") || letter_has(v, "R6n") ||
	    letter_has(v, "R7") || letter_has(v, "R8")))
		ADD("prosecutor");
#undef ADD
	if (n < max)
		out[n] = NULL;
	return n;
}

static void
fill_flush(struct fill *f)
{
	struct letter_doc *d = f->doc;
	size_t len = f->par.len;

	if (!f->open)
		return;
	while (len > 0 && (f->par.buf[len - 1] == ' ' ||
	    f->par.buf[len - 1] == '\n'))
		len--;
	d->paras = xrealloc(d->paras, (d->n + 1) * sizeof *d->paras);
	d->paras[d->n].align = f->align;
	d->paras[d->n].text = xstrndup(f->par.buf, len);
	d->n++;
	strbuf_reset(&f->par);
	f->open = false;
}

static void
fill_items(struct fill *f)
{
	size_t i;

	for (i = 0; i < f->v->n_missing; i++) {
		f->open = true;
		f->align = LETTER_ITEM;
		strbuf_puts(&f->par, fill_element(f, f->v->missing[i]));
		strbuf_putc(&f->par, i + 1 < f->v->n_missing ? ';' : '.');
		fill_flush(f);
	}
}

static void
fill_line(struct fill *f, const char *text)
{
	static const struct {
		const char		*mark;
		enum letter_align	 align;
	} marks[] = {
		{ "> ", LETTER_RIGHT }, { "= ", LETTER_CENTER },
		{ "< ", LETTER_LEFT }, { "- ", LETTER_ITEM },
	};
	size_t i;

	if (letter_blank(text)) {
		fill_flush(f);
		return;
	}
	if (!f->open) {
		f->align = LETTER_BODY;
		for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
			if (strncmp(text, marks[i].mark, 2) == 0) {
				f->align = marks[i].align;
				text += 2;
				break;
			}
		if (f->align == LETTER_ITEM &&
		    strcmp(text, "{missing.list}") == 0) {
			fill_items(f);
			return;
		}
		f->open = true;
	} else
		strbuf_putc(&f->par, f->align == LETTER_BODY ||
		    f->align == LETTER_ITEM ? ' ' : '\n');
	f->out = &f->par;
	tpl_scan(text, fill_ph, f);
}

static void
fill_block(struct fill *f, const struct tpl_block *b)
{
	bool on[9];
	size_t depth = 0, i;
	const struct tpl_line *l;

	on[0] = true;
	for (i = 0; i < b->n; i++) {
		l = &b->lines[i];
		switch (l->kind) {
		case TL_IF:
			depth++;
			on[depth] = on[depth - 1] &&
			    (((f->flags & l->flag) != 0) != l->neg);
			break;
		case TL_ELSE:
			on[depth] = on[depth - 1] && !on[depth];
			break;
		case TL_ENDIF:
			depth--;
			break;
		case TL_TEXT:
			if (on[depth])
				fill_line(f, l->text);
			break;
		}
	}
	fill_flush(f);
}

static unsigned
letter_flags(const struct letter_values *v)
{
	unsigned flags = v->flags & 0xff;

	if (v->kind != NULL && strcmp(v->kind, "protest") == 0)
		flags |= LF_PROTEST;
	else if (v->kind != NULL && strcmp(v->kind, "submission") == 0)
		flags |= LF_SUBMISSION;
	else
		flags |= LF_COMPLAINT;
	if (letter_cites(v, "CPC 489.1.1"))
		flags |= LF_ITEM1;
	if (letter_cites(v, "CPC 489.1.2"))
		flags |= LF_ITEM2;
	if (v->n_missing > 0)
		flags |= LF_MISSING;
	return flags;
}

static int
letter_check_values(const struct letter_values *v, char *err, size_t errsz)
{
	size_t i, bad;
	const char *s;

	for (i = 0; i < LETTER_NFIELDS; i++) {
		s = v->field[i];
		if (s != NULL && !utf8_valid(s, strlen(s), &bad)) {
			snprintf(err, errsz, _("the value of {%s} is not "
			    "valid UTF-8 (byte %zu)"), letter_field_names[i],
			    bad + 1);
			return -1;
		}
	}
	return 0;
}

/*
 * The block that states a ground, or NULL when the letter leaves it out.
 * A ground that returns by letter is always stated (an id the template
 * does not know yet falls back on the generic block, which still cites
 * it).  A ground the core leaves to the judge (refer) is stated only when
 * the template words it, because the judge who signs a return has then
 * settled it; one that admits (R24: the first receipt date counts) is no
 * defect and is never stated.
 */
static const struct tpl_block *
letter_stated_block(const struct letter_tpl *t, const struct ground *g)
{
	if (g->rule->outcome == OUTCOME_ADMIT)
		return NULL;
	if (g->rule->outcome == OUTCOME_RETURN_LETTER)
		return letter_ground_block(t, g->rule->id, true);
	return letter_ground_block(t, g->rule->id, false);
}

int
letter_fill(const struct letter_tpl *t, const struct letter_values *v,
    struct letter_doc *doc, char *err, size_t errsz)
{
	const struct tpl_block *b;
	const char *rem[8];
	struct fill f;
	size_t i, nrem;

	memset(doc, 0, sizeof *doc);
	if (letter_check_values(v, err, errsz) != 0)
		return -1;
	snprintf(doc->lang, sizeof doc->lang, "%s", t->lang);
	memset(&f, 0, sizeof f);
	f.t = t;
	f.v = v;
	f.doc = doc;
	f.flags = letter_flags(v);
	strbuf_init(&f.par);
	fill_block(&f, tpl_find_block(t, BLK_BLOCK, "head"));
	fill_block(&f, tpl_find_block(t, BLK_BLOCK, "intro"));
	for (i = 0; i < v->n_grounds; i++) {
		f.g = &v->grounds[i];
		if ((b = letter_stated_block(t, f.g)) != NULL)
			fill_block(&f, b);
	}
	f.g = NULL;
	nrem = letter_remedies(v, rem, sizeof rem / sizeof rem[0]);
	if (nrem > 0)
		fill_block(&f, tpl_find_block(t, BLK_BLOCK, "remedies"));
	for (i = 0; i < nrem; i++)
		fill_block(&f, tpl_find_block(t, BLK_REMEDY, rem[i]));
	fill_block(&f, tpl_find_block(t, BLK_BLOCK, "closing"));
	fill_block(&f, tpl_find_block(t, BLK_BLOCK, "signature"));
	strbuf_free(&f.par);
	return 0;
}

void
letter_doc_free(struct letter_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->n; i++)
		free(doc->paras[i].text);
	free(doc->paras);
	memset(doc, 0, sizeof *doc);
}

/* Plain text. */

static void
text_spaces(struct strbuf *out, size_t n)
{
	while (n-- > 0)
		strbuf_putc(out, ' ');
}

/*
 * Appends s wrapped at width columns: the first line after first_indent
 * spaces, the others after indent.  Words longer than a line are cut at
 * a character boundary, never inside one.
 */
static void
text_wrap(struct strbuf *out, const char *s, size_t len, size_t width,
    size_t first_indent, size_t indent, const char *lead)
{
	size_t col = first_indent, wlen, ww, fit;
	const char *w, *end = s + len;
	char *word;
	bool fresh = true;

	/* lead, when given, takes the first_indent columns (a list dash). */
	if (lead != NULL)
		strbuf_puts(out, lead);
	else
		text_spaces(out, first_indent);
	while (s < end) {
		while (s < end && *s == ' ')
			s++;
		if (s == end)
			break;
		w = s;
		while (s < end && *s != ' ')
			s++;
		wlen = (size_t)(s - w);
		word = xstrndup(w, wlen);
		ww = text_width(word);
		if (!fresh && col + 1 + ww > width) {
			strbuf_putc(out, '\n');
			text_spaces(out, indent);
			col = indent;
			fresh = true;
		}
		if (!fresh) {
			strbuf_putc(out, ' ');
			col++;
		}
		while (col + ww > width && width > col) {
			fit = text_fit(word, width - col);
			if (fit == 0)
				break;
			strbuf_add(out, word, fit);
			memmove(word, word + fit, strlen(word + fit) + 1);
			strbuf_putc(out, '\n');
			text_spaces(out, indent);
			col = indent;
			ww = text_width(word);
		}
		strbuf_puts(out, word);
		col += ww;
		fresh = false;
		free(word);
	}
	strbuf_putc(out, '\n');
}

/* A kept-lines paragraph; for LETTER_LEFT a tab right-aligns the rest. */
static void
text_lines(struct strbuf *out, const struct letter_para *p, size_t width)
{
	const char *s = p->text, *nl, *tab;
	size_t len, lw, rw, half = width / 2;
	char *left, *right;

	for (; ; s = nl + 1) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		tab = memchr(s, '\t', len);
		if (p->align == LETTER_LEFT && tab != NULL) {
			left = xstrndup(s, (size_t)(tab - s));
			right = xstrndup(tab + 1, len - (size_t)(tab - s) - 1);
			lw = text_width(left);
			rw = text_width(right);
			strbuf_puts(out, left);
			text_spaces(out, lw + rw < width ? width - lw - rw : 1);
			strbuf_puts(out, right);
			strbuf_putc(out, '\n');
			free(left);
			free(right);
		} else if (p->align == LETTER_CENTER) {
			left = xstrndup(s, len);
			lw = text_width(left);
			if (lw < width) {
				text_spaces(out, (width - lw) / 2);
				strbuf_puts(out, left);
				strbuf_putc(out, '\n');
			} else
				text_wrap(out, left, len, width, 0, 0, NULL);
			free(left);
		} else if (p->align == LETTER_RIGHT)
			text_wrap(out, s, len, width, half, half, NULL);
		else
			text_wrap(out, s, len, width, 0, 0, NULL);
		if (nl == NULL)
			break;
	}
}

void
letter_render_text(const struct letter_doc *doc, size_t width,
    struct strbuf *out)
{
	const struct letter_para *p;
	size_t i;

	if (width == 0)
		width = 72;
	for (i = 0; i < doc->n; i++) {
		p = &doc->paras[i];
		if (i > 0 && !(p->align == LETTER_ITEM &&
		    doc->paras[i - 1].align == LETTER_ITEM))
			strbuf_putc(out, '\n');
		switch (p->align) {
		case LETTER_BODY:
			text_wrap(out, p->text, strlen(p->text), width, 4, 0,
			    NULL);
			break;
		case LETTER_ITEM:
			text_wrap(out, p->text, strlen(p->text), width, 4, 4,
			    "  \xe2\x80\x93 ");	/* en dash */
			break;
		default:
			text_lines(out, p, width);
			break;
		}
	}
}
