/*
 * The register in and out: CSV and JSON export, CSV import, online backup.
 *
 * The CSV has one filing a line: its number and state, then one column per
 * fact of the vocabulary, so that it opens in a spreadsheet and comes back
 * in whole.  Outcome and deadline columns are written for people and
 * ignored on import, where core computes them again.  The events column
 * lists "EVENT YYYY-MM-DD" or "EVENT YYYY-MM-DD NOTE", separated by "; ";
 * in a note, '\\' and ';' are escaped with a backslash, so any note comes
 * back as it was (quotes and line breaks are the CSV field's business).
 *
 * Export streams: each filing is formatted into a small buffer that goes
 * to the caller's writer every EXPORT_CHUNK bytes, so a register of a
 * million filings is exported in constant memory.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/json.h"
#include "core/text.h"
#include "data/reg-internal.h"

static const char *const fixed_cols[] = {
	"number", "year", "seq", "status", "judge", "outcome",
	"next_deadline", "deadline_kind", "events", NULL
};
#define N_FIXED	9

static void
csv_field(struct strbuf *sb, const char *s)
{
	if (s == NULL)
		s = "";
	if (strpbrk(s, ",\"\r\n") == NULL) {
		strbuf_puts(sb, s);
		return;
	}
	strbuf_putc(sb, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			strbuf_putc(sb, '"');
		strbuf_putc(sb, *s);
	}
	strbuf_putc(sb, '"');
}

/* Walks every filing in id order inside one read transaction. */
struct export {
	struct reg	*r;
	sqlite3_stmt	*filings, *facts, *events;
	struct strbuf	 buf;		/* not yet handed to fn */
	reg_write_fn	 fn;
	void		*ctx;
	bool		 failed;	/* fn said no */
	int		 read_rc;	/* a read failed: damaged, I/O */
};

/* Large enough that the writer is called rarely, small enough not to
 * matter next to SQLite's page cache. */
#define EXPORT_CHUNK	(64 * 1024)

/* Hands the buffer to the writer, all of it (at_end) or once it is full. */
static void
export_flush(struct export *x, bool at_end)
{
	if (x->failed || x->buf.len == 0 ||
	    (!at_end && x->buf.len < EXPORT_CHUNK))
		return;
	if (x->fn(x->buf.buf, x->buf.len, x->ctx) != 0)
		x->failed = true;
	strbuf_reset(&x->buf);
}

/* A step of a filing's facts or events; a failure is kept for the end,
 * for an export that skipped unreadable rows would look complete. */
static bool
export_row(struct export *x, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		return true;
	if (rc != SQLITE_DONE && x->read_rc == 0)
		x->read_rc = sqlite3_extended_errcode(x->r->db);
	return false;
}

/* PRAGMA quick_check: a damaged register is said so before a line of
 * it is written (SQLite reads around many kinds of damage silently). */
