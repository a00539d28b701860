/*
 * The register's transaction and error helpers that every reg-*.c uses.
 * Opening the file is in reg-open.c, the filing itself (add, find, load)
 * in reg-filing.c.
 *
 * Every write is one BEGIN IMMEDIATE transaction: taking the write lock at
 * BEGIN lets the busy timeout wait for another assistant's write, where a
 * deferred transaction that upgrades from read to write would fail at once
 * with SQLITE_BUSY.  Inside it the decision is recomputed by core, so the
 * stored outcome and deadline never disagree with the rules.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"

void
reg_copy(char *dst, size_t dstsz, const unsigned char *src)
{
	snprintf(dst, dstsz, "%s", src != NULL ? (const char *)src : "");
}

int
reg_bind_date(sqlite3_stmt *st, int col, qdate d)
{
	char buf[QDATE_BUFSZ];

	if (d == QDATE_NONE)
		return sqlite3_bind_null(st, col);
	qdate_format(d, buf);
	return sqlite3_bind_text(st, col, buf, -1, SQLITE_TRANSIENT);
}

qdate
reg_column_date(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	qdate d;

	if (s == NULL || !qdate_parse((const char *)s, &d))
		return QDATE_NONE;
	return d;
}

/* The reason for people, without the file name. */
static const char *
reg_reason(struct reg *r, int rc)
{
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return _("the disk is full; nothing was changed");
	case SQLITE_READONLY:
		if (r != NULL && r->ro_why != NULL)
			return r->ro_why;
		return _("the register is read-only; nothing was changed");
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return _("the register stayed locked by another process for "
		    "10 seconds; nothing was changed, try again");
	case SQLITE_NOTADB:
		return _("not a register (file is not a database)");
	case SQLITE_CORRUPT:
		return _("the register file is damaged; restore it from a "
		    "backup");
	case SQLITE_CANTOPEN:
		return _("cannot open the file or its folder");
	case SQLITE_IOERR:
		return _("cannot read or write the file (input/output error)");
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return _("permission denied");
	default:
		return r != NULL && r->db != NULL ? sqlite3_errmsg(r->db) :
		    sqlite3_errstr(rc);
	}
}

/* SQLite calls a full disk an I/O error when it cannot even make the
 * -shm or -wal file; the folder's free space tells. */
bool
reg_disk_full(const char *path)
{
	struct statvfs vfs;
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	bool full;

	if (slash != NULL)
		slash[slash == dir] = '\0';
	full = statvfs(slash != NULL ? dir : ".", &vfs) == 0 &&
	    vfs.f_bavail == 0;
	free(dir);
	return full;
}

