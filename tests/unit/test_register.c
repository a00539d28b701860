/*
 * The register on real temporary SQLite files: opening and migrating,
 * every API function, refused events, the audit trail's triggers, and the
 * failures that must leave the file as it was (read-only, corrupt, newer).
 */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "data/reg-internal.h"
#include "data/register.h"

static char dir[256];

#include "tests/unit/tmpdir-test.h"

#define TODAY	qdate_from_ymd(2025, 7, 10)

/* Complete, with one defect of content: a return by letter. */
static const char base_facts[] =
	"filing.kind = complaint\n"
	"filing.received = 2025-07-01\n"
	"filer.role = convicted\n"
	"filer.name = Асқар Бекұлы\n"
	"filer.in-custody = no\n"
	"act.type = verdict\n"
	"act.instance = appellate\n"
	"act.court = Алматы қалалық соты\n"
	"act.in-force = yes\n"
	"act.in-force-date = 2025-03-01\n"
	"act.excluded = none\n"
	"case.category = grave\n"
	"case.language = kk\n"
	"appeal.route = reviewed\n"
	"subject.retroactive-or-amnesty-only = no\n"
	"subject.new-circumstances-only = no\n"
	"subject.civil-arithmetic-only = no\n"
	"grounds.worsening = no\n"
	"grounds.cpc485-1 = 1\n"
	"content.filer-data = no\n"
	"content.acts-and-courts = yes\n"
	"content.scope = yes\n"
	"content.ground-reference = yes\n"
	"content.arguments = yes\n"
	"content.evidence = yes\n"
	"content.participation = yes\n"
	"content.attachments = yes\n"
	"content.date-signature = yes\n"
	"content.language-ok = yes\n"
	"content.copies-attached = yes\n"
	"content.abusive = no\n";

static int
setup(void **state)
{

	(void)state;
	return tmpdir_make("reg");
}

static int
teardown(void **state)
{
	(void)state;
	return tmpdir_remove();
}

static void
facts_from(struct facts *f, const char *text)
{
	facts_init(f);
	assert_int_equal(facts_parse(f, "test", text, strlen(text), NULL,
	    NULL), 0);
}

static struct reg *
open_reg(const char *name)
{
	char path[300], err[REG_ERRSZ];
	struct reg *r;

	path_of(path, sizeof path, name);
	if (reg_open(path, TODAY, NULL, &r, err, sizeof err) != 0)
		fail_msg("reg_open: %s", err);
	return r;
}

static int64_t
add_one(struct reg *r, const char *extra, char number[40])
{
	struct facts f;
	struct strbuf text;
	char err[REG_ERRSZ];
	int64_t id;

	strbuf_init(&text);
	strbuf_printf(&text, "%s%s", base_facts, extra != NULL ? extra : "");
	facts_from(&f, text.buf);
	if (reg_add(r, &f, &id, number, err, sizeof err) != 0)
		fail_msg("reg_add: %s", err);
	facts_free(&f);
	strbuf_free(&text);
	return id;
}

static int
sql_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return v;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = xmalloc((size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static void
test_open_creates(void **state)
{
	char path[300];
	struct stat sb;
	struct reg *r;

	(void)state;
	path_of(path, sizeof path, "new/sub/register.db");
	r = open_reg("new/sub/register.db");
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	path_of(path, sizeof path, "new/sub");
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(reg_today(r), TODAY);
	reg_close(r);
	path_of(path, sizeof path, "new/sub/register.db");
	assert_int_equal(sql_int(path, "PRAGMA user_version"),
	    reg_schema_version());
	/* Opening again is a no-op migration. */
	reg_close(open_reg("new/sub/register.db"));
}

static void
test_migrate_every_version(void **state)
{
	char path[300], name[64], err[REG_ERRSZ];
	sqlite3 *db;
	struct reg *r;
	int v;

	(void)state;
	for (v = 0; v < reg_schema_version(); v++) {
		snprintf(name, sizeof name, "old-%d.db", v);
		path_of(path, sizeof path, name);
		assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
		assert_int_equal(reg_schema_migrate(db, 0, v, err,
		    sizeof err), 0);
		if (v >= 1)
			assert_int_equal(sqlite3_exec(db, "INSERT INTO filing "
			    "(number, year, seq, outcome, created) VALUES "
			    "('OLD-1/2024', 2024, 1, 'admit', 'x'); INSERT INTO "
			    "sequence VALUES (2024, 1)", NULL, NULL, NULL),
			    SQLITE_OK);
		sqlite3_close(db);
		r = open_reg(name);
		reg_close(r);
		assert_int_equal(sql_int(path, "PRAGMA user_version"),
		    reg_schema_version());
		assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"),
		    v >= 1 ? 1 : 0);
		assert_int_equal(sql_int(path, "SELECT count(*) FROM draft"),
		    0);
		/* 3: the counts table starts from the filings there are. */
		assert_int_equal(sql_int(path, "SELECT ifnull(sum(n), 0) FROM "
		    "pending_due WHERE due = '9999-12-31'"), v >= 1 ? 1 : 0);
		r = open_reg(name);
		{
			struct reg_counts c;

			assert_int_equal(reg_counts(r, &c, err, sizeof err),
			    0);
			assert_int_equal(c.pending, v >= 1 ? 1 : 0);
			assert_int_equal(c.overdue, 0);
		}
		reg_close(r);
	}
}

/* pending_due agrees with the filings, whatever was written. */
static void
assert_counts_consistent(const char *name)
{
	char path[300];

	path_of(path, sizeof path, name);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM (SELECT "
	    "ifnull(next_deadline, '9999-12-31') AS d, count(*) AS n "
	    "FROM filing WHERE status = 'pending' GROUP BY d "
	    "EXCEPT SELECT due, n FROM pending_due)"), 0);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM (SELECT due, n "
	    "FROM pending_due EXCEPT SELECT "
	    "ifnull(next_deadline, '9999-12-31'), count(*) "
	    "FROM filing WHERE status = 'pending' GROUP BY 1)"), 0);
}

static void
test_newer_refused(void **state)
{
	char path[300], sql[64], err[REG_ERRSZ];
	char *before, *after;
	size_t n1, n2;
	sqlite3 *db;
	struct reg *r;

	(void)state;
	path_of(path, sizeof path, "newer.db");
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d",
	    reg_schema_version() + 1);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE future (x)", NULL,
	    NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	before = slurp(path, &n1);
	assert_int_equal(reg_open(path, TODAY, NULL, &r, err, sizeof err), -1);
	assert_null(r);
	assert_non_null(strstr(err, "newer"));
	assert_non_null(strstr(err, path));
	after = slurp(path, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	free(before);
	free(after);
}

