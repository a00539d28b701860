/*
 * qarau import: the CSV of 'qarau export --csv' back into a register, all
 * or nothing.  Every row is read and checked first, as 'add' and 'event'
 * check theirs (text, numbers, event dates and order), outside any
 * transaction; then all rows go in in one write transaction.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"
#include "data/workflow.h"

#define fixed_cols	reg_csv_fixed
#define N_FIXED		REG_CSV_NFIXED

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

/* What the events of one row have said so far. */
struct row_events {
	qdate	 last;			/* the latest date */
	qdate	 seen[REG_EVENTS_MAX];	/* per event, QDATE_NONE if not */
};

/* The checks of 'qarau event' (reg-event.c's workflow_check) on the
 * events of one row, in the order given: a known event, no date after
 * today unless the event allows it, none before the event before it, not
 * twice unless it repeats, never before the event it needs. */
static int
import_event_check(struct reg *r, struct row_events *rv, const char *item,
    qdate d, char *msg, size_t msgsz)
{
	const struct reg_event_def *e = reg_event_find(item), *need;
	size_t i;

	if (e == NULL) {
		snprintf(msg, msgsz, _("events: unknown event '%s'"), item);
		return REG_EINPUT;
	}
	i = (size_t)(e - reg_event_at(0));
	need = e->needs != NULL ? reg_event_find(e->needs) : NULL;
	if (d > r->today && !e->future)
		snprintf(msg, msgsz, _("events: '%s' is dated after today"),
		    item);
	else if (rv->last != QDATE_NONE && d < rv->last)
		snprintf(msg, msgsz, _("events: '%s' is dated before the event "
		    "before it"), item);
	else if (!e->repeat && rv->seen[i] != QDATE_NONE)
		snprintf(msg, msgsz, _("events: '%s' is given twice"), item);
	else if (need != NULL && rv->seen[need - reg_event_at(0)] ==
	    QDATE_NONE)
		snprintf(msg, msgsz, _("events: '%s' cannot come before "
		    "'%s'"), item, need->name);
	else {
		rv->seen[i] = d;
		rv->last = d;
		return 0;
	}
	return REG_EINPUT;
}

/* One item of the events column, unescaped: "EVENT YYYY-MM-DD[ NOTE]".
 * dry: checked only, as the row is staged. */
static int
import_event(struct reg *r, int64_t id, char *item, struct row_events *rv,
    bool dry, char *msg, size_t msgsz)
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
	if ((rc = import_event_check(r, rv, item, d, msg, msgsz)) != 0 ||
	    (note != NULL && (rc = reg_check_text(_("events: the note"), note,
	    TEXT_MAX_NOTE, TEXT_LINES, msg, msgsz)) != 0))
		return rc;
	if (dry)
		return 0;
	return reg_event_insert(r, id, item, d, note != NULL && *note != '\0' ?
	    note : NULL, msg, msgsz);
bad:
	snprintf(msg, msgsz, _("events: '%s' is not 'EVENT YYYY-MM-DD'"),
	    item);
	return REG_EINPUT;
}

