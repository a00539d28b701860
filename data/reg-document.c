/*
 * A filing's own documents (issue 11, data/register.h): the bytes as
 * received with their SHA-256, the text read from them and the proposals,
 * stored with the filing or with the draft of a screening not saved yet.
 * The SHA-256 is computed here, from the bytes being stored, never taken
 * from the caller, so that writing a document back can prove that what
 * comes out is what went in.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <nettle/sha2.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/reg-internal.h"

/* The listing's columns: every one before the large ones (schema step 7),
 * so that listing never reads a document's text or bytes. */
#define DOC_COLUMNS	"filing_id, draft_id, n, name, format, size, sha256, " \
			"pages, ocr, encoding, added, added_by"
#define DOC_NCOLUMNS	12

static void
doc_sha256(const void *bytes, size_t len, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	struct sha256_ctx ctx;
	uint8_t d[SHA256_DIGEST_SIZE];
	size_t i;

	sha256_init(&ctx);
	sha256_update(&ctx, len, bytes);
	sha256_digest(&ctx, sizeof d, d);
	for (i = 0; i < sizeof d; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 0x0f];
	}
	hex[64] = '\0';
}

static int
doc_check_utf8(const char *what, const char *s, size_t len, char *err,
    size_t errsz)
{
	size_t bad;

	if (s == NULL || utf8_valid(s, len, &bad))
		return 0;
	snprintf(err, errsz, _("%s: invalid UTF-8 at byte %zu"), what, bad);
	return REG_EINPUT;
}

static int
doc_check(const struct reg_document_in *d, char *err, size_t errsz)
{
	int rc;

	if (d->name == NULL || d->format == NULL || *d->name == '\0' ||
	    *d->format == '\0' || (d->bytes == NULL && d->len > 0)) {
		snprintf(err, errsz, _("a document needs a name, a format and "
		    "its bytes"));
		return REG_EINPUT;
	}
	if ((rc = reg_check_text(_("document name"), d->name, TEXT_MAX_NAME,
	    0, err, errsz)) != 0 ||
	    (rc = reg_check_text(_("document format"), d->format, 15, 0, err,
	    errsz)) != 0 ||
	    (d->encoding != NULL && (rc = reg_check_text(_("document "
	    "encoding"), d->encoding, 31, 0, err, errsz)) != 0))
		return rc;
	if (d->len > REG_DOCUMENT_MAX) {
		snprintf(err, errsz, _("%s: the document is larger than "
		    "%ld MB"), d->name, REG_DOCUMENT_MAX / (1024 * 1024));
		return REG_EINPUT;
	}
	if ((rc = doc_check_utf8(d->name, d->text, d->text_len, err,
	    errsz)) != 0 || (d->proposals != NULL && (rc =
	    doc_check_utf8(d->name, d->proposals, strlen(d->proposals), err,
	    errsz)) != 0))
		return rc;
	return 0;
}

/* The next n of a filing (draft false) or a draft. */
static int
doc_next_n(struct reg *r, bool draft, int64_t owner, int *n, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, draft ? "SELECT ifnull(max(n), 0) + 1 FROM "
	    "document WHERE draft_id = ?" : "SELECT ifnull(max(n), 0) + 1 "
	    "FROM document WHERE filing_id = ?", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, owner);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int(st, 0);
	else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

/* Stores d inside the caller's transaction; its number out. */
static int
doc_insert(struct reg *r, bool draft, int64_t owner,
    const struct reg_document_in *d, int *n, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	char sha[65];
	int rc;

	if ((rc = doc_check(d, err, errsz)) != 0 ||
	    (rc = doc_next_n(r, draft, owner, n, err, errsz)) != 0)
		return rc;
	doc_sha256(d->bytes != NULL ? d->bytes : "", d->len, sha);
	if (reg_prepare(r, "INSERT INTO document (filing_id, draft_id, n, "
	    "name, format, size, sha256, pages, ocr, encoding, added, "
	    "added_by, proposals, text, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?, ?, ?, ?, ?, ?)", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, draft ? 2 : 1, owner);
	sqlite3_bind_int(st, 3, *n);
	sqlite3_bind_text(st, 4, d->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, d->format, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)d->len);
	sqlite3_bind_text(st, 7, sha, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 8, d->pages);
	sqlite3_bind_int(st, 9, d->ocr ? 1 : 0);
	sqlite3_bind_text(st, 10, d->encoding != NULL ? d->encoding : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 11, r->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, r->user, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, d->proposals != NULL ? d->proposals : "",
	    -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, d->text != NULL ? d->text : "",
	    d->text != NULL ? (int)d->text_len : 0, SQLITE_STATIC);
	sqlite3_bind_blob64(st, 15, d->bytes != NULL ? d->bytes : "",
	    (sqlite3_uint64)d->len, SQLITE_STATIC);
	return reg_step_done(r, st, err, errsz);
}