static void
test_corrupt_refused(void **state)
{
	char path[300], err[REG_ERRSZ], junk[4096];
	struct reg *r;
	FILE *fp;

	(void)state;
	path_of(path, sizeof path, "corrupt.db");
	memset(junk, 'x', sizeof junk);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	fwrite(junk, 1, sizeof junk, fp);
	fclose(fp);
	assert_int_equal(reg_open(path, TODAY, NULL, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, path));
	assert_non_null(strstr(err, "not a database"));

	/* A database of another program is not taken over either. */
	path_of(path, sizeof path, "other.db");
	{
		sqlite3 *db;

		assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
		assert_int_equal(sqlite3_exec(db, "CREATE TABLE t (x)", NULL,
		    NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
	}
	assert_int_equal(reg_open(path, TODAY, NULL, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, "not a register"));
	assert_int_equal(sql_int(path, "SELECT count(*) FROM sqlite_master"),
	    1);
}

static void
test_add_find_load(void **state)
{
	char n1[40], n2[40], n3[40], err[REG_ERRSZ];
	struct reg_filing fl;
	struct reg *r = open_reg("add.db");
	int64_t id1, id2, id3, found;

	(void)state;
	id1 = add_one(r, NULL, n1);
	id2 = add_one(r, NULL, n2);
	id3 = add_one(r, "", n3);
	assert_string_equal(n1, "ККС-1/2025");
	assert_string_equal(n2, "ККС-2/2025");
	assert_string_equal(n3, "ККС-3/2025");
	assert_int_equal(reg_find(r, n2, &found, err, sizeof err), 0);
	assert_int_equal(found, id2);
	assert_int_equal(reg_find(r, "1", &found, err, sizeof err), 0);
	assert_int_equal(found, id1);
	assert_int_equal(reg_find(r, "999", &found, err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(reg_find(r, "nope", &found, err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(reg_load(r, id3, &fl, err, sizeof err), 0);
	assert_string_equal(fl.number, n3);
	assert_string_equal(fl.status, "pending");
	assert_true(facts_is(&fl.facts, "filer.role", "convicted"));
	assert_true(fl.n_events >= 1);
	assert_string_equal(fl.events[0].kind, "received");
	assert_true(fl.n_audit >= 2);
	assert_string_equal(fl.audit[0].what, "filing");
	reg_filing_free(&fl);
	assert_int_equal(reg_load(r, 4242, &fl, err, sizeof err), REG_EINPUT);

	/* The year of the number is the year of receipt. */
	add_one(r, "filing.posted = 2024-12-30\n", n1);
	assert_string_equal(n1, "ККС-4/2025");
	reg_close(r);
}

static void
test_number_never_reused(void **state)
{
	char n[40], err[REG_ERRSZ];
	struct reg *r = open_reg("seq.db");
	int64_t id, found;

	(void)state;
	add_one(r, NULL, n);
	id = add_one(r, NULL, n);
	assert_string_equal(n, "ККС-2/2025");
	assert_int_equal(reg_delete(r, id, err, sizeof err), 0);
	assert_int_equal(reg_find(r, "ККС-2/2025", &found, err, sizeof err),
	    REG_EINPUT);
	add_one(r, NULL, n);
	assert_string_equal(n, "ККС-3/2025");
	assert_int_equal(reg_delete(r, id, err, sizeof err), REG_EINPUT);
	reg_close(r);
}

static void
test_events(void **state)
{
	char n[40], err[REG_ERRSZ];
	struct reg_filing fl;
	struct reg *r = open_reg("events.db");
	int64_t id;
	const char *const *k;
	size_t nk = 0;

	(void)state;
	for (k = reg_event_kinds(); *k != NULL; k++)
		nk++;
	assert_int_equal(nk, reg_event_count());
	id = add_one(r, NULL, n);
	assert_int_equal(reg_event(r, id, "bogus", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "bogus"));
	assert_int_equal(reg_event(r, id, "notified", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "case received"));
	assert_int_equal(reg_event(r, id, "received", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "handed",
	    qdate_from_ymd(2025, 6, 30), NULL, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "handed", TODAY + 1, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "handed",
	    qdate_from_ymd(2025, 7, 2), "to judge A", err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "handed", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "case-requested",
	    qdate_from_ymd(2025, 7, 3), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "decided", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "case-received",
	    qdate_from_ymd(2025, 7, 8), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "hearing-set",
	    qdate_from_ymd(2025, 9, 1), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "hearing-set",
	    qdate_from_ymd(2025, 9, 8), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "notified", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_event(r, id, "decided", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_event(r, id, "decided", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_event(r, id, "withdrawn", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "decided"));

	assert_int_equal(reg_load(r, id, &fl, err, sizeof err), 0);
	assert_string_equal(fl.status, "decided");
	assert_int_equal(facts_date(&fl.facts, "filing.handed"),
	    qdate_from_ymd(2025, 7, 2));
	assert_int_equal(facts_date(&fl.facts, "case.received"),
	    qdate_from_ymd(2025, 7, 8));
	assert_int_equal(facts_date(&fl.facts, "hearing.date"),
	    qdate_from_ymd(2025, 9, 8));
	assert_int_equal(facts_date(&fl.facts, "filing.decided"), TODAY);
	reg_filing_free(&fl);

	/* Withdrawn: the fact is yes and nothing follows. */
	id = add_one(r, NULL, n);
	assert_int_equal(reg_event(r, id, "withdrawn", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_event(r, id, "handed", QDATE_NONE, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_load(r, id, &fl, err, sizeof err), 0);
	assert_string_equal(fl.status, "withdrawn");
	assert_int_equal(facts_bool(&fl.facts, "filing.withdrawn"), 1);
	reg_filing_free(&fl);

	/* Returned. */
	id = add_one(r, NULL, n);
	assert_int_equal(reg_event(r, id, "returned", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_event(r, id, "case-requested", QDATE_NONE, NULL,
	    err, sizeof err), REG_EINPUT);
	reg_close(r);
}

static bool
has_deadline(const struct decision *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->n_deadlines; i++)
		if (strcmp(d->deadlines[i].name, name) == 0)
			return true;
	return false;
}

/* The case at the prosecutor's office and a suspended execution are
 * events: they start prosecutor-due and suspension-ends, the register
 * lists them, and 'set' sends their facts to the event. */
static void
test_prosecutor_and_suspension_events(void **state)
{
	char n[40], err[REG_ERRSZ];
	const char *a[1] = { "case.at-prosecutor=2025-07-01" };
	struct reg_filing fl;
	struct reg *r = open_reg("events2.db");
	int64_t id;

	(void)state;
	id = add_one(r, NULL, n);
	assert_int_equal(reg_set(r, id, a, 1, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "case-at-prosecutor"));
	assert_int_equal(reg_event(r, id, "case-at-prosecutor",
	    qdate_from_ymd(2025, 7, 1), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "execution-suspended",
	    qdate_from_ymd(2025, 7, 2), NULL, err, sizeof err), 0);
	assert_int_equal(reg_event(r, id, "execution-suspended",
	    qdate_from_ymd(2025, 7, 3), NULL, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_load(r, id, &fl, err, sizeof err), 0);
	assert_string_equal(fl.status, "pending");
	assert_int_equal(facts_date(&fl.facts, "case.at-prosecutor"),
	    qdate_from_ymd(2025, 7, 1));
	assert_int_equal(facts_date(&fl.facts, "execution.suspended"),
	    qdate_from_ymd(2025, 7, 2));
	assert_true(has_deadline(&fl.decision, "prosecutor-due"));
	assert_true(has_deadline(&fl.decision, "suspension-ends"));
	reg_filing_free(&fl);
	reg_close(r);
}

static void
test_status_history(void **state)
{
	char n[40], err[REG_ERRSZ];
	struct reg_filing fl;
	struct reg *r = open_reg("history.db");
	int64_t id;
	size_t i, statuses = 0;

	(void)state;
	id = add_one(r, NULL, n);
	assert_int_equal(reg_event(r, id, "returned", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_load(r, id, &fl, err, sizeof err), 0);
	for (i = 0; i < fl.n_audit; i++) {
		if (strcmp(fl.audit[i].what, "status") != 0)
			continue;
		statuses++;
		if (statuses == 2) {
			assert_string_equal(fl.audit[i].old_value, "pending");
			assert_string_equal(fl.audit[i].new_value, "returned");
			assert_true(fl.audit[i].user[0] != '\0');
			assert_int_equal(strlen(fl.audit[i].at), 20);
		}
	}
	assert_int_equal(statuses, 2);
	reg_filing_free(&fl);
	reg_close(r);
}

static void
test_audit_append_only(void **state)
{
	char path[300], n[40];
	char *msg = NULL;
	struct reg *r = open_reg("audit.db");
	sqlite3 *db;

	(void)state;
	add_one(r, NULL, n);
	reg_close(r);
	path_of(path, sizeof path, "audit.db");
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE audit SET user = 'x'",
	    NULL, NULL, &msg), SQLITE_OK);
	assert_non_null(strstr(msg, "append-only"));
	sqlite3_free(msg);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit", NULL, NULL,
	    &msg), SQLITE_OK);
	assert_non_null(strstr(msg, "append-only"));
	sqlite3_free(msg);
	sqlite3_close(db);
	assert_true(sql_int(path, "SELECT count(*) FROM audit") > 0);
}

static void
test_readonly(void **state)
{
	char path[300], n[40], err[REG_ERRSZ];
	struct facts f;
	struct reg *r = open_reg("ro.db");
	int64_t id;
	int before;

	(void)state;
	add_one(r, NULL, n);
	reg_close(r);
	path_of(path, sizeof path, "ro.db");
	before = sql_int(path, "SELECT count(*) FROM filing");
	/* As root, chmod does not stop writes: the read-only flag does. */
	assert_int_equal(reg_open_flags(path, REG_OPEN_READONLY, TODAY, NULL,
	    &r, err, sizeof err), 0);
	facts_from(&f, base_facts);
	assert_int_equal(reg_add(r, &f, &id, n, err, sizeof err), -1);
	assert_non_null(strstr(err, path));
	assert_non_null(strstr(err, "read-only"));
	assert_int_equal(reg_setting_set(r, "assistant", "A", err,
	    sizeof err), -1);
	facts_free(&f);
	reg_close(r);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), before);

	if (geteuid() == 0) {
		print_message("running as root: chmod 0400 skipped, the "
		    "read-only flag was tested instead\n");
		return;
	}
	assert_int_equal(chmod(path, 0400), 0);
	if (reg_open(path, TODAY, NULL, &r, err, sizeof err) == 0) {
		facts_from(&f, base_facts);
		assert_int_equal(reg_add(r, &f, &id, n, err, sizeof err), -1);
		assert_non_null(strstr(err, "read-only"));
		facts_free(&f);
		reg_close(r);
	} else
		assert_non_null(strstr(err, path));
	chmod(path, 0600);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), before);
}

static void
test_settings(void **state)
{
	char n[40], err[REG_ERRSZ];
	const char *const *k;
	struct strbuf v;
	struct reg *r = open_reg("settings.db");
	size_t nk = 0;

	(void)state;
	for (k = reg_setting_keys(); *k != NULL; k++)
		nk++;
	/* 15 of the court, 5 of its letters (issue 12), 3 of the user */
	assert_int_equal(nk, 23);
	strbuf_init(&v);
	assert_int_equal(reg_setting_get(r, "assistant", &v, err, sizeof err),
	    0);
	assert_string_equal(v.buf, "");
	assert_int_equal(reg_setting_set(r, "bogus", "x", err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(reg_setting_get(r, "bogus", &v, err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "numbering", "{n}", err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "numbering", "{x}-{n}/{yyyy}",
	    err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "letter.language", "en", err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "cite.route-not-observed",
	    "489.1.5", err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "cite.route-not-observed",
	    "CPC 489.1.5", err, sizeof err), 0);
	/* CPC 484.2.1 from 1 July 2027: confirmed only with all three. */
	assert_false(reg_cpc484_confirmed(r));
	assert_int_equal(reg_setting_set(r, "law.cpc484-2-1.confirmed-on",
	    "1 July 2027", err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_setting_set(r, "law.cpc484-2-1.confirmed-on",
	    "2027-07-05", err, sizeof err), 0);
	assert_int_equal(reg_setting_set(r, "law.cpc484-2-1.confirmed-by",
	    "Judge A. B.", err, sizeof err), 0);
	assert_false(reg_cpc484_confirmed(r));
	assert_int_equal(reg_setting_set(r, "law.cpc484-2-1.source",
	    "Adilet, edition of 01.07.2027", err, sizeof err), 0);
	assert_true(reg_cpc484_confirmed(r));
	assert_int_equal(reg_setting_set(r, "numbering", "{prefix}/{yy}-{n}",
	    err, sizeof err), 0);
	assert_int_equal(reg_setting_set(r, "numbering.prefix", "3к", err,
	    sizeof err), 0);
	assert_int_equal(reg_setting_set(r, "court.name.kk", "Кассациялық "
	    "сот", err, sizeof err), 0);
	strbuf_reset(&v);
	assert_int_equal(reg_setting_get(r, "court.name.kk", &v, err,
	    sizeof err), 0);
	assert_string_equal(v.buf, "Кассациялық сот");
	/* Judges: "A; B; C" or one a line, kept trimmed one a line. */
	assert_int_equal(reg_setting_set(r, "judges", " Ахметов А.; Иванов "
	    "И.;;  Сейтқали С.  ", err, sizeof err), 0);
	strbuf_reset(&v);
	assert_int_equal(reg_setting_get(r, "judges", &v, err, sizeof err), 0);
	assert_string_equal(v.buf, "Ахметов А.\nИванов И.\nСейтқали С.");
	assert_int_equal(reg_setting_set(r, "judges", "A\n B \n", err,
	    sizeof err), 0);
	strbuf_reset(&v);
	assert_int_equal(reg_setting_get(r, "judges", &v, err, sizeof err), 0);
	assert_string_equal(v.buf, "A\nB");
	add_one(r, NULL, n);
	assert_string_equal(n, "3к/25-1");
	/* Clearing goes back to the default. */
	assert_int_equal(reg_setting_set(r, "numbering", "", err, sizeof err),
	    0);
	add_one(r, NULL, n);
	assert_string_equal(n, "3к-2/2025");
	strbuf_free(&v);
	reg_close(r);
}

static void
test_drafts(void **state)
{
	char err[REG_ERRSZ];
	struct facts f, g;
	struct reg *r = open_reg("drafts.db");
	int64_t d = 0, latest;

	(void)state;
	facts_init(&g);
	assert_int_equal(reg_draft_latest(r, &latest, &g, err, sizeof err), 0);
	assert_int_equal(latest, 0);
	facts_from(&f, "filing.kind = protest\n");
	assert_int_equal(reg_draft_save(r, &d, &f, err, sizeof err), 0);
	assert_true(d > 0);
	facts_free(&f);
	facts_from(&f, "filing.kind = complaint\nfiler.role = victim\n");
	assert_int_equal(reg_draft_save(r, &d, &f, err, sizeof err), 0);
	assert_int_equal(reg_draft_latest(r, &latest, &g, err, sizeof err), 0);
	assert_int_equal(latest, d);
	assert_true(facts_is(&g, "filer.role", "victim"));
	assert_int_equal(reg_draft_delete(r, d, err, sizeof err), 0);
	facts_free(&g);
	facts_init(&g);
	assert_int_equal(reg_draft_latest(r, &latest, &g, err, sizeof err), 0);
	assert_int_equal(latest, 0);
	d = 777;
	assert_int_equal(reg_draft_save(r, &d, &f, err, sizeof err),
	    REG_EINPUT);
	facts_free(&f);
	facts_free(&g);
	reg_close(r);
}

/* reg_drafts: every draft, newest first (the same second: the later id). */
struct drafts_seen {
	int	 n;
	int64_t	 ids[4];
	bool	 victim;
};

static int
drafts_seen(const struct reg_draft *d, void *ctx)
{
	struct drafts_seen *s = ctx;

	if (s->n < 4)
		s->ids[s->n++] = d->id;
	if (facts_is(d->facts, "filer.role", "victim"))
		s->victim = true;
	return 0;
}

static void
test_drafts_list(void **state)
{
	struct drafts_seen seen = { 0, { 0 }, false };
	char err[REG_ERRSZ];
	struct facts f, g;
	struct reg *r = open_reg("drafts-list.db");
	int64_t a = 0, b = 0;

	(void)state;
	assert_int_equal(reg_drafts(r, drafts_seen, &seen, err, sizeof err),
	    0);
	assert_int_equal(seen.n, 0);
	facts_from(&f, "filing.kind = protest\n");
	assert_int_equal(reg_draft_save(r, &a, &f, err, sizeof err), 0);
	facts_free(&f);
	facts_from(&f, "filing.kind = complaint\nfiler.role = victim\n");
	assert_int_equal(reg_draft_save(r, &b, &f, err, sizeof err), 0);
	facts_free(&f);
	assert_int_equal(reg_drafts(r, drafts_seen, &seen, err, sizeof err),
	    0);
	assert_int_equal(seen.n, 2);
	assert_true(seen.ids[0] == b && seen.ids[1] == a);
	assert_true(seen.victim);
	/* One read back, the other left alone by a delete. */
	facts_init(&g);
	assert_int_equal(reg_draft_get(r, a, &g, err, sizeof err), 0);
	assert_true(facts_is(&g, "filing.kind", "protest"));
	facts_free(&g);
	assert_int_equal(reg_draft_delete(r, a, err, sizeof err), 0);
	facts_init(&g);
	assert_int_equal(reg_draft_get(r, a, &g, err, sizeof err),
	    REG_EINPUT);
	facts_free(&g);
	seen.n = 0;
	assert_int_equal(reg_drafts(r, drafts_seen, &seen, err, sizeof err),
	    0);
	assert_true(seen.n == 1 && seen.ids[0] == b);
	reg_close(r);
}

struct collect {
	size_t	 n;
	int64_t	 ids[64];
	struct reg_row last;
};

static int
collect(const struct reg_row *row, void *arg)
{
	struct collect *c = arg;

	if (c->n < 64)
		c->ids[c->n] = row->id;
	c->n++;
	c->last = *row;
	return 0;
}

static void
test_list_paging(void **state)
{
	static const char *const sorts[] = {
		"deadline", "number", "received", "filer", "judge"
	};
	char n[40], err[REG_ERRSZ], extra[160];
	struct reg_filter fl;
	struct collect all, page;
	struct reg_counts cnt;
	struct reg *r = open_reg("list.db");
	size_t i, s, got;
	int64_t id;

	(void)state;
	for (i = 0; i < 30; i++) {
		snprintf(extra, sizeof extra, "filing.handed = 2025-07-%02zu\n",
		    1 + i % 9);
		id = add_one(r, i % 3 == 0 ? extra : NULL, n);
		if (i % 4 == 0)
			assert_int_equal(reg_set_judge(r, id, i % 8 == 0 ?
			    "Бекова" : "Ахметов", err, sizeof err), 0);
		if (i % 10 == 9)
			assert_int_equal(reg_event(r, id, "returned",
			    QDATE_NONE, NULL, err, sizeof err), 0);
	}
	for (s = 0; s < 5; s++) {
		memset(&fl, 0, sizeof fl);
		fl.due_within = -1;
		fl.sort = sorts[s];
		fl.descending = s == 2;
		memset(&all, 0, sizeof all);
		assert_int_equal(reg_list(r, &fl, collect, &all, err,
		    sizeof err), 0);
		assert_int_equal(all.n, 27);
		/* Pages of 7 forward give the same rows in the same order. */
		fl.limit = 7;
		got = 0;
		memset(&page, 0, sizeof page);
		for (;;) {
			struct reg_row anchor = page.last;
			size_t before = page.n;

			fl.after = got > 0 ? &anchor : NULL;
			page.n = 0;
			assert_int_equal(reg_list(r, &fl, collect, &page, err,
			    sizeof err), 0);
			for (i = 0; i < page.n; i++)
				assert_int_equal(page.ids[i], all.ids[got + i]);
			got += page.n;
			(void)before;
			if (page.n < 7)
				break;
		}
		assert_int_equal(got, 27);
		/* Backwards from the last row: the rows before it, reversed. */
		fl.after = NULL;
		fl.before = &page.last;
		fl.limit = 5;
		page.n = 0;
		assert_int_equal(reg_list(r, &fl, collect, &page, err,
		    sizeof err), 0);
		assert_int_equal(page.n, 5);
		for (i = 0; i < 5; i++)
			if (page.ids[i] != all.ids[25 - i])
				fail_msg("sort %s: before[%zu] = %lld, not %lld",
				    sorts[s], i, (long long)page.ids[i],
				    (long long)all.ids[25 - i]);
	}

	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	fl.all = true;
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 30);
	fl.all = false;
	fl.status = "returned";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 3);
	fl.status = "lost";
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err),
	    REG_EINPUT);
	fl.status = NULL;
	fl.judge = "Бекова";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 4);
	fl.judge = NULL;
	fl.search = "бекова";	/* Cyrillic case folded (qarau_fold) */
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 4);
	fl.search = "БЕКОВА";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 4);
	fl.search = "ККС-1";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 10);	/* 1, 11..19; 10 was returned */
	fl.search = "50%_";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(all.n, 0);
	fl.search = NULL;
	fl.sort = "colour";
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err),
	    REG_EINPUT);
	fl.sort = NULL;
	fl.outcome = "maybe";
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err),
	    REG_EINPUT);
	fl.outcome = NULL;
	fl.deadline_state = "late";
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err),
	    REG_EINPUT);

	/* Overdue filter agrees with the counts and with deadline_state. */
	fl.deadline_state = NULL;
	fl.overdue = true;
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal(reg_counts(r, &cnt, err, sizeof err), 0);
	assert_int_equal(cnt.pending, 27);
	assert_int_equal((size_t)cnt.overdue, all.n);
	fl.overdue = false;
	fl.deadline_state = "due-today";
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal((size_t)cnt.due_today, all.n);
	fl.deadline_state = NULL;
	fl.due_within = 6;
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	assert_int_equal((size_t)cnt.due_week, all.n);
	assert_counts_consistent("list.db");

	/* Deleting, returning and deciding keep the counts right. */
	assert_int_equal(reg_delete(r, 1, err, sizeof err), 0);
	assert_int_equal(reg_event(r, 2, "withdrawn", QDATE_NONE, NULL, err,
	    sizeof err), 0);
	assert_int_equal(reg_counts(r, &cnt, err, sizeof err), 0);
	assert_int_equal(cnt.pending, 25);
	assert_counts_consistent("list.db");
	reg_close(r);
}

