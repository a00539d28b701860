/*
 * The court's calendar in the register: holidays, days off and working
 * days that the court sets over the shipped year files (issue 13).  They
 * are shared by everyone who opens the register, audited, and every
 * pending filing whose deadline depends on a changed day is recomputed in
 * the same transaction.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/reg-internal.h"

/* At open: the register's own calendar, the caller's with the court's
 * days on top. */
int
reg_calendar_load(struct reg *r, const struct calendar *shipped, char *err,
    size_t errsz)
{
	char msg[REG_ERRSZ];
	sqlite3_stmt *st;
	qdate d;
	int rc, kind;

	r->own_cal = calendar_copy(shipped);
	r->cal = r->own_cal;
	if (reg_prepare(r, "SELECT date, kind, note FROM court_day", &st, err,
	    errsz) != 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d = reg_column_date(st, 0);
		kind = calendar_kind_from_name((const char *)
		    sqlite3_column_text(st, 1));
		if (d == QDATE_NONE || kind < 0 ||
		    calendar_set_court_day(r->own_cal, d,
		    (enum calendar_day)kind, (const char *)
		    sqlite3_column_text(st, 2), msg, sizeof msg) != 0) {
			sqlite3_finalize(st);
			return reg_failf(r, err, errsz, _("a day of the court's "
			    "calendar does not fit: %s"),
			    sqlite3_column_text(st, 0) != NULL ?
			    (const char *)sqlite3_column_text(st, 0) : "NULL");
		}
	}
	if (rc != SQLITE_DONE) {
		rc = sqlite3_extended_errcode(r->db);
		sqlite3_finalize(st);
		return reg_fail(r, rc, err, errsz);
	}
	sqlite3_finalize(st);
	return 0;
}

int
reg_court_days(struct reg *r, int year, reg_court_day_fn fn, void *ctx,
    char *err, size_t errsz)
{
	struct reg_court_day day;
	char from[16], to[16];
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT date, kind, note, user, at FROM court_day "
	    "WHERE date BETWEEN ? AND ? ORDER BY date", &st, err, errsz) != 0)
		return -1;
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&day, 0, sizeof day);
		day.date = reg_column_date(st, 0);
		reg_copy(day.kind, sizeof day.kind, sqlite3_column_text(st, 1));
		reg_copy(day.note, sizeof day.note, sqlite3_column_text(st, 2));
		reg_copy(day.user, sizeof day.user, sqlite3_column_text(st, 3));
		reg_copy(day.at, sizeof day.at, sqlite3_column_text(st, 4));
		if (fn(&day, ctx) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		rc = sqlite3_extended_errcode(r->db);
		sqlite3_finalize(st);
		return reg_fail(r, rc, err, errsz);
	}
	sqlite3_finalize(st);
	return 0;
}

/* "holiday: note", the audit's words for a court's day; NULL if none. */
static char *
court_day_text(struct reg *r, qdate d, char *err, size_t errsz, int *rc)
{
	struct strbuf sb;
	sqlite3_stmt *st;
	char *out = NULL;

	*rc = -1;
	if (reg_prepare(r, "SELECT kind, ifnull(note, '') FROM court_day "
	    "WHERE date = ?", &st, err, errsz) != 0)
		return NULL;
	reg_bind_date(st, 1, d);
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		strbuf_init(&sb);
		strbuf_puts(&sb, (const char *)sqlite3_column_text(st, 0));
		if (*sqlite3_column_text(st, 1) != '\0')
			strbuf_printf(&sb, ": %s", sqlite3_column_text(st, 1));
		out = sb.buf;
		/* FALLTHROUGH */
	case SQLITE_DONE:
		*rc = 0;
		break;
	default:
		reg_fail(r, sqlite3_extended_errcode(r->db), err, errsz);
	}
	sqlite3_finalize(st);
	return out;
}

/* The row and its audit: kind NULL deletes it. */
static int
court_day_store(struct reg *r, qdate d, const char *kind, const char *note,
    char *err, size_t errsz)
{
	char what[40], date[QDATE_BUFSZ], *old, *now;
	sqlite3_stmt *st;
	int rc;

	old = court_day_text(r, d, err, errsz, &rc);
	if (rc != 0)
		return -1;
	if (kind == NULL)
		rc = reg_prepare(r, "DELETE FROM court_day WHERE date = ?", &st,
		    err, errsz);
	else
		rc = reg_prepare(r, "INSERT OR REPLACE INTO court_day (date, "
		    "kind, note, user, at) VALUES (?, ?, ?, ?, ?)", &st, err,
		    errsz);
	if (rc != 0)
		goto out;
	reg_bind_date(st, 1, d);
	if (kind != NULL) {
		sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, note != NULL && *note != '\0' ? note :
		    NULL, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, r->user, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, r->now, -1, SQLITE_STATIC);
	}
	if ((rc = reg_step_done(r, st, err, errsz)) != 0)
		goto out;
	now = court_day_text(r, d, err, errsz, &rc);
	qdate_format(d, date);
	snprintf(what, sizeof what, "calendar %s", date);
	if (rc == 0)
		rc = reg_audit(r, 0, what, old, now, err, errsz);
	free(now);
