/*
 * Return letters: citations as Kazakh and Russian legal writing has them
 * (issue 10).  A ground's citations are grouped by code in the order of
 * the template's @citegroup lines (the Code before the resolution), each
 * code named once with its articles in the Code's order: "ҚПК-нің
 * 423-бабының бірінші бөлігі, 488-бабының бірінші бөлігі, 489-бабы
 * бірінші бөлігінің 1) тармағы; нормативтік қаулының 7-тармағы", "ч. 1
 * ст. 423, ч. 1 ст. 488, п. 1) ч. 1 ст. 489 УПК; п. 7 нормативного
 * постановления".  A code without a group keeps the form of its @cite
 * patterns; one without patterns is printed as the core wrote it.
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
cite_sort(const struct letter_tpl *t, const char *const *cites,
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
	return n;
}

void
letter_cites_format(const struct letter_tpl *t, const char *const *cites,
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
		strbuf_reset(&items);
		if (e[i].rank == t->groups.n ||
		    !cite_item(t, &e[i].parts, &items)) {
			if (!e[i].ok || !cite_item(t, &e[i].parts, out))
				strbuf_puts(out, e[i].cite);
			continue;
		}
		for (; j < n && e[j].rank == e[i].rank; j++) {
			strbuf_puts(&items, ", ");
			if (!cite_item(t, &e[j].parts, &items))
				strbuf_puts(&items, e[j].cite);
		}
		pairs[1] = items.buf;
		cite_pattern(out, t->groups.v[e[i].rank].text, pairs);
	}
	strbuf_free(&items);
}

void
letter_cite_format(const struct letter_tpl *t, const char *cite,
    struct strbuf *out)
{
	const char *one[2] = { cite, NULL };

	letter_cites_format(t, one, out);
}
