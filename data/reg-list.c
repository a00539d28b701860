/*
 * The register list: one or two index seeks per page, whatever the size.
 *
 * Paging is by keyset, not OFFSET: "rows after this one in this order" is a
 * range on an index, so the millionth row costs what the first does.  Every
 * order ends with id, which makes the order total and the keyset exact.
 * Every order has an index for the pending list (status first) and one for
 * every status (list --all); reg_list_plan shows what SQLite makes of it,
 * and the unit tests check that no order scans the table or sorts.
 * The SQL text is assembled only from the fixed fragments below; every
 * value the user gave is bound.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"

#define DUE_EXPR	"ifnull(next_deadline, '9999-12-31')"
#define NO_DATE		"9999-12-31"

struct sort_def {
	const char	*name;
	const char	*keys[2];	/* before id */
	size_t		 n;
};

static const struct sort_def sorts[] = {
	{ "deadline", { DUE_EXPR, NULL }, 1 },
	{ "number", { "year", "seq" }, 2 },
	{ "received", { "ifnull(received, '" NO_DATE "')", NULL }, 1 },
	{ "filer", { "filer", NULL }, 1 },
	{ "judge", { "judge", NULL }, 1 },
};

/* Values to bind, in the order the placeholders were written. */
struct binds {
	size_t	 n;
	struct {
		const char	*text;	/* NULL: integer */
		int64_t		 num;
		char		 buf[QDATE_BUFSZ];
	} v[32];
};

static void
bind_text(struct binds *b, const char *s)
{
	b->v[b->n].text = s;
	b->n++;
}

static void
bind_num(struct binds *b, int64_t i)
{
	b->v[b->n].text = NULL;
	b->v[b->n].num = i;
	b->n++;
}

static void
bind_date(struct binds *b, qdate d)
{
	if (d == QDATE_NONE)
		snprintf(b->v[b->n].buf, sizeof b->v[b->n].buf, NO_DATE);
	else
		qdate_format(d, b->v[b->n].buf);
	b->v[b->n].text = b->v[b->n].buf;
	b->n++;
}

/* The filter's status: pending only unless every status is asked for. */
static int
where_status(const struct reg_filter *fl, struct strbuf *sql,
    struct binds *b, char *err, size_t errsz)
{
	struct strbuf names;
	int i;

	if (fl->status == NULL) {
		if (!fl->all) {
			strbuf_puts(sql, " AND status = ?");
			bind_text(b, REG_STATUS_NEW);
		}
		return 0;
	}
	if (reg_status_find(fl->status) < 0) {
		strbuf_init(&names);
		for (i = 0; i < REG_NSTATUS; i++)
			strbuf_printf(&names, "%s%s", i > 0 ? ", " : "",
			    reg_status_at((enum reg_status)i)->name);
		snprintf(err, errsz, _("unknown status '%s'; one of: %s"),
		    fl->status, names.buf);
		strbuf_free(&names);
		return REG_EINPUT;
	}
	strbuf_puts(sql, " AND status = ?");
	bind_text(b, fl->status);
	return 0;
}

/* The nearest deadline's state (deadline.h: the states and the working
 * days that make one "due soon", counted here in C on the register's
 * calendar and bound as a date); "pending" is any later one. */
static int
where_deadline_state(const struct reg *r, const char *name,
    struct strbuf *sql, struct binds *b, char *err, size_t errsz)
{
	switch (deadline_state_from_name(name)) {
	case DEADLINE_OVERDUE:
		strbuf_puts(sql, " AND " DUE_EXPR " > ? AND " DUE_EXPR " < ?");
		bind_date(b, DEADLINE_ACTION_DATE);
		bind_date(b, r->today);
		return 0;
	case DEADLINE_ACTION:
		strbuf_puts(sql, " AND " DUE_EXPR " = ?");
		bind_date(b, DEADLINE_ACTION_DATE);
		return 0;
	case DEADLINE_DUE_TODAY:
		strbuf_puts(sql, " AND " DUE_EXPR " = ?");
		bind_date(b, r->today);
		return 0;
	case DEADLINE_DUE_SOON:
		strbuf_puts(sql, " AND " DUE_EXPR " > ? AND " DUE_EXPR " <= ?");
		bind_date(b, r->today);
		bind_date(b, deadline_soon_limit(r->cal, r->today));
		return 0;
	case DEADLINE_PENDING:
		strbuf_puts(sql, " AND " DUE_EXPR " > ? AND "
		    "next_deadline IS NOT NULL");
		bind_date(b, deadline_soon_limit(r->cal, r->today));
		return 0;
	default:
		snprintf(err, errsz, _("unknown deadline state '%s'; "
		    "one of: overdue, due-today, due-soon, pending"), name);
		return REG_EINPUT;
	}
}