/* The events column: items separated by ';' that is not escaped. */
static int
import_events(struct reg *r, int64_t id, const char *text, bool dry,
    char *msg, size_t msgsz)
{
	struct row_events rv;
	struct strbuf item;
	const char *p = text;
	size_t i;
	int rc = 0;

	rv.last = QDATE_NONE;
	for (i = 0; i < REG_EVENTS_MAX; i++)
		rv.seen[i] = QDATE_NONE;
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
			rc = import_event(r, id, item.buf, &rv, dry, msg,
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

	if (reg_cached(r, "SELECT 1 FROM filing WHERE number = ? OR "
	    "(year = ? AND seq = ?)", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, year);
	sqlite3_bind_int64(st, 3, seq);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
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

	if (reg_cached(r, "INSERT OR IGNORE INTO sequence (year, last) "
	    "VALUES (?, 0)", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, year);
	if (reg_cached_done(r, st, msg, msgsz) != 0)
		return -1;
	if (reg_cached(r, "UPDATE sequence SET last = max(last, ?) WHERE "
	    "year = ?", &st, msg, msgsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, seq);
	sqlite3_bind_int64(st, 2, year);
	return reg_cached_done(r, st, msg, msgsz);
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

/* The court's numbering, read once before the rows are checked. */
struct numbering {
	struct strbuf	 fmt, prefix;
};

static int
numbering_load(struct reg *r, struct numbering *n, char *err, size_t errsz)
{
	strbuf_init(&n->fmt);
	strbuf_init(&n->prefix);
	if (reg_setting_get(r, "numbering", &n->fmt, err, errsz) != 0 ||
	    reg_setting_get(r, "numbering.prefix", &n->prefix, err,
	    errsz) != 0)
		return -1;
	if (n->fmt.len == 0)
		strbuf_puts(&n->fmt, REG_DEFAULT_NUMBERING);
	if (n->prefix.len == 0)
		strbuf_puts(&n->prefix, REG_DEFAULT_PREFIX);
	return 0;
}

static void
numbering_free(struct numbering *n)
{
	strbuf_free(&n->fmt);
	strbuf_free(&n->prefix);
}

/* The number is the one the court's numbering gives its seq and year:
 * any other would be a number 'add' may produce later, or one no
 * register of this court could hold. */
static int
import_number_check(const struct numbering *n, const char *number,
    long long year, long long seq, char *msg, size_t msgsz)
{
	struct strbuf want;
	int rc = 0;

	strbuf_init(&want);
	reg_number_expand(n->fmt.buf, n->prefix.buf, seq, (int)year, &want);
	if (strcmp(number, want.buf) != 0) {
		snprintf(msg, msgsz, _("number: '%s' is not the court's number "
		    "%lld of %lld: the settings 'numbering' (%s) and "
		    "'numbering.prefix' (%s) make it '%s'"), number, seq, year,
		    n->fmt.buf, n->prefix.buf, want.buf);
		rc = REG_EINPUT;
	}
	strbuf_free(&want);
	return rc;
}

/* A row read and checked, waiting for the write transaction. */
struct staged {
	char		*number, *status, *judge, *events;
	long long	 year, seq;
	struct facts	 f;
	char		 where[256];
};

struct stage {
	struct staged	*row;
	size_t		 n, cap;
};

static void
stage_free(struct stage *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->row[i].number);
		free(s->row[i].status);
		free(s->row[i].judge);
		free(s->row[i].events);
		facts_free(&s->row[i].f);
	}
	free(s->row);
	memset(s, 0, sizeof *s);
}

/* Reads and checks one row as 'add' and 'event' would, without the
 * register: its facts, its columns and its events. */
static int
stage_row(struct reg *r, struct stage *s, const struct csv *c,
    const struct layout *l, const struct numbering *num, const char *where,
    char *msg, size_t msgsz)
{
	struct staged *st;
	long long year, seq;
	size_t i;
	int rc;

	if (c->n != l->ncols) {
		snprintf(msg, msgsz, _("%zu fields; the header has %zu"), c->n,
		    l->ncols);
		return REG_EINPUT;
	}
	if ((rc = import_fixed(c, l, &year, &seq, msg, msgsz)) != 0 ||
	    (rc = import_number_check(num, col(c, l, 0), year, seq, msg,
	    msgsz)) != 0 ||
	    (rc = import_events(r, 0, col(c, l, 8), true, msg, msgsz)) != 0)
		return rc;
	if (s->n == s->cap) {
		s->cap = s->cap == 0 ? 64 : s->cap * 2;
		s->row = xrealloc(s->row, s->cap * sizeof *s->row);
	}
	st = &s->row[s->n];
	memset(st, 0, sizeof *st);
	facts_init(&st->f);
	for (i = 0; i < c->n; i++) {
		if (l->fact[i] < 0 || *c->f[i] == '\0')
			continue;
		if (facts_set_index(&st->f, (size_t)l->fact[i], c->f[i], msg,
		    msgsz) != 0) {
			facts_free(&st->f);
			return REG_EINPUT;
		}
	}
	st->number = xstrdup(col(c, l, 0));
	st->status = xstrdup(col(c, l, 3));
	st->judge = xstrdup(col(c, l, 4));
	st->events = xstrdup(col(c, l, 8));
	st->year = year;
	st->seq = seq;
	snprintf(st->where, sizeof st->where, "%s", where);
	s->n++;
	return 0;
}

/* One staged row into the register, inside the write transaction. */
static int
import_row(struct reg *r, const struct staged *st, char *msg, size_t msgsz)
{
	int64_t id;
	int rc;

	if ((rc = import_exists(r, st->number, st->year, st->seq, msg,
	    msgsz)) == 0 &&
	    (rc = reg_insert(r, &st->f, st->number, (int)st->year, st->seq,
	    st->status, st->judge, &id, msg, msgsz)) == 0 &&
	    (rc = import_events(r, id, st->events, false, msg, msgsz)) == 0 &&
	    (rc = import_sequence(r, st->year, st->seq, msg, msgsz)) == 0)
		rc = reg_audit(r, id, "import", NULL, st->where, msg, msgsz);
	return rc;
}

static int
stage_all(struct reg *r, const char *file, struct csv *c,
    const struct numbering *num, struct stage *s, char *err, size_t errsz)
{
	struct layout l;
	char msg[REG_ERRSZ], where[256];
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
			rc = stage_row(r, s, c, &l, num, where, msg,
			    sizeof msg);
		if (rc != 0) {
			snprintf(err, errsz, "%s: %s", where, msg);
			return rc;
		}
	}
}

/* The staged rows in one write transaction: others wait only for the
 * inserts, not for the reading and checking of the file. */
static int
import_commit(struct reg *r, const struct stage *s, char *err, size_t errsz)
{
	char msg[REG_ERRSZ];
	size_t i;
	int rc;

	/* SQLite's default cache (2 MiB) spills the transaction's pages
	 * into the -wal and writes them again: a page cache as large as an
	 * import of tens of thousands of rows writes each page once. */
	(void)sqlite3_exec(r->db, "PRAGMA temp_store = MEMORY", NULL, NULL,
	    NULL);
	rc = reg_begin(r, err, errsz);
	for (i = 0; rc == 0 && i < s->n; i++)
		if ((rc = import_row(r, &s->row[i], msg, sizeof msg)) != 0) {
			snprintf(err, errsz, "%s: %s", s->row[i].where, msg);
			reg_rollback(r);
		}
	if (rc == 0)
		rc = reg_commit(r, err, errsz);
	(void)sqlite3_exec(r->db, "PRAGMA temp_store = DEFAULT", NULL, NULL,
	    NULL);
	return rc;
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
	struct stage s = { NULL, 0, 0 };
	struct numbering num;
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
	if ((rc = numbering_load(r, &num, err, errsz)) == 0)
		rc = stage_all(r, file, &c, &num, &s, err, errsz);
	numbering_free(&num);
	csv_clear(&c);
	free(c.f);
	if (rc == 0 && (rc = import_commit(r, &s, err, errsz)) == 0)
		*imported = s.n;
	stage_free(&s);
	return rc;
}