/* Every plan of the list seeks an index in the order asked for: no scan
 * of the table, no sort, for every order both ways, pending and all, from
 * the start and around a row. */
static void
test_list_plans(void **state)
{
	static const char *const sorts[] = {
		"deadline", "number", "received", "filer", "judge"
	};
	char n[40], err[REG_ERRSZ];
	struct reg_filter fl;
	struct reg_row anchor;
	struct collect all;
	struct strbuf plan;
	struct reg *r = open_reg("plans.db");
	size_t s, way, all_status, anchored;

	(void)state;
	add_one(r, NULL, n);
	add_one(r, "filing.handed = 2025-07-02\n", n);
	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	memset(&all, 0, sizeof all);
	assert_int_equal(reg_list(r, &fl, collect, &all, err, sizeof err), 0);
	anchor = all.last;
	strbuf_init(&plan);
	for (s = 0; s < 5; s++)
	for (way = 0; way < 2; way++)
	for (all_status = 0; all_status < 2; all_status++)
	for (anchored = 0; anchored < 3; anchored++) {
		memset(&fl, 0, sizeof fl);
		fl.due_within = -1;
		fl.sort = sorts[s];
		fl.descending = way == 1;
		fl.all = all_status == 1;
		fl.limit = 40;
		fl.after = anchored == 1 ? &anchor : NULL;
		fl.before = anchored == 2 ? &anchor : NULL;
		strbuf_reset(&plan);
		assert_int_equal(reg_list_plan(r, &fl, &plan, err, sizeof err),
		    0);
		if (strstr(plan.buf, "SEARCH filing USING") == NULL &&
		    strstr(plan.buf, "SCAN filing USING INDEX") == NULL)
			fail_msg("%s%s%s%s: no index:\n%s", sorts[s],
			    way ? " desc" : "", all_status ? " all" : "",
			    anchored == 1 ? " after" : anchored == 2 ?
			    " before" : "", plan.buf);
		if (strstr(plan.buf, "TEMP B-TREE") != NULL ||
		    strstr(plan.buf, "SCAN filing\n") != NULL)
			fail_msg("%s%s%s%s: sorts or scans:\n%s", sorts[s],
			    way ? " desc" : "", all_status ? " all" : "",
			    anchored == 1 ? " after" : anchored == 2 ?
			    " before" : "", plan.buf);
		/* Around a row, each statement seeks (no walk from the
		 * start of the list to the row). */
		if (anchored > 0 && strstr(plan.buf, "SCAN") != NULL)
			fail_msg("%s%s%s: walks to the anchor:\n%s", sorts[s],
			    way ? " desc" : "", all_status ? " all" : "",
			    plan.buf);
	}
	strbuf_free(&plan);
	reg_close(r);
}

