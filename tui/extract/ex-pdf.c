/*
 * PDF through poppler-glib: a page's text layer as poppler reads it; a
 * page without one (a scan) is rendered at 300 dpi with cairo and read by
 * OCR (ex-ocr.c).
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <poppler.h>

#include "core/i18n.h"
#include "tui/extract/ex.h"

#define EX_PDF_DPI	300
#define EX_PDF_MAX_PIXELS	(35.0 * 1000 * 1000)	/* A2 at 300 dpi */

/* A text layer of only blanks is no text layer (some scanners add one). */
static int
ex_pdf_blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\n' && *s != '\r' && *s != '\t' &&
		    *s != '\f')
			return 0;
	return 1;
}

/* Renders the page on white at 300 dpi, takes its grey and OCRs it. */
static int
ex_pdf_ocr(struct ex_doc *doc, PopplerPage *page, int no,
    struct strbuf *out)
{
	cairo_surface_t *s;
	cairo_t *cr;
	unsigned char *grey, *row;
	double pw, ph, scale = EX_PDF_DPI / 72.0;
	int w, h, x, y, stride, rv;
	uint32_t px;

	poppler_page_get_size(page, &pw, &ph);
	if (!(pw >= 1 && ph >= 1 && pw <= 14400 && ph <= 14400))
		return ex_fail(doc, _("page %d: its size (%.0f x %.0f pt) "
		    "cannot be read"), no, pw, ph);
	/* A page larger than A2 is read at less than 300 dpi, so that its
	 * image stays within some 140 MB. */
	if (pw * scale * ph * scale > EX_PDF_MAX_PIXELS)
		scale = sqrt(EX_PDF_MAX_PIXELS / (pw * ph));
	w = (int)(pw * scale + 0.5);
	h = (int)(ph * scale + 0.5);
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return ex_fail(doc, _("page %d: %s"), no,
		    _("out of memory rendering the page"));
	}
	cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	poppler_page_render_for_printing(page, cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	stride = cairo_image_surface_get_stride(s);
	row = cairo_image_surface_get_data(s);
	grey = xmalloc((size_t)w * (size_t)h);
	for (y = 0; y < h; y++, row += stride)
		for (x = 0; x < w; x++) {
			memcpy(&px, row + 4 * x, 4);
			grey[(size_t)y * w + x] = (unsigned char)
			    ((((px >> 16) & 0xff) * 299 +
			    ((px >> 8) & 0xff) * 587 +
			    (px & 0xff) * 114) / 1000);
		}
	cairo_surface_destroy(s);
	rv = ex_ocr_grey(doc, grey, w, h, w, (int)(scale * 72 + 0.5), out);
	free(grey);
	if (rv != 0) {
		char why[sizeof doc->err];

		snprintf(why, sizeof why, "%s", doc->err);
		return ex_fail(doc, _("page %d: %s"), no, why);
	}
	return 0;
}

static void
ex_pdf_page_text(struct strbuf *text, const char *s)
{
	/* '\f' splits pages: one inside a page's text is a line end. */
	for (; *s != '\0'; s++)
		strbuf_putc(text, *s == '\f' ? '\n' : *s);
}

static int
ex_pdf_open_error(struct ex_doc *doc, GError *gerr)
{
	int encrypted = gerr != NULL && gerr->domain == POPPLER_ERROR &&
	    gerr->code == POPPLER_ERROR_ENCRYPTED;

	if (gerr != NULL)
		g_error_free(gerr);
	if (encrypted)
		return ex_fail(doc, "%s", _("the PDF is encrypted (protected "
		    "by a password): ask the filer for an unprotected copy"));
	return ex_fail(doc, "%s", _("the PDF is damaged and cannot be read"));
}

int
ex_pdf(struct ex_doc *doc)
{
	PopplerDocument *pd;
	PopplerPage *page;
	GError *gerr = NULL;
	GBytes *bytes;
	struct strbuf ocr;
	char *s;
	int i, n, rv = 0;

	bytes = g_bytes_new_static(doc->data, doc->len);
	pd = poppler_document_new_from_bytes(bytes, NULL, &gerr);
	g_bytes_unref(bytes);
	if (pd == NULL)
		return ex_pdf_open_error(doc, gerr);
	if ((n = poppler_document_get_n_pages(pd)) < 1) {
		g_object_unref(pd);
		return ex_fail(doc, "%s", _("the PDF has no pages"));
	}
	strbuf_init(&ocr);
	for (i = 0; i < n && rv == 0; i++) {
		if ((page = poppler_document_get_page(pd, i)) == NULL) {
			rv = ex_fail(doc, _("page %d is damaged"), i + 1);
			break;
		}
		if (i > 0)
			strbuf_putc(&doc->text, '\f');
		s = poppler_page_get_text(page);
		if (s != NULL && !ex_pdf_blank(s))
			ex_pdf_page_text(&doc->text, s);
		else {
			strbuf_reset(&ocr);
			rv = ex_pdf_ocr(doc, page, i + 1, &ocr);
			ex_pdf_page_text(&doc->text, ocr.buf);
		}
		g_free(s);
		g_object_unref(page);
	}
	strbuf_free(&ocr);
	g_object_unref(pd);
	return rv;
}