/* A search in the number, filer, act and judge, and in the facts a clerk
 * has on the envelope or the cabinet's screen: the lower court's case
 * number and the e-filing number (the filer's name is the filer column).
 * LIKE with its wildcards escaped, so the text is literal; both sides
 * folded by qarau_fold, so the case of Kazakh and Russian letters, and
 * Kazakh letters against their Russian look-alikes, do not matter. */
static void
where_search(const char *search, struct strbuf *sql, struct binds *b,
    struct strbuf *pattern)
{
	struct strbuf folded;
	const char *p;
	int i;

	strbuf_init(&folded);
	text_fold(search, strlen(search), &folded);
	strbuf_putc(pattern, '%');
	for (p = folded.buf; *p != '\0'; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			strbuf_putc(pattern, '\\');
		strbuf_putc(pattern, *p);
	}
	strbuf_putc(pattern, '%');
	strbuf_free(&folded);
	strbuf_puts(sql, " AND (qarau_fold(number) LIKE ? ESCAPE '\\' "
	    "OR qarau_fold(filer) LIKE ? ESCAPE '\\' "
	    "OR qarau_fold(act) LIKE ? ESCAPE '\\' "
	    "OR qarau_fold(judge) LIKE ? ESCAPE '\\' "
	    "OR qarau_fold(act_number) LIKE ? ESCAPE '\\' "
	    "OR qarau_fold(efiling) LIKE ? ESCAPE '\\')");
	for (i = 0; i < 6; i++)
		bind_text(b, pattern->buf);
}

/* The WHERE clause of a filter, without paging. */
static int
list_where(const struct reg *r, const struct reg_filter *fl,
    struct strbuf *sql, struct binds *b, struct strbuf *pattern, char *err,
    size_t errsz)
{
	strbuf_puts(sql, " WHERE 1");
	if (where_status(fl, sql, b, err, errsz) != 0)
		return REG_EINPUT;
	if (fl->outcome != NULL) {
		if (outcome_from_name(fl->outcome) < 0) {
			snprintf(err, errsz, _("unknown outcome '%s'"),
			    fl->outcome);
			return REG_EINPUT;
		}
		strbuf_puts(sql, " AND outcome = ?");
		bind_text(b, fl->outcome);
	}
	if (fl->judge != NULL) {
		strbuf_puts(sql, " AND judge = ?");
		bind_text(b, fl->judge);
	}
	if (fl->overdue) {
		/* An action has no date, so it cannot be overdue. */
		strbuf_puts(sql, " AND " DUE_EXPR " > ? AND " DUE_EXPR " < ?");
		bind_date(b, DEADLINE_ACTION_DATE);
		bind_date(b, r->today);
	}
	if (fl->due_within >= 0) {
		strbuf_puts(sql, " AND " DUE_EXPR " BETWEEN ? AND ?");
		bind_date(b, r->today);
		bind_date(b, r->today + fl->due_within);
	}
	if (fl->deadline_state != NULL && where_deadline_state(r,
	    fl->deadline_state, sql, b, err, errsz) != 0)
		return REG_EINPUT;
	if (fl->search != NULL && *fl->search != '\0')
		where_search(fl->search, sql, b, pattern);
	return 0;
}

/* A filter made ready: its order and its WHERE clause with the values to
 * bind, shared by the statements of one page. */
struct list_query {
	const struct sort_def	*sort;
	bool			 desc;
	const struct reg_row	*anchor;
	size_t			 limit;
	struct strbuf		 where;
	struct binds		 wb;
	struct strbuf		 pattern;	/* the search, bound from wb */
};

static int
list_query_init(const struct reg *r, const struct reg_filter *fl,
    struct list_query *q, char *err, size_t errsz)
{
	size_t i;

