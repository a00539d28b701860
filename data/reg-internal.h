/*
 * What the register's source files share and nobody else sees: the open
 * register, the transaction helpers and the schema's migration steps.
 */
#ifndef QARAU_REG_INTERNAL_H
#define QARAU_REG_INTERNAL_H

#include <sqlite3.h>

#include "data/register.h"

#define REG_CACHE_MAX	32

struct reg {
	sqlite3			*db;
	char			*path;
	qdate			 today;
	const struct calendar	*cal;		/* own_cal once open */
	struct calendar		*own_cal;	/* the court's days on top */
	char			 user[64];	/* login name */
	char			 user_name[128]; /* user.name of his config */
	char			 now[32];	/* this transaction's time, UTC */
	/* The statements of the write path, prepared once per open
	 * register (reg_cached): an import runs each tens of thousands of
	 * times inside its one write transaction, and the triggers make
	 * every prepare of a write to filing cost more than its step. */
	struct reg_stmt {
		const char	*sql;	/* a string constant: its address is the key */
		sqlite3_stmt	*st;
	}			 cache[REG_CACHE_MAX];
	size_t			 ncache;
	char			*ro_why;	/* why it opened read-only */
};

/* The setting that marks a shared register: its group (reg-access.c). */
#define REG_GROUP_KEY	"register.group"

/* reg-access.c: the folder of path, allocated; why path cannot be read
 * (0 when it can); why it cannot be changed (0 when it can); a shared
 * register's modes and groups. */
char	*reg_folder_of(const char *path);
int	 reg_access_denied(const char *path, char *err, size_t errsz);
int	 reg_access_writable(const char *path, char *why, size_t whysz);
int	 reg_access_check_shared(struct reg *, char *err, size_t errsz);
/* In a shared register's folder: the group's bits out of the umask. */
void	 reg_access_umask(const char *path);
/* mkdir -p of the folders above path (not path itself), with mode. */
int	 reg_make_folder(const char *path, unsigned mode, char *err,
	    size_t errsz);

/* Busy timeout: long enough for another assistant's write to finish. */
#define REG_BUSY_MS	10000

/* The schema: user_version after every step has run. */
int	 reg_schema_version(void);
/* Runs steps from+1 .. to (each one SQL script), inside the caller's
 * transaction; -1 with sqlite's message in err. */
int	 reg_schema_migrate(sqlite3 *, int from, int to, char *err,
	    size_t errsz);

/* "path: reason" for people, from an SQLite result code. */
int	 reg_fail(struct reg *, int rc, char *err, size_t errsz);
/* The register's own columns of the CSV export and import. */
#define REG_CSV_NFIXED	9
extern const char *const reg_csv_fixed[REG_CSV_NFIXED + 1];
/* core's text_check for a value called what: 0, or REG_EINPUT with
 * "what: the problem" in err. */
int	 reg_check_text(const char *what, const char *s, size_t max,
	    unsigned flags, char *err, size_t errsz);
int	 reg_failf(struct reg *, char *err, size_t errsz, const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));

/* BEGIN IMMEDIATE (waits for other writers up to the busy timeout); sets
 * r->now.  commit/rollback end it; rollback never fails the caller. */
/* A number by the court's pattern ({prefix} {n} {yyyy} {yy}). */
void	 reg_number_expand(const char *fmt, const char *prefix,
	    long long seq, int year, struct strbuf *out);
int	 reg_begin(struct reg *, char *err, size_t errsz);
int	 reg_commit(struct reg *, char *err, size_t errsz);
void	 reg_rollback(struct reg *);

/* sqlite3_prepare_v2 with the message on failure. */
int	 reg_prepare(struct reg *, const char *sql, sqlite3_stmt **,
	    char *err, size_t errsz);
/* Runs a statement without results to the end and finalizes it. */
int	 reg_step_done(struct reg *, sqlite3_stmt *, char *err, size_t errsz);
/* Hands each row of a prepared statement to fn (non-zero stops early,
 * which is not an error) and finalizes it. */
typedef int (*reg_stmt_fn)(sqlite3_stmt *, void *ctx);
int	 reg_step_rows(struct reg *, sqlite3_stmt *, reg_stmt_fn fn, void *ctx,
	    char *err, size_t errsz);