static int
reg_check_intact(sqlite3 *db, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	const char *res;
	int rc;

	if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st,
	    NULL) != SQLITE_OK) {
		snprintf(err, errsz, _("the register is damaged: %s"),
		    sqlite3_errmsg(db));
		return -1;
	}
	rc = sqlite3_step(st);
	res = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) :
	    NULL;
	if (res == NULL || strcmp(res, "ok") != 0) {
		/* "*** in database main ***\nPage 6: ...": the second line. */
		if (res != NULL && strchr(res, '\n') != NULL)
			res = strchr(res, '\n') + 1;
		snprintf(err, errsz, _("the register is damaged (%s); restore "
		    "it from a backup"), res != NULL ? res :
		    sqlite3_errmsg(db));
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static int
export_begin(struct export *x, struct reg *r, reg_write_fn fn, void *ctx,
    char *err, size_t errsz)
{
	char msg[REG_ERRSZ];
	int rc;

	memset(x, 0, sizeof *x);
	x->r = r;
	x->fn = fn;
	x->ctx = ctx;
	strbuf_init(&x->buf);
	if ((rc = sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
		return reg_fail(r, rc, err, errsz);
	if (reg_check_intact(r->db, msg, sizeof msg) != 0)
		return reg_failf(r, err, errsz, "%s", msg);
	if (reg_prepare(r, "SELECT id, number, year, seq, status, judge, "
	    "outcome, next_deadline, deadline_kind FROM filing ORDER BY id",
	    &x->filings, err, errsz) != 0 ||
	    reg_prepare(r, "SELECT key, value FROM fact WHERE filing_id = ?",
	    &x->facts, err, errsz) != 0 ||
	    reg_prepare(r, "SELECT kind, date, note, user, at FROM event "
	    "WHERE filing_id = ? ORDER BY date, id", &x->events, err,
	    errsz) != 0)
		return -1;
	return 0;
}

static void
export_end(struct export *x)
{
	sqlite3_finalize(x->filings);
	sqlite3_finalize(x->facts);
	sqlite3_finalize(x->events);
	strbuf_free(&x->buf);
	reg_rollback(x->r);
}

/*
 * The end of an export: the rest of the buffer to the writer, and the
 * result.  A writer's failure returns -1 with err empty: the writer knows
 * why (errno of its write).
 */
static int
export_finish(struct export *x, int rc, char *err, size_t errsz)
{
	if (rc == SQLITE_DONE && x->read_rc != 0)
		rc = x->read_rc;
	if (rc == SQLITE_DONE)
		export_flush(x, true);
	if (x->failed) {
		if (errsz > 0)
			*err = '\0';
		rc = -1;
	} else if (rc != SQLITE_DONE) {
		reg_fail(x->r, x->read_rc != 0 ? x->read_rc :
		    sqlite3_extended_errcode(x->r->db), err, errsz);
		rc = -1;
	} else
		rc = 0;
	export_end(x);
	return rc;
}

static int
export_to_strbuf(const char *buf, size_t len, void *ctx)
{
	strbuf_add(ctx, buf, len);
	return 0;
}

/* A note in the events column: backslash and semicolon escaped. */
static void
csv_event_note(struct strbuf *sb, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == ';')
			strbuf_putc(sb, '\\');
		strbuf_putc(sb, *s);
	}
}

/* The facts of the current filing as text by vocabulary index; copies,
 * since a column's text lives only until the next step. */
static void
export_facts(struct export *x, int64_t id, char **values)
{
	const unsigned char *v;
	const char *key;
	int idx;

	memset(values, 0, VOCAB_MAX * sizeof *values);
	sqlite3_reset(x->facts);
	sqlite3_bind_int64(x->facts, 1, id);
	while (export_row(x, x->facts)) {
		key = (const char *)sqlite3_column_text(x->facts, 0);
		v = sqlite3_column_text(x->facts, 1);
		if (key != NULL && v != NULL && (idx = vocab_index(key)) >= 0) {
			free(values[idx]);
			values[idx] = xstrdup((const char *)v);
		}
	}
}

static void
export_facts_free(char **values)
{
	size_t i;

	for (i = 0; i < VOCAB_MAX; i++)
		free(values[i]);
}

static int
export_csv_row(struct export *x, struct strbuf *out)
{
	char *values[VOCAB_MAX];
	struct strbuf ev;
	int64_t id = sqlite3_column_int64(x->filings, 0);
	int c;
	size_t i;

	/* number .. deadline_kind are columns 1 .. 8 of the query */
	for (c = 1; c < N_FIXED; c++) {
		csv_field(out, (const char *)sqlite3_column_text(x->filings,
		    c));
		strbuf_putc(out, ',');
	}
	strbuf_init(&ev);
	sqlite3_reset(x->events);
	sqlite3_bind_int64(x->events, 1, id);
	while (export_row(x, x->events)) {
		const unsigned char *note = sqlite3_column_text(x->events, 2);

		strbuf_printf(&ev, "%s%s %s", ev.len > 0 ? "; " : "",
		    sqlite3_column_text(x->events, 0),
		    sqlite3_column_text(x->events, 1));
		if (note != NULL && *note != '\0') {
			strbuf_putc(&ev, ' ');
			csv_event_note(&ev, (const char *)note);
		}
	}
	csv_field(out, ev.buf);
	strbuf_free(&ev);
	export_facts(x, id, values);
	for (i = 0; i < vocab_count(); i++) {
		strbuf_putc(out, ',');
		csv_field(out, values[i]);
	}
	export_facts_free(values);
	strbuf_putc(out, '\n');
	return 0;
}

int
reg_export_csv_to(struct reg *r, reg_write_fn fn, void *ctx, char *err,
    size_t errsz)
{
	struct export x;
	size_t i;
	int rc = SQLITE_DONE;

	if (export_begin(&x, r, fn, ctx, err, errsz) != 0) {
		export_end(&x);
		return -1;
	}
	for (i = 0; fixed_cols[i] != NULL; i++)
		strbuf_printf(&x.buf, "%s%s", i > 0 ? "," : "", fixed_cols[i]);
	for (i = 0; i < vocab_count(); i++)
		strbuf_printf(&x.buf, ",%s", vocab_at(i)->key);
	strbuf_putc(&x.buf, '\n');
	while (!x.failed && (rc = sqlite3_step(x.filings)) == SQLITE_ROW) {
		export_csv_row(&x, &x.buf);
		export_flush(&x, false);
	}
	return export_finish(&x, rc, err, errsz);
}

int
reg_export_csv(struct reg *r, struct strbuf *out, char *err, size_t errsz)
{
	return reg_export_csv_to(r, export_to_strbuf, out, err, errsz);
}

static void
export_json_filing(struct export *x, struct strbuf *out)
{
	static const char *const names[] = {
		"id", "number", "year", "seq", "status", "judge", "outcome",
		"next_deadline", "deadline_kind"
	};
	char *values[VOCAB_MAX];
	int64_t id = sqlite3_column_int64(x->filings, 0);
	size_t i, n = 0;
	int c;

	strbuf_putc(out, '{');
	for (c = 0; c < 9; c++) {
		strbuf_printf(out, "%s\"%s\":", c > 0 ? "," : "", names[c]);
		if (c == 0 || c == 2 || c == 3)
			strbuf_printf(out, "%lld", (long long)
			    sqlite3_column_int64(x->filings, c));
		else
			json_string(out, (const char *)
			    sqlite3_column_text(x->filings, c));
	}
	strbuf_puts(out, ",\"facts\":{");
	export_facts(x, id, values);
	for (i = 0; i < vocab_count(); i++) {
		if (values[i] == NULL)
			continue;
		strbuf_printf(out, "%s\"%s\":", n++ > 0 ? "," : "",
		    vocab_at(i)->key);
		json_string(out, values[i]);
	}
	export_facts_free(values);
	strbuf_puts(out, "},\"events\":[");
	sqlite3_reset(x->events);
	sqlite3_bind_int64(x->events, 1, id);
	for (n = 0; export_row(x, x->events); n++) {
		strbuf_printf(out, "%s{\"kind\":", n > 0 ? "," : "");
		json_string(out, (const char *)
		    sqlite3_column_text(x->events, 0));
		strbuf_puts(out, ",\"date\":");
		json_string(out, (const char *)
		    sqlite3_column_text(x->events, 1));
		strbuf_puts(out, ",\"note\":");
		json_string(out, (const char *)
		    sqlite3_column_text(x->events, 2));
		strbuf_puts(out, ",\"user\":");
		json_string(out, (const char *)
		    sqlite3_column_text(x->events, 3));
		strbuf_puts(out, ",\"at\":");
		json_string(out, (const char *)
		    sqlite3_column_text(x->events, 4));
		strbuf_putc(out, '}');
	}
	strbuf_puts(out, "]}");
}

int
reg_export_json_to(struct reg *r, reg_write_fn fn, void *ctx, char *err,
    size_t errsz)
{
	struct export x;
	size_t n;
	int rc = SQLITE_DONE;

	if (export_begin(&x, r, fn, ctx, err, errsz) != 0) {
		export_end(&x);
		return -1;
	}
	strbuf_puts(&x.buf, "[");
	for (n = 0; !x.failed && (rc = sqlite3_step(x.filings)) == SQLITE_ROW;
	    n++) {
		strbuf_puts(&x.buf, n > 0 ? ",\n" : "\n");
		export_json_filing(&x, &x.buf);
		export_flush(&x, false);
	}
	strbuf_puts(&x.buf, "\n]\n");
	return export_finish(&x, rc, err, errsz);
}

int
reg_export_json(struct reg *r, struct strbuf *out, char *err, size_t errsz)
{
	return reg_export_json_to(r, export_to_strbuf, out, err, errsz);
}

/* One CSV record: RFC 4180, quoted fields may hold commas, quotes and
 * line breaks. */
struct csv {
	const char	*p, *end;
	unsigned	 line;		/* of the next character */
	size_t		 n;		/* fields in the record */
	size_t		 cap;
	char		**f;
};

static void
csv_clear(struct csv *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->f[i]);
	c->n = 0;
}

