/*
 * Letters from the front end's side: gathers the filing, its decision and
 * the court's settings from the register, fills the core templates, and
 * writes text, RTF or PDF.  Used by 'qarau letter' and the Letter screen.
 * lang NULL = the language of the proceedings (case.language), else the
 * register's "letter.language" setting, else kk.
 */
#ifndef QARAU_LETTER_BUILD_H
#define QARAU_LETTER_BUILD_H

#include <stdbool.h>
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
/* Whom notices go to (issue 12): -1 every addressee, the filer and each
 * party of the filing (the default); 0 the filer; N party N (qarau
 * party).  Other kinds of letter go to the filer's side only. */
void	letter_build_party(int n);
int	letter_build_party_get(void);
/* The addressees a letter goes to by the choice above: 0 the filer, N
 * party N.  An export in txt writes each one's letter in turn; RTF, PDF
 * and sending take one (letter_build_party_now sets it). */
#define LETTER_ADDRESSEES_MAX	64
struct letter_addressees {
	size_t	 n;
	int	 party[LETTER_ADDRESSEES_MAX];
};
int	letter_build_addressees(struct cli *, int64_t id,
	    struct letter_addressees *, char *err, size_t errsz);
void	letter_build_party_now(int n);
/* True when an addressee's field (filer.name, filer.to, filer.address,
 * filer.institution) was typed over with letter_build_set: it would go
 * to every addressee alike. */
bool	letter_build_addressee_typed(void);
/* The addressees of a notice as people read them (letter-party.c): the
 * filer (n 0, "the filer: NAME"), then each party ("victim: NAME"). */
struct letter_parties {
	size_t		 count;
	int		 n[LETTER_ADDRESSEES_MAX];
	struct strbuf	 label[LETTER_ADDRESSEES_MAX];
};
int	letter_parties_load(struct cli *, int64_t id, struct letter_parties *,
	    char *err, size_t errsz);
void	letter_parties_free(struct letter_parties *);
/* The key of the letter's typed-over fields in the register (the kind,
 * with the party for a party's notice). */
const char *letter_build_draft_key(void);
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

/* data to path ("-" or NULL: standard output) through a temporary file
 * and rename: a failure never leaves half a file.  Also for the other
 * -o outputs (export --ics, report). */
int	letter_write_file(const char *path, const char *data, size_t len,
	    char *err, size_t errsz);
/* Runs qarau-pdf [MODE] PATH [TITLE] with input on its standard input
 * (the letter's wire, or with mode "--report" the report's CSV). */
int	letter_pdf_spawn(const char *mode, const char *path, const char *title,
	    const char *input, size_t len, char *err, size_t errsz);

#endif
