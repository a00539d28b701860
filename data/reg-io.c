/*
 * The register out: CSV and JSON export, online backup (the CSV import
 * is in reg-import.c).
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

/* The register's own columns of the CSV, before the facts. */
const char *const reg_csv_fixed[REG_CSV_NFIXED + 1] = {
	"number", "year", "seq", "status", "judge", "outcome",
	"next_deadline", "deadline_kind", "events", NULL
};
#define fixed_cols	reg_csv_fixed
#define N_FIXED		REG_CSV_NFIXED

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