static void
csv_push(struct csv *c, struct strbuf *field)
{
	if (c->n == c->cap) {
		c->cap = c->cap == 0 ? 32 : c->cap * 2;
		c->f = xrealloc(c->f, c->cap * sizeof *c->f);
	}
	/* detach leaves field empty and ready for the next one */
	c->f[c->n++] = strbuf_detach(field, NULL);
}

/* 1 a record was read, 0 at the end, -1 malformed (message in err). */
static int
csv_next(struct csv *c, char *err, size_t errsz)
{
	struct strbuf field;
	bool quoted;

	csv_clear(c);
	if (c->p >= c->end)
		return 0;
	strbuf_init(&field);
	for (;;) {
		quoted = c->p < c->end && *c->p == '"';
		if (quoted) {
			for (c->p++; ; c->p++) {
				if (c->p >= c->end) {
					snprintf(err, errsz, _("a quoted field "
					    "is not closed"));
					strbuf_free(&field);
					return -1;
				}
				if (*c->p == '"' && c->p + 1 < c->end &&
				    c->p[1] == '"')
					c->p++;
				else if (*c->p == '"') {
					c->p++;
					break;
				}
				if (*c->p == '\n')
					c->line++;
				strbuf_putc(&field, *c->p);
			}
		} else
			while (c->p < c->end && *c->p != ',' &&
			    *c->p != '\n' && *c->p != '\r' && *c->p != '"')
				strbuf_putc(&field, *c->p++);
		csv_push(c, &field);
		if (c->p < c->end && *c->p == ',') {
			c->p++;
			continue;
		}
		if (c->p < c->end && *c->p == '\r')
			c->p++;
		if (c->p >= c->end || *c->p == '\n') {
			if (c->p < c->end)
				c->p++;
			c->line++;
			strbuf_free(&field);
			return 1;
		}
		snprintf(err, errsz, _("a stray quote or character after a "
		    "field"));
		strbuf_free(&field);
		return -1;
	}
}

