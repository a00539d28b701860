/*
 * The filing itself: its facts and the decision recomputed from them,
 * registration and its number, finding it, loading it whole.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"

/* "key" text of a fact when the vocabulary has the key and it is set. */
static const char *
reg_fact_text(const struct facts *f, const char *key, char *buf,
    size_t bufsz)
{
	int idx = vocab_index(key);

	if (idx < 0)
		return NULL;
	return facts_value_text(f, (size_t)idx, buf, bufsz);
}

/* The list's summary columns: who filed and against what. */
static void
reg_summary(const struct facts *f, struct strbuf *filer, struct strbuf *act)
{
	static const char *const act_keys[] = {
		"act.type", "act.instance", "act.court", "act.date", NULL
	};
	char buf[FACT_TEXT_MAX];
	const char *s;
	size_t i;

	if ((s = reg_fact_text(f, "filer.name", buf, sizeof buf)) == NULL)
		s = reg_fact_text(f, "filer.role", buf, sizeof buf);
	strbuf_puts(filer, s != NULL ? s : "");
	for (i = 0; act_keys[i] != NULL; i++) {
		if ((s = reg_fact_text(f, act_keys[i], buf, sizeof buf)) ==
		    NULL)
			continue;
		if (act->len > 0)
			strbuf_puts(act, ", ");
		strbuf_puts(act, s);
	}
}

/* The list's columns of who filed and against what: the summaries at ?5
 * and ?6, and from ?10 on (schema step 7) the act's type, court, number
 * and date and the e-filing number, as stored. */
static void
reg_bind_identity(sqlite3_stmt *st, const struct facts *f)
{
	static const char *const keys[] = { "act.type", "act.court",
	    "act.number", "act.date", "filing.efiling-number" };
	char buf[FACT_TEXT_MAX];
	struct strbuf filer, act;
	const char *s;
	size_t i;

	strbuf_init(&filer);
	strbuf_init(&act);
	reg_summary(f, &filer, &act);
	sqlite3_bind_text(st, 5, filer.buf, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, act.buf, -1, SQLITE_TRANSIENT);
	strbuf_free(&filer);
	strbuf_free(&act);
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		s = reg_fact_text(f, keys[i], buf, sizeof buf);
		sqlite3_bind_text(st, 10 + (int)i, s, -1, SQLITE_TRANSIENT);
	}
}

void
reg_decide_options(struct reg *r, struct decide_options *o, char route[64],
    char excluded[64])
{
	struct strbuf v;
	char err[REG_ERRSZ];

	memset(o, 0, sizeof *o);
	strbuf_init(&v);
	if (reg_setting_get(r, "cite.route-not-observed", &v, err,
	    sizeof err) == 0 && v.len > 0 && v.len < 64) {
		memcpy(route, v.buf, v.len + 1);
		o->route_not_observed_item = route;
	}
	strbuf_reset(&v);
	if (reg_setting_get(r, "cite.protest-excluded-act", &v, err,
	    sizeof err) == 0 && v.len > 0 && v.len < 64) {
		memcpy(excluded, v.buf, v.len + 1);
		o->protest_excluded_act_item = excluded;
	}
	strbuf_free(&v);
	o->cpc484_2_1_confirmed = reg_cpc484_confirmed(r);
}

static void
reg_decide(struct reg *r, const struct facts *f, struct decision *d)
{
	struct decide_options o;
	char route[64], excluded[64];

	reg_decide_options(r, &o, route, excluded);
	decide(f, r->cal, &o, r->today, d);
}

/* The day the filing left the court: returned or decided (a withdrawal
 * is dated by its event only). */
static qdate
reg_closed(const struct facts *f)
{
	qdate ret = facts_date(f, "filing.returned");
	qdate dec = facts_date(f, "filing.decided");

	if (ret == QDATE_NONE)
		return dec;
	return dec == QDATE_NONE || ret < dec ? ret : dec;
}

