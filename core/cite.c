/*
 * Citations as the interface language writes them, by the letters' engine
 * (letter-cite.c: grouped by code, the Code before the resolution, each
 * article named once, numbers in the Code's order) with the interface's
 * own forms from gettext: the codes abbreviated (УПК, УК, НП; ҚПК, ҚК, НҚ)
 * and parts counted in figures, "ч. 1 ст. 423, ч. 1 ст. 488 УПК; п. 7 НП".
 * English, the source language, keeps the tables' short form.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/cite.h"
#include "core/decision.h"
#include "core/i18n.h"
#include "core/letter-int.h"

struct cite_ui_form {
	const char	*key;
	const char	*form;	/* N_() */
};

/* TRANSLATORS: citation forms, the keys of a template's @cite lines:
 * {a} the article (of the resolution: the paragraph), {p} its part (the
 * paragraph's subparagraph), {i} an item, {j} a second item, {list}
 * what an article or a code holds.  Keep every {name}. */
static const struct cite_ui_form cite_ui_cites[] = {
	{ "CPC 1", N_("article {a}") },
	{ "CPC 2", N_("part {p} of article {a}") },
	{ "CPC 3", N_("item {i} of part {p} of article {a}") },
	{ "CPC 3-or", N_("items {i} or {j} of part {p} of article {a}") },
	{ "CPC item", N_("item {i} of article {a}") },
	{ "CPC in-2", N_("part {p}") },
	{ "CPC in-2-many", N_("parts {p}") },
	{ "CPC in-3", N_("item {i} of part {p}") },
	{ "CPC in-3-or", N_("items {i} or {j} of part {p}") },
	{ "CPC in-item", N_("item {i}") },
	{ "CPC article", N_("{list} of article {a}") },
	{ "CC 1", N_("article {a}") },
	{ "CC 2", N_("part {p} of article {a}") },
	{ "CC in-2", N_("part {p}") },
	{ "CC in-2-many", N_("parts {p}") },
	{ "CC article", N_("{list} of article {a}") },
	{ "NR 1", N_("paragraph {a}") },
	{ "NR 2", N_("subparagraph {p} of paragraph {a}") },
	{ "NR in-2", N_("subparagraph {p}") },
	{ "NR in-2-many", N_("subparagraphs {p}") },
	{ "NR article", N_("{list} of paragraph {a}") },
};

/* The Code before the resolution, as the letters order them. */
static const struct cite_ui_form cite_ui_groups[] = {
	{ "CPC", N_("{list} of the CPC") },
	{ "CC", N_("{list} of the CC") },
	{ "NR", N_("{list} of the resolution") },
};

#define CITE_UI_NCITES	(sizeof cite_ui_cites / sizeof cite_ui_cites[0])
#define CITE_UI_NGROUPS	(sizeof cite_ui_groups / sizeof cite_ui_groups[0])
#define CITE_REFS	(DECISION_MAX_CITES + 1)

/* The forms in the interface's language now (it may change while the
 * interface runs: looked up at every call). */
static void
cite_ui_list(const struct cite_ui_form *f, size_t n, struct tpl_kv *kv,
    struct tpl_list *l)
{
	size_t i;

	for (i = 0; i < n; i++) {
		kv[i].key = (char *)f[i].key;
		kv[i].text = (char *)_(f[i].form);
		kv[i].lineno = 0;
	}
	l->v = kv;
	l->n = n;
}

static void
cite_ui_format(const char *const *cites, bool alt, struct strbuf *out)
{
	struct tpl_kv cites_kv[CITE_UI_NCITES], groups_kv[CITE_UI_NGROUPS];
	struct tpl_list c, g, none = { NULL, 0 };
	struct cite_forms f = { &c, &g, &none, alt };

	cite_ui_list(cite_ui_cites, CITE_UI_NCITES, cites_kv, &c);
	cite_ui_list(cite_ui_groups, CITE_UI_NGROUPS, groups_kv, &g);
	cite_forms_format(&f, cites, out);
}

static bool
cite_ui_source(void)
{
	return strcmp(_(cite_ui_cites[0].form), cite_ui_cites[0].form) == 0;
}

/* A table's "NR 2, 7; CPC 485.1, 488.1" as the list "NR 2", "NR 7",
 * "CPC 485.1", "CPC 488.1"; false when it is not that form. */
static bool
cite_split_table(const char *cites, char buf[][48], const char **refs,
    size_t max)
{
	const char *g, *p, *end;
	size_t n = 0, clen, len;

	for (g = cites; *g != '\0'; g = *end != '\0' ? end + 2 : end) {
		if ((end = strstr(g, "; ")) == NULL)
			end = g + strlen(g);
		clen = strcspn(g, " ");
		if (clen == 0 || clen >= (size_t)(end - g))
			return false;
		for (p = g + clen + 1; p < end; p += len + 2) {
			len = (size_t)(end - p);
			if (memchr(p, ',', len) != NULL)
				len = (size_t)((const char *)memchr(p, ',',
				    len) - p);
			if (n == max || len == 0 ||
			    clen + 1 + len >= sizeof buf[0])
				return false;
			snprintf(buf[n], sizeof buf[0], "%.*s %.*s", (int)clen,
			    g, (int)len, p);
			refs[n] = buf[n];
			n++;
			if (p + len >= end)
				break;
		}
	}
	refs[n] = NULL;
	return n > 0;
}

/* A table's string is a question's citations (or one of a decision's):
 * two items of one part there are its alternatives. */
void
cite_render(const char *cites, struct strbuf *out)
{
	char buf[CITE_REFS][48];
	const char *refs[CITE_REFS + 1];

	if (cites == NULL || *cites == '\0')
		return;
	if (cite_ui_source() || !cite_split_table(cites, buf, refs,
	    CITE_REFS))
		strbuf_puts(out, cites);
	else
		cite_ui_format(refs, true, out);
}

void
cite_render_list(const char *const *cites, struct strbuf *out)
{
	size_t i;

	if (cites == NULL || cites[0] == NULL)
		return;
	if (cite_ui_source()) {
		for (i = 0; cites[i] != NULL; i++)
			strbuf_printf(out, "%s%s", i > 0 ? "; " : "", cites[i]);
		return;
	}
	cite_ui_format(cites, false, out);
}