static void
doc_row(sqlite3_stmt *st, struct reg_document *d)
{
	memset(d, 0, sizeof *d);
	d->filing_id = sqlite3_column_int64(st, 0);
	d->draft_id = sqlite3_column_int64(st, 1);
	d->n = sqlite3_column_int(st, 2);
	reg_copy(d->name, sizeof d->name, sqlite3_column_text(st, 3));
	reg_copy(d->format, sizeof d->format, sqlite3_column_text(st, 4));
	d->size = sqlite3_column_int64(st, 5);
	reg_copy(d->sha256, sizeof d->sha256, sqlite3_column_text(st, 6));
	d->pages = sqlite3_column_int(st, 7);
	d->ocr = sqlite3_column_int(st, 8) != 0;
	reg_copy(d->encoding, sizeof d->encoding, sqlite3_column_text(st, 9));
	reg_copy(d->added, sizeof d->added, sqlite3_column_text(st, 10));
	reg_copy(d->added_by, sizeof d->added_by, sqlite3_column_text(st, 11));
}

struct doc_each {
	reg_document_fn	 fn;
	void		*ctx;
};

static int
doc_each_row(sqlite3_stmt *st, void *arg)
{
	const struct doc_each *e = arg;
	struct reg_document d;

	doc_row(st, &d);
	return e->fn(&d, e->ctx);
}

