/*
 * Return letters: filling a parsed template from struct letter_values
 * into a document of paragraphs.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/letter-int.h"
#include "core/text.h"

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
	/* Fields derived from others when not typed over (letter-name.c). */
	struct strbuf			 derived[LETTER_NFIELDS];
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
		fill_value(f, f->derived[fi].len > 0 ? f->derived[fi].buf :
		    f->v->field[fi], LETTER_DATE_FIELD(fi));
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

/*
 * What the filer may do next: what the grounds' rules open (struct rule,
 * remedies), and refiling after a return under CPC 489.1 items 1 and 2
 * (489.2), whichever item the court configured.  A remedy that needs an
 * @if condition (the filing asks only that, or is a complaint) is left
 * out without it.
 */
size_t
letter_remedies(const struct letter_values *v, const char **out, size_t max)
{
	const struct letter_remedy *r;
	unsigned bits = 0, flags = v->flags;
	size_t i, n = 0;

	if (v->kind == NULL || strcmp(v->kind, "complaint") == 0)
		flags |= LF_COMPLAINT;
	if (letter_cites(v, "CPC 489.1.1") || letter_cites(v, "CPC 489.1.2"))
		bits |= RULE_REMEDY_REFILE;
	for (i = 0; i < v->n_grounds; i++)
		bits |= v->grounds[i].rule->remedies;
	for (i = 0; i < letter_nremedies; i++) {
		r = &letter_remedy_table[i];
		if ((bits & r->bit) && (flags & r->needs) == r->needs && n < max)
			out[n++] = r->name;
	}
	if (n < max)
		out[n] = NULL;
	return n;
}

static void
fill_flush(struct fill *f)
{
	struct letter_doc *d = f->doc;
	size_t len = f->par.len;
	struct strbuf nb;

	if (!f->open)
		return;
	while (len > 0 && (f->par.buf[len - 1] == ' ' ||
	    f->par.buf[len - 1] == '\n'))
		len--;
	d->paras = xrealloc(d->paras, (d->n + 1) * sizeof *d->paras);
	d->paras[d->n].align = f->align;
	f->par.buf[len] = '\0';
	strbuf_init(&nb);
	letter_nobreak(f->par.buf, &nb);
	d->paras[d->n].text = strbuf_detach(&nb, NULL);
	strbuf_free(&nb);	/* detach leaves it empty, not unallocated */
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

/* The addressee in the dative and the act's court in the genitive, from
 * the nominative, unless the clerk typed them over; the institution
 * without its word for institution. */
static void
fill_derive(struct fill *f)
{
	const char *const *fld = f->v->field;
	size_t i;

	for (i = 0; i < LETTER_NFIELDS; i++)
		strbuf_init(&f->derived[i]);
	if (letter_blank(fld[LETTER_FILER_TO]) &&
	    !letter_blank(fld[LETTER_FILER_NAME]))
		letter_name_dative(f->t->lang, fld[LETTER_FILER_NAME],
		    &f->derived[LETTER_FILER_TO]);
	if (letter_blank(fld[LETTER_ACT_COURT_GEN]) &&
	    !letter_blank(fld[LETTER_ACT_COURT]))
		letter_court_genitive(f->t->lang, fld[LETTER_ACT_COURT],
		    &f->derived[LETTER_ACT_COURT_GEN]);
	/* The template writes "учреждения", "мекемесінің" itself. */
	if (!letter_blank(fld[LETTER_FILER_INSTITUTION]))
		letter_institution(fld[LETTER_FILER_INSTITUTION],
		    &f->derived[LETTER_FILER_INSTITUTION]);
}

/*
 * The letterhead, first: the court's names in both state languages and
 * one line of contacts ("address, тел. ..., e-mail: ..."), or the blank
 * place of a pre-printed one.  Without a name in either language the
 * name of the letter's language stands alone.
 */
static void
fill_letterhead(struct fill *f)
{
	const char *const *v = f->v->field;
	const char *kk = v[LETTER_COURT_NAME_KK], *ru = v[LETTER_COURT_NAME_RU];
	struct strbuf *p = &f->par;

	f->open = true;
	if (f->v->letterhead == LETTERHEAD_PREPRINTED) {
		f->align = LETTER_HEAD_BLANK;
		fill_flush(f);
		return;
	}
	f->align = f->v->letterhead == LETTERHEAD_STACKED ?
	    LETTER_HEAD_STACKED : LETTER_HEAD_SIDE;
	if (letter_blank(kk) && letter_blank(ru))
		kk = ru = v[LETTER_COURT_NAME];
	f->out = p;
	fill_value(f, kk, false);
	strbuf_putc(p, '\n');
	fill_value(f, ru, false);
	strbuf_putc(p, '\n');
	if (!letter_blank(v[LETTER_COURT_ADDRESS]))
		strbuf_puts(p, v[LETTER_COURT_ADDRESS]);
	/* A label stays with its value on the line (U+00A0). */
	if (!letter_blank(v[LETTER_COURT_PHONE]))
		strbuf_printf(p, "%sтел.\xc2\xa0%s", p->buf[p->len - 1] == '\n' ?
		    "" : ", ", v[LETTER_COURT_PHONE]);
	if (!letter_blank(v[LETTER_COURT_EMAIL]))
		strbuf_printf(p, "%se\xe2\x80\x91mail:\xc2\xa0%s", p->buf[p->len - 1] ==
		    '\n' ? "" : ", ", v[LETTER_COURT_EMAIL]);
	fill_flush(f);
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
	fill_derive(&f);
	fill_letterhead(&f);
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
	for (i = 0; i < LETTER_NFIELDS; i++)
		strbuf_free(&f.derived[i]);
	return 0;
}
