/*
 * The court's settings and the drafts of unfinished screenings.
 *
 * Settings are a closed list: a typo in a key would otherwise be stored and
 * silently never read.  Values with a format (numbering, languages,
 * citations) are checked when set, so that a bad value never reaches a
 * register number or a letter.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/conffile.h"
#include "data/reg-internal.h"

static const char *const setting_keys[] = {
	"court.name.kk", "court.name.ru",
	"court.address.kk", "court.address.ru",
	"judges", "assistant",
	"court.telephone", "court.email", "letter.letterhead",
	"out.numbering", "out.prefix",
	"numbering", "numbering.prefix",
	"ui.language", "letter.language",
	"cite.route-not-observed", "cite.protest-excluded-act",
	"law.cpc484-2-1.confirmed-by", "law.cpc484-2-1.confirmed-on",
	"law.cpc484-2-1.source",
	/* Each user's own, in his configuration file (data/conffile.h). */
	"user.name", "user.telephone", "user.email",
	NULL
};

const char *const *
reg_setting_keys(void)
{
	return setting_keys;
}

bool
reg_setting_is_user(const char *key)
{
	return strncmp(key, "user.", 5) == 0 && conffile_is_user_key(key);
}

static bool
setting_known(const char *key)
{
	size_t i;

	for (i = 0; setting_keys[i] != NULL; i++)
		if (strcmp(setting_keys[i], key) == 0)
			return true;
	return false;
}

