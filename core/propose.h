/*
 * Proposals read from a filing's own text (issue 11).  A proposal is never
 * an answer: it names a fact, the value the text suggests and where the
 * text says it (page, line, the quoted words), and the clerk confirms it.
 * Pure functions: the text and the pattern tables come in as strings; no
 * file access here (the tables ship as data files, data/read/, loaded by
 * data/propose-load.c).
 *
 * Silence is preferred to a guess: a pattern that could match something
 * else proposes nothing.
 */
#ifndef QARAU_PROPOSE_H
#define QARAU_PROPOSE_H

#include <stddef.h>

#include "core/strbuf.h"

struct proposal {
	char	 key[48];	/* a fact key ("filer.name") or a text.* key */
	char	*value;		/* facts-file text: vocabulary value, ISO date */
	int	 page;		/* 1-based; pages are split by '\f' */
	int	 line;		/* 1-based within the page */
	char	*quote;		/* the words it comes from, UTF-8, one line */
};

struct proposals {
	struct proposal	*v;
	size_t		 n;
	char		 language[8];	/* "kk", "ru", "mixed", "other" (mostly
					   Latin letters: neither) or "" */
	/* What the text came from: propose() sets pages; the caller copies
	 * the rest from extract_file (tui/extract/extract.h), so that the
	 * porcelain carries them with the proposals. */
	int		 pages;
	int		 ocr;		/* 1 if a page was read by OCR */
	char		 format[16];	/* "pdf", "text", ... or "" */
	char		 encoding[32];	/* a plain text's encoding, or "" */
};

/* One language's pattern table, parsed from its data file's text. */
struct propose_table;

/* Parses a table; -1 with "file:line: reason" in err on a bad line. */
int	propose_table_parse(struct propose_table **, const char *lang,
	    const char *file, const char *text, char *err, size_t errsz);
void	propose_table_free(struct propose_table *);

/*
 * Adds the lexicon of obscene and insulting words (one word a line, '*'
 * after a stem, '#' comments) to a table: each hit in a text is proposed
 * as content.abusive = yes with its quote.  -1 with "file:line: reason".
 */
int	propose_table_lexicon(struct propose_table *, const char *file,
	    const char *text, char *err, size_t errsz);

/*
 * Reads text (UTF-8, pages split by '\f') with the given tables and fills
 * out (which the caller frees with proposals_free).  Returns 0, or -1 with
 * a message in err (only on invalid UTF-8 or a text too large to read).
 */
int	propose(const char *text, size_t len,
	    const struct propose_table *const *tables, size_t ntables,
	    struct proposals *out, char *err, size_t errsz);
void	proposals_free(struct proposals *);

/*
 * The porcelain of proposals, the form `qarau read --porcelain` prints and
 * the register stores with a document:
 *	text.pages=N, text.language=..., text.ocr=yes|no,
 *	text.encoding=..., text.format=...
 * then one line per proposal
 *	suggest.KEY=VALUE<TAB>page=N<TAB>line=M<TAB>quote=...
 * with values and quotes escaped as text_escape does (and '\' as \x5c),
 * so that each is one line without TABs.
 */
void	proposals_porcelain(const struct proposals *, struct strbuf *);
/* Reads that porcelain back into out (emptied first; free it with
 * proposals_free).  Unknown text.* lines are skipped, for later versions.
 * Returns 0, or -1 with "line N: reason" in err and out empty. */
int	proposals_parse(const char *porcelain, struct proposals *out,
	    char *err, size_t errsz);

/*
 * content.language-ok as the text shows it: "yes" when the text is in
 * case_language ("kk" or "ru"), "no" when it is wholly in the other one
 * or in neither ("other"), NULL when it cannot say (mixed, unknown, no
 * case language yet).  The
 * language of the proceedings is a fact of the case, not of the text, so
 * the reader never proposes content.language-ok by itself.
 */
const char *proposals_language_ok(const struct proposals *,
	    const char *case_language);

#endif
