/*
 * Typed captures of the pattern language: {date}, {name}, {caseno}, {id}
 * and {items}.  Each reads a few tokens the way filings write them and
 * refuses anything it is not sure of: the value it gives is proposed to
 * the clerk as it stands.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/propose-int.h"
#include "core/text.h"

/* Token i is the word w, compared on the matcher's fold. */
static bool
tok_is(const struct ptext *x, size_t i, const char *w)
{
	struct strbuf f;
	bool same;

	if (i >= x->n)
		return false;
	strbuf_init(&f);
	propose_fold(w, strlen(w), &f);
	same = strcmp(ptext_fold(x, i), f.buf) == 0;
	strbuf_free(&f);
	return same;
}

static bool
tok_num(const struct ptext *x, size_t i, size_t minlen, size_t maxlen,
    int *v)
{
	if (i >= x->n || x->t[i].kind != TT_NUM || x->t[i].len < minlen ||
	    x->t[i].len > maxlen)
		return false;
	*v = atoi(ptext_fold(x, i));
	return true;
}

/* The month a word names (the tables' @month lines), or 0. */
static int
tok_month(const struct ptext *x, size_t i)
{
	size_t k;
	int m;

	if (i >= x->n || x->t[i].kind != TT_WORD)
		return 0;
	for (k = 0; k < x->ntables; k++)
		for (m = 1; m <= 12; m++)
			if (palt_match(x->tables[k]->month[m],
			    x->tables[k]->nmonth[m], ptext_fold(x, i)))
				return m;
	return 0;
}

static bool
date_put(int y, int m, int d, struct strbuf *v)
{
	if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 ||
	    d > qdate_days_in_month(y, m))
		return false;
	strbuf_printf(v, "%04d-%02d-%02d", y, m, d);
	return true;
}

static size_t
skip_quote(const struct ptext *x, size_t i)
{
	return tok_is(x, i, "«") || tok_is(x, i, "\"") || tok_is(x, i, "“") ?
	    i + 1 : i;
}

static size_t
skip_unquote(const struct ptext *x, size_t i)
{
	return tok_is(x, i, "»") || tok_is(x, i, "\"") || tok_is(x, i, "”") ?
	    i + 1 : i;
}

/* 15.07.2025 | «15» июля 2025 | 2025 жылғы «15» шілде */
static size_t
capture_date(const struct ptext *x, size_t i, struct strbuf *v)
{
	size_t j;
	int d, m, y;

	if (tok_num(x, i, 1, 2, &d) && tok_is(x, i + 1, ".") &&
	    tok_num(x, i + 2, 1, 2, &m) && tok_is(x, i + 3, ".") &&
	    tok_num(x, i + 4, 4, 4, &y) && !x->t[i + 1].sp &&
	    !x->t[i + 2].sp && !x->t[i + 3].sp && !x->t[i + 4].sp)
		return date_put(y, m, d, v) ? 5 : 0;
	j = skip_quote(x, i);
	if (tok_num(x, j, 1, 2, &d)) {
		j = skip_unquote(x, j + 1);
		if ((m = tok_month(x, j)) != 0 && tok_num(x, j + 1, 4, 4, &y))
			return date_put(y, m, d, v) ? j + 2 - i : 0;
		return 0;
	}
	if (!tok_num(x, i, 4, 4, &y))
		return 0;
	j = i + 1;
	if (tok_is(x, j, "ж"))
		j = tok_is(x, j + 1, ".") ? j + 2 : j + 1;
	else if (j < x->n && (tok_is(x, j, "жыл") || tok_is(x, j, "жылғы") ||
	    tok_is(x, j, "жылы")))
		j++;
	else
		return 0;
	j = skip_quote(x, j);
	if (!tok_num(x, j, 1, 2, &d))
		return 0;
	j = skip_unquote(x, j + 1);
	if ((m = tok_month(x, j)) == 0)
		return 0;
	return date_put(y, m, d, v) ? j + 1 - i : 0;
}

bool
ptext_notname(const struct ptext *x, size_t i)
{
	size_t k;

	for (k = 0; k < x->ntables; k++)
		if (palt_match(x->tables[k]->notname, x->tables[k]->nnotname,
		    ptext_fold(x, i)))
			return true;
	return false;
}

/* A capitalised word of two letters or more that may be a name (the
 * length is in bytes: two per Cyrillic letter). */
static bool
name_word(const struct ptext *x, size_t i)
{
	return i < x->n && x->t[i].kind == TT_WORD && x->t[i].cap &&
	    x->t[i].len >= 3 && !ptext_notname(x, i);
}

