/*
 * The filing's own documents in the screening (issue 11).
 *
 * Before the first question the clerk may open the filing's document (a
 * path with Tab completion; Esc goes on without it) and later another one
 * (an attachment).  Its text is read by the helper program (extract.h),
 * the proposals are made by the core (propose.h), and the document is
 * stored with the draft at once, so that a closed terminal loses nothing.
 * What the document proposes is listed for review: Enter confirms the
 * marked proposals, Esc leaves each to its question, where it is
 * preselected and marked.  Nothing is recorded without the clerk's key.
 *
 * The first document that proposes a value for a fact is the one shown
 * for it: the complaint is opened first, attachments after.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/facts.h"
#include "core/i18n.h"
#include "core/propose.h"
#include "core/vocab.h"
#include "data/propose-load.h"
#include "data/register.h"
#include "tui/extract/extract.h"
#include "tui/screens/screening-doc.h"
#include "tui/screens/widget-elements.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

#define SDOC_MARK	"\xe2\x97\x86"	/* U+25C6, beside the proposed answer */

/* A proposal for a fact of the vocabulary, as shown. */
struct sprop {
	size_t		 idx;		/* vocabulary index */
	char		*value;		/* as the facts write it */
	int		 doc;
	int		 page, line;
	char		*quote;
	size_t		 off, len;	/* the quoted line in the pane's text */
	bool		 seen;		/* its question was shown */
	bool		 review;	/* listed in the review now */
	bool		 marked;	/* to confirm in the review */
};

struct sdoc_file {
	char		 name[256];
	int		 pages;
};

enum sdoc_state { SDOC_OFF, SDOC_PATH, SDOC_REVIEW };

struct sdoc {
	enum sdoc_state	 state;
	struct path_input path;
	struct sdoc_file *files;
	size_t		 n_files;
	struct sprop	*props;
	size_t		 n_props;
	size_t		 review_cur;
	int		 review_top;
	struct strbuf	 text;		/* the pane's text, every document */
	struct pager	 pane;
	int		 shown;		/* the proposal marked in the pane */
	struct reg_proposal_choice *choices;
	char		**chosen;
};

struct sdoc *
sdoc_new(void)
{
	struct sdoc *d = xcalloc(1, sizeof *d);

	path_init(&d->path);
	strbuf_init(&d->text);
	pager_init(&d->pane);
	d->pane.hang = 6;	/* under the text, past the line's number */
	d->shown = -1;
	return d;
}

static void
sdoc_free_choices(struct sdoc *d)
{
	size_t i;

	if (d->chosen != NULL)
		for (i = 0; i < d->n_props; i++)
			free(d->chosen[i]);
	free(d->chosen);
	free(d->choices);
	d->chosen = NULL;
	d->choices = NULL;
}

void
sdoc_free(struct sdoc *d)
{
	size_t i;

	if (d == NULL)
		return;
	sdoc_free_choices(d);
	for (i = 0; i < d->n_props; i++) {
		free(d->props[i].value);
		free(d->props[i].quote);
	}
	free(d->props);
	free(d->files);
	path_free(&d->path);
	strbuf_free(&d->text);
	pager_free(&d->pane);
	free(d);
}

size_t
sdoc_count(const struct sdoc *d)
{
	return d->n_files;
}

static const struct sprop *
sdoc_find(const struct sdoc *d, size_t idx)
{
	size_t i;

	for (i = 0; i < d->n_props; i++)
		if (d->props[i].idx == idx)
			return &d->props[i];
	return NULL;
}

/*
 * A proposal kept only for a fact of the vocabulary whose value the facts
 * take (the core's check, as for any answer), written as the facts write
 * it, so that accepted and chosen values compare as equal.
 */
