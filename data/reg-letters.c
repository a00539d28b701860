/*
 * The outgoing journal: every letter as it was sent, numbered by the
 * court's own pattern and a counter per year that is never reused and
 * has nothing to do with the register's numbers (data/register.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/reg-internal.h"

#define OUT_DEFAULT_NUMBERING	"{n}/{yyyy}"

/* The event that a letter of each kind is the step of. */
static const struct {
	const char	*kind;
	const char	*event;
} letter_events[] = {
	{ "return", "returned" },
	{ "case-request", "case-requested" },
	{ "notice", "notified" },
};

static int
out_next_seq(struct reg *r, int year, int64_t *seq, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "INSERT OR IGNORE INTO out_sequence (year, last) "
	    "VALUES (?, 0)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if (reg_step_done(r, st, err, errsz) != 0 ||
	    reg_prepare(r, "UPDATE out_sequence SET last = last + 1 WHERE "
	    "year = ? RETURNING last", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*seq = sqlite3_column_int64(st, 0);
	else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

static int
out_format(struct reg *r, int year, int64_t seq, char number[40], char *err,
    size_t errsz)
{
	struct strbuf fmt, prefix, out;
	int rc = 0;

	strbuf_init(&fmt);
	strbuf_init(&prefix);
	strbuf_init(&out);
	if (reg_setting_get(r, "out.numbering", &fmt, err, errsz) != 0 ||
	    reg_setting_get(r, "out.prefix", &prefix, err, errsz) != 0)
		rc = -1;
	if (fmt.len == 0)
		strbuf_puts(&fmt, OUT_DEFAULT_NUMBERING);
	if (rc == 0)
		reg_number_expand(fmt.buf, prefix.buf, seq, year, &out);
	if (rc == 0 && out.len >= 40) {
		snprintf(err, errsz, _("the outgoing number '%s' is longer "
		    "than 39 bytes; shorten the setting 'out.numbering' or "
		    "'out.prefix'"), out.buf);
		rc = REG_EINPUT;
	} else if (rc == 0)
		memcpy(number, out.buf, out.len + 1);
	strbuf_free(&fmt);
	strbuf_free(&prefix);
	strbuf_free(&out);
	return rc;
}

static int
letter_insert(struct reg *r, const struct reg_letter *l, int year,
    int64_t seq, const struct strbuf *pdf, const struct strbuf *text,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_prepare(r, "INSERT INTO letter (filing_id, year, seq, number, "
	    "kind, lang, date, addressee, sender, pdf, text, at) VALUES (?, ?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, l->filing_id);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int64(st, 3, seq);
	sqlite3_bind_text(st, 4, l->number, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, l->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, l->lang, -1, SQLITE_STATIC);
	reg_bind_date(st, 7, l->date);
	sqlite3_bind_text(st, 8, l->addressee, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, r->user, -1, SQLITE_STATIC);
	if (pdf->len > 0)
		sqlite3_bind_blob(st, 10, pdf->buf, (int)pdf->len,
		    SQLITE_STATIC);
	sqlite3_bind_text(st, 11, text->buf, (int)text->len, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, r->now, -1, SQLITE_STATIC);
	return reg_step_done(r, st, err, errsz);
}

static const char *
letter_event(const char *kind)
{
	size_t i;

	for (i = 0; i < sizeof letter_events / sizeof letter_events[0]; i++)
		if (strcmp(letter_events[i].kind, kind) == 0)
			return letter_events[i].event;
	return NULL;
}

/* Forgets one typed field (field) or all of a kind (NULL). */
static int
draft_delete(struct reg *r, int64_t filing, const char *kind,
    const char *field, char *err, size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_prepare(r, "DELETE FROM letter_draft WHERE filing_id = ? AND "
	    "kind = ? AND (?3 IS NULL OR field = ?3)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, field, -1, SQLITE_STATIC);
	return reg_step_done(r, st, err, errsz);
}

int
reg_letter_draft_set(struct reg *r, int64_t filing, const char *kind,
    const char *field, const char *value, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	rc = draft_delete(r, filing, kind, field, err, errsz);
	if (rc == 0 && value != NULL && (rc = reg_prepare(r, "INSERT INTO "
	    "letter_draft (filing_id, kind, field, value) VALUES (?, ?, ?, ?)",
	    &st, err, errsz)) == 0) {
		sqlite3_bind_int64(st, 1, filing);
		sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, field, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, value, -1, SQLITE_STATIC);
		rc = reg_step_done(r, st, err, errsz);
	}
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

int
reg_letter_draft_clear(struct reg *r, int64_t filing, const char *kind,
    char *err, size_t errsz)
{
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = draft_delete(r, filing, kind, NULL, err, errsz)) != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

struct field_each {
	reg_draft_field_fn fn;
	void		*ctx;
};

static int
field_each_row(sqlite3_stmt *st, void *arg)
{
	const struct field_each *e = arg;

	return e->fn((const char *)sqlite3_column_text(st, 0),
	    (const char *)sqlite3_column_text(st, 1), e->ctx);
}

int
reg_letter_draft_get(struct reg *r, int64_t filing, const char *kind,
    reg_draft_field_fn fn, void *ctx, char *err, size_t errsz)
{
	struct field_each e = { fn, ctx };
	sqlite3_stmt *st;

	if (reg_prepare(r, "SELECT field, value FROM letter_draft WHERE "
	    "filing_id = ? AND kind = ? ORDER BY field", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	return reg_step_rows(r, st, field_each_row, &e, err, errsz);
}

/* The next number of the year's counter, not taken yet. */
static int
out_peek_seq(struct reg *r, int year, int64_t *seq, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	*seq = 1;
	if (reg_prepare(r, "SELECT last + 1 FROM out_sequence WHERE year = ?",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int(st, 1, year);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*seq = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 :
	    reg_fail(r, rc, err, errsz);
}

/* In one transaction: the number taken, the letter stored, its event and
 * the audit.  1 when another sender took the number first. */
static int
letter_store(struct reg *r, struct reg_letter *l, const char *draft,
    int year, int64_t seq, const struct strbuf *pdf,
    const struct strbuf *text, char *err, size_t errsz)
{
	struct strbuf audit;
	int64_t got = 0;
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	strbuf_init(&audit);
	strbuf_printf(&audit, "%s %s %s", l->number, l->kind, l->lang);
	if ((rc = out_next_seq(r, year, &got, err, errsz)) == 0 && got != seq)
		rc = 1;
	if (rc == 0 && (rc = letter_insert(r, l, year, seq, pdf, text, err,
	    errsz)) == 0 &&
	    (rc = draft_delete(r, l->filing_id, draft, NULL, err,
	    errsz)) == 0 &&
	    (rc = reg_event_in_tx(r, l->filing_id, letter_event(l->kind),
	    l->date, audit.buf, err, errsz)) == 0)
		rc = reg_audit(r, l->filing_id, "letter sent", NULL, audit.buf,
		    err, errsz);
	strbuf_free(&audit);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

/*
 * The letter is made with the number it will have before the write
 * transaction (making it reads the register), then stored in one
 * transaction that takes that very number; if another clerk sent a
 * letter in between, it is made again with the next one.
 */
int
reg_letter_send(struct reg *r, int64_t filing_id, const char *kind,
    const char *lang, reg_letter_render_fn fn, void *ctx,
    struct reg_letter *out, char *err, size_t errsz)
{
	return reg_letter_send_as(r, filing_id, kind, kind, lang, fn, ctx, out,
	    err, errsz);
}

int
reg_letter_send_as(struct reg *r, int64_t filing_id, const char *kind,
    const char *draft, const char *lang, reg_letter_render_fn fn, void *ctx,
    struct reg_letter *out, char *err, size_t errsz)
{
	struct strbuf pdf, text, to;
	int y, m, d, rc = 1, tries;
	int64_t seq;

	memset(out, 0, sizeof *out);
	if (letter_event(kind) == NULL) {
		snprintf(err, errsz, _("unknown letter kind '%s' (return, "
		    "case-request or notice)"), kind);
		return REG_EINPUT;
	}
	out->filing_id = filing_id;
	snprintf(out->kind, sizeof out->kind, "%s", kind);
	snprintf(out->lang, sizeof out->lang, "%s", lang);
	snprintf(out->sender, sizeof out->sender, "%s", r->user);
	out->date = r->today;
	qdate_to_ymd(out->date, &y, &m, &d);
	for (tries = 0; rc == 1 && tries < 8; tries++) {
		strbuf_init(&pdf);
		strbuf_init(&text);
		strbuf_init(&to);
		if ((rc = out_peek_seq(r, y, &seq, err, errsz)) == 0 &&
		    (rc = out_format(r, y, seq, out->number, err, errsz)) == 0 &&
		    (rc = fn(ctx, out->number, out->date, &pdf, &text, &to, err,
		    errsz)) == 0) {
			reg_copy(out->addressee, sizeof out->addressee,
			    (const unsigned char *)to.buf);
			rc = letter_store(r, out, draft, y, seq, &pdf, &text,
			    err, errsz);
		}
		strbuf_free(&pdf);
		strbuf_free(&text);
		strbuf_free(&to);
	}
	if (rc == 1)
		snprintf(err, errsz, "%s", _("the outgoing journal is busy; "
		    "send the letter again"));
	return rc == 1 ? -1 : rc;
}

struct letter_each {
	reg_letter_fn	 fn;
	void		*ctx;
};

static int
letter_each_row(sqlite3_stmt *st, void *arg)
{
	const struct letter_each *e = arg;
	struct reg_letter letter, *l = &letter;

	memset(l, 0, sizeof *l);
	l->id = sqlite3_column_int64(st, 0);
	l->filing_id = sqlite3_column_int64(st, 1);
	reg_copy(l->filing_number, sizeof l->filing_number,
	    sqlite3_column_text(st, 2));
	reg_copy(l->number, sizeof l->number, sqlite3_column_text(st, 3));
	reg_copy(l->kind, sizeof l->kind, sqlite3_column_text(st, 4));
	reg_copy(l->lang, sizeof l->lang, sqlite3_column_text(st, 5));
	l->date = reg_column_date(st, 6);
	reg_copy(l->addressee, sizeof l->addressee,
	    sqlite3_column_text(st, 7));
	reg_copy(l->sender, sizeof l->sender, sqlite3_column_text(st, 8));
	reg_copy(l->at, sizeof l->at, sqlite3_column_text(st, 9));
	reg_copy(l->cancelled, sizeof l->cancelled,
	    sqlite3_column_text(st, 10));
	return e->fn(l, e->ctx);
}

int
reg_letters(struct reg *r, int64_t filing_id, reg_letter_fn fn, void *ctx,
    char *err, size_t errsz)
{
	struct letter_each e = { fn, ctx };
	sqlite3_stmt *st;

	if (reg_prepare(r, "SELECT l.id, l.filing_id, f.number, l.number, "
	    "l.kind, l.lang, l.date, l.addressee, l.sender, l.at, "
	    "ifnull(l.cancelled, '') FROM letter l LEFT JOIN filing f ON "
	    "f.id = l.filing_id WHERE ?1 = 0 OR l.filing_id = ?1 "
	    "ORDER BY l.id", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing_id);
	return reg_step_rows(r, st, letter_each_row, &e, err, errsz);
}

int
reg_letter_pdf(struct reg *r, const char *number, struct strbuf *pdf,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT pdf FROM letter WHERE number = ? ORDER BY "
	    "id DESC LIMIT 1", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		strbuf_add(pdf, sqlite3_column_blob(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0));
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, _("no outgoing letter '%s' in the "
		    "journal"), number);
		return REG_EINPUT;
	}
	if (rc != SQLITE_ROW)
		return reg_fail(r, rc, err, errsz);
	if (pdf->len == 0) {
		snprintf(err, errsz, _("letter '%s' was sent without a PDF"),
		    number);
		return -1;
	}
	return 0;
}

int
reg_letter_cancel(struct reg *r, const char *number, const char *reason,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int64_t id = 0, filing = 0;
	int rc;

	if (reason == NULL || reason[strspn(reason, " \t")] == '\0') {
		snprintf(err, errsz, "%s", _("a letter is cancelled with a "
		    "reason"));
		return REG_EINPUT;
	}
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	rc = reg_prepare(r, "SELECT id, filing_id FROM letter WHERE number = ? "
	    "AND cancelled IS NULL ORDER BY id DESC LIMIT 1", &st, err, errsz);
	if (rc == 0) {
		sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			id = sqlite3_column_int64(st, 0);
			filing = sqlite3_column_int64(st, 1);
		}
		sqlite3_finalize(st);
		rc = 0;
	}
	if (rc == 0 && id == 0) {
		snprintf(err, errsz, _("no outgoing letter '%s' to cancel"),
		    number);
		rc = REG_EINPUT;
	}
	if (rc == 0 && (rc = reg_prepare(r, "UPDATE letter SET cancelled = ? "
	    "WHERE id = ?", &st, err, errsz)) == 0) {
		sqlite3_bind_text(st, 1, reason, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		if ((rc = reg_step_done(r, st, err, errsz)) == 0)
			rc = reg_audit(r, filing, "letter cancelled", number,
			    reason, err, errsz);
	}
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}