/* The decision's deadlines with the day their step came, for the
 * report's kept deadlines (the triggers of report_count count them). */
static int
reg_deadline_log(struct reg *r, int64_t id, const struct decision *d,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	size_t i;

	if (reg_prepare(r, "DELETE FROM deadline_log WHERE filing_id = ?", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	for (i = 0; i < d->n_deadlines; i++) {
		/* The limit of a later filing is not the court's. */
		if (strcmp(d->deadlines[i].name, "worsening-limit") == 0)
			continue;
		if (reg_prepare(r, "INSERT INTO deadline_log (filing_id, kind, "
		    "judge, due, done) VALUES (?1, ?2, (SELECT judge FROM "
		    "filing WHERE id = ?1), ?3, ?4)", &st, err, errsz) != 0)
			return -1;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, d->deadlines[i].name, -1,
		    SQLITE_STATIC);
		reg_bind_date(st, 3, d->deadlines[i].date);
		reg_bind_date(st, 4, d->deadlines[i].done);
		if (reg_step_done(r, st, err, errsz) != 0)
			return -1;
	}
	return 0;
}

int
reg_recompute(struct reg *r, int64_t id, const struct facts *f, char *err,
    size_t errsz)
{
	struct decision *d = xmalloc(sizeof *d);
	const struct deadline *next;
	const struct deadline_kind *action;
	const char *kind = NULL;
	qdate due = QDATE_NONE;
	sqlite3_stmt *st = NULL;
	char old[24] = "";
	const char *now;
	int rc = -1;

	reg_decide(r, f, d);
	next = decision_next_deadline(d);
	/* A step with no date yet goes above every dated deadline. */
	if ((action = deadline_next_action(f, (int)d->outcome)) != NULL) {
		due = DEADLINE_ACTION_DATE;
		kind = action->name;
	} else if (next != NULL) {
		due = next->date;
		kind = next->name;
	}
	now = outcome_name(d->outcome);
	if (reg_filing_column(r, id, "SELECT outcome FROM filing WHERE id = ?",
	    old, sizeof old, err, errsz) != 0)
		goto out;
	if (reg_prepare(r, "UPDATE filing SET outcome = ?, next_deadline = ?, "
	    "deadline_kind = ?, received = ?, filer = ?, act = ?, "
	    "closed = coalesce(?8, (SELECT max(date) FROM event WHERE "
	    "filing_id = ?7 AND kind = 'withdrawn')), ground = ?9, "
	    "act_type = ?10, act_court = ?11, act_number = ?12, "
	    "act_date = ?13, efiling = ?14 "
	    "WHERE id = ?7", &st, err, errsz) != 0)
		goto out;
	reg_bind_identity(st, f);
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	reg_bind_date(st, 2, due);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	reg_bind_date(st, 4, facts_date(f, "filing.received"));
	sqlite3_bind_int64(st, 7, id);
	reg_bind_date(st, 8, reg_closed(f));
	sqlite3_bind_text(st, 9, d->n_grounds > 0 ? d->grounds[0].rule->id :
	    NULL, -1, SQLITE_STATIC);
	if (reg_step_done(r, st, err, errsz) != 0 ||
	    reg_deadline_log(r, id, d, err, errsz) != 0)
		goto out;
	if (strcmp(old, now) != 0 && reg_audit(r, id, "outcome",
	    *old != '\0' ? old : NULL, now, err, errsz) != 0)
		goto out;
	rc = 0;
out:
	free(d);
	return rc;
}

int
reg_load_facts(struct reg *r, int64_t id, struct facts *f, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	char msg[REG_ERRSZ];
	const char *key, *value;
	int rc;

	if (reg_prepare(r, "SELECT key, value FROM fact WHERE filing_id = ?",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		key = (const char *)sqlite3_column_text(st, 0);
		value = (const char *)sqlite3_column_text(st, 1);
		if (key == NULL || value == NULL ||
		    facts_set(f, key, value, msg, sizeof msg) != 0) {
			sqlite3_finalize(st);
			return reg_failf(r, err, errsz, _("filing %lld: a "
			    "stored fact does not fit the vocabulary: %s"),
			    (long long)id, key != NULL && value != NULL ? msg :
			    "NULL");
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

static int
reg_store_fact(struct reg *r, int64_t id, const char *key, const char *value,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (value == NULL) {
		if (reg_prepare(r, "DELETE FROM fact WHERE filing_id = ? AND "
		    "key = ?", &st, err, errsz) != 0)
			return -1;
	} else {
		if (r->fact_put == NULL && (rc = sqlite3_prepare_v3(r->db,
		    "INSERT OR REPLACE INTO fact (filing_id, key, value) "
		    "VALUES (?, ?, ?)", -1, SQLITE_PREPARE_PERSISTENT,
		    &r->fact_put, NULL)) != SQLITE_OK)
			return reg_fail(r, rc, err, errsz);
		st = r->fact_put;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return rc == SQLITE_DONE ? 0 : reg_fail(r,
		    sqlite3_extended_errcode(r->db), err, errsz);
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	if (value != NULL)
		sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
	return reg_step_done(r, st, err, errsz);
}

/* Changes one stored fact and audits it; old/new NULL = absent. */
int
reg_change_fact(struct reg *r, int64_t id, const char *key,
    const char *old_value, const char *new_value, char *err, size_t errsz)
{
	char what[96];

	if (old_value != NULL && new_value != NULL &&
	    strcmp(old_value, new_value) == 0)
		return 0;
	if (old_value == NULL && new_value == NULL)
		return 0;
	if (reg_store_fact(r, id, key, new_value, err, errsz) != 0)
		return -1;
	snprintf(what, sizeof what, "fact %s", key);
	return reg_audit(r, id, what, old_value, new_value, err, errsz);
}

int
reg_insert(struct reg *r, const struct facts *f, const char *number,
    int year, int64_t seq, const char *status, const char *judge,
    int64_t *id, char *err, size_t errsz)
{
	char buf[FACT_TEXT_MAX];
	const char *v;
	sqlite3_stmt *st;
	size_t i;

	if (reg_prepare(r, "INSERT INTO filing (number, year, seq, status, "
	    "judge, outcome, created) VALUES (?, ?, ?, ?, ?, '', ?)", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int64(st, 3, seq);
	sqlite3_bind_text(st, 4, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, judge != NULL ? judge : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 6, r->now, -1, SQLITE_STATIC);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(r->db);
	if (reg_audit(r, *id, "filing", NULL, number, err, errsz) != 0 ||
	    reg_audit(r, *id, "status", NULL, status, err, errsz) != 0)
		return -1;
	for (i = 0; i < vocab_count(); i++) {
		if ((v = facts_value_text(f, i, buf, sizeof buf)) == NULL)
			continue;
		if (reg_store_fact(r, *id, vocab_at(i)->key, v, err,
		    errsz) != 0)
			return -1;
	}
	return reg_recompute(r, *id, f, err, errsz);
}

/* Expands the numbering format; the format was checked when it was set. */
static int
reg_format_number(struct reg *r, int year, int64_t seq, char number[40],
    char *err, size_t errsz)
{
	struct strbuf fmt, prefix, out;
	int rc = 0;

	strbuf_init(&fmt);
	strbuf_init(&prefix);
	strbuf_init(&out);
	if (reg_setting_get(r, "numbering", &fmt, err, errsz) != 0 ||
	    reg_setting_get(r, "numbering.prefix", &prefix, err, errsz) != 0) {
		rc = -1;
		goto out;
	}
	if (fmt.len == 0)
		strbuf_puts(&fmt, REG_DEFAULT_NUMBERING);
	if (prefix.len == 0)
		strbuf_puts(&prefix, REG_DEFAULT_PREFIX);
	reg_number_expand(fmt.buf, prefix.buf, seq, year, &out);
	if (out.len >= 40) {
		rc = REG_EINPUT;
		snprintf(err, errsz, _("the register number '%s' is longer "
		    "than 39 bytes; shorten the setting 'numbering' or "
		    "'numbering.prefix'"), out.buf);
	} else
		memcpy(number, out.buf, out.len + 1);
out:
	strbuf_free(&fmt);
	strbuf_free(&prefix);
	strbuf_free(&out);
	return rc;
}

/* The next number of the year; the sequence only ever grows. */
static int
reg_next_seq(struct reg *r, int year, int64_t *seq, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "INSERT OR IGNORE INTO sequence (year, last) "
	    "VALUES (?, 0)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	if (reg_prepare(r, "UPDATE sequence SET last = last + 1 WHERE year = ?",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	if (reg_prepare(r, "SELECT last FROM sequence WHERE year = ?", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*seq = sqlite3_column_int64(st, 0);
	else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

/* The next number of the year that no filing has: an imported register
 * may hold a number the numbering produces only now. */
static int
reg_free_number(struct reg *r, int year, int64_t *seq, char number[40],
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int tries, rc;

	for (tries = 0; tries < 1000; tries++) {
		if ((rc = reg_next_seq(r, year, seq, err, errsz)) != 0 ||
		    (rc = reg_format_number(r, year, *seq, number, err,
		    errsz)) != 0)
			return rc;
		if (reg_prepare(r, "SELECT 1 FROM filing WHERE number = ?", &st,
		    err, errsz) != 0)
			return -1;
		sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc == SQLITE_DONE)
			return 0;
		if (rc != SQLITE_ROW)
			return reg_fail(r, rc, err, errsz);
	}
	snprintf(err, errsz, _("no free register number for %d: the "
	    "numbering setting gives numbers that are taken"), year);
	return REG_EINPUT;
}

int
reg_add(struct reg *r, const struct facts *f, int64_t *id, char number[40],
    char *err, size_t errsz)
{
	return reg_add_ex(r, f, NULL, id, number, err, errsz);
}

int
reg_add_ex(struct reg *r, const struct facts *f, const struct reg_add_with *w,
    int64_t *id, char number[40], char *err, size_t errsz)
{
	qdate received = facts_date(f, "filing.received");
	int y, m, d, rc;
	int64_t seq = 0;

	qdate_to_ymd(received != QDATE_NONE ? received : r->today, &y, &m, &d);
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = reg_free_number(r, y, &seq, number, err, errsz)) == 0 &&
	    (rc = reg_insert(r, f, number, y, seq, REG_STATUS_NEW, NULL, id, err,
	    errsz)) == 0)
		rc = reg_events_from_facts(r, *id, f, err, errsz);
	if (rc == 0)
		rc = reg_documents_with(r, *id, w, err, errsz);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

int
reg_find(struct reg *r, const char *key, int64_t *id, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	const char *p;
	int rc;

	*id = 0;
	for (p = key; *p >= '0' && *p <= '9'; p++)
		;
	if (*key != '\0' && *p == '\0' && p - key < 18) {
		if (reg_prepare(r, "SELECT id FROM filing WHERE id = ? UNION "
		    "ALL SELECT id FROM filing WHERE number = ?", &st, err,
		    errsz) != 0)
			return -1;
		sqlite3_bind_int64(st, 1, strtoll(key, NULL, 10));
		sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	} else {
		if (reg_prepare(r, "SELECT id FROM filing WHERE number = ?",
		    &st, err, errsz) != 0)
			return -1;
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	snprintf(err, errsz, _("no filing '%s' in the register"), key);
	return REG_EINPUT;
}

static int
reg_load_events(struct reg *r, struct reg_filing *fl, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	struct reg_event *e;
	const unsigned char *note;
	size_t cap = 0;
	int rc;

	if (reg_prepare(r, "SELECT id, kind, date, note, user, at FROM event "
	    "WHERE filing_id = ? ORDER BY date, id", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, fl->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (fl->n_events == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			fl->events = xrealloc(fl->events, cap * sizeof *e);
		}
		e = &fl->events[fl->n_events++];
		memset(e, 0, sizeof *e);
		e->id = sqlite3_column_int64(st, 0);
		reg_copy(e->kind, sizeof e->kind, sqlite3_column_text(st, 1));
		e->date = reg_column_date(st, 2);
		note = sqlite3_column_text(st, 3);
		e->note = note != NULL ? xstrdup((const char *)note) : NULL;
		reg_copy(e->user, sizeof e->user, sqlite3_column_text(st, 4));
		reg_copy(e->at, sizeof e->at, sqlite3_column_text(st, 5));
	}
	if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, err, errsz);
}

static char *
reg_column_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);

	return s != NULL ? xstrdup((const char *)s) : NULL;
}

static int
reg_load_audit(struct reg *r, struct reg_filing *fl, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	struct reg_audit *a;
	size_t cap = 0;
	int rc;

	if (reg_prepare(r, "SELECT id, at, user, what, old_value, new_value, "
	    "user_name FROM audit WHERE filing_id = ? ORDER BY id", &st, err,
	    errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, fl->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (fl->n_audit == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			fl->audit = xrealloc(fl->audit, cap * sizeof *a);
		}
		a = &fl->audit[fl->n_audit++];
		a->id = sqlite3_column_int64(st, 0);
		reg_copy(a->at, sizeof a->at, sqlite3_column_text(st, 1));
		reg_copy(a->user, sizeof a->user, sqlite3_column_text(st, 2));
		reg_copy(a->what, sizeof a->what, sqlite3_column_text(st, 3));
		a->old_value = reg_column_dup(st, 4);
		a->new_value = reg_column_dup(st, 5);
		reg_copy(a->user_name, sizeof a->user_name,
		    sqlite3_column_text(st, 6));
	}
	if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, err, errsz);
}

/*
 * Reads one filing in a read transaction, so that the facts, events and
 * audit rows are of one moment even while another assistant writes.
 */
int
reg_load(struct reg *r, int64_t id, struct reg_filing *fl, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	memset(fl, 0, sizeof *fl);
	facts_init(&fl->facts);
	fl->id = id;
	if ((rc = sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
		return reg_fail(r, rc, err, errsz);
	if (reg_prepare(r, "SELECT number, status, judge FROM filing "
	    "WHERE id = ?", &st, err, errsz) != 0)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		reg_copy(fl->number, sizeof fl->number,
		    sqlite3_column_text(st, 0));
		reg_copy(fl->status, sizeof fl->status,
		    sqlite3_column_text(st, 1));
		reg_copy(fl->judge, sizeof fl->judge,
		    sqlite3_column_text(st, 2));
	} else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, _("no filing %lld in the register"),
		    (long long)id);
		reg_rollback(r);
		reg_filing_free(fl);
		return REG_EINPUT;
	}
	if (rc != SQLITE_ROW) {
		reg_fail(r, rc, err, errsz);
		goto fail;
	}
	if (reg_load_facts(r, id, &fl->facts, err, errsz) != 0 ||
	    reg_load_events(r, fl, err, errsz) != 0 ||
	    reg_load_audit(r, fl, err, errsz) != 0)
		goto fail;
	reg_decide(r, &fl->facts, &fl->decision);
	reg_rollback(r);
	return 0;
fail:
	reg_rollback(r);
	reg_filing_free(fl);
	return -1;
}

void
reg_filing_free(struct reg_filing *fl)
{
	size_t i;

	if (fl == NULL)
		return;
	facts_free(&fl->facts);
	for (i = 0; i < fl->n_events; i++)
		free(fl->events[i].note);
	free(fl->events);
	for (i = 0; i < fl->n_audit; i++) {
		free(fl->audit[i].old_value);
		free(fl->audit[i].new_value);
	}
	free(fl->audit);
	fl->events = NULL;
	fl->audit = NULL;
	fl->n_events = fl->n_audit = 0;
}