/* base_facts with another filer's name and more facts. */
static int64_t
add_named(struct reg *r, const char *name, const char *extra)
{
	const char *at = strstr(base_facts, "filer.name = ");
	const char *end = strchr(at, '\n') + 1;
	struct facts f;
	struct strbuf text;
	char err[REG_ERRSZ], number[40];
	int64_t id;

	strbuf_init(&text);
	strbuf_printf(&text, "%.*sfiler.name = %s\n%s%s", (int)(at - base_facts),
	    base_facts, name, end, extra);
	facts_from(&f, text.buf);
	if (reg_add(r, &f, &id, number, err, sizeof err) != 0)
		fail_msg("reg_add: %s", err);
	facts_free(&f);
	strbuf_free(&text);
	return id;
}

static size_t
search_count(struct reg *r, const char *text, struct collect *c)
{
	struct reg_filter fl;
	char err[REG_ERRSZ];

	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	fl.all = true;
	fl.search = text;
	memset(c, 0, sizeof *c);
	assert_int_equal(reg_list(r, &fl, collect, c, err, sizeof err), 0);
	return c->n;
}

/* The list's search finds a filing by the filer's name, the lower
 * court's case number and the e-filing number, whatever the case and
 * Kazakh or Russian letters; each row carries the act's facts. */