/* "И." (one capital letter and a full stop). */
static bool
name_initial(const struct ptext *x, size_t i)
{
	uint32_t c;

	return i + 1 < x->n && x->t[i].kind == TT_WORD && x->t[i].cap &&
	    utf8_decode(x->t[i].s, x->t[i].len, &c) == x->t[i].len &&
	    tok_is(x, i + 1, ".") && !x->t[i + 1].sp;
}

/* Иванов И.И. | И.И. Иванов | Иванов Иван Иванович | Б. Асанов */
static size_t
capture_name(const struct ptext *x, size_t i, struct strbuf *v)
{
	size_t n = 0;

	if (name_word(x, i) && name_initial(x, i + 1))
		n = name_initial(x, i + 3) ? 5 : 3;
	else if (name_initial(x, i) && name_initial(x, i + 2) &&
	    name_word(x, i + 4))
		n = 5;
	else if (name_initial(x, i) && name_word(x, i + 2))
		n = 3;
	else if (name_word(x, i) && name_word(x, i + 1) &&
	    name_word(x, i + 2) && x->t[i + 1].line == x->t[i].line &&
	    x->t[i + 2].line == x->t[i].line)
		n = 3;
	if (n > 0)
		ptext_span(x, i, i + n, TEXT_MAX_NAME, v);
	return n;
}

/* Letters, digits, '-', '/' and '.' written together: "1-112/2025",
 * "ЛА-155/12".  sep: a '-' or '/' must join two parts. */
static size_t
capture_code(const struct ptext *x, size_t i, bool sep, struct strbuf *v)
{
	size_t j, end = i;
	bool digit = false, joined = false;

	if (i >= x->n || x->t[i].kind == TT_PUNCT ||
	    (x->t[i].kind == TT_WORD && x->t[i].len > 6))
		return 0;
	for (j = i; j < x->n && j - i < 16; j++) {
		if (j > i && x->t[j].sp)
			break;
		if (x->t[j].kind == TT_PUNCT && !tok_is(x, j, "-") &&
		    !tok_is(x, j, "/") && !tok_is(x, j, "."))
			break;
		if (x->t[j].kind == TT_NUM)
			digit = true;
		if (x->t[j].kind != TT_PUNCT) {
			if (j > i && x->t[j - 1].kind == TT_PUNCT &&
			    !tok_is(x, j - 1, "."))
				joined = true;
			end = j + 1;
		}
	}
	if (!digit || (sep && !joined) || (!sep && end - i == 1 &&
	    x->t[i].len < 3))
		return 0;
	/* "1/2 15": a number OCR split in two; which part is which is a
	 * guess. */
	if (end < x->n && x->t[end].kind == TT_NUM &&
	    x->t[end].line == x->t[end - 1].line)
		return 0;
	ptext_span(x, i, end, TEXT_MAX_NAME, v);
	return end - i;
}

/* One item: "1", "1)", "7-1)"; its value in buf. */
static size_t
item_one(const struct ptext *x, size_t i, char *buf, size_t bufsz)
{
	int a, b;
	size_t j;

	if (!tok_num(x, i, 1, 2, &a) || a < 1 || a > 20)
		return 0;
	j = i + 1;
	if (tok_is(x, j, "-") && tok_num(x, j + 1, 1, 1, &b) && !x->t[j].sp) {
		snprintf(buf, bufsz, "%d-%d", a, b);
		j += 2;
	} else
		snprintf(buf, bufsz, "%d", a);
	if (tok_is(x, j, ")"))
		j++;
	return j - i;
}

/* 1) | 1), 3) и 5) | 1 және 4 */
static size_t
capture_items(const struct ptext *x, size_t i, struct strbuf *v)
{
	char buf[16];
	size_t j = i, n, sep;

	if ((n = item_one(x, j, buf, sizeof buf)) == 0)
		return 0;
	strbuf_puts(v, buf);
	j += n;
	for (;;) {
		sep = 0;
		if (tok_is(x, j, ","))
			sep = tok_is(x, j + 1, "и") ? 2 : 1;
		else if (tok_is(x, j, "и") || tok_is(x, j, "және") ||
		    tok_is(x, j, "мен"))
			sep = 1;
		if (sep == 0 || (n = item_one(x, j + sep, buf,
		    sizeof buf)) == 0)
			break;
		strbuf_printf(v, ",%s", buf);
		j += sep + n;
	}
	return j - i;
}

size_t
capture_typed(const struct ptext *x, enum pcap_type type, size_t i,
    struct strbuf *v)
{
	switch (type) {
	case CAP_DATE:
		return capture_date(x, i, v);
	case CAP_NAME:
		return capture_name(x, i, v);
	case CAP_CASENO:
		return capture_code(x, i, true, v);
	case CAP_ID:
		return capture_code(x, i, false, v);
	case CAP_ITEMS:
		return capture_items(x, i, v);
	}
	return 0;
}