static void
sdoc_add_proposal(struct sdoc *d, int doc, const struct proposal *p)
{
	char err[256], buf[FACT_TEXT_MAX];
	struct facts scratch;
	struct sprop *s;
	const char *v;
	int idx;

	if ((idx = vocab_index(p->key)) < 0 || p->value == NULL ||
	    sdoc_find(d, (size_t)idx) != NULL)
		return;
	facts_init(&scratch);
	if (facts_set_index(&scratch, (size_t)idx, p->value, err,
	    sizeof err) != 0 ||
	    (v = facts_value_text(&scratch, (size_t)idx, buf,
	    sizeof buf)) == NULL) {
		facts_free(&scratch);
		return;
	}
	d->props = xrealloc(d->props, (d->n_props + 1) * sizeof *d->props);
	s = &d->props[d->n_props++];
	memset(s, 0, sizeof *s);
	s->idx = (size_t)idx;
	s->value = xstrdup(v);
	s->doc = doc;
	s->page = p->page;
	s->line = p->line;
	s->quote = xstrdup(p->quote != NULL ? p->quote : "");
	facts_free(&scratch);
}

/* The pane's offsets of the lines the proposals of doc quote. */
static void
sdoc_locate(struct sdoc *d, int doc, int page, int line, size_t off,
    size_t len)
{
	size_t i;

	for (i = 0; i < d->n_props; i++)
		if (d->props[i].doc == doc && d->props[i].page == page &&
		    d->props[i].line == line) {
			d->props[i].off = off;
			d->props[i].len = len;
		}
}

/* Appends a document's text to the pane's: a heading, then each page
 * with its lines numbered as the proposals count them. */
static void
sdoc_add_text(struct sdoc *d, int doc, const char *text, size_t len)
{
	size_t pos = 0, eol, eop;
	int page = 1, line;

	strbuf_printf(&d->text, "%s" PAGER_HEAD "%s\n",
	    d->text.len > 0 ? "\n" : "", d->files[doc].name);
	while (pos <= len) {
		eop = pos;
		while (eop < len && text[eop] != '\f')
			eop++;
		strbuf_printf(&d->text, PAGER_DIM "%s %d\n", _("Page"), page);
		for (line = 1; pos < eop; line++, pos = eol + 1) {
			eol = pos;
			while (eol < eop && text[eol] != '\n')
				eol++;
			sdoc_locate(d, doc, page, line, d->text.len,
			    eol - pos + 6);
			strbuf_printf(&d->text, "%4d  ", line);
			strbuf_add(&d->text, text + pos, eol - pos);
			strbuf_putc(&d->text, '\n');
			if (eol >= eop)
				break;
		}
		pos = eop + 1;
		page++;
	}
	pager_set(&d->pane, d->text.buf, d->text.len);
	d->shown = -1;
}

