/*
 * The register list: one indexed query per page, whatever the size.
 *
 * Paging is by keyset, not OFFSET: "rows after this one in this order" is a
 * range on an index, so the millionth row costs what the first does.  Every
 * order ends with id, which makes the order total and the keyset exact.
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
	} v[24];
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

static bool
status_valid(const char *s)
{
	return strcmp(s, "pending") == 0 || strcmp(s, "returned") == 0 ||
	    strcmp(s, "decided") == 0 || strcmp(s, "withdrawn") == 0;
}

/* The WHERE clause of a filter, without paging. */
static int
list_where(const struct reg *r, const struct reg_filter *fl,
    struct strbuf *sql, struct binds *b, struct strbuf *pattern, char *err,
    size_t errsz)
{
	const char *p;
	struct strbuf folded;

	strbuf_puts(sql, " WHERE 1");
	if (fl->status != NULL) {
		if (!status_valid(fl->status)) {
			snprintf(err, errsz, _("unknown status '%s'; one of: "
			    "pending, returned, decided, withdrawn"),
			    fl->status);
			return REG_EINPUT;
		}
		strbuf_puts(sql, " AND status = ?");
		bind_text(b, fl->status);
	} else if (!fl->all)
		strbuf_puts(sql, " AND status = 'pending'");
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
		strbuf_puts(sql, " AND " DUE_EXPR " < ?");
		bind_date(b, r->today);
	}
	if (fl->due_within >= 0) {
		strbuf_puts(sql, " AND " DUE_EXPR " BETWEEN ? AND ?");
		bind_date(b, r->today);
		bind_date(b, r->today + fl->due_within);
	}
	if (fl->deadline_state != NULL) {
		if (strcmp(fl->deadline_state, "overdue") == 0) {
			strbuf_puts(sql, " AND " DUE_EXPR " < ?");
			bind_date(b, r->today);
		} else if (strcmp(fl->deadline_state, "due-today") == 0) {
			strbuf_puts(sql, " AND " DUE_EXPR " = ?");
			bind_date(b, r->today);
		} else if (strcmp(fl->deadline_state, "due-soon") == 0) {
			strbuf_puts(sql, " AND " DUE_EXPR " > ? AND "
			    DUE_EXPR " <= ?");
			bind_date(b, r->today);
			bind_date(b, r->today + 2);
		} else if (strcmp(fl->deadline_state, "pending") == 0) {
			strbuf_puts(sql, " AND " DUE_EXPR " > ? AND "
			    "next_deadline IS NOT NULL");
			bind_date(b, r->today + 2);
		} else {
			snprintf(err, errsz, _("unknown deadline state '%s'; "
			    "one of: overdue, due-today, due-soon, pending"),
			    fl->deadline_state);
			return REG_EINPUT;
		}
	}
	if (fl->search != NULL && *fl->search != '\0') {
		/* LIKE with its wildcards escaped: the text is literal.
		 * Both sides folded by qarau_fold, so the case of Kazakh
		 * and Russian letters does not matter. */
		strbuf_init(&folded);
		text_fold(fl->search, strlen(fl->search), &folded);
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
		    "OR qarau_fold(judge) LIKE ? ESCAPE '\\')");
		bind_text(b, pattern->buf);
		bind_text(b, pattern->buf);
		bind_text(b, pattern->buf);
		bind_text(b, pattern->buf);
	}
	return 0;
}

/* Binds the keys of row for the keyset comparison. */
static void
list_bind_row(const struct sort_def *s, const struct reg_row *row,
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
	bind_num(b, row->id);
}

static int
list_sql(const struct reg *r, const struct reg_filter *fl, struct strbuf *sql,
    struct binds *b, struct strbuf *pattern, char *err, size_t errsz)
{
	const struct sort_def *s = &sorts[0];
	const struct reg_row *anchor = fl->after != NULL ? fl->after :
	    fl->before;
	bool desc = fl->descending != (fl->before != NULL && fl->after == NULL);
	size_t i;
	int rc;

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
		s = &sorts[i];
	}
	strbuf_puts(sql, "SELECT id, number, status, received, filer, act, "
	    "outcome, next_deadline, deadline_kind, judge, year, seq "
	    "FROM filing");
	if ((rc = list_where(r, fl, sql, b, pattern, err, errsz)) != 0)
		return rc;
	if (anchor != NULL) {
		strbuf_puts(sql, " AND (");
		for (i = 0; i < s->n; i++)
			strbuf_printf(sql, "%s, ", s->keys[i]);
		strbuf_printf(sql, "id) %s (", desc ? "<" : ">");
		for (i = 0; i < s->n; i++)
			strbuf_puts(sql, "?, ");
		strbuf_puts(sql, "?)");
		list_bind_row(s, anchor, b);
	}
	strbuf_puts(sql, " ORDER BY ");
	for (i = 0; i < s->n; i++)
		strbuf_printf(sql, "%s%s, ", s->keys[i], desc ? " DESC" : "");
	strbuf_printf(sql, "id%s", desc ? " DESC" : "");
	if (fl->limit > 0) {
		strbuf_puts(sql, " LIMIT ?");
		bind_num(b, (int64_t)fl->limit);
	}
	return 0;
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
}

int
reg_list(struct reg *r, const struct reg_filter *fl, reg_row_fn fn, void *ctx,
    char *err, size_t errsz)
{
	static const struct reg_filter none = { .due_within = -1 };
	struct strbuf sql, pattern;
	struct binds *b = xcalloc(1, sizeof *b);
	struct reg_filter copy;
	struct reg_row row, anchor;
	sqlite3_stmt *st = NULL;
	size_t i;
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
	strbuf_init(&sql);
	strbuf_init(&pattern);
	if ((rc = list_sql(r, &copy, &sql, b, &pattern, err, errsz)) != 0)
		goto out;
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
		list_row(st, &row);
		if (fn(&row, ctx) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		rc = reg_fail(r, sqlite3_extended_errcode(r->db), err, errsz);
	else
		rc = 0;
out:
	sqlite3_finalize(st);
	strbuf_free(&sql);
	strbuf_free(&pattern);
	free(b);
	return rc;
}

int
reg_counts(struct reg *r, struct reg_counts *c, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	memset(c, 0, sizeof *c);
	if (reg_prepare(r, "SELECT count(*), ifnull(sum(d < ?1), 0), "
	    "ifnull(sum(d = ?1), 0), ifnull(sum(d BETWEEN ?1 AND ?2), 0) "
	    "FROM (SELECT " DUE_EXPR " AS d FROM filing "
	    "WHERE status = 'pending')", &st, err, errsz) != 0)
		return -1;
	reg_bind_date(st, 1, r->today);
	reg_bind_date(st, 2, r->today + 6);
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