	memset(q, 0, sizeof *q);
	strbuf_init(&q->where);
	strbuf_init(&q->pattern);
	q->sort = &sorts[0];
	q->anchor = fl->after != NULL ? fl->after : fl->before;
	q->desc = fl->descending != (fl->before != NULL && fl->after == NULL);
	q->limit = fl->limit;
	if (fl->sort != NULL) {
		for (i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
			if (strcmp(sorts[i].name, fl->sort) == 0)
				break;
		if (i == sizeof sorts / sizeof sorts[0]) {
			snprintf(err, errsz, _("cannot sort by '%s'; by "
			    "deadline, number, received, filer or judge"),
			    fl->sort);
			return REG_EINPUT;
		}
		q->sort = &sorts[i];
	}
	return list_where(r, fl, &q->where, &q->wb, &q->pattern, err, errsz);
}

static void
list_query_free(struct list_query *q)
{
	strbuf_free(&q->where);
	strbuf_free(&q->pattern);
}

/* Binds the sort keys of row (not its id). */
static void
list_bind_keys(const struct sort_def *s, const struct reg_row *row,
    struct binds *b)
{
	if (strcmp(s->name, "deadline") == 0)
		bind_date(b, row->next_deadline);
	else if (strcmp(s->name, "number") == 0) {
		bind_num(b, row->year);
		bind_num(b, row->seq);
	} else if (strcmp(s->name, "received") == 0)
		bind_date(b, row->received);
	else if (strcmp(s->name, "filer") == 0)
		bind_text(b, row->filer);
	else
		bind_text(b, row->judge);
}

/*
 * The statements of a page.  Without an anchor, one: the filter in the
 * sort order.  After (or before) a row, two, each one seek on the sort
 * order's index: first the rows with the anchor's keys and a greater id
 * ("ties"), then the rows with greater keys ("beyond").  The single
 * comparison (keys, id) > (?, ?) would say the same, but SQLite cannot
 * seek an index of an expression with a row value, nor on a rowid column
 * inside one: it would step from the start of the filter's range, ~10 ms
 * a page deep in a list of 150,000.
 */
enum list_part { LIST_ALL, LIST_TIES, LIST_BEYOND };

static void
list_sql(const struct list_query *q, enum list_part part, size_t limit,
    struct strbuf *sql, struct binds *b)
{
	const struct sort_def *s = q->sort;
	const char *dir = q->desc ? " DESC" : "";
	size_t i;

	*b = q->wb;
	strbuf_puts(sql, "SELECT id, number, status, received, filer, act, "
	    "outcome, next_deadline, deadline_kind, judge, year, seq, "
	    "act_type, act_court, act_number, act_date FROM filing");
	strbuf_puts(sql, q->where.buf);
	if (part == LIST_TIES) {
		for (i = 0; i < s->n; i++)
			strbuf_printf(sql, " AND %s = ?", s->keys[i]);
		strbuf_printf(sql, " AND id %s ?", q->desc ? "<" : ">");
		list_bind_keys(s, q->anchor, b);
		bind_num(b, q->anchor->id);
		strbuf_printf(sql, " ORDER BY id%s", dir);
	} else {
		if (part == LIST_BEYOND) {
			strbuf_puts(sql, " AND (");
			for (i = 0; i < s->n; i++)
				strbuf_printf(sql, "%s%s", i > 0 ? ", " : "",
				    s->keys[i]);
			strbuf_printf(sql, ") %s (", q->desc ? "<" : ">");
			for (i = 0; i < s->n; i++)
				strbuf_puts(sql, i > 0 ? ", ?" : "?");
			strbuf_puts(sql, ")");
			list_bind_keys(s, q->anchor, b);
		}
		strbuf_puts(sql, " ORDER BY ");
		for (i = 0; i < s->n; i++)
			strbuf_printf(sql, "%s%s, ", s->keys[i], dir);
		strbuf_printf(sql, "id%s", dir);
	}
	if (limit > 0) {
		strbuf_puts(sql, " LIMIT ?");
		bind_num(b, (int64_t)limit);
	}
}

static void
list_row(sqlite3_stmt *st, struct reg_row *row)
{
	memset(row, 0, sizeof *row);
	row->id = sqlite3_column_int64(st, 0);
	reg_copy(row->number, sizeof row->number, sqlite3_column_text(st, 1));
	reg_copy(row->status, sizeof row->status, sqlite3_column_text(st, 2));
	row->received = reg_column_date(st, 3);
	reg_copy(row->filer, sizeof row->filer, sqlite3_column_text(st, 4));
	reg_copy(row->act, sizeof row->act, sqlite3_column_text(st, 5));
	reg_copy(row->outcome, sizeof row->outcome,
	    sqlite3_column_text(st, 6));
	row->next_deadline = reg_column_date(st, 7);
	reg_copy(row->deadline_kind, sizeof row->deadline_kind,
	    sqlite3_column_text(st, 8));
	reg_copy(row->judge, sizeof row->judge, sqlite3_column_text(st, 9));
	row->year = sqlite3_column_int(st, 10);
	row->seq = sqlite3_column_int64(st, 11);
	reg_copy(row->act_type, sizeof row->act_type,
	    sqlite3_column_text(st, 12));
	reg_copy(row->act_court, sizeof row->act_court,
	    sqlite3_column_text(st, 13));
	reg_copy(row->act_number, sizeof row->act_number,
	    sqlite3_column_text(st, 14));
	row->act_date = reg_column_date(st, 15);
}

/* Where the rows of a page go: fn, or with plan set, the query plans. */
struct list_out {
	reg_row_fn	 fn;
	void		*ctx;
	struct strbuf	*plan;
	size_t		 n;		/* rows handed to fn */
	bool		 stop;		/* fn said so */
};

static int
list_run(struct reg *r, const struct list_query *q, enum list_part part,
    struct list_out *out, char *err, size_t errsz)
{
	struct strbuf sql;
	struct binds *b = xcalloc(1, sizeof *b);
	struct reg_row row;
	sqlite3_stmt *st = NULL;
	size_t i, limit = q->limit;
	int rc;

