/*
 * The parties of a filing besides the filer (data/register.h): whom the
 * notices of the hearing go to (CPC 492 part 1; NR 11).  A party keeps
 * its number for good; a removed one stays in the table, marked, and in
 * the audit trail.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/vocab.h"
#include "data/reg-internal.h"

/* A role is a value of filer.role's vocabulary: the same words for who
 * filed and for whom the court notifies. */
static int
party_check_role(const char *role, char *err, size_t errsz)
{
	const struct fact_def *def = vocab_at((size_t)vocab_index(
	    "filer.role"));
	struct strbuf list;
	char why[64];
	size_t i;

	if (vocab_value_index(def, role) >= 0 &&
	    strcmp(role, "unknown") != 0)
		return 0;
	strbuf_init(&list);
	for (i = 0; def->values[i] != NULL; i++)
		strbuf_printf(&list, "%s%s", i > 0 ? ", " : "",
		    def->values[i]);
	/* What was typed is named only when it is harmless text. */
	snprintf(err, errsz, _("role: '%s' is none of %s"),
	    text_check(role, strlen(role), 39, 0, why, sizeof why) == 0 ?
	    role : "?", list.buf);
	strbuf_free(&list);
	return REG_EINPUT;
}

static int
party_check(const struct reg_party *p, char *err, size_t errsz)
{
	int rc;

	if ((rc = party_check_role(p->role, err, errsz)) != 0)
		return rc;
	if (p->name[0] == '\0') {
		snprintf(err, errsz, "%s", _("name: empty"));
		return REG_EINPUT;
	}
	if ((rc = reg_check_text("name", p->name, TEXT_MAX_NAME, 0, err,
	    errsz)) != 0 ||
	    (rc = reg_check_text("address", p->address, TEXT_MAX_LINE, 0,
	    err, errsz)) != 0)
		return rc;
	return reg_check_text("institution", p->institution, TEXT_MAX_LINE,
	    0, err, errsz);
}

/* "N role name[, address][, institution]": the audit trail's words. */
static void
party_describe(const struct reg_party *p, struct strbuf *out)
{
	strbuf_printf(out, "%d %s %s", p->n, p->role, p->name);
	if (p->address[0] != '\0')
		strbuf_printf(out, ", %s", p->address);
	if (p->institution[0] != '\0')
		strbuf_printf(out, ", %s", p->institution);
}

static int
party_insert(struct reg *r, int64_t filing, struct reg_party *p, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "INSERT INTO party (filing_id, n, role, name, "
	    "address, institution) VALUES (?1, (SELECT ifnull(max(n), 0) + 1 "
	    "FROM party WHERE filing_id = ?1), ?2, ?3, nullif(?4, ''), "
	    "nullif(?5, '')) RETURNING n", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing);
	sqlite3_bind_text(st, 2, p->role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, p->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, p->address, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, p->institution, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		p->n = sqlite3_column_int(st, 0);
	else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

int
reg_party_add(struct reg *r, int64_t filing, const struct reg_party *p,
    int *n, char *err, size_t errsz)
{
	struct reg_party q = *p;
	struct strbuf what;
	char number[40];
	int rc;

	if ((rc = party_check(p, err, errsz)) != 0)
		return rc;
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	strbuf_init(&what);
	if ((rc = reg_filing_column(r, filing, "SELECT number FROM filing "
	    "WHERE id = ?", number, sizeof number, err, errsz)) == 0 &&
	    (rc = party_insert(r, filing, &q, err, errsz)) == 0) {
		party_describe(&q, &what);
		rc = reg_audit(r, filing, "party", NULL, what.buf, err, errsz);
	}
	strbuf_free(&what);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	*n = q.n;
	return reg_commit(r, err, errsz);
}

static void
party_row(sqlite3_stmt *st, struct reg_party *p)
{
	memset(p, 0, sizeof *p);
	p->n = sqlite3_column_int(st, 0);
	reg_copy(p->role, sizeof p->role, sqlite3_column_text(st, 1));
	reg_copy(p->name, sizeof p->name, sqlite3_column_text(st, 2));
	reg_copy(p->address, sizeof p->address, sqlite3_column_text(st, 3));
	reg_copy(p->institution, sizeof p->institution,
	    sqlite3_column_text(st, 4));
}

int
reg_party_get(struct reg *r, int64_t filing, int n, struct reg_party *p,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, "SELECT n, role, name, address, institution FROM "
	    "party WHERE filing_id = ? AND n = ? AND removed IS NULL", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing);
	sqlite3_bind_int(st, 2, n);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		party_row(st, p);
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		snprintf(err, errsz, _("the filing has no party %d (qarau party "
		    "ID --list)"), n);
		return REG_EINPUT;
	}
	return rc == SQLITE_ROW ? 0 : reg_fail(r, rc, err, errsz);
}

int
reg_party_remove(struct reg *r, int64_t filing, int n, char *err,
    size_t errsz)
{
	struct reg_party p;
	struct strbuf what;
	sqlite3_stmt *st;
	int rc;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	strbuf_init(&what);
	if ((rc = reg_party_get(r, filing, n, &p, err, errsz)) == 0 &&
	    (rc = reg_prepare(r, "UPDATE party SET removed = ? WHERE "
	    "filing_id = ? AND n = ?", &st, err, errsz)) == 0) {
		sqlite3_bind_text(st, 1, r->now, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, filing);
		sqlite3_bind_int(st, 3, n);
		if ((rc = reg_step_done(r, st, err, errsz)) == 0) {
			party_describe(&p, &what);
			rc = reg_audit(r, filing, "party", what.buf, NULL, err,
			    errsz);
		}
	}
	strbuf_free(&what);
	if (rc != 0) {
		reg_rollback(r);
		return rc;
	}
	return reg_commit(r, err, errsz);
}

struct party_each {
	reg_party_fn	 fn;
	void		*ctx;
};

static int
party_each_row(sqlite3_stmt *st, void *arg)
{
	const struct party_each *e = arg;
	struct reg_party p;

	party_row(st, &p);
	return e->fn(&p, e->ctx);
}

int
reg_parties(struct reg *r, int64_t filing, reg_party_fn fn, void *ctx,
    char *err, size_t errsz)
{
	struct party_each e = { fn, ctx };
	sqlite3_stmt *st;

	if (reg_prepare(r, "SELECT n, role, name, address, institution FROM "
	    "party WHERE filing_id = ? AND removed IS NULL ORDER BY n", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, filing);
	return reg_step_rows(r, st, party_each_row, &e, err, errsz);
}
