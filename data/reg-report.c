/*
 * The report's counts from report_count (schema step 4): the days of the
 * period summed per judge, month and measure, and the balance of the
 * days before it and up to its end; core/report.c does the arithmetic.
 * A few thousand rows at most, whatever the size of the register.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/reg-internal.h"

/* Runs one summing statement, handing its rows to report_add. */
static int
report_query(struct reg *r, const char *sql, const char *from, const char *to,
    const char *judge, int when, struct report *rp, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	const char *j, *w;
	int rc, y, m, at;

	if (reg_prepare(r, sql, &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, judge, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		j = (const char *)sqlite3_column_text(st, 0);
		w = (const char *)sqlite3_column_text(st, 1);
		at = when;
		if (when >= 0 && sqlite3_column_text(st, 3) != NULL &&
		    sscanf((const char *)sqlite3_column_text(st, 3), "%d-%d",
		    &y, &m) == 2)
			at = y * 12 + m - 1;
		if (w != NULL)
			report_add(rp, j != NULL ? j : "", at, w,
			    (long)sqlite3_column_int64(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

int
reg_report(struct reg *r, qdate from, qdate to, const char *judge,
    struct report *rp, char *err, size_t errsz)
{
	char f[QDATE_BUFSZ], t[QDATE_BUFSZ];
	int rc;

	report_init(rp, from, to);
	qdate_format(from, f);
	qdate_format(to, t);
	/* The days to a return are counted by month (schema step 4): those
	 * of every month the period touches. */
	if ((rc = report_query(r, "SELECT judge, what, sum(n), "
	    "substr(day, 1, 7) FROM report_count WHERE day BETWEEN ?1 AND ?2 "
	    "AND NOT (what >= 'days:' AND what < 'days;') "
	    "AND (?3 IS NULL OR judge = ?3) GROUP BY 1, 2, 4", f, t, judge, 0,
	    rp, err, errsz)) != 0 ||
	    (rc = report_query(r, "SELECT judge, what, sum(n), "
	    "substr(day, 1, 7) FROM report_count WHERE day BETWEEN "
	    "substr(?1, 1, 7) || '-01' AND ?2 AND what >= 'days:' AND "
	    "what < 'days;' AND (?3 IS NULL OR judge = ?3) GROUP BY 1, 2, 4",
	    f, t, judge, 0, rp, err, errsz)) != 0 ||
	    (rc = report_query(r, "SELECT judge, what, sum(n), NULL "
	    "FROM report_count WHERE day < ?1 AND ?2 IS NOT NULL AND "
	    "(what = 'in' OR what >= 'out:' AND what < 'out;') AND "
	    "(?3 IS NULL OR judge = ?3) GROUP BY 1, 2", f, t, judge,
	    REPORT_BEFORE, rp, err, errsz)) != 0 ||
	    (rc = report_query(r, "SELECT judge, what, sum(n), NULL "
	    "FROM report_count WHERE day <= ?2 AND ?1 IS NOT NULL AND "
	    "(what = 'in' OR what >= 'out:' AND what < 'out;') AND "
	    "(?3 IS NULL OR judge = ?3) GROUP BY 1, 2", f, t, judge,
	    REPORT_UPTO, rp, err, errsz)) != 0) {
		report_free(rp);
		return rc;
	}
	report_finish(rp);
	return 0;
}

/* The filings' ids, gathered before any is rewritten. */
static int
rebuild_ids(struct reg *r, int64_t **ids, size_t *n, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if (reg_prepare(r, "SELECT id FROM filing ORDER BY id", &st, err,
	    errsz) != 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			*ids = xrealloc(*ids, cap * sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, err, errsz);
}

int
reg_report_rebuild(struct reg *r, char *err, size_t errsz)
{
	char flag[8] = "";
	struct facts f;
	int64_t *ids = NULL;
	size_t i, n = 0;
	int rc;

	/* Read first, without the write lock that every open would take;
	 * then again under it: another process may have rebuilt since. */
	for (i = 0; i < 2; i++) {
		if (i == 1 && reg_begin(r, err, errsz) != 0)
			return -1;
		rc = reg_filing_column(r, 0, "SELECT value FROM setting WHERE "
		    "key = 'report.rebuild' AND ?1 = 0", flag, sizeof flag,
		    err, errsz);
		if (rc == REG_EINPUT) {
			if (i == 1)
				reg_rollback(r);
			return 0;	/* nothing to do */
		}
		if (rc != 0) {
			if (i == 1)
				reg_rollback(r);
			return rc;
		}
	}
	rc = rebuild_ids(r, &ids, &n, err, errsz);
	for (i = 0; rc == 0 && i < n; i++) {
		facts_init(&f);
		if ((rc = reg_load_facts(r, ids[i], &f, err, errsz)) == 0)
			rc = reg_recompute(r, ids[i], &f, err, errsz);
		facts_free(&f);
	}
	free(ids);
	if (rc == 0)
		rc = sqlite3_exec(r->db, "DELETE FROM setting WHERE key = "
		    "'report.rebuild'", NULL, NULL, NULL) == SQLITE_OK ? 0 :
		    reg_fail(r, sqlite3_extended_errcode(r->db), err, errsz);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}
