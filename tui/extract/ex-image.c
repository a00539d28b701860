/*
 * PNG, JPEG and TIFF (every page of a multi-page TIFF) through leptonica,
 * read by OCR.
 */
#include "config.h"

#include <string.h>

#include <leptonica/allheaders.h>

#include "core/i18n.h"
#include "tui/extract/ex.h"

/* leptonica reports on stderr by default: the clerk gets our message. */
static void
ex_image_quiet(void)
{
	setMsgSeverity(L_SEVERITY_NONE);
}

static int
ex_image_tiff(struct ex_doc *doc)
{
	PIXA *pixa;
	PIX *pix;
	int i, n, rv = 0;

	if ((pixa = pixaReadMemMultipageTiff(doc->data, doc->len)) == NULL)
		return ex_fail(doc, "%s", _("the image is damaged and cannot "
		    "be read"));
	n = pixaGetCount(pixa);
	if (n < 1)
		rv = ex_fail(doc, "%s", _("the image is damaged and cannot "
		    "be read"));
	for (i = 0; i < n && rv == 0; i++) {
		if (i > 0)
			strbuf_putc(&doc->text, '\f');
		if ((pix = pixaGetPix(pixa, i, L_CLONE)) == NULL) {
			rv = ex_fail(doc, _("page %d is damaged"), i + 1);
			break;
		}
		rv = ex_ocr_pix(doc, pix, &doc->text);
		pixDestroy(&pix);
	}
	pixaDestroy(&pixa);
	return rv;
}

int
ex_image(struct ex_doc *doc)
{
	PIX *pix;
	int rv;

	ex_image_quiet();
	if (strcmp(doc->format, "tiff") == 0)
		return ex_image_tiff(doc);
	if ((pix = pixReadMem(doc->data, doc->len)) == NULL)
		return ex_fail(doc, "%s", _("the image is damaged and cannot "
		    "be read"));
	rv = ex_ocr_pix(doc, pix, &doc->text);
	pixDestroy(&pix);
	return rv;
}