/* Column positions of the header. */
struct layout {
	int	 fixed[N_FIXED];	/* -1 when absent */
	/* Vocabulary index per column, or -1; as many as the header may
	 * have columns, for every row is read against it. */
	int	 fact[VOCAB_MAX + N_FIXED];
	size_t	 ncols;
};

static int
import_header(struct csv *c, struct layout *l, char *err, size_t errsz)
{
	unsigned char seen[VOCAB_MAX];
	struct strbuf name;
	size_t i, k;
	int idx;

	memset(l->fixed, -1, sizeof l->fixed);
	memset(seen, 0, sizeof seen);
	if (c->n > VOCAB_MAX + N_FIXED) {
		snprintf(err, errsz, _("too many columns (%zu; at most %d)"),
		    c->n, VOCAB_MAX + N_FIXED);
		return -1;
	}
	l->ncols = c->n;
	for (i = 0; i < c->n; i++) {
		l->fact[i] = -1;
		for (k = 0; fixed_cols[k] != NULL; k++)
			if (strcmp(c->f[i], fixed_cols[k]) == 0)
				break;
		idx = fixed_cols[k] != NULL ? -1 : vocab_index(c->f[i]);
		if ((fixed_cols[k] != NULL && l->fixed[k] >= 0) ||
		    (idx >= 0 && seen[idx])) {
			snprintf(err, errsz, _("the column '%s' is given "
			    "twice"), c->f[i]);
			return -1;
		}
		if (fixed_cols[k] != NULL) {
			l->fixed[k] = (int)i;
			continue;
		}
		if (idx < 0) {
			strbuf_init(&name);
			text_escape(c->f[i], strlen(c->f[i]), &name);
			snprintf(err, errsz, _("unknown column '%s'"),
			    name.len > 0 ? name.buf : "");
			strbuf_free(&name);
			return -1;
		}
		seen[idx] = 1;
		l->fact[i] = idx;
	}
	for (k = 0; k < 4; k++)
		if (l->fixed[k] < 0) {
			snprintf(err, errsz, _("the column '%s' is missing"),
			    fixed_cols[k]);
			return -1;
		}
	return 0;
}

