/*
 * Inside qarau-extract: one reader per format, each filling a struct
 * ex_doc.  A reader returns 0, or -1 with what is wrong in doc->err
 * (without the file's name, which main() puts in front).
 */
#ifndef QARAU_EX_H
#define QARAU_EX_H

#include <stddef.h>

#include "core/strbuf.h"

struct ex_doc {
	const unsigned char	*data;
	size_t			 len;
	struct strbuf		 text;		/* raw; main() normalises it and
					   counts its pages by '\f' */
	int			 ocr;
	char			 format[16];
	char			 encoding[32];
	char			 err[512];
};

/* Sets doc->err (printf-style) and returns -1, for "return ex_fail(...)". */
int	ex_fail(struct ex_doc *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Pages of a text whose pages are split by '\f'. */
int	ex_count_pages(const struct strbuf *);
/* The text as qarau stores it: valid UTF-8 (bad bytes as U+FFFD), LF line
 * ends, no control characters but '\n' and '\f' (a TAB becomes a space). */
void	ex_normalise(const char *s, size_t len, struct strbuf *out);

int	ex_text(struct ex_doc *);		/* ex-text.c */
int	ex_pdf(struct ex_doc *);		/* ex-pdf.c */
int	ex_image(struct ex_doc *);		/* ex-image.c */
int	ex_zip(struct ex_doc *);		/* ex-zip.c: DOCX, ODT */
int	ex_office(struct ex_doc *);		/* ex-office.c: DOC, RTF */

/* ex-ocr.c: OCR in kaz+rus.  A grey image, one byte a pixel, or a
 * leptonica Pix (passed as void * so that only ex-ocr.c and ex-image.c
 * see leptonica). */
int	ex_ocr_grey(struct ex_doc *, const unsigned char *, int w, int h,
	    int stride, int dpi, struct strbuf *out);
int	ex_ocr_pix(struct ex_doc *, void *pix, struct strbuf *out);
void	ex_ocr_end(void);

#endif
