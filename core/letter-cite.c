/*
 * Return letters: citations as Kazakh and Russian legal writing has them
 * (issue 10).  A ground's citations are grouped by code in the order of
 * the template's @citegroup lines (the Code before the resolution), each
 * code named once with its articles in the Code's order: "ҚПК-нің
 * 423-бабының бірінші бөлігі, 488-бабының бірінші бөлігі, 489-бабы
 * бірінші бөлігінің 1) тармағы; нормативтік қаулының 7-тармағы", "ч. 1
 * ст. 423, ч. 1 ст. 488, п. 1) ч. 1 ст. 489 УПК; п. 7 нормативного
 * постановления".  Parts and items of one article name it once ("п. 1)
 * ч. 2, ч. 3 ст. 484") where the template has the forms for it (@cite
 * CODE in-N, in-item, article).  A code without a group keeps the form of
 * its @cite patterns; one without patterns is printed as the core wrote
 * it.
 *
 * The interface writes its citations with the same engine (core/cite.c):
 * its forms are gettext's instead of a template's, the codes abbreviated,
 * and two items of one part that a question cites are its alternatives
 * ("п. 2) или 3) ч. 2 ст. 484 УПК"), which a letter never has.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/letter-int.h"

/* A citation CODE A[.P[.I]] split into its code and up to three numbers;
 * false for anything else. */
struct cite_parts {
	char	 code[16];
	char	 comp[3][24];
	size_t	 n;
};

struct cite_entry {
	const char		*cite;
	struct cite_parts	 parts;
	bool			 ok;
	size_t			 rank;	/* the code's @citegroup order */
};

struct cite_pattern {
	const char *const	*pairs;
	struct strbuf		*out;
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

/* {name} from the pairs (the template's check made sure they exist). */
static int
cite_pattern_ph(void *ctx, const char *name, size_t len, const char *lit,
    size_t litlen)
{
	struct cite_pattern *c = ctx;
	const char *const *p;

	if (name == NULL) {
		if (lit != NULL)
			strbuf_add(c->out, lit, litlen);
		return 0;
	}
	for (p = c->pairs; p[0] != NULL; p += 2)
		if (strlen(p[0]) == len && memcmp(p[0], name, len) == 0) {
			strbuf_puts(c->out, p[1]);
			break;
		}
	return 0;
}

static void
cite_pattern(struct strbuf *out, const char *pattern,
    const char *const *pairs)
{
	struct cite_pattern c = { pairs, out };

	tpl_scan(pattern, cite_pattern_ph, &c);
}

/*
 * Articles whose subdivisions are items with no parts: "CPC 476.15" is
 * item 15) of article 476 (the questions of the execution stage: "п.
 * 15) ст. 476", "476-бабының 15) тармағы"), not a part of it.  Its
 * neighbour CPC 477 has parts (477.1, 477.3 are parts), as have the other
 * articles the rules cite.
 */
static const char *const items_only[] = { "CPC 476", NULL };

static bool
cite_items_only(const struct cite_parts *c)
{
	char k[48];
	size_t i;

	if (c->n != 2)
		return false;
	snprintf(k, sizeof k, "%s %s", c->code, c->comp[0]);
	for (i = 0; items_only[i] != NULL; i++)
		if (strcmp(items_only[i], k) == 0)
			return true;
	return false;
}

/* The article, part and item as the template's @cite writes them; with
 * in, the form within an article named once ("in-2": "ч. {p}").  A NULL
 * out asks only whether the template has the form. */
static bool
cite_item(const struct cite_forms *t, const struct cite_parts *c, bool in,
    struct strbuf *out)
{
	const struct tpl_kv *pat, *ord;
	const char *pairs[10];
	bool item = cite_items_only(c);
	char k[48];

