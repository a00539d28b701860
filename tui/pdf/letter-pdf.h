/*
 * Letters as PDF through pango and cairo (letter-pdf.c, built only when
 * configure found pangocairo: HAVE_PDF).
 */
#ifndef QARAU_LETTER_PDF_H
#define QARAU_LETTER_PDF_H

#include <stddef.h>

#include "core/letter.h"
#include "core/strbuf.h"

/* Writes doc to path as A4 PDF; -1 with a message. */
int	letter_pdf_write(const struct letter_doc *, const char *path,
	    char *err, size_t errsz);

/* Copies s with soft hyphens where a Russian word may break
 * (pdf-hyphen.c); unchanged without libhyphen or its patterns. */
void	pdf_hyphenate(const char *s, struct strbuf *out);
/* Releases the patterns. */
void	pdf_hyphen_done(void);

#endif
