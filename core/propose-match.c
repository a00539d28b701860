/*
 * The text as tokens and the pattern matcher of the proposal engine.
 * Tokens are words (runs of letters), numbers (runs of digits) and single
 * punctuation marks, so that "п.1)" and "п. 1)" read alike; patterns are
 * sequences of such tokens compared on the fold of core/text.c.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/propose-int.h"
#include "core/text.h"

uint32_t
propose_fold_char(uint32_t c)
{
	if (c == 'i' || c == 'I')
		c = 0x456;
	c = text_fold_char(c);
	return c == 0x451 ? 0x435 : c;	/* ё */
}

void
propose_fold(const char *s, size_t len, struct strbuf *out)
{
	uint32_t c;
	size_t i = 0, n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &c)) == 0) {
			strbuf_putc(out, s[i++]);
			continue;
		}
		utf8_encode(out, propose_fold_char(c));
		i += n;
	}
}

static bool
cp_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) ||
	    (c >= 0x400 && c <= 0x52f && !(c >= 0x482 && c <= 0x489));
}

static bool
cp_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == 0xa0 || c == 0xad ||
	    (c >= 0x2000 && c <= 0x200b) || c == 0x202f || c == 0x3000 ||
	    c == 0xfeff;
}

static int
cp_class(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return TT_NUM;
	return cp_letter(c) ? TT_WORD : TT_PUNCT;
}

/* text_fold_char also writes small Kazakh letters and ё as Russian ones:
 * those are not capitals. */
static bool
cp_capital(uint32_t c)
{
	static const uint32_t small[] = { 0x4d9, 0x493, 0x49b, 0x4a3, 0x4e9,
	    0x4b1, 0x4af, 0x4bb, 0x456, 0x451 };
	size_t k;

	for (k = 0; k < sizeof small / sizeof small[0]; k++)
		if (c == small[k])
			return false;
	return text_fold_char(c) != c;
}

struct tpos {
	int	page, line, row;
	bool	sp, bol, row_counted;
};

static void
ptext_push(struct ptext *x, const char *s, size_t len, int kind,
    struct tpos *p)
{
	struct ttok *t;
	uint32_t c;

	if (!p->row_counted) {
		p->row = x->rows++;
		p->row_counted = true;
	}
	if (x->n == x->cap) {
		x->cap = x->cap == 0 ? 256 : x->cap * 2;
		x->t = xrealloc(x->t, x->cap * sizeof *x->t);
	}
	t = &x->t[x->n++];
	t->s = s;
	t->len = len;
	t->kind = kind;
	t->page = p->page;
	t->line = p->line;
	t->row = p->row;
	t->sp = p->sp;
	t->bol = p->bol;
	t->cap = utf8_decode(s, len, &c) > 0 && cp_capital(c);
	t->fold = x->fold.len;
	propose_fold(s, len, &x->fold);
	strbuf_putc(&x->fold, '\0');
	p->sp = false;
	p->bol = false;
}

/* Ends a line ('\n') or a page ('\f'). */
static void
tpos_break(struct tpos *p, char c)
{
	if (c == '\f') {
		p->page++;
		p->line = 1;
	} else
		p->line++;
	p->sp = true;
	p->bol = true;
	p->row_counted = false;
}

void
ptext_read(struct ptext *x, const char *s, size_t len)
{
	struct tpos p = { 1, 1, 0, true, true, false };
	size_t i = 0, n, start;
	uint32_t c;
	int kind;

	memset(x, 0, sizeof *x);
	strbuf_init(&x->fold);
	while (i < len) {
		if (s[i] == '\n' || s[i] == '\f') {
			tpos_break(&p, s[i++]);
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &c)) == 0)
			n = 1, c = 0xfffd;
		if (cp_space(c) || c < 0x20) {
			p.sp = true;
			i += n;
			continue;
		}
		kind = cp_class(c);
		start = i;
		i += n;
		while (kind != TT_PUNCT && i < len &&
		    (n = utf8_decode(s + i, len - i, &c)) > 0 &&
		    cp_class(c) == kind)
			i += n;
		ptext_push(x, s + start, i - start, kind, &p);
	}
	x->pages = p.page;
}

void
ptext_free(struct ptext *x)
{
	free(x->t);
	strbuf_free(&x->fold);
	memset(x, 0, sizeof *x);
}

bool
ptext_in_scope(const struct ptext *x, size_t i, enum pscope scope)
{
	if (scope == SCOPE_HEAD)
		return x->t[i].row < PROPOSE_HEAD_ROWS;
	if (scope == SCOPE_TAIL)
		return x->t[i].row >= x->rows - PROPOSE_TAIL_ROWS;
	if (scope == SCOPE_END)
		return x->t[i].row >= x->rows - PROPOSE_END_ROWS;
	return true;
}

