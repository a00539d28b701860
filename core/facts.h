/*
 * A filing's facts: the answers given so far, keyed by vocabulary index,
 * and the facts-file format of qarau-facts(5) that reads and writes them.
 */
#ifndef QARAU_FACTS_H
#define QARAU_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/date.h"
#include "core/strbuf.h"
#include "core/vocab.h"

#define FACT_UNKNOWN	(-1)	/* num of an enum/bool answered "unknown" */

struct fact_value {
	bool	 present;	/* answered (an "unknown" answer is present) */
	bool	 unknown;	/* answered "unknown" */
	int32_t	 num;		/* enum: value index; bool: 0/1; date: qdate;
				   set: bit i = values[i] */
	char	*text;		/* FACT_TEXT only, owned */
};

struct facts {
	struct fact_value v[VOCAB_MAX];
};

void	facts_init(struct facts *);
void	facts_free(struct facts *);
void	facts_copy(struct facts *dst, const struct facts *src);

/*
 * Sets key to value, validating it against the vocabulary.  Returns 0, or
 * -1 with a message (naming the key and what was expected) in err and the
 * facts unchanged.  An empty value is an error; use facts_unset to clear.
 */
int	facts_set(struct facts *, const char *key, const char *value,
	    char *err, size_t errsz);
int	facts_set_index(struct facts *, size_t idx, const char *value,
	    char *err, size_t errsz);
void	facts_unset(struct facts *, size_t idx);

/* The answer as facts-file text ("yes", "2025-07-01", "1,7-1", ...), or
 * NULL when absent.  buf holds at least FACT_TEXT_MAX bytes. */
#define FACT_TEXT_MAX	1024
const char *facts_value_text(const struct facts *, size_t idx, char *buf,
	    size_t bufsz);

/* Convenience readers, taking the vocabulary fallback into account:
 * the value index / bool / date, or FACT_UNKNOWN / QDATE_NONE. */
int	facts_enum(const struct facts *, const char *key);
int	facts_bool(const struct facts *, const char *key);	/* 0, 1, -1 */
qdate	facts_date(const struct facts *, const char *key);
bool	facts_is(const struct facts *, const char *key, const char *value);

/*
 * Parses a facts file.  Every problem (unknown key, bad value, bad date,
 * repeated key, line without '=', invalid UTF-8) is reported once through
 * diag as "file:line: message"; the return value is the number of problems.
 * On any problem the facts are left as they were: nothing half-parsed.
 */
typedef void (*facts_diag_fn)(void *ctx, const char *file, unsigned line,
	    const char *message);
int	facts_parse(struct facts *, const char *file, const char *text,
	    size_t len, facts_diag_fn diag, void *ctx);

/* Writes the present facts in vocabulary order, one "key = value" a line. */
void	facts_write(const struct facts *, struct strbuf *);

#endif