int
reg_fail(struct reg *r, int rc, char *err, size_t errsz)
{
	if (((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN ||
	    (rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_READONLY) &&
	    reg_disk_full(r->path))
		snprintf(err, errsz, _("%s: the disk holding the register is "
		    "full (no byte free); nothing was changed: free some space "
		    "on it"), r->path);
	else
		snprintf(err, errsz, "%s: %s", r->path, reg_reason(r, rc));
	return -1;
}

int
reg_check_text(const char *what, const char *s, size_t max, unsigned flags,
    char *err, size_t errsz)
{
	char why[256];

	if (text_check(s, strlen(s), max, flags, why, sizeof why) == 0)
		return 0;
	snprintf(err, errsz, "%s: %s", what, why);
	return REG_EINPUT;
}

int
reg_failf(struct reg *r, char *err, size_t errsz, const char *fmt, ...)
{
	char msg[REG_ERRSZ];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(err, errsz, "%s: %s", r->path, msg);
	return -1;
}

static void
reg_stamp(struct reg *r)
{
	struct tm tm;
	time_t now = time(NULL);

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(r->now, sizeof r->now, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(r->now, sizeof r->now, "%lld", (long long)now);
}

int
reg_begin(struct reg *r, char *err, size_t errsz)
{
	int rc;

	rc = sqlite3_exec(r->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return reg_fail(r, rc, err, errsz);
	reg_stamp(r);
	return 0;
}

int
reg_commit(struct reg *r, char *err, size_t errsz)
{
	int rc;

	rc = sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		reg_fail(r, rc, err, errsz);
		reg_rollback(r);
		return -1;
	}
	return 0;
}

void
reg_rollback(struct reg *r)
{
	/* SQLite may already have rolled back (disk full, I/O error); then
	 * this fails harmlessly. */
	if (!sqlite3_get_autocommit(r->db))
		(void)sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
}

int
reg_prepare(struct reg *r, const char *sql, sqlite3_stmt **st, char *err,
    size_t errsz)
{
	int rc;

	rc = sqlite3_prepare_v2(r->db, sql, -1, st, NULL);
	if (rc != SQLITE_OK) {
		*st = NULL;
		return reg_fail(r, rc, err, errsz);
	}
	return 0;
}

int
reg_step_done(struct reg *r, sqlite3_stmt *st, char *err, size_t errsz)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		rc = sqlite3_extended_errcode(r->db);
		reg_fail(r, rc, err, errsz);
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

int
reg_step_rows(struct reg *r, sqlite3_stmt *st, reg_stmt_fn fn, void *ctx,
    char *err, size_t errsz)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(st, ctx) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, err, errsz);
}

int
reg_cached(struct reg *r, const char *sql, sqlite3_stmt **st, char *err,
    size_t errsz)
{
	struct reg_stmt *c;
	size_t i;
	int rc;

	for (i = 0; i < r->ncache; i++)
		if (r->cache[i].sql == sql) {
			*st = r->cache[i].st;
			sqlite3_reset(*st);
			sqlite3_clear_bindings(*st);
			return 0;
		}
	/* The statements come from a fixed set of call sites; more than
	 * the cache holds is a programming error, not a user's. */
	if (r->ncache == REG_CACHE_MAX) {
		*st = NULL;
		return reg_failf(r, err, errsz, "statement cache full (%d)",
		    REG_CACHE_MAX);
	}
	c = &r->cache[r->ncache];
	rc = sqlite3_prepare_v3(r->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &c->st, NULL);
	if (rc != SQLITE_OK) {
		*st = c->st = NULL;
		return reg_fail(r, rc, err, errsz);
	}
	c->sql = sql;
	r->ncache++;
	*st = c->st;
	return 0;
}

int
reg_cached_done(struct reg *r, sqlite3_stmt *st, char *err, size_t errsz)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		rc = sqlite3_extended_errcode(r->db);
		sqlite3_reset(st);
		return reg_fail(r, rc, err, errsz);
	}
	sqlite3_reset(st);
	return 0;
}

void
reg_cache_free(struct reg *r)
{
	size_t i;

	for (i = 0; i < r->ncache; i++)
		sqlite3_finalize(r->cache[i].st);
	r->ncache = 0;
}

int
reg_audit(struct reg *r, int64_t filing, const char *what,
    const char *old_value, const char *new_value, char *err, size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_cached(r, "INSERT INTO audit (at, user, filing_id, what, "
	    "old_value, new_value, user_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, r->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->user, -1, SQLITE_STATIC);
	if (filing > 0)
		sqlite3_bind_int64(st, 3, filing);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_text(st, 4, what, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, old_value, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, new_value, -1, SQLITE_STATIC);
	if (r->user_name[0] != '\0')
		sqlite3_bind_text(st, 7, r->user_name, -1, SQLITE_STATIC);
	return reg_cached_done(r, st, err, errsz);
}

/*
 * One text column of filing id, by a constant statement such as
 * "SELECT status FROM filing WHERE id = ?".  0, or REG_EINPUT when there
 * is no such filing, or -1 on a failure (message in err).
 */
int
reg_filing_column(struct reg *r, int64_t id, const char *sql, char *out,
    size_t outsz, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_cached(r, sql, &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		reg_copy(out, outsz, sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, _("no filing %lld in the register"),
		    (long long)id);
		return REG_EINPUT;
	}
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

/* A number by the court's pattern: {prefix}, {n}, {yyyy}, {yy}; the rest
 * as it stands.  Register numbers and outgoing numbers share it. */
void
reg_number_expand(const char *fmt, const char *prefix, long long seq,
    int year, struct strbuf *out)
{
	const char *p;

	for (p = fmt; *p != '\0'; p++)
		if (strncmp(p, "{prefix}", 8) == 0) {
			strbuf_puts(out, prefix);
			p += 7;
		} else if (strncmp(p, "{n}", 3) == 0) {
			strbuf_printf(out, "%lld", seq);
			p += 2;
		} else if (strncmp(p, "{yyyy}", 6) == 0) {
			strbuf_printf(out, "%04d", year);
			p += 5;
		} else if (strncmp(p, "{yy}", 4) == 0) {
			strbuf_printf(out, "%02d", year % 100);
			p += 3;
		} else
			strbuf_putc(out, *p);
}