static int
doc_list(struct reg *r, bool draft, int64_t owner, reg_document_fn fn,
    void *ctx, char *err, size_t errsz)
{
	struct doc_each e = { fn, ctx };
	sqlite3_stmt *st;

	if (reg_prepare(r, draft ? "SELECT " DOC_COLUMNS " FROM document "
	    "WHERE draft_id = ? ORDER BY n" : "SELECT " DOC_COLUMNS " FROM "
	    "document WHERE filing_id = ? ORDER BY n", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, owner);
	return reg_step_rows(r, st, doc_each_row, &e, err, errsz);
}

int
reg_documents(struct reg *r, int64_t filing_id, reg_document_fn fn,
    void *ctx, char *err, size_t errsz)
{
	return doc_list(r, false, filing_id, fn, ctx, err, errsz);
}

int
reg_draft_documents(struct reg *r, int64_t draft_id, reg_document_fn fn,
    void *ctx, char *err, size_t errsz)
{
	return doc_list(r, true, draft_id, fn, ctx, err, errsz);
}

/* The audit row of a document now with filing id. */
struct doc_audit_ctx {
	struct reg	*r;
	char		*err;
	size_t		 errsz;
	int		 n;		/* only this one; 0 = every one */
	int		 rc;
};

static int
doc_audit_one(const struct reg_document *d, void *ctx)
{
	struct doc_audit_ctx *a = ctx;
	char value[512];

	if (a->n != 0 && d->n != a->n)
		return 0;
	snprintf(value, sizeof value, "%d %s (%s, %lld bytes, sha256 %s)",
	    d->n, d->name, d->format, (long long)d->size, d->sha256);
	a->rc = reg_audit(a->r, d->filing_id, "document", NULL, value,
	    a->err, a->errsz);
	return a->rc;
}

static int
doc_audit(struct reg *r, int64_t filing_id, int n, char *err, size_t errsz)
{
	struct doc_audit_ctx a = { r, err, errsz, n, 0 };

	if (doc_list(r, false, filing_id, doc_audit_one, &a, err, errsz) != 0)
		return -1;
	return a.rc;
}

static int
doc_draft_mine(struct reg *r, int64_t draft_id, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT 1 FROM draft WHERE id = ? AND user = ?",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, draft_id);
	sqlite3_bind_text(st, 2, r->user, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, _("no draft %lld of yours in the "
		    "register"), (long long)draft_id);
		return REG_EINPUT;
	}
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

static int
doc_exec_id(struct reg *r, const char *sql, int64_t a, int64_t b, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_prepare(r, sql, &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, a);
	if (sqlite3_bind_parameter_count(st) > 1)
		sqlite3_bind_int64(st, 2, b);
	return reg_step_done(r, st, err, errsz);
}

int
reg_proposals_audit_in_tx(struct reg *r, int64_t filing_id,
    const struct reg_proposal_choice *c, size_t n, char *err, size_t errsz)
{
	char what[64];
	bool same;
	size_t i;

	for (i = 0; i < n; i++) {
		if (c[i].key == NULL || c[i].proposed == NULL)
			continue;
		same = c[i].chosen != NULL &&
		    strcmp(c[i].chosen, c[i].proposed) == 0;
		snprintf(what, sizeof what, "proposal %s %s", same ?
		    "accepted" : "overridden", c[i].key);
		if (reg_audit(r, filing_id, what, c[i].proposed, c[i].chosen,
		    err, errsz) != 0)
			return -1;
	}
	return 0;
}

/* What comes with a new filing, inside reg_add's transaction. */
int
reg_documents_with(struct reg *r, int64_t filing_id,
    const struct reg_add_with *w, char *err, size_t errsz)
{
	size_t i;
	int rc, n;

	if (w == NULL)
		return 0;
	if (w->draft_id > 0 &&
	    ((rc = doc_draft_mine(r, w->draft_id, err, errsz)) != 0 ||
	    (rc = doc_exec_id(r, "UPDATE document SET filing_id = ?, "
	    "draft_id = NULL WHERE draft_id = ?", filing_id, w->draft_id,
	    err, errsz)) != 0 ||
	    (rc = doc_exec_id(r, "DELETE FROM draft WHERE id = ?",
	    w->draft_id, 0, err, errsz)) != 0))
		return rc;
	for (i = 0; i < w->ndocs; i++)
		if ((rc = doc_insert(r, false, filing_id, &w->docs[i], &n, err,
		    errsz)) != 0)
			return rc;
	if ((rc = doc_audit(r, filing_id, 0, err, errsz)) != 0)
		return rc;
	return reg_proposals_audit_in_tx(r, filing_id, w->choices,
	    w->nchoices, err, errsz);
}

int
reg_document_add(struct reg *r, int64_t filing_id,
    const struct reg_document_in *d, int *np, char *err, size_t errsz)
{
	char status[24];
	int rc, n = 0;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = reg_filing_column(r, filing_id, "SELECT status FROM filing "
	    "WHERE id = ?", status, sizeof status, err, errsz)) != 0 ||
	    (rc = doc_insert(r, false, filing_id, d, &n, err, errsz)) != 0 ||
	    (rc = doc_audit(r, filing_id, n, err, errsz)) != 0) {
		reg_rollback(r);
		return rc;
	}
	if (np != NULL)
		*np = n;
	return reg_commit(r, err, errsz);
}

int
reg_draft_document_add(struct reg *r, int64_t *draft_id,
    const struct reg_document_in *d, int *np, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc, n = 0;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if (*draft_id > 0)
		rc = doc_draft_mine(r, *draft_id, err, errsz);
	else if ((rc = reg_prepare(r, "INSERT INTO draft (facts, updated, "
	    "user) VALUES ('', ?, ?)", &st, err, errsz)) == 0) {
		sqlite3_bind_text(st, 1, r->now, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->user, -1, SQLITE_STATIC);
		rc = reg_step_done(r, st, err, errsz);
	}
	if (rc == 0 && *draft_id <= 0)
		*draft_id = sqlite3_last_insert_rowid(r->db);
	if (rc == 0)
		rc = doc_insert(r, true, *draft_id, d, &n, err, errsz);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	if (np != NULL)
		*np = n;
	return reg_commit(r, err, errsz);
}

/* The row of document n (0: the first) with the columns of sql after
 * the listing's; SQLITE_ROW, or REG_EINPUT/-1 with err set. */
