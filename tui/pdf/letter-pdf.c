/*
 * Letters as PDF: A4, the margins of the state standard for organisational
 * documents, Liberation Serif 14 pt (Times New Roman's metrics, as court
 * documents are set; it holds every Kazakh letter), pango's line breaking
 * and justification with Russian hyphenation, page numbers from the second
 * page.  Paragraphs are laid out whole and drawn line by line, so a long
 * paragraph flows onto the next page.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "core/i18n.h"
#include "tui/pdf/letter-pdf.h"

/* Points: A4 is 595.28 x 841.89; 1 mm = 2.8346 pt. */
#define PDF_W		595.28
#define PDF_H		841.89
#define PDF_LEFT	85.04	/* 30 mm */
#define PDF_RIGHT	28.35	/* 10 mm */
#define PDF_TOP		56.69	/* 20 mm */
#define PDF_BOTTOM	56.69
#define PDF_TEXTW	(PDF_W - PDF_LEFT - PDF_RIGHT)
#define PDF_FONT	"Liberation Serif 14"
#define PDF_NUMBER_Y	28.35	/* the page number's line, 10 mm down */
#define PDF_INDENT	35.4	/* 12.5 mm first-line indent */
#define PDF_GAP		6.0	/* after a paragraph */

struct pdf {
	cairo_t			*cr;
	PangoFontDescription	*font;
	PangoFontDescription	*bold;
	PangoFontDescription	*small;	/* the letterhead's contacts */
	double			 y;	/* top of the next line */
	int			 page;
	bool			 hyphenate;	/* a Russian letter */
};

