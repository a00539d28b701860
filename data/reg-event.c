/*
 * Changes to a filing: workflow events, facts, the judge, deletion.
 *
 * The workflow is a small state machine read from the events already
 * recorded: each event needs the one before it (a case cannot arrive before
 * it was requested, parties cannot be notified before the case arrived) and
 * nothing follows a filing's end (returned, decided, withdrawn).  An event
 * sets the workflow fact that core reads, so the deadlines move with it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"

/* Room for the events of workflow.c (test_tables checks the count). */
#define EVENTS_MAX	REG_EVENTS_MAX

const char *const *
reg_event_kinds(void)
{
	static const char *names[EVENTS_MAX + 1];
	size_t i;

	for (i = 0; i < reg_event_count() && i < EVENTS_MAX; i++)
		names[i] = reg_event_at(i)->name;
	names[i] = NULL;
	return names;
}

/* The index of an event in the table, for struct workflow. */
static size_t
event_index(const struct reg_event_def *e)
{
	return (size_t)(e - reg_event_at(0));
}

int
reg_event_insert(struct reg *r, int64_t id, const char *kind, qdate date,
    const char *note, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	char buf[QDATE_BUFSZ], what[64];

	if (reg_event_find(kind) == NULL) {
		snprintf(err, errsz, _("unknown event '%s'"), kind);
		return REG_EINPUT;
	}

	if (reg_cached(r, "INSERT INTO event (filing_id, kind, date, note, "
	    "user, at) VALUES (?, ?, ?, ?, ?, ?)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	reg_bind_date(st, 3, date);
	sqlite3_bind_text(st, 4, note, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, r->user, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, r->now, -1, SQLITE_STATIC);
	if (reg_cached_done(r, st, err, errsz) != 0)
		return -1;
	qdate_format(date, buf);
	snprintf(what, sizeof what, "event %s", kind);
	return reg_audit(r, id, what, NULL, buf, err, errsz);
}

static int
status_change(struct reg *r, int64_t id, const char *old, const char *now,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;

	if (strcmp(old, now) == 0)
		return 0;
	if (reg_prepare(r, "UPDATE filing SET status = ? WHERE id = ?", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	return reg_audit(r, id, "status", old, now, err, errsz);
}

/* The fact text an event sets: its date, or "yes" for a yes/no fact. */
static const char *
event_fact_value(const struct reg_event_def *e, qdate date, char buf[QDATE_BUFSZ])
{
	int idx = vocab_index(e->fact);

	if (idx >= 0 && vocab_at((size_t)idx)->type == FACT_BOOL)
		return "yes";
	qdate_format(date, buf);
	return buf;
}

/* Sets the event's fact in f and in the table; a key the vocabulary does
 * not have (yet) is left out rather than refused. */
static int
event_set_fact(struct reg *r, int64_t id, struct facts *f,
    const struct reg_event_def *e, qdate date, char *err, size_t errsz)
{
	char buf[QDATE_BUFSZ], old[FACT_TEXT_MAX], msg[REG_ERRSZ];
	const char *value, *was;
	char *oldcopy;
	int idx = vocab_index(e->fact), rc;

	if (idx < 0)
		return 0;
	value = event_fact_value(e, date, buf);
	was = facts_value_text(f, (size_t)idx, old, sizeof old);
	oldcopy = was != NULL ? xstrdup(was) : NULL;
	if (facts_set(f, e->fact, value, msg, sizeof msg) != 0) {
		free(oldcopy);
		return reg_failf(r, err, errsz, "%s", msg);
	}
	rc = reg_change_fact(r, id, e->fact, oldcopy, value, err, errsz);
	free(oldcopy);
	return rc;
}

int
reg_events_from_facts(struct reg *r, int64_t id, const struct facts *f,
    char *err, size_t errsz)
{
	const struct reg_event_def *e;
	enum reg_status status = REG_STATUS_PENDING;
	qdate date, received = facts_date(f, "filing.received");
	char a[QDATE_BUFSZ], b[QDATE_BUFSZ];
	size_t i;

	/* The checks of 'qarau event' apply to the dates a facts file
	 * gives: nothing after today, nothing before the receipt. */
	if (received != QDATE_NONE && received > r->today) {
		qdate_format(received, a);
		qdate_format(r->today, b);
		snprintf(err, errsz, _("filing.received: %s is after today "
		    "(%s)"), a, b);
		return REG_EINPUT;
	}
	for (i = 0; i < reg_event_count(); i++) {
		e = reg_event_at(i);
		if (vocab_index(e->fact) < 0)
			continue;
		if ((date = facts_date(f, e->fact)) != QDATE_NONE &&
		    (date > r->today || (received != QDATE_NONE &&
		    date < received))) {
			qdate_format(date, a);
			qdate_format(date > r->today ? r->today : received, b);
			snprintf(err, errsz, date > r->today ? _("%s: %s is "
			    "after today (%s)") : _("%s: %s is before the "
			    "filing was received (%s)"), e->fact, a, b);
			return REG_EINPUT;
		}
		if (vocab_at((size_t)vocab_index(e->fact))->type == FACT_BOOL) {
			if (facts_bool(f, e->fact) != 1)
				continue;
			date = received != QDATE_NONE ? received : r->today;
		} else if ((date = facts_date(f, e->fact)) == QDATE_NONE)
			continue;
		if (reg_event_insert(r, id, e->name, date, NULL, err,
		    errsz) != 0)
			return -1;
		if (e->status != REG_STATUS_PENDING)
			status = e->status;
	}
	return status_change(r, id, REG_STATUS_NEW,
	    reg_status_at(status)->name, err, errsz);
}

/* The filing's status and the latest date of each event recorded. */
struct workflow {
	char	 status[24];
	qdate	 last[EVENTS_MAX];	/* QDATE_NONE = not recorded */
};

static int
workflow_load(struct reg *r, int64_t id, struct workflow *w, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	const struct reg_event_def *e;
	size_t i;
	int rc;

	for (i = 0; i < EVENTS_MAX; i++)
		w->last[i] = QDATE_NONE;
	if ((rc = reg_filing_column(r, id, "SELECT status FROM filing WHERE "
	    "id = ?", w->status, sizeof w->status, err, errsz)) != 0)
		return rc;
	if (reg_prepare(r, "SELECT kind, max(date) FROM event WHERE "
	    "filing_id = ? GROUP BY kind", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		e = reg_event_find((const char *)sqlite3_column_text(st, 0));
		if (e != NULL)
			w->last[event_index(e)] = reg_column_date(st, 1);
	}
	if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, err, errsz);
}

static const char *
status_label(const char *name)
{
	int s = reg_status_find(name);

	return s >= 0 ? _(reg_status_at((enum reg_status)s)->label) : name;
}

/* Why the event cannot happen now, or NULL when it can; events and dates
 * as the interface language names and writes them. */
static int
workflow_check(struct reg *r, const struct workflow *w,
    const struct reg_event_def *e, qdate date, char *err, size_t errsz)
{
	const struct reg_event_def *need;
	char d1[QDATE_BUFSZ], d2[QDATE_BUFSZ];

	if (strcmp(w->status, REG_STATUS_NEW) != 0) {
		snprintf(err, errsz, _("the filing is %s: no further event "
		    "can be recorded"), status_label(w->status));
		return REG_EINPUT;
	}
	if (!e->repeat && w->last[event_index(e)] != QDATE_NONE) {
		qdate_format_shown(w->last[event_index(e)], d1);
		snprintf(err, errsz, _("'%s' is already recorded (%s)"),
		    _(e->label), d1);
		return REG_EINPUT;
	}
	if (!e->future && date > r->today) {
		qdate_format_shown(date, d1);
		snprintf(err, errsz, _("'%s' on %s is in the future"),
		    _(e->label), d1);
		return REG_EINPUT;
	}
	if (e->needs == NULL)
		return 0;
	need = reg_event_find(e->needs);
	if (w->last[event_index(need)] == QDATE_NONE) {
		snprintf(err, errsz, _("'%s' cannot be recorded before "
		    "'%s'"), _(e->label), _(need->label));
		return REG_EINPUT;
	}
	if (date < w->last[event_index(need)]) {
		qdate_format_shown(date, d1);
		qdate_format_shown(w->last[event_index(need)], d2);
		snprintf(err, errsz, _("'%s' on %s would be before '%s' on "
		    "%s"), _(e->label), d1, _(need->label), d2);
		return REG_EINPUT;
	}
	return 0;
}

static int
event_record(struct reg *r, int64_t id, const struct reg_event_def *e,
    qdate date, const char *note, char *err, size_t errsz)
{
	struct workflow w;
	struct facts f;
	int rc;

	if ((rc = workflow_load(r, id, &w, err, errsz)) != 0 ||
	    (rc = workflow_check(r, &w, e, date, err, errsz)) != 0)
		return rc;
	facts_init(&f);
	if ((rc = reg_load_facts(r, id, &f, err, errsz)) == 0 &&
	    (rc = reg_event_insert(r, id, e->name, date, note, err,
	    errsz)) == 0 &&
	    (rc = event_set_fact(r, id, &f, e, date, err, errsz)) == 0 &&
	    (rc = status_change(r, id, w.status,
	    e->status != REG_STATUS_PENDING ? reg_status_at(e->status)->name :
	    w.status, err, errsz)) == 0)
		rc = reg_recompute(r, id, &f, err, errsz);
	facts_free(&f);
	return rc;
}

int
reg_event(struct reg *r, int64_t id, const char *kind, qdate date,
    const char *note, char *err, size_t errsz)
{
	const struct reg_event_def *e = reg_event_find(kind);
	const char *const *k;
	struct strbuf names;
	int rc;

	if (e == NULL) {
		strbuf_init(&names);
		for (k = reg_event_kinds(); *k != NULL; k++)
			strbuf_printf(&names, "%s%s", k == reg_event_kinds() ?
			    "" : ", ", *k);
		snprintf(err, errsz, _("unknown event '%s'; one of: %s"), kind,
		    names.buf);
		strbuf_free(&names);
		return REG_EINPUT;
	}
	if (note != NULL && (rc = reg_check_text(_("the note"), note,
	    TEXT_MAX_NOTE, TEXT_LINES, err, errsz)) != 0)
		return rc;
	if (date == QDATE_NONE)
		date = r->today;
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = event_record(r, id, e, date, note, err, errsz)) != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

static int
judge_change(struct reg *r, int64_t id, const char *judge, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	char old[120] = "";
	int rc;

	if ((rc = reg_check_text(_("the judge's name"), judge, sizeof old - 1,
	    0, err, errsz)) != 0)
		return rc;
	if ((rc = reg_filing_column(r, id, "SELECT judge FROM filing WHERE "
	    "id = ?", old, sizeof old, err, errsz)) != 0)
		return rc;
	if (strcmp(old, judge) == 0)
		return 0;
	if (reg_prepare(r, "UPDATE filing SET judge = ? WHERE id = ?", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, judge, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	if (reg_step_done(r, st, err, errsz) != 0)
		return -1;
	return reg_audit(r, id, "judge", *old != '\0' ? old : NULL,
	    *judge != '\0' ? judge : NULL, err, errsz);
}

int
reg_set_judge(struct reg *r, int64_t id, const char *judge, char *err,
    size_t errsz)
{
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = judge_change(r, id, judge != NULL ? judge : "", err,
	    errsz)) != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

/* One "key=value" against the facts f and the table. */
static int
set_one(struct reg *r, int64_t id, struct facts *f, const char *a,
    char *err, size_t errsz)
{
	char key[128], old[FACT_TEXT_MAX], now[FACT_TEXT_MAX], msg[REG_ERRSZ];
	const struct reg_event_def *e;
	const char *eq = strchr(a, '='), *was, *is;
	char *oldcopy;
	int idx, rc;

	if (eq == NULL || eq == a || (size_t)(eq - a) >= sizeof key) {
		snprintf(err, errsz, _("'%s' is not KEY=VALUE"), a);
		return REG_EINPUT;
	}
	memcpy(key, a, (size_t)(eq - a));
	key[eq - a] = '\0';
	if (strcmp(key, "judge") == 0)
		return judge_change(r, id, eq + 1, err, errsz);
	if ((idx = vocab_index(key)) < 0) {
		snprintf(err, errsz, _("unknown fact '%s' (see 'qarau "
		    "questions')"), key);
		return REG_EINPUT;
	}
	/* The receipt, the first event, is also a question of the
	 * screening: it may be set. */
	if (((e = reg_event_for_fact(key)) != NULL && e->needs != NULL) ||
	    (vocab_at((size_t)idx)->flags & FACT_WORKFLOW) != 0) {
		snprintf(err, errsz, _("'%s' is set by a workflow event; use "
		    "'qarau event ID %s DATE'"), key, e != NULL &&
		    e->needs != NULL ? e->name :
		    "...");
		return REG_EINPUT;
	}
	was = facts_value_text(f, (size_t)idx, old, sizeof old);
	oldcopy = was != NULL ? xstrdup(was) : NULL;
	if (eq[1] == '\0')
		facts_unset(f, (size_t)idx);
	else if (facts_set(f, key, eq + 1, msg, sizeof msg) != 0) {
		free(oldcopy);
		snprintf(err, errsz, "%s", msg);
		return REG_EINPUT;
	}
	is = facts_value_text(f, (size_t)idx, now, sizeof now);
	rc = reg_change_fact(r, id, key, oldcopy, is, err, errsz);
	free(oldcopy);
	return rc;
}

int
reg_set(struct reg *r, int64_t id, const char *const *assignments, size_t n,
    char *err, size_t errsz)
{
	struct workflow w;
	struct facts f;
	size_t i;
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	facts_init(&f);
	if ((rc = workflow_load(r, id, &w, err, errsz)) == 0)
		rc = reg_load_facts(r, id, &f, err, errsz);
	for (i = 0; rc == 0 && i < n; i++)
		rc = set_one(r, id, &f, assignments[i], err, errsz);
	if (rc == 0)
		rc = reg_recompute(r, id, &f, err, errsz);
	facts_free(&f);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

static int
delete_rows(struct reg *r, const char *sql, int64_t id, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_prepare(r, sql, &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return reg_step_done(r, st, err, errsz);
}

int
reg_delete(struct reg *r, int64_t id, char *err, size_t errsz)
{
	struct workflow w;
	char number[40] = "";
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = workflow_load(r, id, &w, err, errsz)) != 0)
		goto fail;
	if ((rc = reg_filing_column(r, id, "SELECT number FROM filing WHERE "
	    "id = ?", number, sizeof number, err, errsz)) != 0)
		goto fail;
	rc = -1;
	if (delete_rows(r, "DELETE FROM fact WHERE filing_id = ?", id, err,
	    errsz) != 0 ||
	    delete_rows(r, "DELETE FROM document WHERE filing_id = ?", id, err,
	    errsz) != 0 ||
	    delete_rows(r, "DELETE FROM event WHERE filing_id = ?", id, err,
	    errsz) != 0 ||
	    delete_rows(r, "DELETE FROM filing WHERE id = ?", id, err,
	    errsz) != 0 ||
	    reg_audit(r, id, "deleted", number, NULL, err, errsz) != 0)
		goto fail;
	return reg_commit(r, err, errsz);
fail:
	reg_rollback(r);
	return rc;
}

int
reg_event_in_tx(struct reg *r, int64_t id, const char *kind, qdate date,
    const char *note, char *err, size_t errsz)
{
	const struct reg_event_def *e = reg_event_find(kind);
	struct workflow w;
	int rc;

	if (e == NULL)
		return reg_failf(r, err, errsz, _("unknown event '%s'"), kind);
	if ((rc = workflow_load(r, id, &w, err, errsz)) != 0)
		return rc;
	/* A second letter of a kind (another party's notice, a corrected
	 * return) finds its step already taken. */
	if (!e->repeat && w.last[event_index(e)] != QDATE_NONE)
		return 0;
	return event_record(r, id, e, date, note, err, errsz);
}

/* The last event of filing id: its row id, kind and date. */
static int
undo_last(struct reg *r, int64_t id, int64_t *ev, char kind[24],
    qdate *date, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT id, kind, date FROM event WHERE "
	    "filing_id = ? ORDER BY id DESC LIMIT 1", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*ev = sqlite3_column_int64(st, 0);
		reg_copy(kind, 24, sqlite3_column_text(st, 1));
		*date = reg_column_date(st, 2);
	} else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, "%s", _("the filing has no event to "
		    "undo"));
		return REG_EINPUT;
	}
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

/* Removes the event row ev and gives its fact the date of the same
 * kind's event before it (a moved hearing), else none. */
static int
undo_fact(struct reg *r, int64_t id, int64_t ev, const struct reg_event_def *e,
    struct facts *f, char *err, size_t errsz)
{
	char old[FACT_TEXT_MAX], buf[QDATE_BUFSZ];
	const char *was, *now = NULL;
	struct workflow w;
	sqlite3_stmt *st;
	int idx = vocab_index(e->fact), rc;
	char *oldcopy;

	if (reg_prepare(r, "DELETE FROM event WHERE id = ?", &st, err,
	    errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, ev);
	if (reg_step_done(r, st, err, errsz) != 0 ||
	    (rc = workflow_load(r, id, &w, err, errsz)) != 0)
		return -1;
	if (idx < 0)
		return 0;
	if (w.last[event_index(e)] != QDATE_NONE)
		now = event_fact_value(e, w.last[event_index(e)], buf);
	was = facts_value_text(f, (size_t)idx, old, sizeof old);
	oldcopy = was != NULL ? xstrdup(was) : NULL;
	if (now != NULL)
		(void)facts_set(f, e->fact, now, old, sizeof old);
	else
		facts_unset(f, (size_t)idx);
	rc = reg_change_fact(r, id, e->fact, oldcopy, now, err, errsz);
	free(oldcopy);
	return rc;
}

/*
 * A wrong event undone: the last one recorded goes, its fact takes the
 * value it had before, a status it set goes back to pending, and the
 * audit trail keeps both the event and its undoing.  The receipt is the
 * filing's own date and is not undone.
 */
int
reg_event_undo(struct reg *r, int64_t id, char kind[24], char *err,
    size_t errsz)
{
	const struct reg_event_def *e;
	char status[24], d[QDATE_BUFSZ], what[64];
	struct facts f;
	int64_t ev = 0;
	qdate date = QDATE_NONE;
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	facts_init(&f);
	if ((rc = undo_last(r, id, &ev, kind, &date, err, errsz)) != 0)
		goto out;
	if ((e = reg_event_find(kind)) == NULL ||
	    strcmp(e->name, "received") == 0) {
		snprintf(err, errsz, _("'%s' cannot be undone"),
		    e != NULL ? _(e->label) : kind);
		rc = REG_EINPUT;
		goto out;
	}
	qdate_format(date, d);
	snprintf(what, sizeof what, "event %s undone", kind);
	if ((rc = reg_filing_column(r, id, "SELECT status FROM filing WHERE "
	    "id = ?", status, sizeof status, err, errsz)) == 0 &&
	    (rc = reg_load_facts(r, id, &f, err, errsz)) == 0 &&
	    (rc = undo_fact(r, id, ev, e, &f, err, errsz)) == 0 &&
	    (rc = status_change(r, id, status, e->status != REG_STATUS_PENDING ?
	    REG_STATUS_NEW : status, err, errsz)) == 0 &&
	    (rc = reg_audit(r, id, what, d, NULL, err, errsz)) == 0)
		rc = reg_recompute(r, id, &f, err, errsz);
out:
	facts_free(&f);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}