int
reg_setting_get(struct reg *r, const char *key, struct strbuf *out,
    char *err, size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (!setting_known(key)) {
		snprintf(err, errsz, _("unknown setting '%s'"), key);
		return REG_EINPUT;
	}
	if (reg_setting_is_user(key))
		return conffile_user_get(key, out, err, errsz);
	if (reg_cached(r, "SELECT value FROM setting WHERE key = ?", &st, err,
	    errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		strbuf_puts(out, (const char *)sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

/* {prefix}, {n}, {yyyy}, {yy} only; {n} and a year are required so that
 * numbers stay unique across years. */
static int
numbering_check(const char *v, char *err, size_t errsz)
{
	static const char *const ph[] = {
		"{prefix}", "{n}", "{yyyy}", "{yy}", NULL
	};
	bool n = false, year = false;
	const char *p;
	size_t i;

	for (p = v; *p != '\0'; p++) {
		if (*p == '}')
			goto bad;
		if (*p != '{')
			continue;
		for (i = 0; ph[i] != NULL; i++)
			if (strncmp(p, ph[i], strlen(ph[i])) == 0)
				break;
		if (ph[i] == NULL)
			goto bad;
		n = n || i == 1;
		year = year || i >= 2;
		p += strlen(ph[i]) - 1;
	}
	if (n && year)
		return 0;
bad:
	snprintf(err, errsz, _("numbering '%s': use {prefix}, {n}, {yyyy} or "
	    "{yy}, with {n} and a year, e.g. %s"), v, REG_DEFAULT_NUMBERING);
	return REG_EINPUT;
}

static int
setting_check(const char *key, const char *v, char *err, size_t errsz)
{
	bool lines = strcmp(key, "judges") == 0 ||
	    strncmp(key, "court.address.", 14) == 0;
	qdate d;
	int rc;

	if (*v == '\0')
		return 0;
	/* Settings reach letters, register numbers and the screen. */
	if ((rc = reg_check_text(key, v, lines ? TEXT_MAX_BLOCK :
	    TEXT_MAX_NAME, lines ? TEXT_LINES : 0, err, errsz)) != 0)
		return rc;
	if (strcmp(key, "numbering") == 0 || strcmp(key, "out.numbering") == 0)
		return numbering_check(v, err, errsz);
	if (strcmp(key, "numbering.prefix") == 0 && strlen(v) > 20) {
		snprintf(err, errsz, _("the prefix may have at most 20 bytes"));
		return REG_EINPUT;
	}
	if (strcmp(key, "letter.language") == 0 && strcmp(v, "kk") != 0 &&
	    strcmp(v, "ru") != 0) {
		snprintf(err, errsz, _("letter.language is kk or ru"));
		return REG_EINPUT;
	}
	if (strcmp(key, "letter.letterhead") == 0 && strcmp(v, "side") != 0 &&
	    strcmp(v, "stacked") != 0 && strcmp(v, "preprinted") != 0) {
		snprintf(err, errsz, _("letter.letterhead is side, stacked or "
		    "preprinted"));
		return REG_EINPUT;
	}
	if (strcmp(key, "ui.language") == 0 && strcmp(v, "kk") != 0 &&
	    strcmp(v, "ru") != 0 && strcmp(v, "en") != 0) {
		snprintf(err, errsz, _("ui.language is kk, ru or en"));
		return REG_EINPUT;
	}
	if (strcmp(key, "law.cpc484-2-1.confirmed-on") == 0 &&
	    !qdate_parse(v, &d)) {
		snprintf(err, errsz, _("%s: a date YYYY-MM-DD"), key);
		return REG_EINPUT;
	}
	if (strncmp(key, "cite.", 5) == 0 && (strlen(v) >= 64 ||
	    (strncmp(v, "CPC ", 4) != 0 && strncmp(v, "NR ", 3) != 0))) {
		snprintf(err, errsz, _("%s: a citation such as 'CPC 489.1.2' "
		    "(at most 63 bytes)"), key);
		return REG_EINPUT;
	}
	return 0;
}

static int
setting_store(struct reg *r, const char *key, const char *value, char *err,
    size_t errsz)
{
	struct strbuf old;
	sqlite3_stmt *st;
	char what[64];
	int rc;

	strbuf_init(&old);
	if ((rc = reg_setting_get(r, key, &old, err, errsz)) != 0)
		goto out;
	rc = -1;
	if (*value == '\0') {
		if (reg_prepare(r, "DELETE FROM setting WHERE key = ?", &st,
		    err, errsz) != 0)
			goto out;
	} else if (reg_prepare(r, "INSERT OR REPLACE INTO setting (key, "
	    "value) VALUES (?, ?)", &st, err, errsz) != 0)
		goto out;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (*value != '\0')
		sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	if (reg_step_done(r, st, err, errsz) != 0)
		goto out;
	snprintf(what, sizeof what, "setting %s", key);
	if (strcmp(old.buf, value) != 0 && reg_audit(r, 0, what,
	    old.len > 0 ? old.buf : NULL, *value != '\0' ? value : NULL, err,
	    errsz) != 0)
		goto out;
	rc = 0;
out:
	strbuf_free(&old);
	return rc;
}

/*
 * The judges are a list: "A; B; C" (the form the Settings screen and the
 * command line take) or one a line, kept one a line without the spaces
 * around each name, so that a judge's name matches wherever it is typed.
 */
static void
setting_list(const char *value, struct strbuf *out)
{
	const char *next = value, *p, *end;

	while (*next != '\0') {
		p = next;
		end = p + strcspn(p, ";\n");
		next = *end != '\0' ? end + 1 : end;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		while (end > p && (end[-1] == ' ' || end[-1] == '\t' ||
		    end[-1] == '\r'))
			end--;
		if (end > p) {
			if (out->len > 0)
				strbuf_putc(out, '\n');
			strbuf_printf(out, "%.*s", (int)(end - p), p);
		}
	}
}

int
reg_setting_set(struct reg *r, const char *key, const char *value,
    char *err, size_t errsz)
{
	struct strbuf list;
	int rc;

	if (!setting_known(key)) {
		snprintf(err, errsz, _("unknown setting '%s'"), key);
		return REG_EINPUT;
	}
	if (reg_setting_is_user(key))
		return conffile_user_set(key, value, err, errsz);
	strbuf_init(&list);
	if (strcmp(key, "judges") == 0) {
		setting_list(value, &list);
		value = list.buf;
	}
	if ((rc = setting_check(key, value, err, errsz)) != 0)
		goto out;
	rc = -1;
	if (reg_begin(r, err, errsz) != 0)
		goto out;
	if ((rc = setting_store(r, key, value, err, errsz)) != 0) {
		reg_rollback(r);
		goto out;
	}
	rc = reg_commit(r, err, errsz);
out:
	strbuf_free(&list);
	return rc;
}

/*
 * The wording of CPC 484.2.1 from 1 July 2027 is published but its
 * enactment clause unverified (law-brief.md section 6): rules.c applies it
 * only once the court has recorded who confirmed it, when and from what
 * source.
 */
bool
reg_cpc484_confirmed(struct reg *r)
{
	static const char *const keys[] = { "law.cpc484-2-1.confirmed-by",
	    "law.cpc484-2-1.confirmed-on", "law.cpc484-2-1.source" };
	struct strbuf v;
	char err[REG_ERRSZ];
	bool all = true;
	size_t i;

	strbuf_init(&v);
	for (i = 0; all && i < sizeof keys / sizeof keys[0]; i++) {
		strbuf_reset(&v);
		all = reg_setting_get(r, keys[i], &v, err, sizeof err) == 0 &&
		    v.len > 0;
	}
	strbuf_free(&v);
	return all;
}

/* Drafts belong to the assistant who started them. */
int
reg_draft_save(struct reg *r, int64_t *draft_id, const struct facts *f,
    char *err, size_t errsz)
{
	struct strbuf text;
	sqlite3_stmt *st;
	int rc = -1;

	strbuf_init(&text);
	facts_write(f, &text);
	if (reg_begin(r, err, errsz) != 0)
		goto out;
	if (*draft_id > 0) {
		if (reg_prepare(r, "UPDATE draft SET facts = ?, updated = ? "
		    "WHERE id = ? AND user = ?", &st, err, errsz) != 0)
			goto fail;
		sqlite3_bind_int64(st, 3, *draft_id);
		sqlite3_bind_text(st, 4, r->user, -1, SQLITE_STATIC);
	} else if (reg_prepare(r, "INSERT INTO draft (facts, updated, user) "
	    "VALUES (?, ?, ?)", &st, err, errsz) != 0)
		goto fail;
	else
		sqlite3_bind_text(st, 3, r->user, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 1, text.buf, (int)text.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->now, -1, SQLITE_STATIC);
	if (reg_step_done(r, st, err, errsz) != 0)
		goto fail;
	if (*draft_id > 0 && sqlite3_changes(r->db) == 0) {
		snprintf(err, errsz, _("no draft %lld of yours in the "
		    "register"), (long long)*draft_id);
		rc = REG_EINPUT;
		goto fail;
	}
	if (*draft_id <= 0)
		*draft_id = sqlite3_last_insert_rowid(r->db);
	rc = reg_commit(r, err, errsz);
	goto out;
fail:
	reg_rollback(r);
out:
	strbuf_free(&text);
	return rc;
}

struct draft_diag {
	char	*err;
	size_t	 errsz;
	bool	 seen;
};

static void
draft_diag(void *ctx, const char *file, unsigned line, const char *message)
{
	struct draft_diag *d = ctx;

	if (!d->seen)
		snprintf(d->err, d->errsz, "%s:%u: %s", file, line, message);
	d->seen = true;
}

int
reg_draft_latest(struct reg *r, int64_t *draft_id, struct facts *f,
    char *err, size_t errsz)
{
	struct draft_diag dd = { err, errsz, false };
	sqlite3_stmt *st;
	const char *text;
	char name[48];
	int rc;

	*draft_id = 0;
	if (reg_prepare(r, "SELECT id, facts FROM draft WHERE user = ? "
	    "ORDER BY updated DESC, id DESC LIMIT 1", &st, err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, r->user, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(st);
		return 0;
	}
	if (rc != SQLITE_ROW) {
		rc = sqlite3_extended_errcode(r->db);
		sqlite3_finalize(st);
		return reg_fail(r, rc, err, errsz);
	}
	text = (const char *)sqlite3_column_text(st, 1);
	snprintf(name, sizeof name, "draft %lld",
	    (long long)sqlite3_column_int64(st, 0));
	if (facts_parse(f, name, text != NULL ? text : "", text != NULL ?
	    strlen(text) : 0, draft_diag, &dd) != 0) {
		sqlite3_finalize(st);
		return -1;
	}
	*draft_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

int
reg_draft_delete(struct reg *r, int64_t draft_id, char *err, size_t errsz)
{
	sqlite3_stmt *st;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if (reg_prepare(r, "DELETE FROM document WHERE draft_id = ?", &st,
	    err, errsz) != 0) {
		reg_rollback(r);
		return -1;
	}
	sqlite3_bind_int64(st, 1, draft_id);
	if (reg_step_done(r, st, err, errsz) != 0) {
		reg_rollback(r);
		return -1;
	}
	if (reg_prepare(r, "DELETE FROM draft WHERE id = ?", &st, err,
	    errsz) != 0) {
		reg_rollback(r);
		return -1;
	}
	sqlite3_bind_int64(st, 1, draft_id);
	if (reg_step_done(r, st, err, errsz) != 0) {
		reg_rollback(r);
		return -1;
	}
	return reg_commit(r, err, errsz);
}