	if (limit > 0)
		limit -= out->n;
	strbuf_init(&sql);
	if (out->plan != NULL)
		strbuf_puts(&sql, "EXPLAIN QUERY PLAN ");
	list_sql(q, part, limit, &sql, b);
	if ((rc = reg_prepare(r, sql.buf, &st, err, errsz)) != 0)
		goto out;
	for (i = 0; i < b->n; i++) {
		if (b->v[i].text != NULL)
			sqlite3_bind_text(st, (int)i + 1, b->v[i].text, -1,
			    SQLITE_STATIC);
		else
			sqlite3_bind_int64(st, (int)i + 1, b->v[i].num);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->plan != NULL) {
			/* The fourth column of a plan row: its detail. */
			strbuf_printf(out->plan, "%s\n",
			    sqlite3_column_text(st, 3));
			continue;
		}
		list_row(st, &row);
		out->n++;
		if (out->fn(&row, out->ctx) != 0) {
			out->stop = true;
			break;
		}
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		rc = reg_fail(r, sqlite3_extended_errcode(r->db), err, errsz);
	else
		rc = 0;
out:
	sqlite3_finalize(st);
	strbuf_free(&sql);
	free(b);
	return rc;
}

static int
list_page(struct reg *r, const struct reg_filter *fl, struct list_out *out,
    char *err, size_t errsz)
{
	static const struct reg_filter none = { .due_within = -1 };
	struct list_query q;
	struct reg_filter copy;
	struct reg_row anchor;
	bool own = false;
	int rc;

	/* The anchor is copied: the caller may well overwrite its row in fn
	 * while the statement still reads the bound keys. */
	copy = fl != NULL ? *fl : none;
	if (copy.after != NULL) {
		anchor = *copy.after;
		copy.after = &anchor;
	}
	if (copy.before != NULL) {
		anchor = *copy.before;
		copy.before = &anchor;
	}
	if ((rc = list_query_init(r, &copy, &q, err, errsz)) != 0)
		goto out;
	if (q.anchor == NULL) {
		rc = list_run(r, &q, LIST_ALL, out, err, errsz);
		goto out;
	}
	/* Both statements read one snapshot, or a filing that another
	 * assistant changes in between could be listed twice or not at
	 * all.  Inside the caller's transaction, that one holds it. */
	if (sqlite3_get_autocommit(r->db)) {
		if ((rc = sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL)) !=
		    SQLITE_OK) {
			rc = reg_fail(r, rc, err, errsz);
			goto out;
		}
		own = true;
	}
	rc = list_run(r, &q, LIST_TIES, out, err, errsz);
	if (rc == 0 && !out->stop && (q.limit == 0 || out->n < q.limit))
		rc = list_run(r, &q, LIST_BEYOND, out, err, errsz);
	if (own)
		reg_rollback(r);
out:
	list_query_free(&q);
	return rc;
}

int
reg_list(struct reg *r, const struct reg_filter *fl, reg_row_fn fn, void *ctx,
    char *err, size_t errsz)
{
	struct list_out out = { fn, ctx, NULL, 0, false };

	return list_page(r, fl, &out, err, errsz);
}

int
reg_list_plan(struct reg *r, const struct reg_filter *fl, struct strbuf *plan,
    char *err, size_t errsz)
{
	struct list_out out = { NULL, NULL, plan, 0, false };

	return list_page(r, fl, &out, err, errsz);
}

/*
 * The header's counts from pending_due (schema step 3): one row per
 * deadline date that pending filings have, kept by triggers, so this
 * reads a few hundred rows whatever the size of the register.
 */
int
reg_counts(struct reg *r, struct reg_counts *c, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	memset(c, 0, sizeof *c);
	if (reg_prepare(r, "SELECT ifnull(sum(n), 0), "
	    "ifnull(sum(CASE WHEN due < ?1 AND due > ?3 THEN n END), 0), "
	    "ifnull(sum(CASE WHEN due = ?1 THEN n END), 0), "
	    "ifnull(sum(CASE WHEN due BETWEEN ?1 AND ?2 THEN n END), 0) "
	    "FROM pending_due", &st, err, errsz) != 0)
		return -1;
	reg_bind_date(st, 1, r->today);
	reg_bind_date(st, 2, r->today + 6);
	reg_bind_date(st, 3, DEADLINE_ACTION_DATE);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->pending = (long)sqlite3_column_int64(st, 0);
		c->overdue = (long)sqlite3_column_int64(st, 1);
		c->due_today = (long)sqlite3_column_int64(st, 2);
		c->due_week = (long)sqlite3_column_int64(st, 3);
	} else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}