void
ptext_span(const struct ptext *x, size_t a, size_t b, size_t max,
    struct strbuf *out)
{
	size_t i, start = out->len, cut;

	for (i = a; i < b; i++) {
		if (i > a && x->t[i].sp)
			strbuf_putc(out, ' ');
		strbuf_add(out, x->t[i].s, x->t[i].len);
	}
	if (out->len - start <= max)
		return;
	/* Cut on a character boundary. */
	cut = start + max;
	while (cut > start && (out->buf[cut] & 0xc0) == 0x80)
		cut--;
	out->len = cut;
	out->buf[cut] = '\0';
}

bool
palt_match(const struct palt *a, size_t n, const char *fold)
{
	size_t i, l;

	for (i = 0; i < n; i++) {
		if (a[i].stem) {
			l = strlen(a[i].s);
			if (strncmp(a[i].s, fold, l) == 0)
				return true;
		} else if (strcmp(a[i].s, fold) == 0)
			return true;
	}
	return false;
}

struct mstate {
	const struct ptext	*x;
	const struct ppat	*p;
	struct pmatch		*m;
	size_t			 cs, ce;
	int			 lines;	/* the group may span lines ("{+") */
	unsigned long		 steps;
};

/* A capture is a name, a court, an address as one line writes it: a
 * group that ran into the next line took words that are not its own. */
static bool
group_one_line(const struct ptext *x, size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i < b; i++)
		if (x->t[i].bol)
			return false;
	return true;
}

/* Backtracking, gaps lazy: the shortest skip that lets the rest match. */
static bool
match_rest(struct mstate *st, size_t pi, size_t ti, size_t *end)
{
	const struct ptok *k;
	size_t used;
	int g;

	if (pi == st->p->n) {
		*end = ti;
		return true;
	}
	/* Gaps after gaps could try every split of a page: a pattern
	 * that needs that many tries to match proposes nothing. */
	if (++st->steps > PROPOSE_MATCH_STEPS)
		return false;
	k = &st->p->t[pi];
	switch (k->kind) {
	case PT_BOL:
		return ti < st->x->n && st->x->t[ti].bol &&
		    match_rest(st, pi + 1, ti, end);
	case PT_GAP:
		for (g = 0; g <= k->gap && ti + (size_t)g <= st->x->n; g++)
			if (match_rest(st, pi + 1, ti + (size_t)g, end))
				return true;
		return false;
	case PT_OPEN:
		st->cs = ti;
		st->lines = k->gap;
		return match_rest(st, pi + 1, ti, end);
	case PT_CLOSE:
		st->ce = ti;
		return ti > st->cs && (st->lines ||
		    group_one_line(st->x, st->cs, ti)) &&
		    match_rest(st, pi + 1, ti, end);
	case PT_TYPED:
		strbuf_reset(&st->m->value);
		used = ti < st->x->n ? capture_typed(st->x, k->type, ti,
		    &st->m->value) : 0;
		st->m->captured = used > 0;
		return used > 0 && match_rest(st, pi + 1, ti + used, end);
	case PT_CAP:
		return ti < st->x->n && st->x->t[ti].kind == TT_WORD &&
		    st->x->t[ti].cap && !ptext_notname(st->x, ti) &&
		    match_rest(st, pi + 1, ti + 1, end);
	case PT_LIT:
		if (ti < st->x->n && palt_match(k->alts, k->nalts,
		    ptext_fold(st->x, ti)) && match_rest(st, pi + 1, ti + 1,
		    end))
			return true;
		return k->optional && match_rest(st, pi + 1, ti, end);
	}
	return false;
}

/* A group's capture: its words, without the punctuation around them. */
static void
capture_group(const struct ptext *x, size_t a, size_t b, struct strbuf *v)
{
	while (a < b && x->t[a].kind == TT_PUNCT &&
	    strchr("\"'«(", x->t[a].s[0]) == NULL)
		a++;
	while (b > a && x->t[b - 1].kind == TT_PUNCT &&
	    strchr("\"'»)", x->t[b - 1].s[0]) == NULL)
		b--;
	strbuf_reset(v);
	ptext_span(x, a, b, TEXT_MAX_NAME, v);
}

bool
pattern_match_at(const struct ptext *x, const struct ppat *p, size_t i,
    struct pmatch *m)
{
	struct mstate st = { x, p, m, (size_t)-1, (size_t)-1, 0, 0 };
	size_t end;

	m->captured = false;
	if (!match_rest(&st, 0, i, &end) || end == i)
		return false;
	m->start = i;
	m->end = end;
	if (st.cs != (size_t)-1 && st.ce != (size_t)-1 && st.ce > st.cs) {
		capture_group(x, st.cs, st.ce, &m->value);
		m->captured = m->value.len > 0;
	}
	return true;
}