static const char *
col(const struct csv *c, const struct layout *l, size_t k)
{
	return l->fixed[k] >= 0 ? c->f[l->fixed[k]] : "";
}

#define IMPORT_SEQ_MAX	999999

static bool
parse_int(const char *s, long long lo, long long hi, long long *out)
{
	char *end;

	errno = 0;
	*out = strtoll(s, &end, 10);
	return *s != '\0' && *end == '\0' && errno == 0 && *out >= lo &&
	    *out <= hi;
}

/* One item of the events column, unescaped: "EVENT YYYY-MM-DD[ NOTE]". */
static int
import_event(struct reg *r, int64_t id, char *item, qdate *last, char *msg,
    size_t msgsz)
{
	char *sp, *date, *note = NULL;
	qdate d;
	int rc;

	if ((sp = strchr(item, ' ')) == NULL)
		goto bad;
	*sp = '\0';
	date = sp + 1;
	if ((sp = strchr(date, ' ')) != NULL) {
		*sp = '\0';
		note = sp + 1;
	}
	if (!qdate_parse(date, &d)) {
		if (note != NULL)
			note[-1] = ' ';
		date[-1] = ' ';
		goto bad;
	}
	/* The checks of 'qarau event': no event after today, none before
	 * the one before it, a note of printable text. */
	if (d > r->today || d < *last) {
		snprintf(msg, msgsz, d > r->today ? _("events: '%s' is dated "
		    "after today") : _("events: '%s' is dated before the event "
		    "before it"), item);
		return REG_EINPUT;
	}
	*last = d;
	if (note != NULL && (rc = reg_check_text(_("events: the note"), note,
	    TEXT_MAX_NOTE, TEXT_LINES, msg, msgsz)) != 0)
		return rc;
	return reg_event_insert(r, id, item, d, note != NULL && *note != '\0' ?
	    note : NULL, msg, msgsz);
bad:
	snprintf(msg, msgsz, _("events: '%s' is not 'EVENT YYYY-MM-DD'"),
	    item);
	return REG_EINPUT;
}

/* The events column: items separated by ';' that is not escaped. */
static int
import_events(struct reg *r, int64_t id, const char *text, char *msg,
    size_t msgsz)
{
	struct strbuf item;
	const char *p = text;
	qdate last = QDATE_NONE;
	int rc = 0;

	strbuf_init(&item);
	while (rc == 0 && *p != '\0') {
		while (*p == ' ')
			p++;
		strbuf_reset(&item);
		for (; *p != '\0' && *p != ';'; p++) {
			if (*p == '\\' && p[1] != '\0')
				p++;
			strbuf_putc(&item, *p);
		}
		if (*p == ';')
			p++;
		if (item.len > 0)
			rc = import_event(r, id, item.buf, &last, msg,
			    msgsz);
	}
	strbuf_free(&item);
	return rc;
}

static int
import_exists(struct reg *r, const char *number, long long year,
    long long seq, char *msg, size_t msgsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT 1 FROM filing WHERE number = ? OR "
	    "(year = ? AND seq = ?)", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, year);
	sqlite3_bind_int64(st, 3, seq);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW) {
		snprintf(msg, msgsz, _("'%s' (number %lld of %lld) is already "
		    "in the register"), number, seq, year);
		return REG_EINPUT;
	}
	return rc == SQLITE_DONE ? 0 : reg_fail(r, rc, msg, msgsz);
}