	if (item)
		snprintf(k, sizeof k, "%s %sitem", c->code, in ? "in-" : "");
	else
		snprintf(k, sizeof k, "%s %s%zu", c->code, in ? "in-" : "",
		    c->n);
	if ((pat = tpl_list_find(t->cites, k)) == NULL)
		return false;
	if (out == NULL)
		return true;
	ord = c->n > 1 && !item ? tpl_list_find(t->ordinals, c->comp[1]) :
	    NULL;
	pairs[0] = "a"; pairs[1] = c->comp[0];
	pairs[2] = "p"; pairs[3] = c->n > 1 && !item ? c->comp[1] : "";
	pairs[4] = "i"; pairs[5] = item ? c->comp[1] : c->n > 2 ?
	    c->comp[2] : "";
	pairs[6] = "pw"; pairs[7] = ord != NULL ? ord->text : pairs[3];
	pairs[8] = NULL;
	cite_pattern(out, pat->text, pairs);
	return true;
}

/*
 * e[x] and e[x + 1] (below m), two items of one part, as alternatives
 * when the forms say so: "CODE 3-or" ("п. {i}) или {j}) ч. {p} ст. {a}"),
 * or within an article named once "CODE in-3-or"; false otherwise.
 */
static bool
cite_alt(const struct cite_forms *t, const struct cite_entry *e, size_t x,
    size_t m, bool in, struct strbuf *out)
{
	const struct cite_parts *a = &e[x].parts, *b = &e[x + 1].parts;
	const char *pairs[12];
	const struct tpl_kv *pat;
	char k[48];

	if (!t->alt || x + 1 >= m || !e[x].ok || !e[x + 1].ok || a->n != 3 ||
	    b->n != 3 || strcmp(a->comp[0], b->comp[0]) != 0 ||
	    strcmp(a->comp[1], b->comp[1]) != 0)
		return false;
	snprintf(k, sizeof k, "%s %s3-or", a->code, in ? "in-" : "");
	if ((pat = tpl_list_find(t->cites, k)) == NULL)
		return false;
	pairs[0] = "a"; pairs[1] = a->comp[0];
	pairs[2] = "p"; pairs[3] = a->comp[1];
	pairs[4] = "i"; pairs[5] = a->comp[2];
	pairs[6] = "j"; pairs[7] = b->comp[2];
	pairs[8] = "pw"; pairs[9] = a->comp[1];
	pairs[10] = NULL;
	cite_pattern(out, pat->text, pairs);
	return true;
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

/* The citations, repeats dropped, in the order they are written; a
 * stable insertion sort (a ground has a few). */
static size_t
cite_sort(const struct cite_forms *t, const char *const *cites,
    struct cite_entry *e, size_t max)
{
	struct cite_entry tmp;
	size_t n = 0, i, j;

	for (i = 0; cites[i] != NULL && n < max; i++) {
		for (j = 0; j < n && strcmp(e[j].cite, cites[i]) != 0; j++)
			;
		if (j < n)
			continue;
		e[n].cite = cites[i];
		e[n].ok = cite_split(cites[i], &e[n].parts);
		e[n].rank = t->groups->n;
		for (j = 0; e[n].ok && j < t->groups->n; j++)
			if (strcmp(t->groups->v[j].key, e[n].parts.code) == 0)
				e[n].rank = j;
		for (j = n++; j > 0 && cite_entry_cmp(&e[j - 1], &e[j]) > 0;
		    j--) {
			tmp = e[j];
			e[j] = e[j - 1];
			e[j - 1] = tmp;
		}
	}
	return n;
}

/* The end of the run of e[k..j) citing parts or items of e[k]'s article;
 * k + 1 when there is none to join. */
static size_t
cite_same_article(const struct cite_entry *e, size_t k, size_t j)
{
	size_t m = k + 1;

	if (!e[k].ok || e[k].parts.n < 2)
		return m;
	while (m < j && e[m].ok && e[m].parts.n >= 2 &&
	    strcmp(e[m].parts.comp[0], e[k].parts.comp[0]) == 0)
		m++;
	return m;
}

/* The end of the run of e[x..m) that are whole parts (no item) of one
 * article; x + 1 when e[x] is not one or stands alone. */
static size_t
cite_parts_run(const struct cite_entry *e, size_t x, size_t m)
{
	size_t y = x;

	while (y < m && e[y].ok && e[y].parts.n == 2 &&
	    !cite_items_only(&e[y].parts))
		y++;
	return y > x ? y : x + 1;
}

/* Several parts of one article as one ("ч. 1, 2", "бірінші, екінші
 * бөліктері") with the form "CODE in-2-many"; false without it. */
static bool
cite_many(const struct cite_forms *t, const struct cite_entry *e, size_t x,
    size_t y, struct strbuf *out)
{
	const struct tpl_kv *pat, *ord;
	struct strbuf ps, pws;
	const char *pairs[6];
	char k[48];
	size_t z;

	snprintf(k, sizeof k, "%s in-2-many", e[x].parts.code);
	if ((pat = tpl_list_find(t->cites, k)) == NULL)
		return false;
	strbuf_init(&ps);
	strbuf_init(&pws);
	for (z = x; z < y; z++) {
		ord = tpl_list_find(t->ordinals, e[z].parts.comp[1]);
		strbuf_printf(&ps, "%s%s", z > x ? ", " : "", e[z].parts.comp[1]);
		strbuf_printf(&pws, "%s%s", z > x ? ", " : "", ord != NULL ?
		    ord->text : e[z].parts.comp[1]);
	}
	pairs[0] = "p"; pairs[1] = ps.buf;
	pairs[2] = "pw"; pairs[3] = pws.buf;
	pairs[4] = NULL;
	cite_pattern(out, pat->text, pairs);
	strbuf_free(&ps);
	strbuf_free(&pws);
	return true;
}

/* e[k..m), one article's parts and items, the article named once: "п. 1)
 * ч. 2, ч. 3 ст. 484", "484-бабының екінші бөлігінің 1) тармағы, үшінші
 * бөлігі"; false when the template has no such forms. */
static bool
cite_article(const struct cite_forms *t, const struct cite_entry *e,
    size_t k, size_t m, struct strbuf *out)
{
	const char *pairs[6] = { "list", NULL, "a", NULL, NULL, NULL };
	const struct tpl_kv *art;
	struct strbuf subs;
	char key[32];
	size_t x, y;

	snprintf(key, sizeof key, "%s article", e[k].parts.code);
	if ((art = tpl_list_find(t->cites, key)) == NULL)
		return false;
	for (x = k; x < m; x++)
		if (!cite_item(t, &e[x].parts, true, NULL))
			return false;
	strbuf_init(&subs);
	for (x = k; x < m; x++) {
		if (x > k)
			strbuf_puts(&subs, ", ");
		if ((y = cite_parts_run(e, x, m)) > x + 1 &&
		    cite_many(t, e, x, y, &subs))
			x = y - 1;
		else if (cite_alt(t, e, x, m, true, &subs))
			x++;
		else
			cite_item(t, &e[x].parts, true, &subs);
	}
	pairs[1] = subs.buf;
	pairs[3] = e[k].parts.comp[0];
	cite_pattern(out, art->text, pairs);
	strbuf_free(&subs);
	return true;
}

/* The citations e[i..j) of one code, joined by ", ". */
static void
cite_group_items(const struct cite_forms *t, const struct cite_entry *e,
    size_t i, size_t j, struct strbuf *out)
{
	size_t k, m;

	for (k = i; k < j; k = m) {
		if (k > i)
			strbuf_puts(out, ", ");
		m = cite_same_article(e, k, j);
		/* Two alternatives alone name their article as one item. */
		if (m == k + 2 && cite_alt(t, e, k, m, false, out))
			continue;
		if (m > k + 1 && cite_article(t, e, k, m, out))
			continue;
		m = k + 1;
		if (!cite_item(t, &e[k].parts, false, out))
			strbuf_puts(out, e[k].cite);
	}
}

void
cite_forms_format(const struct cite_forms *t, const char *const *cites,
    struct strbuf *out)
{
	struct cite_entry e[DECISION_MAX_CITES + 1];
	const char *pairs[4] = { "list", NULL, NULL, NULL };
	struct strbuf items;
	size_t n, i, j;

	n = cite_sort(t, cites, e, DECISION_MAX_CITES + 1);
	strbuf_init(&items);
	for (i = 0; i < n; i = j) {
		if (i > 0)
			strbuf_puts(out, "; ");
		j = i + 1;
		if (e[i].rank == t->groups->n ||
		    !cite_item(t, &e[i].parts, false, NULL)) {
			if (!e[i].ok || !cite_item(t, &e[i].parts, false, out))
				strbuf_puts(out, e[i].cite);
			continue;
		}
		while (j < n && e[j].rank == e[i].rank)
			j++;
		strbuf_reset(&items);
		cite_group_items(t, e, i, j, &items);
		pairs[1] = items.buf;
		cite_pattern(out, t->groups->v[e[i].rank].text, pairs);
	}
	strbuf_free(&items);
}

void
letter_cites_format(const struct letter_tpl *t, const char *const *cites,
    struct strbuf *out)
{
	const struct cite_forms f = { &t->cites, &t->groups, &t->ordinals,
	    false };

	cite_forms_format(&f, cites, out);
}

void
letter_cite_format(const struct letter_tpl *t, const char *cite,
    struct strbuf *out)
{
	const char *one[2] = { cite, NULL };

	letter_cites_format(t, one, out);
}