static void
test_list_search_identity(void **state)
{
	struct reg *r = open_reg("identity.db");
	struct collect c;
	int64_t a, b;

	(void)state;
	a = add_named(r, "Серіков Нұрлан Асқарұлы",
	    "act.number = 1-112/2025\nact.date = 2025-07-15\n"
	    "filing.efiling-number = ЭО-2025-0042\n");
	b = add_named(r, "СЕРИКОВА Айгүл", "act.number = 1-200/2025\n");
	(void)add_named(r, "Иванов И.", "");
	assert_int_equal(search_count(r, "сериков", &c), 2);
	assert_int_equal(search_count(r, "СЕРІКОВ", &c), 2);
	assert_int_equal(search_count(r, "серикова", &c), 1);
	assert_true(c.ids[0] == b);
	assert_int_equal(search_count(r, "айгул", &c), 1);
	assert_int_equal(search_count(r, "нурлан", &c), 1);
	assert_int_equal(search_count(r, "1-112/2025", &c), 1);
	assert_true(c.ids[0] == a);
	assert_string_equal(c.last.act_number, "1-112/2025");
	assert_string_equal(c.last.act_type, "verdict");
	assert_string_equal(c.last.act_court, "Алматы қалалық соты");
	assert_true(c.last.act_date == qdate_from_ymd(2025, 7, 15));
	assert_int_equal(search_count(r, "эо-2025-0042", &c), 1);
	assert_true(c.ids[0] == a);
	assert_int_equal(search_count(r, "1-200", &c), 1);
	assert_true(c.ids[0] == b);
	assert_int_equal(search_count(r, "Петров", &c), 0);
	reg_close(r);
}

