/*
 * Between the letter service's files (letter-build.c, letter-send.c).
 */
#ifndef QARAU_LETTER_INT_H_TUI
#define QARAU_LETTER_INT_H_TUI

#include <stddef.h>
#include <stdint.h>

#include "core/letter.h"
#include "tui/cli/cli.h"

/* The filled letter of filing id (its kind: letter_build_kind). */
int	letter_build_doc(struct cli *, int64_t id, const char *lang,
	    struct letter_doc *, char *err, size_t errsz);
/* Through a temporary file and rename; "-" or NULL is standard output. */
int	letter_write_file(const char *path, const char *data, size_t len,
	    char *err, size_t errsz);
/* Runs qarau-pdf. */
int	letter_write_pdf(const struct letter_doc *, const char *path,
	    char *err, size_t errsz);

#endif
