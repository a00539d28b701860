/*
 * Inside the proposal engine (core/propose*.c): the parsed pattern tables,
 * the text as tokens, and the matcher.  The table format is described in
 * qarau-read(5).
 */
#ifndef QARAU_PROPOSE_INT_H
#define QARAU_PROPOSE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/propose.h"
#include "core/strbuf.h"

#define PROPOSE_HEAD_ROWS	30	/* "head": the first non-empty lines */
#define PROPOSE_TAIL_ROWS	25	/* "tail": the last ones */
#define PROPOSE_END_ROWS	6	/* "end": where a text closes */
#define PROPOSE_GAP_DEFAULT	6	/* "..." skips at most this many */
#define PROPOSE_QUOTE_MAX	240	/* bytes of a quote */
#define PROPOSE_MATCH_STEPS	20000	/* tries of one pattern at one place */
#define PROPOSE_MIN_TOKENS	30	/* a text long enough to lack a word */

enum ptok_kind { PT_LIT, PT_GAP, PT_OPEN, PT_CLOSE, PT_TYPED, PT_BOL,
    PT_CAP };
enum pcap_type { CAP_DATE, CAP_NAME, CAP_CASENO, CAP_ID, CAP_ITEMS };

struct palt {
	char	*s;		/* folded */
	bool	 stem;		/* a prefix: "жалоб*" */
};

struct ptok {
	enum ptok_kind	 kind;
	struct palt	*alts;	/* PT_LIT: one of these */
	size_t		 nalts;
	bool		 optional;
	int		 gap;	/* PT_GAP: at most this many tokens */
	enum pcap_type	 type;	/* PT_TYPED */
};

enum pscope { SCOPE_ANY, SCOPE_HEAD, SCOPE_TAIL, SCOPE_END };

#define PAT_COND	0x01	/* '+': must match too for the line above */
#define PAT_VETO	0x02	/* '!': a match silences the key (= value) */
#define PAT_ABSENT	0x04	/* '-': proposes when the pattern is absent */

struct ppat {
	char		 key[48];
	char		*value;		/* "$": the capture; "*": any (veto) */
	enum pscope	 scope;
	unsigned	 flags;
	struct ptok	*t;
	size_t		 n;
	int		 lineno;
};

struct propose_table {
	char		 lang[8];
	struct ppat	*p;
	size_t		 n;
	struct palt	*month[13];	/* 1..12: the month's words */
	size_t		 nmonth[13];
	struct palt	*notname;	/* words never part of a name */
	size_t		 nnotname;
	struct palt	*lex;		/* the abusive lexicon */
	size_t		 nlex;
	char		**sole;		/* keys silent on a conflict */
	size_t		 nsole;
};

enum ttok_kind { TT_WORD, TT_NUM, TT_PUNCT };

struct ttok {
	const char	*s;		/* in the original text */
	size_t		 len;
	size_t		 fold;		/* offset of the folded form */
	enum ttok_kind	 kind;
	int		 page, line;	/* 1-based */
	int		 row;		/* among the text's non-empty lines */
	unsigned	 cap : 1;	/* starts with a capital letter */
	unsigned	 sp : 1;	/* white space before it */
	unsigned	 bol : 1;	/* first on its line */
};

struct ptext {
	struct ttok	*t;
	size_t		 n, cap;
	struct strbuf	 fold;		/* NUL-separated folded tokens */
	int		 rows;
	int		 pages;
	const struct propose_table *const *tables;
	size_t		 ntables;
};

/* A match: tokens [start, end), the capture's value if any. */
struct pmatch {
	size_t		 start, end;
	struct strbuf	 value;
	bool		 captured;
};

/* Folds one character as the matcher compares them (text_fold_char, and
 * ё as е, Latin i as the Kazakh і that old keyboards typed with it). */
uint32_t propose_fold_char(uint32_t);
void	 propose_fold(const char *, size_t, struct strbuf *);

void	 ptext_read(struct ptext *, const char *text, size_t len);
void	 ptext_free(struct ptext *);
static inline const char *
ptext_fold(const struct ptext *x, size_t i)
{
	return x->fold.buf + x->t[i].fold;
}
bool	 ptext_in_scope(const struct ptext *, size_t i, enum pscope);
/* The original text of tokens [a, b) on one line, white space as one
 * space, at most max bytes. */
void	 ptext_span(const struct ptext *, size_t a, size_t b, size_t max,
	    struct strbuf *);

bool	 palt_match(const struct palt *, size_t n, const char *fold);
/* Matches pattern p at token i; m->value must be initialised. */
bool	 pattern_match_at(const struct ptext *, const struct ppat *,
	    size_t i, struct pmatch *);
/* Whether token i is a word the tables say is never part of a name. */
bool	 ptext_notname(const struct ptext *, size_t i);
/* Typed captures (propose-capture.c): tokens used from i, 0 if none. */
size_t	 capture_typed(const struct ptext *, enum pcap_type, size_t i,
	    struct strbuf *value);

void	 proposals_add(struct proposals *, const char *key,
	    const char *value, int page, int line, const char *quote);

#endif
