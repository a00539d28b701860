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
	char		 language[8];	/* "kk", "ru", "mixed" or "" */
};

/* One language's pattern table, parsed from its data file's text. */
struct propose_table;

/* Parses a table; -1 with "file:line: reason" in err on a bad line. */
int	propose_table_parse(struct propose_table **, const char *lang,
	    const char *file, const char *text, char *err, size_t errsz);
void	propose_table_free(struct propose_table *);

/*
 * Reads text (UTF-8, pages split by '\f') with the given tables and fills
 * out (which the caller frees with proposals_free).  Returns 0, or -1 with
 * a message in err (only on invalid UTF-8 or a text too large to read).
 */
int	propose(const char *text, size_t len,
	    const struct propose_table *const *tables, size_t ntables,
	    struct proposals *out, char *err, size_t errsz);
void	proposals_free(struct proposals *);

#endif
