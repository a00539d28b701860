/*
 * Return letters: the letter's words and the lookups the template parser
 * (letter-tpl.c), the filling (letter-fill.c) and the plain text
 * (letter-text.c) share.
 *
 * The template is data (data/letters/README): wording, word forms and the
 * way a citation reads belong to the language, not to the code.  What the
 * code decides is which blocks a letter is made of: one per ground, in the
 * decision's order, and the remedies those grounds make relevant, because
 * that is law (CPC 489.2, NR 5, 13, 15, 16) and must not drift between the
 * two languages: each rule's row (rules.c) names the remedies it opens.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/letter-int.h"
#include "core/vocab.h"

/* Placeholders naming a text field, in enum letter_field order. */
const char *const letter_field_names[LETTER_NFIELDS] = {
	"court.name", "court.address", "out.number", "out.date",
	"filer.name", "filer.address", "filer.institution",
	"filing.number", "filing.received",
	"act.court", "act.date", "act.number",
	"judge", "assistant", "filer.to", "act.court.gen",
	"court.name.kk", "court.name.ru", "court.telephone", "court.email",
	"executor.telephone", "hearing.date", "hearing.time", "hearing.place"
};

const struct letter_remedy letter_remedy_table[] = {
	{ "refile", RULE_REMEDY_REFILE, 0 },
	{ "restore", RULE_REMEDY_RESTORE, 0 },
	{ "execution", RULE_REMEDY_EXECUTION, 0 },
	{ "newcirc", RULE_REMEDY_NEWCIRC, LETTER_NEWCIRC },
	{ "civil", RULE_REMEDY_CIVIL, LETTER_CIVIL },
	{ "prosecutor", RULE_REMEDY_PROSECUTOR, LF_COMPLAINT },
};
const size_t letter_nremedies = sizeof letter_remedy_table /
    sizeof letter_remedy_table[0];

bool
letter_element_known(const char *key)
{
	int i = vocab_index(key);

	return i >= 0 && (vocab_at((size_t)i)->flags & FACT_CPC488) != 0;
}

int
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

int
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

const struct tpl_kv *
tpl_list_find(const struct tpl_list *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
}

const struct tpl_block *
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

const struct tpl_block *
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

const char *
letter_tpl_lang(const struct letter_tpl *t)
{
	return t->lang;
}

const char *
letter_tpl_kind(const struct letter_tpl *t)
{
	return t->kind;
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

void
letter_doc_free(struct letter_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->n; i++)
		free(doc->paras[i].text);
	free(doc->paras);
	memset(doc, 0, sizeof *doc);
}