static void
test_set(void **state)
{
	char n[40], err[REG_ERRSZ];
	const char *ok[] = { "filer.role=victim", "judge=Сейітов" };
	const char *clear[] = { "filer.name=" };
	const char *bad1[] = { "filing.handed=2025-07-02" };
	const char *bad2[] = { "filer.role=king" };
	const char *bad3[] = { "noequals" };
	const char *bad4[] = { "no.such.key=1" };
	struct reg_filing fl;
	struct reg *r = open_reg("set.db");
	int64_t id;

	(void)state;
	id = add_one(r, NULL, n);
	assert_int_equal(reg_set(r, id, ok, 2, err, sizeof err), 0);
	assert_int_equal(reg_set(r, id, clear, 1, err, sizeof err), 0);
	assert_int_equal(reg_set(r, id, bad1, 1, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "event"));
	assert_int_equal(reg_set(r, id, bad2, 1, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_set(r, id, bad3, 1, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_set(r, id, bad4, 1, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_set(r, 999, ok, 1, err, sizeof err), REG_EINPUT);
	assert_int_equal(reg_load(r, id, &fl, err, sizeof err), 0);
	assert_true(facts_is(&fl.facts, "filer.role", "victim"));
	assert_int_equal(facts_value_text(&fl.facts,
	    (size_t)vocab_index("filer.name"), n, sizeof n) == NULL, 1);
	assert_string_equal(fl.judge, "Сейітов");
	reg_filing_free(&fl);
	assert_int_equal(reg_set_judge(r, id, "", err, sizeof err), 0);
	reg_close(r);
}

static void
test_export_import(void **state)
{
	char n[40], err[REG_ERRSZ], path[300];
	struct strbuf csv, json, bad;
	struct reg *r = open_reg("export.db"), *r2;
	size_t imported;
	int64_t id;

	(void)state;
	id = add_one(r, "filing.handed = 2025-07-02\n", n);
	assert_int_equal(reg_event(r, id, "case-requested", QDATE_NONE,
	    "by letter, \"urgent\"", err, sizeof err), 0);
	/* A note with the events column's own separator and escape. */
	assert_int_equal(reg_event(r, id, "case-received", QDATE_NONE,
	    "No 12; see \\\\srv\\case\nsecond line ", err, sizeof err), 0);
	add_one(r, NULL, n);
	strbuf_init(&csv);
	strbuf_init(&json);
	assert_int_equal(reg_export_csv(r, &csv, err, sizeof err), 0);
	assert_int_equal(reg_export_json(r, &json, err, sizeof err), 0);
	assert_non_null(strstr(csv.buf, "number,year,seq,status"));
	assert_non_null(strstr(json.buf, "\"case-requested\""));
	assert_non_null(strstr(json.buf, "\\\"urgent\\\""));

	/* Into the same register: the numbers are taken, nothing changes. */
	assert_int_equal(reg_import_csv(r, "x.csv", csv.buf, csv.len,
	    &imported, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "x.csv:2:"));
	assert_int_equal(imported, 0);

	r2 = open_reg("import.db");
	/* A malformed last line: nothing is imported. */
	strbuf_init(&bad);
	strbuf_add(&bad, csv.buf, csv.len);
	strbuf_puts(&bad, "\"unterminated,2025\n");
	assert_int_equal(reg_import_csv(r2, "bad.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), REG_EINPUT);
	/* line 5: the note of the first filing holds a line break */
	assert_non_null(strstr(err, "bad.csv:5:"));
	path_of(path, sizeof path, "import.db");
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), 0);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM sequence"), 0);
	strbuf_reset(&bad);
	strbuf_puts(&bad, "number,year,seq,status,colour\n");
	assert_int_equal(reg_import_csv(r2, "hdr.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "hdr.csv:1:"));
	strbuf_reset(&bad);
	strbuf_puts(&bad, "number,year,seq,status,filer.role\n"
	    "ККС-1/2025,2025,1,pending,convicted\n"
	    "ККС-2/2025,2025,2,pending,king\n");
	assert_int_equal(reg_import_csv(r2, "val.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "val.csv:3:"));
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), 0);
	/* A number not of the court's numbering for its seq and year. */
	strbuf_reset(&bad);
	strbuf_puts(&bad, "number,year,seq,status\n"
	    "ККС-1/2025,2025,1,pending\n"
	    "ККС-2/2024,2025,2,pending\n");
	assert_int_equal(reg_import_csv(r2, "num.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "num.csv:3: number: 'ККС-2/2024'"));
	assert_non_null(strstr(err, "'ККС-2/2025'"));
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), 0);
	strbuf_free(&bad);

	/* The good export comes back whole, numbers and sequence too. */
	assert_int_equal(reg_import_csv(r2, "x.csv", csv.buf, csv.len,
	    &imported, err, sizeof err), 0);
	assert_int_equal(imported, 2);
	add_one(r2, NULL, n);
	assert_string_equal(n, "ККС-3/2025");
	assert_int_equal(sql_int(path, "SELECT count(*) FROM event WHERE "
	    "kind = 'case-requested'"), 1);
	/* The notes come back as they were. */
	assert_int_equal(sql_int(path, "SELECT count(*) FROM event WHERE "
	    "kind = 'case-requested' AND note = 'by letter, \"urgent\"'"), 1);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM event WHERE "
	    "kind = 'case-received' AND note = 'No 12; see \\\\srv\\case' "
	    "|| char(10) || 'second line '"), 1);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM event WHERE "
	    "note IS NOT NULL"), 2);
	reg_close(r2);

	/* The events column of an older export, without notes; a bad item
	 * is named. */
	r2 = open_reg("import-old.db");
	strbuf_init(&bad);
	strbuf_puts(&bad, "number,year,seq,status,events\n"
	    "ККС-1/2024,2024,1,pending,received 2024-07-01; handed 2024-07-02\n");
	assert_int_equal(reg_import_csv(r2, "old.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), 0);
	assert_int_equal(imported, 1);
	path_of(path, sizeof path, "import-old.db");
	assert_int_equal(sql_int(path, "SELECT count(*) FROM event WHERE "
	    "note IS NULL AND date IN ('2024-07-01', '2024-07-02')"), 2);
	strbuf_reset(&bad);
	strbuf_puts(&bad, "number,year,seq,status,events\n"
	    "ККС-2/2024,2024,2,pending,handed 2024-07-32 a note\n");
	assert_int_equal(reg_import_csv(r2, "ev.csv", bad.buf, bad.len,
	    &imported, err, sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "'handed 2024-07-32 a note'"));
	strbuf_free(&bad);
	reg_close(r2);

	/* Backup: a consistent copy that opens as a register. */
	path_of(path, sizeof path, "backup.db");
	assert_int_equal(reg_backup(r, path, err, sizeof err), 0);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM filing"), 2);
	assert_int_equal(sql_int(path, "PRAGMA user_version"),
	    reg_schema_version());
	path_of(path, sizeof path, "no/such/dir/backup.db");
	assert_int_equal(reg_backup(r, path, err, sizeof err), -1);
	strbuf_free(&csv);
	strbuf_free(&json);
	reg_close(r);
}

struct pieces {
	struct strbuf	 text;
	size_t		 calls;
	size_t		 fail_at;	/* 0: never */
};

static int
pieces_write(const char *buf, size_t len, void *ctx)
{
	struct pieces *p = ctx;

	p->calls++;
	if (p->fail_at != 0 && p->calls >= p->fail_at)
		return -1;
	strbuf_add(&p->text, buf, len);
	return 0;
}

/* The streaming export hands over the same text as the gathered one, in
 * several pieces; a writer's failure stops it. */
static void
test_export_stream(void **state)
{
	char n[40], err[REG_ERRSZ];
	struct strbuf whole;
	struct pieces p;
	struct reg *r = open_reg("stream.db");
	int i, json;

	(void)state;
	for (i = 0; i < 300; i++)
		add_one(r, NULL, n);
	for (json = 0; json < 2; json++) {
		strbuf_init(&whole);
		memset(&p, 0, sizeof p);
		strbuf_init(&p.text);
		assert_int_equal(json ? reg_export_json(r, &whole, err,
		    sizeof err) : reg_export_csv(r, &whole, err, sizeof err),
		    0);
		assert_int_equal(json ? reg_export_json_to(r, pieces_write, &p,
		    err, sizeof err) : reg_export_csv_to(r, pieces_write, &p,
		    err, sizeof err), 0);
		assert_true(p.calls > 1);
		assert_int_equal(p.text.len, whole.len);
		assert_memory_equal(p.text.buf, whole.buf, whole.len);
		strbuf_reset(&p.text);
		p.calls = 0;
		p.fail_at = 2;
		snprintf(err, sizeof err, "untouched");
		assert_int_equal(json ? reg_export_json_to(r, pieces_write, &p,
		    err, sizeof err) : reg_export_csv_to(r, pieces_write, &p,
		    err, sizeof err), -1);
		assert_int_equal(p.calls, 2);
		assert_string_equal(err, "");
		strbuf_free(&p.text);
		strbuf_free(&whole);
	}
	/* The register is usable after a stopped export (the read
	 * transaction ended). */
	add_one(r, NULL, n);
	reg_close(r);
}

static void
test_resolve_path(void **state)
{
	struct strbuf p;
	char err[REG_ERRSZ];

	(void)state;
	strbuf_init(&p);
	setenv("QARAU_DB", "/tmp/env.db", 1);
	assert_int_equal(reg_resolve_path("/x/opt.db", &p, err, sizeof err),
	    0);
	assert_string_equal(p.buf, "/x/opt.db");
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/tmp/env.db");
	unsetenv("QARAU_DB");
	setenv("XDG_DATA_HOME", "/xdg", 1);
	setenv("HOME", "/home/a", 1);
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/xdg/qarau/register.db");
	setenv("XDG_DATA_HOME", "relative", 1);
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/home/a/.local/share/qarau/register.db");
	setenv("XDG_DATA_HOME", "", 1);
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path("", &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/home/a/.local/share/qarau/register.db");
	strbuf_free(&p);
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL || fputs(text, fp) == EOF || fclose(fp) != 0)
		fail_msg("%s: cannot write", path);
}

/* -d, QARAU_DB, the user's file, the system's, the default; a bad line
 * is named by file:line. */
static void
test_resolve_config(void **state)
{
	char sys[300], user[400], cfg[300], err[REG_ERRSZ];
	struct strbuf p;
	bool named;

	(void)state;
	path_of(sys, sizeof sys, "sys.conf");
	path_of(cfg, sizeof cfg, "cfg");
	snprintf(user, sizeof user, "%s/qarau/qarau.conf", cfg);
	path_of(err, sizeof err, "cfg/qarau");
	assert_int_equal(mkdir(cfg, 0700), 0);
	assert_int_equal(mkdir(err, 0700), 0);
	setenv("QARAU_SYSCONF", sys, 1);
	setenv("XDG_CONFIG_HOME", cfg, 1);
	setenv("XDG_DATA_HOME", "/xdg", 1);
	unsetenv("QARAU_DB");
	strbuf_init(&p);
	assert_int_equal(reg_resolve_path_named(NULL, &p, &named, err,
	    sizeof err), 0);
	assert_string_equal(p.buf, "/xdg/qarau/register.db");
	assert_false(named);
	write_file(sys, "# the court's\nregister = /srv/court.db\n");
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path_named(NULL, &p, &named, err,
	    sizeof err), 0);
	assert_string_equal(p.buf, "/srv/court.db");
	assert_true(named);
	write_file(user, "user.name = A\nregister = /home/a/own.db\n");
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/home/a/own.db");
	setenv("QARAU_DB", "/env.db", 1);
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), 0);
	assert_string_equal(p.buf, "/env.db");
	unsetenv("QARAU_DB");
	write_file(user, "user.name = A\n");
	write_file(sys, "register = /srv/court.db\nuser.name = B\n");
	strbuf_reset(&p);
	assert_int_equal(reg_resolve_path(NULL, &p, err, sizeof err), -1);
	assert_non_null(strstr(err, "sys.conf:2: unknown key 'user.name'"));
	strbuf_free(&p);
	unsetenv("QARAU_SYSCONF");
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
}

