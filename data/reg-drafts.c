/*
 * Every draft of a user's unfinished screenings (issue 14): a clerk
 * interrupted by a second filing leaves the first as a draft and starts
 * another, so there can be several; the interface lists them all, newest
 * first, to resume or discard any one.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/reg-internal.h"
#include "data/register.h"

struct drafts_diag {
	char	*err;
	size_t	 errsz;
	bool	 seen;
};

static void
drafts_diag(void *ctx, const char *file, unsigned line, const char *message)
{
	struct drafts_diag *d = ctx;

	if (!d->seen && d->err != NULL)
		snprintf(d->err, d->errsz, "%s:%u: %s", file, line, message);
	d->seen = true;
}

/* The row's facts; a text the facts parser refuses in part (a draft of an
 * older vocabulary) keeps what it could read and says so. */
static void
drafts_row(sqlite3_stmt *st, struct reg_draft *d, struct facts *f)
{
	struct drafts_diag dd = { NULL, 0, false };
	const char *text = (const char *)sqlite3_column_text(st, 1);
	const char *up = (const char *)sqlite3_column_text(st, 2);
	char name[48];

	memset(d, 0, sizeof *d);
	d->id = sqlite3_column_int64(st, 0);
	snprintf(d->updated, sizeof d->updated, "%s", up != NULL ? up : "");
	snprintf(name, sizeof name, "draft %lld", (long long)d->id);
	facts_init(f);
	d->damaged = facts_parse(f, name, text != NULL ? text : "",
	    text != NULL ? strlen(text) : 0, drafts_diag, &dd) != 0;
	d->facts = f;
}

int
reg_drafts(struct reg *r, reg_draft_fn fn, void *ctx, char *err,
    size_t errsz)
{
	struct reg_draft d;
	struct facts f;
	sqlite3_stmt *st;
	int rc = SQLITE_DONE, stop = 0;

	if (reg_prepare(r, "SELECT id, facts, updated FROM draft WHERE "
	    "user = ? ORDER BY updated DESC, id DESC", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, r->user, -1, SQLITE_STATIC);
	while (stop == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		drafts_row(st, &d, &f);
		stop = fn(&d, ctx);
		facts_free(&f);
	}
	if (stop == 0 && rc != SQLITE_DONE) {
		rc = sqlite3_extended_errcode(r->db);
		sqlite3_finalize(st);
		return reg_fail(r, rc, err, errsz);
	}
	sqlite3_finalize(st);
	return 0;
}

int
reg_draft_get(struct reg *r, int64_t draft_id, struct facts *f, char *err,
    size_t errsz)
{
	struct drafts_diag dd = { err, errsz, false };
	sqlite3_stmt *st;
	const char *text;
	char name[48];
	int rc;

	if (reg_prepare(r, "SELECT facts FROM draft WHERE id = ? AND user = ?",
	    &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, draft_id);
	sqlite3_bind_text(st, 2, r->user, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return reg_fail(r, sqlite3_extended_errcode(r->db), err,
			    errsz);
		snprintf(err, errsz, _("no draft %lld of yours in the "
		    "register"), (long long)draft_id);
		return REG_EINPUT;
	}
	text = (const char *)sqlite3_column_text(st, 0);
	snprintf(name, sizeof name, "draft %lld", (long long)draft_id);
	rc = facts_parse(f, name, text != NULL ? text : "", text != NULL ?
	    strlen(text) : 0, drafts_diag, &dd) != 0 ? -1 : 0;
	sqlite3_finalize(st);
	return rc;
}
