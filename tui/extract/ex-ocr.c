/*
 * OCR through Tesseract's C API, in Kazakh and Russian ("kaz+rus"), with
 * the language data of the default tessdata (TESSDATA_PREFIX moves it).
 * One engine for the whole document: loading the two models costs more
 * than reading a page.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include "core/i18n.h"
#include "tui/extract/ex.h"

#define EX_OCR_LANGS	"kaz+rus"

static TessBaseAPI *ex_tess;
static int ex_tess_failed;

/* Tesseract goes on with the languages it found: without Kazakh it
 * would read "қ" as "к" and no one would know.  Both or none. */
static int
ex_ocr_loaded(TessBaseAPI *api)
{
	char **langs;
	int i, kaz = 0, rus = 0;

	if ((langs = TessBaseAPIGetLoadedLanguagesAsVector(api)) == NULL)
		return 0;
	for (i = 0; langs[i] != NULL; i++) {
		kaz |= strcmp(langs[i], "kaz") == 0;
		rus |= strcmp(langs[i], "rus") == 0;
	}
	TessDeleteTextArray(langs);
	return kaz && rus;
}

static int
ex_ocr_init(struct ex_doc *doc)
{
	if (ex_tess != NULL)
		return 0;
	if (ex_tess_failed)
		goto missing;
	ex_tess = TessBaseAPICreate();
	/* Tesseract prints each missing file on stderr before it fails;
	 * the message below says what to install. */
	if (TessBaseAPIInit3(ex_tess, NULL, EX_OCR_LANGS) != 0 ||
	    !ex_ocr_loaded(ex_tess)) {
		TessBaseAPIEnd(ex_tess);
		TessBaseAPIDelete(ex_tess);
		ex_tess = NULL;
		ex_tess_failed = 1;
		goto missing;
	}
	/* Its notes ("Estimating resolution ...") are not the clerk's. */
	TessBaseAPISetVariable(ex_tess, "debug_file", "/dev/null");
	return 0;
missing:
	return ex_fail(doc, "%s", _("OCR needs Tesseract's Kazakh and "
	    "Russian language data (kaz, rus), which is not installed "
	    "(packages tesseract-ocr-kaz, tesseract-ocr-rus)"));
}

static int
ex_ocr_read(struct ex_doc *doc, struct strbuf *out)
{
	const char *p;
	char *s;

	if (TessBaseAPIRecognize(ex_tess, NULL) != 0) {
		TessBaseAPIClear(ex_tess);
		return ex_fail(doc, "%s", _("OCR failed on the image"));
	}
	if ((s = TessBaseAPIGetUTF8Text(ex_tess)) == NULL) {
		TessBaseAPIClear(ex_tess);
		return ex_fail(doc, "%s", _("OCR failed on the image"));
	}
	/* A blank page read by OCR gives nothing: the text is no less
	 * exact for it. */
	for (p = s; *p != '\0'; p++)
		if (*p != ' ' && *p != '\n')
			doc->ocr = 1;
	strbuf_puts(out, s);
	TessDeleteText(s);
	TessBaseAPIClear(ex_tess);
	return 0;
}

int
ex_ocr_grey(struct ex_doc *doc, const unsigned char *grey, int w, int h,
    int stride, int dpi, struct strbuf *out)
{
	if (ex_ocr_init(doc) != 0)
		return -1;
	TessBaseAPISetImage(ex_tess, grey, w, h, 1, stride);
	TessBaseAPISetSourceResolution(ex_tess, dpi);
	return ex_ocr_read(doc, out);
}

int
ex_ocr_pix(struct ex_doc *doc, void *pixp, struct strbuf *out)
{
	PIX *pix = pixp;

	if (ex_ocr_init(doc) != 0)
		return -1;
	TessBaseAPISetImage2(ex_tess, pix);
	/* A scan without its resolution: assume the registry's 300 dpi
	 * rather than Tesseract's guess from the letters' height. */
	if (pixGetXRes(pix) < 70)
		TessBaseAPISetSourceResolution(ex_tess, 300);
	return ex_ocr_read(doc, out);
}

void
ex_ocr_end(void)
{
	if (ex_tess == NULL)
		return;
	TessBaseAPIEnd(ex_tess);
	TessBaseAPIDelete(ex_tess);
	ex_tess = NULL;
}
