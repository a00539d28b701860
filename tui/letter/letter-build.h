/*
 * Letters from the front end's side: gathers the filing, its decision and
 * the court's settings from the register, fills the core templates, and
 * writes text, RTF or PDF.  Used by 'qarau letter' and the Letter screen.
 * lang NULL = the language of the proceedings (case.language), else the
 * register's "letter.language" setting, else kk.
 */
#ifndef QARAU_LETTER_BUILD_H
#define QARAU_LETTER_BUILD_H

#include <stddef.h>
#include <stdint.h>

#include "core/letter.h"
#include "core/strbuf.h"
#include "tui/cli/cli.h"

/* The letter as UTF-8 text (the pager shows this).  -1 with a message if
 * the filing does not go back by letter or a template is broken. */
int	letter_build_text(struct cli *, int64_t id, const char *lang,
	    struct strbuf *out, char *err, size_t errsz);
/* format "txt" | "rtf" | "pdf"; encoding for txt only (NULL = UTF-8). */
int	letter_export(struct cli *, int64_t id, const char *lang,
	    const char *format, const char *encoding, const char *path,
	    char *err, size_t errsz);
/* Types a value over the gathered one for every later letter: name is a
 * placeholder of the template ("out.number", "out.date", "filer.name",
 * ...; core/letter.h), value NULL forgets it.  -1 for an unknown name. */
int	letter_build_set(const char *name, const char *value);
/* The kind of every later letter: "return" (the default),
 * "case-request", "notice" (core/letter-facts.h); -1 for another. */
int	letter_build_kind(const char *kind);
const char *letter_build_kind_get(void);
/* Sends the letter (the outgoing journal, data/register.h): numbered,
 * dated today, stored as PDF and text, its event recorded.  The number
 * and date stay set for a letter_export of the same letter after it. */
struct reg_letter;
int	letter_send(struct cli *, int64_t id, const char *lang,
	    struct reg_letter *out, char *err, size_t errsz);
/* Sends the PDF (or, without PDF support, the text) to lp(1). */
int	letter_print(struct cli *, int64_t id, const char *lang, char *err,
	    size_t errsz);

/* The letter's language and every field's value as the letter would use
 * them (values typed over with letter_build_set included), for a dialog
 * that lists them.  Free with letter_fields_free. */
struct letter_fields {
	char	 lang[8];
	char	 number[40];			/* the register number */
	char	*value[LETTER_NFIELDS];		/* "" when unknown */
};

int	letter_build_fields(struct cli *, int64_t id, const char *lang,
	    struct letter_fields *, char *err, size_t errsz);
void	letter_fields_free(struct letter_fields *);

#endif