out:
	free(old);
	return rc;
}

/* The pending filings' ids, gathered before any of them is rewritten. */
static int
pending_ids(struct reg *r, int64_t **ids, size_t *n, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if (reg_prepare(r, "SELECT id FROM filing WHERE status = 'pending' "
	    "ORDER BY id", &st, err, errsz) != 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			*ids = xrealloc(*ids, cap * sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

/* Hands fn every deadline of a that b computes on another date. */
static int
moved_deadlines(struct reg *r, int64_t id, const struct decision *a,
    const struct decision *b, reg_moved_fn fn, void *ctx, bool *moved)
{
	struct reg_moved m;
	char err[REG_ERRSZ];
	size_t i, j;

	for (i = 0; i < a->n_deadlines; i++)
		for (j = 0; j < b->n_deadlines; j++) {
			if (strcmp(a->deadlines[i].name,
			    b->deadlines[j].name) != 0 ||
			    a->deadlines[i].date == b->deadlines[j].date)
				continue;
			*moved = true;
			memset(&m, 0, sizeof m);
			m.id = id;
			if (fn != NULL && reg_filing_column(r, id, "SELECT "
			    "number FROM filing WHERE id = ?", m.number,
			    sizeof m.number, err, sizeof err) != 0)
				return 1;
			m.deadline = a->deadlines[i].name;
			m.old_date = a->deadlines[i].date;
			m.new_date = b->deadlines[j].date;
			if (fn != NULL && fn(&m, ctx) != 0)
				return 1;
		}
	return 0;
}

/* Decides every pending filing on the calendar before and after the
 * change (the day is switched back and forth), stores those that moved. */
static int
recompute_moved(struct reg *r, qdate d, enum calendar_day was,
    const char *was_note, enum calendar_day now, const char *note,
    reg_moved_fn fn, void *ctx, char *err, size_t errsz)
{
	struct decision *a = xmalloc(sizeof *a), *b = xmalloc(sizeof *b);
	struct decide_options o;
	char route[64], excl[64], msg[REG_ERRSZ];
	struct facts f;
	int64_t *ids;
	size_t i, n;
	bool moved;
	int rc;

	if ((rc = pending_ids(r, &ids, &n, err, errsz)) != 0)
		goto out;
	reg_decide_options(r, &o, route, excl);
	for (i = 0; i < n && rc == 0; i++) {
		facts_init(&f);
		rc = reg_load_facts(r, ids[i], &f, err, errsz);
		if (rc == 0) {
			calendar_set_court_day(r->own_cal, d, was, was_note,
			    msg, sizeof msg);
			decide(&f, r->cal, &o, r->today, a);
			calendar_set_court_day(r->own_cal, d, now, note, msg,
			    sizeof msg);
			decide(&f, r->cal, &o, r->today, b);
			moved = false;
			if (moved_deadlines(r, ids[i], a, b, fn, ctx,
			    &moved) != 0)
				fn = NULL;
			if (moved)
				rc = reg_recompute(r, ids[i], &f, err, errsz);
		}
		facts_free(&f);
	}
	free(ids);
out:
	free(a);
	free(b);
	return rc;
}

int
reg_calendar_set(struct reg *r, qdate d, const char *kind, const char *note,
    reg_moved_fn fn, void *ctx, char *err, size_t errsz)
{
	struct calendar_day_src src;
	char *was_note = NULL;
	enum calendar_day was, now = CALENDAR_NORMAL;
	int k = 0, rc;

	if (kind != NULL && (k = calendar_kind_from_name(kind)) < 0) {
		snprintf(err, errsz, _("unknown kind of day '%s'; one of: "
		    "holiday, day-off, working"), kind);
		return REG_EINPUT;
	}
	now = (enum calendar_day)k;
	/* The court's day as it was, to put back on any failure. */
	calendar_day_info(r->cal, d, &src);
	was = src.court ? calendar_day_info(r->cal, d, &src) : CALENDAR_NORMAL;
	if (src.court && calendar_day_note(r->cal, d) != NULL)
		was_note = xstrdup(calendar_day_note(r->cal, d));
	if (calendar_set_court_day(r->own_cal, d, now, note, err, errsz) != 0) {
		free(was_note);
		return REG_EINPUT;
	}
	if ((rc = reg_begin(r, err, errsz)) != 0)
		goto undo;
	if ((rc = court_day_store(r, d, kind, note, err, errsz)) == 0 &&
	    (rc = recompute_moved(r, d, was, was_note, now, note, fn, ctx, err,
	    errsz)) == 0 && (rc = reg_commit(r, err, errsz)) == 0)
		goto out;
	reg_rollback(r);
undo:
	calendar_set_court_day(r->own_cal, d, was, was_note, err, errsz);
out:
	free(was_note);
	return rc;
}