/* The page's number, centred in the top margin (pages 2 and on). */
static void
pdf_page_number(struct pdf *p)
{
	PangoLayout *l = pango_cairo_create_layout(p->cr);
	char num[16];

	snprintf(num, sizeof num, "%d", p->page);
	pango_layout_set_font_description(l, p->font);
	pango_layout_set_width(l, (int)(PDF_TEXTW * PANGO_SCALE));
	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	pango_layout_set_text(l, num, -1);
	cairo_move_to(p->cr, PDF_LEFT, PDF_NUMBER_Y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

/*
 * The text as pango should break it: Liberation Serif has no glyph for
 * the no-break hyphen (U+2011), so it becomes a hyphen and a word joiner
 * (U+2060, never drawn), which break nowhere either; and, in a Russian
 * paragraph that is justified, soft hyphens where a word may break.
 */
static char *
pdf_text(const struct pdf *p, const char *text, bool justified)
{
	struct strbuf a, b;
	const char *s;
	char *out;

	strbuf_init(&a);
	for (s = text; *s != '\0'; s++)
		if (strncmp(s, "\xe2\x80\x91", 3) == 0) {
			strbuf_puts(&a, "-\xe2\x81\xa0");
			s += 2;
		} else
			strbuf_putc(&a, *s);
	if (!justified || !p->hyphenate) {
		out = strbuf_detach(&a, NULL);
		strbuf_free(&a);
		return out;
	}
	strbuf_init(&b);
	pdf_hyphenate(a.buf, &b);
	strbuf_free(&a);
	out = strbuf_detach(&b, NULL);
	strbuf_free(&b);
	return out;
}

static PangoLayout *
pdf_layout(struct pdf *p, const char *text, double width, bool bold)
{
	PangoLayout *l = pango_cairo_create_layout(p->cr);

	pango_layout_set_font_description(l, bold ? p->bold : p->font);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_text(l, text, -1);
	return l;
}

/* Draws each line of l at x, breaking the page where needed. */
static void
pdf_draw(struct pdf *p, PangoLayout *l, double x)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	PangoRectangle logical;
	PangoLayoutLine *line;
	double top, h, base;
	int y0;

	pango_layout_iter_get_line_extents(it, NULL, &logical);
	y0 = logical.y;
	do {
		line = pango_layout_iter_get_line_readonly(it);
		pango_layout_iter_get_line_extents(it, NULL, &logical);
		top = (double)(logical.y - y0) / PANGO_SCALE;
		h = (double)logical.height / PANGO_SCALE;
		base = (double)(pango_layout_iter_get_baseline(it) - y0) /
		    PANGO_SCALE;
		if (p->y + h > PDF_H - PDF_BOTTOM) {
			cairo_show_page(p->cr);
			p->y = PDF_TOP;
			p->page++;
			pdf_page_number(p);
		}
		cairo_move_to(p->cr, x + (double)logical.x / PANGO_SCALE,
		    p->y + (base - top));
		pango_cairo_show_layout_line(p->cr, line);
		p->y += h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

/* A LETTER_LEFT line with a tab: left part, right part at the margin. */
static void
pdf_tabbed(struct pdf *p, const char *line, size_t len)
{
	const char *tab = memchr(line, '\t', len);
	PangoLayout *l, *r;
	char *left, *right;
	double y;

	left = xstrndup(line, (size_t)(tab - line));
	right = xstrndup(tab + 1, len - (size_t)(tab - line) - 1);
	l = pdf_layout(p, left, PDF_TEXTW / 2, false);
	r = pdf_layout(p, right, PDF_TEXTW / 2, false);
	pango_layout_set_alignment(r, PANGO_ALIGN_RIGHT);
	y = p->y;
	pdf_draw(p, l, PDF_LEFT);
	p->y = y;
	pdf_draw(p, r, PDF_LEFT + PDF_TEXTW / 2);
	g_object_unref(l);
	g_object_unref(r);
	free(left);
	free(right);
}

/* Line n (0-based) of text, a new string ("" past the last). */
static char *
pdf_line(const char *text, int n)
{
	const char *s = text, *nl;

	for (; n > 0 && s != NULL; n--)
		s = (nl = strchr(s, '\n')) != NULL ? nl + 1 : NULL;
	if (s == NULL)
		return xstrdup("");
	nl = strchr(s, '\n');
	return nl != NULL ? xstrndup(s, (size_t)(nl - s)) : xstrdup(s);
}

/* One centred line of the letterhead at x, width w; returns its end. */
static double
pdf_head_line(struct pdf *p, const char *text, double x, double w,
    PangoFontDescription *font)
{
	PangoLayout *l = pdf_layout(p, text, w, false);
	double y = p->y, end;

	pango_layout_set_font_description(l, font);
	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	pdf_draw(p, l, x);
	end = p->y;
	p->y = y;
	g_object_unref(l);
	return end;
}

/*
 * The court's letterhead: its names in Kazakh and Russian side by side
 * (each centred in its half) or one above the other, in bold; the
 * contacts below in 10 pt over a rule across the text.  A pre-printed
 * letterhead keeps its place (45 mm under the top margin) blank.
 */
static void
pdf_letterhead(struct pdf *p, const struct letter_para *para)
{
	char *kk, *ru, *contacts;
	double half = (PDF_TEXTW - 14) / 2, a, b;

	if (para->align == LETTER_HEAD_BLANK) {
		p->y += 127.56;
		return;
	}
	kk = pdf_line(para->text, 0);
	ru = pdf_line(para->text, 1);
	contacts = pdf_line(para->text, 2);
	if (para->align == LETTER_HEAD_SIDE) {
		a = pdf_head_line(p, kk, PDF_LEFT, half, p->bold);
		b = pdf_head_line(p, ru, PDF_LEFT + PDF_TEXTW - half, half,
		    p->bold);
		p->y = a > b ? a : b;
	} else {
		p->y = pdf_head_line(p, kk, PDF_LEFT, PDF_TEXTW, p->bold);
		p->y = pdf_head_line(p, ru, PDF_LEFT, PDF_TEXTW, p->bold);
	}
	p->y += 4;
	if (*contacts != '\0')
		p->y = pdf_head_line(p, contacts, PDF_LEFT, PDF_TEXTW,
		    p->small);
	p->y += 3;
	cairo_set_line_width(p->cr, 0.75);
	cairo_move_to(p->cr, PDF_LEFT, p->y);
	cairo_line_to(p->cr, PDF_LEFT + PDF_TEXTW, p->y);
	cairo_stroke(p->cr);
	p->y += 10;
	free(kk);
	free(ru);
	free(contacts);
}

static void
pdf_para(struct pdf *p, const struct letter_para *para)
{
	PangoTabArray *tabs;
	PangoLayout *l;
	const char *s, *nl;
	char *one, *text, *kept;
	size_t len;
	double x = PDF_LEFT, w = PDF_TEXTW;

	switch (para->align) {
	case LETTER_HEAD_SIDE:
	case LETTER_HEAD_STACKED:
	case LETTER_HEAD_BLANK:
		pdf_letterhead(p, para);
		return;
	case LETTER_BODY:
		one = pdf_text(p, para->text, true);
		l = pdf_layout(p, one, w, false);
		pango_layout_set_indent(l, (int)(PDF_INDENT * PANGO_SCALE));
		pango_layout_set_justify(l, TRUE);
		pdf_draw(p, l, x);
		g_object_unref(l);
		free(one);
		return;
	case LETTER_ITEM:
		text = pdf_text(p, para->text, true);
		one = xmalloc(strlen(text) + 8);
		snprintf(one, strlen(text) + 8, "\xe2\x80\x93\t%s", text);
		free(text);
		l = pdf_layout(p, one, w - PDF_INDENT, false);
		pango_layout_set_indent(l, (int)(-14 * PANGO_SCALE));
		tabs = pango_tab_array_new_with_positions(1, TRUE,
		    PANGO_TAB_LEFT, 14);
		pango_layout_set_tabs(l, tabs);	/* copies them */
		pango_tab_array_free(tabs);
		pango_layout_set_justify(l, TRUE);
		pdf_draw(p, l, x + PDF_INDENT);
		g_object_unref(l);
		free(one);
		return;
	case LETTER_RIGHT:
		x += w / 2;
		w /= 2;
		break;
	default:
		break;
	}
	/* Kept lines: one layout per line so that each may wrap alone. */
	kept = pdf_text(p, para->text, false);
	for (s = kept; ; s = nl + 1) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		if (para->align == LETTER_LEFT && memchr(s, '\t', len) != NULL)
			pdf_tabbed(p, s, len);
		else {
			one = xstrndup(s, len);
			l = pdf_layout(p, one, w, para->align == LETTER_CENTER);
			if (para->align == LETTER_CENTER)
				pango_layout_set_alignment(l,
				    PANGO_ALIGN_CENTER);
			pdf_draw(p, l, x);
			g_object_unref(l);
			free(one);
		}
		if (nl == NULL)
			break;
	}
	free(kept);
}

int
letter_pdf_write(const struct letter_doc *doc, const char *path, char *err,
    size_t errsz)
{
	cairo_surface_t *surface;
	cairo_status_t st;
	struct pdf p;
	size_t i;

	surface = cairo_pdf_surface_create(path, PDF_W, PDF_H);
	if ((st = cairo_surface_status(surface)) != CAIRO_STATUS_SUCCESS) {
		snprintf(err, errsz, "%s: %s", path,
		    cairo_status_to_string(st));
		cairo_surface_destroy(surface);
		return -1;
	}
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
	    PACKAGE_STRING);
	memset(&p, 0, sizeof p);
	p.cr = cairo_create(surface);
	p.font = pango_font_description_from_string(PDF_FONT);
	p.bold = pango_font_description_copy(p.font);
	pango_font_description_set_weight(p.bold, PANGO_WEIGHT_BOLD);
	p.small = pango_font_description_copy(p.font);
	pango_font_description_set_size(p.small, 10 * PANGO_SCALE);
	p.y = PDF_TOP;
	p.page = 1;
	/* Kazakh words written in the letters Russian shares break by the
	 * same syllables; the others (with ә, ғ, қ, ...) stay whole. */
	p.hyphenate = strcmp(doc->lang, "ru") == 0 ||
	    strcmp(doc->lang, "kk") == 0;
	cairo_set_source_rgb(p.cr, 0, 0, 0);
	for (i = 0; i < doc->n; i++) {
		if (i > 0 && !(doc->paras[i].align == LETTER_ITEM &&
		    doc->paras[i - 1].align == LETTER_ITEM))
			p.y += PDF_GAP;
		pdf_para(&p, &doc->paras[i]);
	}
	cairo_show_page(p.cr);
	pdf_hyphen_done();
	pango_font_description_free(p.font);
	pango_font_description_free(p.bold);
	pango_font_description_free(p.small);
	st = cairo_status(p.cr);
	cairo_destroy(p.cr);
	cairo_surface_finish(surface);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	if (st != CAIRO_STATUS_SUCCESS) {
		snprintf(err, errsz, "%s: %s", path,
		    cairo_status_to_string(st));
		return -1;
	}
	return 0;
}