/* The parties of a filing (issue 12): added, listed in order, numbered for
 * good, removed with the trail kept; a bad role or text changes nothing. */
static int
collect_party(const struct reg_party *p, void *arg)
{
	struct strbuf *sb = arg;

	strbuf_printf(sb, "%d %s %s|%s|%s\n", p->n, p->role, p->name,
	    p->address, p->institution);
	return 0;
}

static void
test_parties(void **state)
{
	char err[REG_ERRSZ], n[40], path[300];
	struct reg *r = open_reg("parties.db");
	struct reg_party p, got;
	struct strbuf list;
	int64_t id;
	int k;

	(void)state;
	id = add_one(r, NULL, n);
	path_of(path, sizeof path, "parties.db");
	memset(&p, 0, sizeof p);
	snprintf(p.role, sizeof p.role, "victim");
	snprintf(p.name, sizeof p.name, "Петрова Анна Сергеевна");
	snprintf(p.address, sizeof p.address, "г. Павлодар, ул. Абая, 5");
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err), 0);
	assert_int_equal(k, 1);
	snprintf(p.role, sizeof p.role, "convicted");
	snprintf(p.name, sizeof p.name, "Серіков Нұрлан Асқарұлы");
	p.address[0] = '\0';
	snprintf(p.institution, sizeof p.institution, "ЕЦ-166/1");
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err), 0);
	assert_int_equal(k, 2);
	strbuf_init(&list);
	assert_int_equal(reg_parties(r, id, collect_party, &list, err,
	    sizeof err), 0);
	assert_string_equal(list.buf, "1 victim Петрова Анна Сергеевна|"
	    "г. Павлодар, ул. Абая, 5|\n2 convicted Серіков Нұрлан "
	    "Асқарұлы||ЕЦ-166/1\n");
	assert_int_equal(reg_party_get(r, id, 2, &got, err, sizeof err), 0);
	assert_string_equal(got.institution, "ЕЦ-166/1");
	/* Removed: gone from the list, kept in the table and the trail,
	 * and its number is not given again. */
	assert_int_equal(reg_party_remove(r, id, 2, err, sizeof err), 0);
	assert_int_equal(reg_party_get(r, id, 2, &got, err, sizeof err),
	    REG_EINPUT);
	assert_non_null(strstr(err, "no party 2"));
	assert_int_equal(reg_party_remove(r, id, 2, err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err), 0);
	assert_int_equal(k, 3);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM party WHERE "
	    "removed IS NOT NULL"), 1);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM audit WHERE "
	    "what = 'party' AND new_value LIKE '1 victim Петрова%'"), 1);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM audit WHERE "
	    "what = 'party' AND old_value LIKE '2 convicted%' AND new_value "
	    "IS NULL"), 1);
	/* Refused, nothing written: a role outside filer.role's values, no
	 * name, a control character, a filing that is not there. */
	snprintf(p.role, sizeof p.role, "king");
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err),
	    REG_EINPUT);
	assert_non_null(strstr(err, "role: 'king' is none of"));
	snprintf(p.role, sizeof p.role, "victim");
	p.name[0] = '\0';
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err),
	    REG_EINPUT);
	assert_non_null(strstr(err, "name: empty"));
	snprintf(p.name, sizeof p.name, "X\033[2J");
	assert_int_equal(reg_party_add(r, id, &p, &k, err, sizeof err),
	    REG_EINPUT);
	assert_non_null(strstr(err, "name: "));
	snprintf(p.name, sizeof p.name, "Y");
	assert_int_equal(reg_party_add(r, id + 99, &p, &k, err, sizeof err),
	    REG_EINPUT);
	assert_int_equal(sql_int(path, "SELECT count(*) FROM party"), 3);
	strbuf_free(&list);
	reg_close(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_creates),
		cmocka_unit_test(test_migrate_every_version),
		cmocka_unit_test(test_newer_refused),
		cmocka_unit_test(test_corrupt_refused),
		cmocka_unit_test(test_add_find_load),
		cmocka_unit_test(test_number_never_reused),
		cmocka_unit_test(test_events),
		cmocka_unit_test(test_prosecutor_and_suspension_events),
		cmocka_unit_test(test_status_history),
		cmocka_unit_test(test_audit_append_only),
		cmocka_unit_test(test_readonly),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_drafts),
		cmocka_unit_test(test_drafts_list),
		cmocka_unit_test(test_list_paging),
		cmocka_unit_test(test_list_plans),
		cmocka_unit_test(test_list_search_identity),
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_export_import),
		cmocka_unit_test(test_export_stream),
		cmocka_unit_test(test_resolve_path),
		cmocka_unit_test(test_resolve_config),
		cmocka_unit_test(test_parties),
	};

	core_init();
	return cmocka_run_group_tests(tests, setup, teardown);
}