/* The proposals of a document in the order of the questions. */
static int
sdoc_cmp(const void *a, const void *b)
{
	const struct sprop *x = a, *y = b;

	if (x->doc != y->doc)
		return x->doc < y->doc ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Adds a document read now or from the draft; its proposals first, so
 * that the text knows which lines they quote. */
static void
sdoc_add(struct sdoc *d, const char *name, int pages, const char *text,
    size_t len, const struct proposals *props)
{
	const char *base = strrchr(name, '/');
	int doc = (int)d->n_files;
	size_t i;

	d->files = xrealloc(d->files, (d->n_files + 1) * sizeof *d->files);
	ui_copy(d->files[doc].name, sizeof d->files[doc].name,
	    base != NULL && base[1] != '\0' ? base + 1 : name);
	d->files[doc].pages = pages;
	d->n_files++;
	for (i = 0; i < props->n; i++)
		sdoc_add_proposal(d, doc, &props->v[i]);
	if (d->n_props > 1)
		qsort(d->props, d->n_props, sizeof *d->props, sdoc_cmp);
	sdoc_add_text(d, doc, text, len);
}

struct sdoc_listed {
	int	 n[64];
	char	 name[64][256];
	int	 pages[64];
	size_t	 count;
};

static int
sdoc_listed(const struct reg_document *doc, void *ctx)
{
	struct sdoc_listed *l = ctx;

	if (l->count < sizeof l->n / sizeof l->n[0]) {
		l->n[l->count] = doc->n;
		l->pages[l->count] = doc->pages;
		snprintf(l->name[l->count], sizeof l->name[0], "%s", doc->name);
		l->count++;
	}
	return 0;
}

void
sdoc_load_draft(struct tui *t, struct sdoc *d, const struct facts *f,
    int64_t draft_id)
{
	struct sdoc_listed *l = xcalloc(1, sizeof *l);
	struct strbuf text, porc;
	struct proposals props;
	char err[REG_ERRSZ];
	size_t i;

	if (draft_id == 0 || t->reg == NULL || reg_draft_documents(t->reg,
	    draft_id, sdoc_listed, l, err, sizeof err) != 0) {
		free(l);
		return;
	}
	strbuf_init(&text);
	strbuf_init(&porc);
	for (i = 0; i < l->count; i++) {
		strbuf_reset(&text);
		strbuf_reset(&porc);
		memset(&props, 0, sizeof props);
		if (reg_draft_document_text(t->reg, draft_id, l->n[i], &text,
		    &porc, err, sizeof err) != 0 ||
		    proposals_parse(porc.buf, &props, err, sizeof err) != 0) {
			tui_message(t, true, "%s: %s", l->name[i], err);
			proposals_free(&props);
			continue;
		}
		sdoc_add(d, l->name[i], l->pages[i], text.buf, text.len,
		    &props);
		proposals_free(&props);
	}
	strbuf_free(&text);
	strbuf_free(&porc);
	free(l);
	/* Answered before the screening was left: the clerk saw them. */
	for (i = 0; i < d->n_props; i++)
		d->props[i].seen = f->v[d->props[i].idx].present;
}

/* Reads the document at path, stores it with the draft and adds it;
 * -1 with the reason in err (nothing stored then). */
static int
sdoc_read(struct tui *t, struct sdoc *d, const char *path,
    int64_t *draft_id, char *err, size_t errsz)
{
	const struct propose_table *const *tables;
	struct reg_document_in in;
	struct extracted ex;
	struct proposals props;
	struct strbuf porc;
	size_t ntables;
	int rc = -1;

	extract_init(&ex);
	memset(&props, 0, sizeof props);
	strbuf_init(&porc);
	if (extract_file(path, &ex, err, errsz) != 0 ||
	    propose_load_tables(&tables, &ntables, err, errsz) != 0 ||
	    propose(ex.text.buf, ex.text.len, tables, ntables, &props, err,
	    errsz) != 0)
		goto out;
	/* The porcelain carries what the text came from (propose.h). */
	props.ocr = ex.ocr;
	ui_copy(props.format, sizeof props.format, ex.format);
	ui_copy(props.encoding, sizeof props.encoding, ex.encoding);
	proposals_porcelain(&props, &porc);
	memset(&in, 0, sizeof in);
	in.name = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	in.format = ex.format;
	in.bytes = ex.bytes.buf;
	in.len = ex.bytes.len;
	in.text = ex.text.buf;
	in.text_len = ex.text.len;
	in.pages = ex.pages;
	in.ocr = ex.ocr != 0;
	in.encoding = ex.encoding;
	in.proposals = porc.buf;
	if (t->reg == NULL || reg_draft_document_add(t->reg, draft_id, &in,
	    NULL, err, errsz) != 0)
		goto out;
	sdoc_add(d, path, ex.pages, ex.text.buf, ex.text.len, &props);
	rc = 0;
out:
	strbuf_free(&porc);
	proposals_free(&props);
	extract_free(&ex);
	return rc;
}

void
sdoc_prompt(struct sdoc *d)
{
	path_reset(&d->path);
	d->state = SDOC_PATH;
}

bool
sdoc_prompting(const struct sdoc *d)
{
	return d->state != SDOC_OFF;
}

bool
sdoc_typing(const struct sdoc *d)
{
	return d->state == SDOC_PATH;
}

/* After a document is read: its proposals for open questions, listed. */
static void
sdoc_review(struct sdoc *d, const struct facts *f)
{
	size_t i, n = 0;

	for (i = 0; i < d->n_props; i++) {
		d->props[i].review = d->props[i].doc == (int)d->n_files - 1 &&
		    !f->v[d->props[i].idx].present;
		d->props[i].marked = d->props[i].review;
		n += d->props[i].review;
	}
	d->review_cur = 0;
	d->review_top = 0;
	d->state = n > 0 ? SDOC_REVIEW : SDOC_OFF;
}

static int
sdoc_path_key(struct tui *t, struct sdoc *d, enum action a, int key,
    int64_t *draft_id, const struct facts *f)
{
	char path[PATH_INPUT_MAX], err[REG_ERRSZ];

	if (a == ACT_BACK) {
		d->state = SDOC_OFF;
		return UI_HANDLED | UI_REDRAW;
	}
	if (a != ACT_ENTER)
		return path_key(&d->path, key) ? UI_HANDLED | UI_REDRAW :
		    UI_HANDLED;
	path_get(&d->path, path, sizeof path);
	if (path[0] == '\0') {
		d->state = SDOC_OFF;
		return UI_HANDLED | UI_REDRAW;
	}
	tui_message(t, false, "%s", _("Reading the document..."));
	tui_paint(t);
	if (sdoc_read(t, d, path, draft_id, err, sizeof err) != 0) {
		ui_copy(d->path.msg, sizeof d->path.msg, err);
		ui_sentence(d->path.msg);
		t->status[0] = '\0';
		return UI_HANDLED | UI_REDRAW;
	}
	tui_message(t, false, _("Read %s (pages: %d)."),
	    d->files[d->n_files - 1].name, d->files[d->n_files - 1].pages);
	sdoc_review(d, f);
	return UI_HANDLED | UI_REDRAW;
}

/* Enter: the marked proposals become answers, in the vocabulary's order
 * (the facts check each as they would a typed one). */
static void
sdoc_confirm(struct tui *t, struct sdoc *d, struct facts *f, bool *changed)
{
	char err[256];
	size_t i;

	for (i = 0; i < d->n_props; i++) {
		if (!d->props[i].review || !d->props[i].marked)
			continue;
		d->props[i].seen = true;
		if (facts_set_index(f, d->props[i].idx, d->props[i].value, err,
		    sizeof err) != 0)
			tui_message(t, true, "%s", err);
		else
			*changed = true;
	}
}

static int
sdoc_review_key(struct tui *t, struct sdoc *d, enum action a,
    struct facts *f, bool *changed)
{
	size_t i, n = 0, k = 0;

	for (i = 0; i < d->n_props; i++)
		n += d->props[i].review;
	switch (a) {
	case ACT_UP:
		if (d->review_cur > 0)
			d->review_cur--;
		break;
	case ACT_DOWN:
		if (d->review_cur + 1 < n)
			d->review_cur++;
		break;
	case ACT_TOGGLE:
		for (i = 0; i < d->n_props; i++)
			if (d->props[i].review && k++ == d->review_cur)
				d->props[i].marked = !d->props[i].marked;
		break;
	case ACT_ENTER:
		sdoc_confirm(t, d, f, changed);
		d->state = SDOC_OFF;
		break;
	case ACT_BACK:
		d->state = SDOC_OFF;
		break;
	default:
		return UI_HANDLED;
	}
	return UI_HANDLED | UI_REDRAW;
}

int
sdoc_prompt_key(struct tui *t, struct sdoc *d, enum action a, int key,
    int64_t *draft_id, struct facts *f, bool *changed)
{
	*changed = false;
	if (d->state == SDOC_PATH)
		return sdoc_path_key(t, d, a, key, draft_id, f);
	if (d->state == SDOC_REVIEW)
		return sdoc_review_key(t, d, a, f, changed);
	return 0;
}

/* "p. 1, l. 12", after the document's name when there are several. */
static void
sdoc_where(const struct sdoc *d, const struct sprop *p, char *buf,
    size_t bufsz)
{
	int n = 0;

	if (d->n_files > 1)
		n = snprintf(buf, bufsz, "%s, ", d->files[p->doc].name);
	if (n < 0 || (size_t)n >= bufsz)
		n = 0;
	/* Page 0: an absence (no abusive word anywhere), no line to show. */
	if (p->page <= 0)
		snprintf(buf + n, bufsz - (size_t)n, "%s",
		    _("from what the text lacks"));
	else
		snprintf(buf + n, bufsz - (size_t)n, _("p. %d, l. %d"),
		    p->page, p->line);
}

static void
sdoc_review_draw(struct sdoc *d, int y, int h, int w)
{
	const struct fact_def *def;
	char where[300], line[1024];
	size_t i, k = 0;
	int row = 0, list;

	row += ui_put_wrapped(y, 1, 3, w, _("The document proposes these "
	    "answers. Enter confirms the marked ones; Space marks or unmarks "
	    "one; Esc confirms none and asks each question."), A_BOLD);
	row++;
	list = h - row;
	if ((int)d->review_cur < d->review_top)
		d->review_top = (int)d->review_cur;
	if ((int)d->review_cur >= d->review_top + list)
		d->review_top = (int)d->review_cur - list + 1;
	for (i = 0; i < d->n_props; i++) {
		if (!d->props[i].review)
			continue;
		if ((int)k >= d->review_top && row < h) {
			def = vocab_at(d->props[i].idx);
			sdoc_where(d, &d->props[i], where, sizeof where);
			snprintf(line, sizeof line, "[%c] %s: %s  (%s %s)",
			    d->props[i].marked ? 'x' : ' ',
			    def->question != NULL ? _(def->question) : def->key,
			    answer_value_label(d->props[i].idx,
			    d->props[i].value), SDOC_MARK, where);
			ui_put_cut(y + row++, 1, w, line, k == d->review_cur ?
			    ui_attr(R_SELECTED) : A_NORMAL, k == d->review_cur);
		}
		k++;
	}
	/* The quoted line of the one under the cursor in the pane. */
	for (i = 0, k = 0; i < d->n_props; i++)
		if (d->props[i].review && k++ == d->review_cur &&
		    d->shown != (int)i) {
			d->shown = (int)i;
			pager_mark(&d->pane, d->props[i].off, d->props[i].len);
		}
}

void
sdoc_prompt_draw(struct tui *t, struct sdoc *d, int y, int h, int w)
{
	int row = 0;

	(void)t;
	if (d->state == SDOC_REVIEW) {
		sdoc_review_draw(d, y, h, w);
		return;
	}
	row += ui_put_wrapped(y, 1, 2, w, d->n_files == 0 ?
	    _("Open the filing's document") : _("Open another document of "
	    "the filing"), A_BOLD);
	row += ui_put_wrapped(y + row, 1, 3, w, _("The path of its file (PDF, "
	    "DOCX, ODT, DOC, RTF, an image or a text). Tab completes the "
	    "name, Enter reads it, Esc goes on without it."), ui_attr(R_DIM));
	row++;
	path_draw(&d->path, y + row, 1, h - row, w < 70 ? w : 70, true);
}

void
sdoc_unmark(struct sdoc *d)
{
	d->shown = -1;
	pager_mark(&d->pane, 0, 0);
}

void
sdoc_preselect(struct sdoc *d, struct answer *an, const struct facts *f)
{
	struct sprop *p = (struct sprop *)sdoc_find(d, an->idx);
	struct answer keep;

	if (p == NULL) {
		sdoc_unmark(d);
		return;
	}
	p->seen = true;
	d->shown = (int)(p - d->props);
	pager_mark(&d->pane, p->off, p->len);
	if (!f->v[an->idx].present) {
		(void)answer_propose(an, p->value);
		return;
	}
	/* Answered: the answer stays selected, the proposal marked. */
	keep = *an;
	if (answer_propose(an, p->value))
		keep.proposed = an->proposed;
	*an = keep;
}

void
sdoc_elements(struct sdoc *d, struct elements *el, const struct facts *f)
{
	struct sprop *p;
	int i;

	for (i = 0; i < el->n; i++) {
		p = (struct sprop *)sdoc_find(d, el->idx[i]);
		if (p == NULL || f->v[el->idx[i]].present)
			continue;
		if (strcmp(p->value, "yes") != 0 && strcmp(p->value, "no") != 0)
			continue;
		p->seen = true;
		el->state[i] = p->value[0] == 'y' ? 'y' : 'n';
		el->proposed[i] = true;
	}
}

int
sdoc_mark_draw(const struct sdoc *d, size_t idx, int y, int x, int h, int w)
{
	const struct sprop *p = sdoc_find(d, idx);
	char where[300], line[1200];
	int n;

	if (p == NULL || h < 1)
		return 0;
	sdoc_where(d, p, where, sizeof where);
	n = snprintf(line, sizeof line, "%s ", SDOC_MARK);
	if (p->page <= 0)
		snprintf(line + n, sizeof line - (size_t)n, "%s",
		    _("Proposed from what the text lacks"));
	else
		snprintf(line + n, sizeof line - (size_t)n, _("From the text, "
		    "%s: \xc2\xab%s\xc2\xbb"), where, p->quote);
	return ui_put_wrapped(y, x, h < 2 ? h : 2, w, line, A_BOLD);
}

void
sdoc_pane_draw(struct sdoc *d, int y, int x, int h, int w, bool focus)
{
	char title[700], where[100];
	attr_t a = focus ? ui_attr(R_SELECTED) : ui_attr(R_HEADER);

	if (d->shown >= 0 && (size_t)d->shown < d->n_props) {
		if (d->props[d->shown].page <= 0)
			snprintf(where, sizeof where, "%s",
			    _("from what the text lacks"));
		else
			snprintf(where, sizeof where, _("p. %d, l. %d"),
			    d->props[d->shown].page, d->props[d->shown].line);
		snprintf(title, sizeof title, "%s %s, %s %s", _("Document:"),
		    d->files[d->props[d->shown].doc].name, SDOC_MARK, where);
	} else {
		snprintf(title, sizeof title, "%s %s", _("Document:"),
		    d->n_files > 0 ? d->files[0].name : "-");
	}
	ui_fill(y, x, w, a);
	ui_puts(y, x + 1, w - 2, title, a);
	pager_draw(&d->pane, y + 1, x + 1, h - 1, w - 2);
}

int
sdoc_pane_key(struct sdoc *d, enum action a, int h)
{
	return pager_key(&d->pane, a, h);
}

void
sdoc_resize(struct sdoc *d)
{
	d->pane.width = 0;
	if (d->pane.mark_len > 0)
		d->pane.mark_scroll = true;
}

const struct reg_proposal_choice *
sdoc_choices(struct sdoc *d, const struct facts *f, size_t *n)
{
	char buf[FACT_TEXT_MAX];
	const char *v;
	size_t i;

	sdoc_free_choices(d);
	*n = 0;
	if (d->n_props == 0)
		return NULL;
	d->choices = xcalloc(d->n_props, sizeof *d->choices);
	d->chosen = xcalloc(d->n_props, sizeof *d->chosen);
	for (i = 0; i < d->n_props; i++) {
		if (!d->props[i].seen)
			continue;
		v = facts_value_text(f, d->props[i].idx, buf, sizeof buf);
		d->chosen[*n] = v != NULL ? xstrdup(v) : NULL;
		d->choices[*n].key = vocab_at(d->props[i].idx)->key;
		d->choices[*n].proposed = d->props[i].value;
		d->choices[*n].chosen = d->chosen[*n];
		(*n)++;
	}
	return d->choices;
}