/* The statement of a constant sql (the same address every call), kept
 * prepared while the register is open: reset, bindings cleared.  Never
 * finalized by the caller: it ends with reg_cached_done, or with
 * sqlite3_reset once its rows are read (a statement left stepping keeps
 * a read transaction open).  Not for a statement that may run inside its
 * own use. */
int	 reg_cached(struct reg *, const char *sql, sqlite3_stmt **,
	    char *err, size_t errsz);
/* reg_step_done for a cached statement: runs it to the end and resets. */
int	 reg_cached_done(struct reg *, sqlite3_stmt *, char *err,
	    size_t errsz);
/* Finalizes every cached statement (reg_close). */
void	 reg_cache_free(struct reg *);

/* One audit row: who and when come from r. */
int	 reg_audit(struct reg *, int64_t filing, const char *what,
	    const char *old_value, const char *new_value, char *err,
	    size_t errsz);

/* Binds a qdate as "YYYY-MM-DD", or NULL for QDATE_NONE. */
int	 reg_bind_date(sqlite3_stmt *, int col, qdate);
qdate	 reg_column_date(sqlite3_stmt *, int col);
void	 reg_copy(char *dst, size_t dstsz, const unsigned char *src);
int	 reg_filing_column(struct reg *, int64_t id, const char *sql,
	    char *out, size_t outsz, char *err, size_t errsz);

/* Loads the stored facts of a filing into f (initialised by the caller). */
int	 reg_load_facts(struct reg *, int64_t id, struct facts *, char *err,
	    size_t errsz);
/* Decides on f and stores the outcome, the nearest deadline and the
 * summary columns; audits an outcome change. */
int	 reg_recompute(struct reg *, int64_t id, const struct facts *,
	    char *err, size_t errsz);
/* Registers a filing inside the caller's transaction. */
int	 reg_insert(struct reg *, const struct facts *, const char *number,
	    int year, int64_t seq, const char *status, const char *judge,
	    int64_t *id, char *err, size_t errsz);

/* Changes one stored fact and audits it; NULL = absent. */
int	 reg_change_fact(struct reg *, int64_t id, const char *key,
	    const char *old_value, const char *new_value, char *err,
	    size_t errsz);
/* At registration: the events that the facts already record. */
int	 reg_events_from_facts(struct reg *, int64_t id, const struct facts *,
	    char *err, size_t errsz);

/* Records an event row (and its audit row) without any check. */
/* reg_event inside the caller's transaction; an event recorded once
 * already (not repeatable) is left as it is. */
int	 reg_event_in_tx(struct reg *, int64_t id, const char *kind,
	    qdate date, const char *note, char *err, size_t errsz);
int	 reg_event_insert(struct reg *, int64_t id, const char *kind,
	    qdate date, const char *note, char *err, size_t errsz);

/* The query plans (EXPLAIN QUERY PLAN, one line each) of the statements
 * that reg_list would run for the filter, for the tests. */
int	 reg_list_plan(struct reg *, const struct reg_filter *,
	    struct strbuf *plan, char *err, size_t errsz);

/* At open, after the migration: the register's calendar, the shipped
 * one with the court's days (reg-calendar.c). */
int	 reg_calendar_load(struct reg *, const struct calendar *shipped,
	    char *err, size_t errsz);

/* After the migration that made the report's tables: every filing
 * decided again, once, so that they hold the filings there were
 * (reg-report.c). */
int	 reg_report_rebuild(struct reg *, char *err, size_t errsz);

/* reg-document.c: what comes with a new filing (documents, the draft's
 * documents, proposals), inside reg_add's transaction; the proposals'
 * audit inside the caller's. */
int	 reg_documents_with(struct reg *, int64_t filing_id,
	    const struct reg_add_with *, char *err, size_t errsz);
int	 reg_proposals_audit_in_tx(struct reg *, int64_t filing_id,
	    const struct reg_proposal_choice *, size_t n, char *err,
	    size_t errsz);

/* Decide options from the cite.* settings (buffers hold them). */
void	 reg_decide_options(struct reg *, struct decide_options *,
	    char route[64], char excluded[64]);

#endif
