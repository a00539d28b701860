/*
 * The text of a filing's document (issue 11).  The work is done by the
 * helper program qarau-extract (libexec, like qarau-pdf), spawned without a
 * shell and fed the bytes on its standard input: a damaged document that
 * crashes a library takes down the helper, never the clerk's screen, and
 * qarau itself does not load poppler, Tesseract or LibreOffice.
 */
#ifndef QARAU_EXTRACT_H
#define QARAU_EXTRACT_H

#include <stddef.h>

#include "core/strbuf.h"

#define EXTRACT_MAX_BYTES	(50L * 1024 * 1024)

struct extracted {
	struct strbuf	 bytes;		/* the file as read, stored as is */
	struct strbuf	 text;		/* UTF-8, pages split by '\f' */
	int		 pages;
	int		 ocr;		/* 1 if a page was read by OCR */
	char		 format[16];	/* pdf, png, jpeg, tiff, docx, odt,
					   text, doc, rtf */
	char		 encoding[32];	/* a plain text's encoding, else "" */
};

void	extract_init(struct extracted *);
/* Releases the buffers; extract_file may use the struct again after it. */
void	extract_free(struct extracted *);

/*
 * Reads path (at most EXTRACT_MAX_BYTES) and extracts its text.  Returns 0,
 * or -1 with a message naming the file and what is wrong with it (unknown
 * format, damaged, encrypted, too large, OCR languages missing, no
 * LibreOffice for DOC/RTF) in err, and the struct empty.  The file is
 * read by the helper program qarau-extract (protocol at the top of
 * tui/extract/qarau-extract.c), found as qarau-pdf is (spawn_libexec).
 */
int	extract_file(const char *path, struct extracted *, char *err,
	    size_t errsz);

#endif