static int
doc_find(struct reg *r, bool draft, int64_t owner, int n, const char *cols,
    sqlite3_stmt **st, char *err, size_t errsz)
{
	struct strbuf sql;
	int rc;

	strbuf_init(&sql);
	strbuf_printf(&sql, "SELECT " DOC_COLUMNS ", %s FROM document WHERE "
	    "%s = ? AND (n = ? OR ? = 0) ORDER BY n LIMIT 1", cols, draft ?
	    "draft_id" : "filing_id");
	rc = reg_prepare(r, sql.buf, st, err, errsz);
	strbuf_free(&sql);
	if (rc != 0)
		return -1;
	sqlite3_bind_int64(*st, 1, owner);
	sqlite3_bind_int(*st, 2, n);
	sqlite3_bind_int(*st, 3, n);
	rc = sqlite3_step(*st);
	if (rc == SQLITE_ROW)
		return rc;
	if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(*st);
	*st = NULL;
	if (rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	if (n == 0)
		snprintf(err, errsz, draft ? _("draft %lld has no document") :
		    _("filing %lld has no document"), (long long)owner);
	else
		snprintf(err, errsz, draft ? _("draft %lld has no document "
		    "%d") : _("filing %lld has no document %d"),
		    (long long)owner, n);
	return REG_EINPUT;
}

static int
doc_text(struct reg *r, bool draft, int64_t owner, int n, struct strbuf *text,
    struct strbuf *proposals, char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = doc_find(r, draft, owner, n, "proposals, text", &st, err,
	    errsz)) != SQLITE_ROW)
		return rc;
	if (proposals != NULL)
		strbuf_add(proposals, sqlite3_column_text(st, DOC_NCOLUMNS),
		    (size_t)sqlite3_column_bytes(st, DOC_NCOLUMNS));
	if (text != NULL)
		strbuf_add(text, sqlite3_column_text(st, DOC_NCOLUMNS + 1),
		    (size_t)sqlite3_column_bytes(st, DOC_NCOLUMNS + 1));
	sqlite3_finalize(st);
	return 0;
}

int
reg_document_text(struct reg *r, int64_t filing_id, int n,
    struct strbuf *text, struct strbuf *proposals, char *err, size_t errsz)
{
	return doc_text(r, false, filing_id, n, text, proposals, err, errsz);
}

int
reg_draft_document_text(struct reg *r, int64_t draft_id, int n,
    struct strbuf *text, struct strbuf *proposals, char *err, size_t errsz)
{
	return doc_text(r, true, draft_id, n, text, proposals, err, errsz);
}

int
reg_document_bytes(struct reg *r, int64_t filing_id, int n,
    struct strbuf *bytes, struct reg_document *meta, char *err, size_t errsz)
{
	struct reg_document d;
	sqlite3_stmt *st;
	const void *b;
	size_t len;
	char sha[65];
	int rc;

	if ((rc = doc_find(r, false, filing_id, n, "bytes", &st, err,
	    errsz)) != SQLITE_ROW)
		return rc;
	doc_row(st, &d);
	b = sqlite3_column_blob(st, DOC_NCOLUMNS);
	len = (size_t)sqlite3_column_bytes(st, DOC_NCOLUMNS);
	doc_sha256(b != NULL ? b : "", len, sha);
	if (strcmp(sha, d.sha256) != 0 || (int64_t)len != d.size) {
		sqlite3_finalize(st);
		return reg_failf(r, err, errsz, _("document %d of filing %lld "
		    "(%s) is damaged: its bytes do not match the SHA-256 "
		    "stored with them"), d.n, (long long)filing_id, d.name);
	}
	strbuf_add(bytes, b != NULL ? b : "", len);
	sqlite3_finalize(st);
	if (meta != NULL)
		*meta = d;
	return 0;
}

int
reg_proposals_audit(struct reg *r, int64_t filing_id,
    const struct reg_proposal_choice *c, size_t n, char *err, size_t errsz)
{
	char status[24];
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if ((rc = reg_filing_column(r, filing_id, "SELECT status FROM filing "
	    "WHERE id = ?", status, sizeof status, err, errsz)) != 0 ||
	    (rc = reg_proposals_audit_in_tx(r, filing_id, c, n, err,
	    errsz)) != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}
