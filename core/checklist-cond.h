/*
 * Between the two evaluators of the condition language (checklist.c
 * describes it): the interpreter (checklist-interp.c) and the compiler
 * (checklist-comp.c), which shares the interpreter's tokenizer and value
 * checks so that the two read a condition alike.  Not for use outside
 * core/checklist*.c.
 */
#ifndef QARAU_CHECKLIST_COND_H
#define QARAU_CHECKLIST_COND_H

#include <stdbool.h>
#include <stddef.h>

#include "core/checklist.h"

#define MACRO_DEPTH	8

struct cond {
	const char	*s;
	size_t		 pos;
	const struct facts *f;		/* NULL: only check */
	const bool	*rel;
	size_t		 limit;		/* keys must be below this index */
	int		 depth;
	char		*err;
	size_t		 errsz;
	int		 failed;
};

enum tok { T_END, T_WORD, T_MACRO, T_LPAREN, T_RPAREN, T_COMMA, T_EQ,
	T_NE, T_LT, T_GE, T_BAD };

int	word_char(int);
/* Reads the next token; a word's text is s[*start .. *start + *len). */
enum tok cond_next(struct cond *, size_t *start, size_t *len);
enum tok cond_peek(struct cond *, size_t *start, size_t *len);
int	is_word(const struct cond *, size_t start, size_t len, const char *);
/* Whether value is one the key can take in a test. */
int	cond_valid_value(const struct fact_def *, const char *, int has);
/* Interprets (f non-NULL) or only checks text; keys must lie below
 * limit.  0, or -1 with a message in err. */
int	cond_run(const char *text, const struct facts *, const bool *rel,
	    size_t limit, char *err, size_t errsz, int *result);

#endif