static int
import_sequence(struct reg *r, long long year, long long seq, char *msg,
    size_t msgsz)
{
	sqlite3_stmt *st;

	if (reg_prepare(r, "INSERT OR IGNORE INTO sequence (year, last) "
	    "VALUES (?, 0)", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, year);
	if (reg_step_done(r, st, msg, msgsz) != 0)
		return -1;
	if (reg_prepare(r, "UPDATE sequence SET last = max(last, ?) WHERE "
	    "year = ?", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, seq);
	sqlite3_bind_int64(st, 2, year);
	return reg_step_done(r, st, msg, msgsz);
}

/* The columns of the register itself, each with its own message. */
static int
import_fixed(const struct csv *c, const struct layout *l, long long *year,
    long long *seq, char *msg, size_t msgsz)
{
	const char *number = col(c, l, 0);
	int rc;

	static const char *const name[] = { "number", "year", "seq",
	    "status", "judge" };
	size_t k;

	if (*number == '\0') {
		snprintf(msg, msgsz, "%s", _("number: empty"));
		return REG_EINPUT;
	}
	for (k = 0; k < 5; k++)
		if ((rc = reg_check_text(name[k], col(c, l, k), k == 4 ? 119 :
		    39, 0, msg, msgsz)) != 0)
			return rc;
	if (!parse_int(col(c, l, 1), 1900, 2199, year)) {
		snprintf(msg, msgsz, _("year: '%s' is not a year of "
		    "1900-2199"), col(c, l, 1));
		return REG_EINPUT;
	}
	/* A register number's place in its year; a huge one would fix
	 * every later number of the year. */
	if (!parse_int(col(c, l, 2), 1, IMPORT_SEQ_MAX, seq)) {
		snprintf(msg, msgsz, _("seq: '%s' is not a number of 1-%d"),
		    col(c, l, 2), IMPORT_SEQ_MAX);
		return REG_EINPUT;
	}
	if (reg_status_find(col(c, l, 3)) < 0) {
		snprintf(msg, msgsz, _("status: '%s' is unknown"),
		    col(c, l, 3));
		return REG_EINPUT;
	}
	return 0;
}

static int
import_row(struct reg *r, const struct csv *c, const struct layout *l,
    const char *where, char *msg, size_t msgsz)
{
	const char *number = col(c, l, 0), *status = col(c, l, 3);
	long long year, seq;
	struct facts f;
	int64_t id;
	size_t i;
	int rc;

	if (c->n != l->ncols) {
		snprintf(msg, msgsz, _("%zu fields; the header has %zu"), c->n,
		    l->ncols);
		return REG_EINPUT;
	}
	if ((rc = import_fixed(c, l, &year, &seq, msg, msgsz)) != 0)
		return rc;
	facts_init(&f);
	for (i = 0; i < c->n; i++) {
		if (l->fact[i] < 0 || *c->f[i] == '\0')
			continue;
		if (facts_set_index(&f, (size_t)l->fact[i], c->f[i], msg,
		    msgsz) != 0) {
			facts_free(&f);
			return REG_EINPUT;
		}
	}
	if ((rc = import_exists(r, number, year, seq, msg, msgsz)) == 0 &&
	    (rc = reg_insert(r, &f, number, (int)year, seq, status,
	    col(c, l, 4), &id, msg, msgsz)) == 0 &&
	    (rc = import_events(r, id, col(c, l, 8), msg, msgsz)) == 0 &&
	    (rc = import_sequence(r, year, seq, msg, msgsz)) == 0)
		rc = reg_audit(r, id, "import", NULL, where, msg, msgsz);
	facts_free(&f);
	return rc;
}

static int
import_all(struct reg *r, const char *file, struct csv *c, size_t *imported,
    char *err, size_t errsz)
{
	struct layout l;
	char msg[REG_ERRSZ], where[REG_ERRSZ];
	unsigned line;
	int rc;

	line = c->line;
	if ((rc = csv_next(c, msg, sizeof msg)) <= 0 ||
	    import_header(c, &l, msg, sizeof msg) != 0) {
		snprintf(err, errsz, "%s:%u: %s", file, line, rc == 0 ?
		    _("empty file; expected the header of 'qarau export "
		    "--csv'") : msg);
		return REG_EINPUT;
	}
	for (;;) {
		line = c->line;
		if ((rc = csv_next(c, msg, sizeof msg)) == 0)
			return 0;
		if (rc > 0 && c->n == 1 && *c->f[0] == '\0')
			continue;	/* a blank line */
		snprintf(where, sizeof where, "%s:%u", file, line);
		if (rc < 0)
			rc = REG_EINPUT;
		else
			rc = import_row(r, c, &l, where, msg, sizeof msg);
		if (rc != 0) {
			snprintf(err, errsz, "%s: %s", where, msg);
			return rc;
		}
		(*imported)++;
	}
}

static size_t
import_line_of(const char *text, const char *at)
{
	size_t line = 1;

	for (; text < at; text++)
		line += *text == '\n';
	return line;
}

int
reg_import_csv(struct reg *r, const char *file, const char *text, size_t len,
    size_t *imported, char *err, size_t errsz)
{
	struct csv c = { text, text + len, 1, 0, 0, NULL };
	const char *nul;
	int rc;

	*imported = 0;
	if (len > 0 && (nul = memchr(text, '\0', len)) != NULL) {
		snprintf(err, errsz, _("%s:%zu: a NUL byte: a CSV file is "
		    "text"), file, import_line_of(text, nul));
		return REG_EINPUT;
	}
	/* Windows programs begin UTF-8 with a byte-order mark. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		c.p += 3;
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	rc = import_all(r, file, &c, imported, err, errsz);
	csv_clear(&c);
	free(c.f);
	if (rc != 0) {
		*imported = 0;
		reg_rollback(r);
		return rc;
	}
	if (reg_commit(r, err, errsz) != 0) {
		*imported = 0;
		return -1;
	}
	return 0;
}

/*
 * The online backup API, run inside one read transaction on the register:
 * in WAL mode others keep writing, the copy is the snapshot taken when it
 * began, and it never starts over (a backup that restarts on every write
 * never finishes under load).
 */
static int
backup_copy(struct reg *r, sqlite3 *db, reg_progress_fn fn, void *ctx)
{
	sqlite3_backup *b;
	int rc;

	rc = sqlite3_exec(r->db, "BEGIN; SELECT count(*) FROM sqlite_schema",
	    NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		(void)sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if ((b = sqlite3_backup_init(db, "main", r->db, "main")) == NULL)
		rc = sqlite3_extended_errcode(db);
	else {
		do {
			rc = sqlite3_backup_step(b, 1024);
			if (fn != NULL)
				fn((long long)sqlite3_backup_pagecount(b) -
				    sqlite3_backup_remaining(b),
				    sqlite3_backup_pagecount(b), ctx);
			if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
				sqlite3_sleep(50);
		} while (rc == SQLITE_OK || rc == SQLITE_BUSY ||
		    rc == SQLITE_LOCKED);
		if (rc == SQLITE_DONE)
			rc = sqlite3_backup_finish(b);
		else
			(void)sqlite3_backup_finish(b);
	}
	(void)sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

/*
 * Copies the register into dest, a new or empty file (the command line
 * gives a temporary file and renames it when this succeeds).  The copy is
 * self-contained (no -wal) and checked; fn, if any, hears the progress.
 * err does not name dest: the caller knows what to call it.
 */
int
reg_backup_to(struct reg *r, const char *dest, reg_progress_fn fn, void *ctx,
    char *err, size_t errsz)
{
	sqlite3 *db = NULL;
	int rc;

	*err = '\0';
	rc = sqlite3_open_v2(dest, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL);
	/* No journal beside the copy: a killed backup leaves one file. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = OFF; "
		    "PRAGMA synchronous = OFF", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = backup_copy(r, db, fn, ctx);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = DELETE", NULL,
		    NULL, NULL);
	if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ||
	    (rc & 0xff) == SQLITE_CORRUPT)
		snprintf(err, errsz, _("the register is damaged: %s"),
		    sqlite3_errstr(rc));
	else if (rc != SQLITE_OK)
		snprintf(err, errsz, _("the backup failed: %s"),
		    db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
	/* The copy is checked before anyone is told it is good: a damaged
	 * register is copied page by page and would look like a backup. */
	if (rc == SQLITE_OK && reg_check_intact(db, err, errsz) != 0)
		rc = SQLITE_CORRUPT;
	if (sqlite3_close(db) != SQLITE_OK && rc == SQLITE_OK) {
		snprintf(err, errsz, "%s", _("the backup failed"));
		rc = SQLITE_ERROR;
	}
	return rc == SQLITE_OK ? 0 : -1;
}

int
reg_backup(struct reg *r, const char *dest, char *err, size_t errsz)
{
	char why[REG_ERRSZ];

	if (reg_backup_to(r, dest, NULL, NULL, why, sizeof why) == 0)
		return 0;
	snprintf(err, errsz, "%s: %s", dest, why);
	return -1;
}
