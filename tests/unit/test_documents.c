/*
 * A filing's documents in the register (data/reg-document.c) on real
 * temporary SQLite files: stored with a new filing, attached later, kept
 * with a draft and moved with it, listed without their bytes, written back
 * checked against their SHA-256, proposals audited, and a register of the
 * schema before documents opened and given them.
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

#include "core/core.h"
#include "data/reg-internal.h"
#include "data/register.h"

static char dir[256];

#include "tests/unit/tmpdir-test.h"

#define TODAY	qdate_from_ymd(2025, 7, 10)

static const char some_facts[] =
	"filing.kind = complaint\n"
	"filing.received = 2025-07-01\n"
	"filer.role = convicted\n";

/* sha256 of "abc" (FIPS 180-2, appendix B.1). */
static const char abc_sha[] =
	"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

static const char porcelain[] =
	"text.pages=1\ntext.language=ru\ntext.ocr=no\ntext.encoding=UTF-8\n"
	"suggest.filer.role=convicted\tpage=1\tline=2\tquote=осуждённый\n";

static int
setup(void **state)
{

	(void)state;
	return tmpdir_make("doc");
}

static int
teardown(void **state)
{
	(void)state;
	return tmpdir_remove();
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

static int
sql_int(const char *name, const char *sql)
{
	char path[300];
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;

	path_of(path, sizeof path, name);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void
sql_exec(const char *name, const char *sql)
{
	char path[300];
	sqlite3 *db;

	path_of(path, sizeof path, name);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void
doc_in(struct reg_document_in *d, const char *name, const char *bytes,
    const char *text)
{
	memset(d, 0, sizeof *d);
	d->name = name;
	d->format = "text";
	d->bytes = bytes;
	d->len = strlen(bytes);
	d->text = text;
	d->text_len = strlen(text);
	d->pages = 1;
	d->encoding = "UTF-8";
	d->proposals = porcelain;
}

struct listing {
	int			 n;
	struct reg_document	 d[8];
};

static int
collect(const struct reg_document *d, void *ctx)
{
	struct listing *l = ctx;

	if (l->n < 8)
		l->d[l->n] = *d;
	l->n++;
	return 0;
}

static int64_t
add_with(struct reg *r, const struct reg_add_with *w, int expect)
{
	struct facts f;
	char number[40], err[REG_ERRSZ];
	int64_t id = 0;
	int rc;

	facts_init(&f);
	assert_int_equal(facts_parse(&f, "test", some_facts,
	    strlen(some_facts), NULL, NULL), 0);
	rc = reg_add_ex(r, &f, w, &id, number, err, sizeof err);
	facts_free(&f);
	if (rc != expect)
		fail_msg("reg_add_ex: %d (%s)", rc, err);
	return id;
}

static void
test_add_with_documents(void **state)
{
	struct reg_document_in docs[2];
	struct reg_proposal_choice ch[2] = {
		{ "filer.role", "convicted", "convicted" },
		{ "act.type", "verdict", "ruling" },
	};
	struct reg_add_with w = { 0, docs, 2, ch, 2 };
	struct listing l = { 0 };
	struct strbuf text, prop, bytes;
	struct reg_document meta;
	char err[REG_ERRSZ];
	struct reg *r;
	int64_t id;

	(void)state;
	r = open_reg("add.db");
	doc_in(&docs[0], "жалоба.txt", "abc", "Жалоба\fстраница 2");
	doc_in(&docs[1], "копия.txt", "second document", "copy");
	id = add_with(r, &w, 0);
	assert_int_equal(reg_documents(r, id, collect, &l, err, sizeof err),
	    0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.d[0].n, 1);
	assert_string_equal(l.d[0].name, "жалоба.txt");
	assert_string_equal(l.d[0].format, "text");
	assert_int_equal(l.d[0].size, 3);
	assert_string_equal(l.d[0].sha256, abc_sha);
	assert_int_equal(l.d[0].filing_id, id);
	assert_int_equal(l.d[0].draft_id, 0);
	assert_string_equal(l.d[0].encoding, "UTF-8");
	assert_int_equal(l.d[1].n, 2);

	strbuf_init(&text);
	strbuf_init(&prop);
	strbuf_init(&bytes);
	assert_int_equal(reg_document_text(r, id, 1, &text, &prop, err,
	    sizeof err), 0);
	assert_string_equal(text.buf, "Жалоба\fстраница 2");
	assert_string_equal(prop.buf, porcelain);
	assert_int_equal(reg_document_bytes(r, id, 0, &bytes, &meta, err,
	    sizeof err), 0);
	assert_int_equal(bytes.len, 3);
	assert_memory_equal(bytes.buf, "abc", 3);
	assert_int_equal(meta.n, 1);
	strbuf_reset(&bytes);
	assert_int_equal(reg_document_bytes(r, id, 2, &bytes, NULL, err,
	    sizeof err), 0);
	assert_string_equal(bytes.buf, "second document");
	assert_int_equal(reg_document_bytes(r, id, 3, &bytes, NULL, err,
	    sizeof err), REG_EINPUT);
	assert_non_null(strstr(err, "no document 3"));
	reg_close(r);

	assert_int_equal(sql_int("add.db", "SELECT count(*) FROM audit WHERE "
	    "what = 'document'"), 2);
	assert_int_equal(sql_int("add.db", "SELECT count(*) FROM audit WHERE "
	    "what = 'proposal accepted filer.role' AND old_value = "
	    "'convicted' AND new_value = 'convicted'"), 1);
	assert_int_equal(sql_int("add.db", "SELECT count(*) FROM audit WHERE "
	    "what = 'proposal overridden act.type' AND old_value = 'verdict' "
	    "AND new_value = 'ruling'"), 1);

	/* Tampered bytes: damaged, nothing handed out. */
	sql_exec("add.db", "UPDATE document SET bytes = x'616263ff' WHERE "
	    "n = 1");
	r = open_reg("add.db");
	strbuf_reset(&bytes);
	assert_int_equal(reg_document_bytes(r, id, 1, &bytes, NULL, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "damaged"));
	assert_int_equal(bytes.len, 0);
	reg_close(r);
	strbuf_free(&text);
	strbuf_free(&prop);
	strbuf_free(&bytes);
}

static void
test_bad_document_stores_nothing(void **state)
{
	struct reg_document_in docs[2];
	struct reg_add_with w = { 0, docs, 2, NULL, 0 };
	struct reg *r;

	(void)state;
	r = open_reg("bad.db");
	doc_in(&docs[0], "good.txt", "abc", "good");
	doc_in(&docs[1], "bad.txt", "abc", "bad \xff text");
	add_with(r, &w, REG_EINPUT);
	doc_in(&docs[1], "", "abc", "empty name");
	add_with(r, &w, REG_EINPUT);
	reg_close(r);
	assert_int_equal(sql_int("bad.db", "SELECT count(*) FROM filing"), 0);
	assert_int_equal(sql_int("bad.db", "SELECT count(*) FROM document"),
	    0);
	assert_int_equal(sql_int("bad.db", "SELECT count(*) FROM sequence "
	    "WHERE last > 0"), 0);
}

static void
test_attach_and_delete(void **state)
{
	struct reg_document_in d;
	struct listing l = { 0 };
	char err[REG_ERRSZ];
	struct reg *r;
	int64_t id;
	int n = 0;

	(void)state;
	r = open_reg("attach.db");
	id = add_with(r, NULL, 0);
	doc_in(&d, "later.txt", "abc", "later");
	assert_int_equal(reg_document_add(r, id, &d, &n, err, sizeof err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(reg_document_add(r, id, &d, &n, err, sizeof err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(reg_document_add(r, id + 100, &d, &n, err,
	    sizeof err), REG_EINPUT);
	assert_int_equal(reg_documents(r, id, collect, &l, err, sizeof err),
	    0);
	assert_int_equal(l.n, 2);
	assert_int_equal(reg_delete(r, id, err, sizeof err), 0);
	reg_close(r);
	assert_int_equal(sql_int("attach.db", "SELECT count(*) FROM "
	    "document"), 0);
	assert_int_equal(sql_int("attach.db", "SELECT count(*) FROM audit "
	    "WHERE what = 'document'"), 2);
}

static void
test_draft_documents(void **state)
{
	struct reg_document_in d;
	struct reg_add_with w = { 0 };
	struct listing l = { 0 };
	struct strbuf text;
	struct facts f;
	char err[REG_ERRSZ];
	struct reg *r;
	int64_t draft = 0, latest = 0, id;
	int n = 0;

	(void)state;
	r = open_reg("draft.db");
	/* Opened before the first question: a draft with no facts yet. */
	doc_in(&d, "scan.txt", "abc", "the scan's text");
	assert_int_equal(reg_draft_document_add(r, &draft, &d, &n, err,
	    sizeof err), 0);
	assert_true(draft > 0);
	assert_int_equal(n, 1);
	reg_close(r);

	/* The terminal closed: the draft and its document are there. */
	r = open_reg("draft.db");
	facts_init(&f);
	assert_int_equal(reg_draft_latest(r, &latest, &f, err, sizeof err), 0);
	facts_free(&f);
	assert_int_equal(latest, draft);
	assert_int_equal(reg_draft_documents(r, draft, collect, &l, err,
	    sizeof err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.d[0].draft_id, draft);
	strbuf_init(&text);
	assert_int_equal(reg_draft_document_text(r, draft, 1, &text, NULL, err,
	    sizeof err), 0);
	assert_string_equal(text.buf, "the scan's text");
	strbuf_free(&text);
	assert_int_equal(reg_draft_document_add(r, &draft, &d, &n, err,
	    sizeof err), 0);
	assert_int_equal(n, 2);

	/* Registered: the documents move, the draft goes, one transaction. */
	w.draft_id = draft;
	id = add_with(r, &w, 0);
	l.n = 0;
	assert_int_equal(reg_documents(r, id, collect, &l, err, sizeof err),
	    0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.d[1].filing_id, id);
	l.n = 0;
	assert_int_equal(reg_draft_documents(r, draft, collect, &l, err,
	    sizeof err), 0);
	assert_int_equal(l.n, 0);
	/* Another's or a gone draft: refused, nothing registered. */
	add_with(r, &w, REG_EINPUT);
	reg_close(r);
	assert_int_equal(sql_int("draft.db", "SELECT count(*) FROM draft"), 0);
	assert_int_equal(sql_int("draft.db", "SELECT count(*) FROM filing"),
	    1);
	assert_int_equal(sql_int("draft.db", "SELECT count(*) FROM audit "
	    "WHERE what = 'document'"), 2);

	/* A discarded draft takes its documents with it. */
	r = open_reg("draft.db");
	draft = 0;
	assert_int_equal(reg_draft_document_add(r, &draft, &d, &n, err,
	    sizeof err), 0);
	assert_int_equal(reg_draft_delete(r, draft, err, sizeof err), 0);
	reg_close(r);
	assert_int_equal(sql_int("draft.db", "SELECT count(*) FROM document "
	    "WHERE draft_id IS NOT NULL"), 0);
}

/* A register made before documents (schema 6) opens and takes them. */
static void
test_migrate_old(void **state)
{
	struct reg_document_in d;
	char path[300], err[REG_ERRSZ];
	sqlite3 *db;
	struct reg *r;

	(void)state;
	path_of(path, sizeof path, "old.db");
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(reg_schema_migrate(db, 0, 6, err, sizeof err), 0);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO filing (number, year, "
	    "seq, outcome, created) VALUES ('OLD-1/2024', 2024, 1, 'admit', "
	    "'x'); INSERT INTO sequence VALUES (2024, 1)", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(sql_int("old.db", "SELECT count(*) FROM sqlite_master "
	    "WHERE name = 'document'"), 0);
	r = open_reg("old.db");
	doc_in(&d, "old.txt", "abc", "old");
	assert_int_equal(reg_document_add(r, 1, &d, NULL, err, sizeof err), 0);
	reg_close(r);
	assert_int_equal(sql_int("old.db", "PRAGMA user_version"),
	    reg_schema_version());
	assert_int_equal(sql_int("old.db", "SELECT count(*) FROM document "
	    "WHERE filing_id = 1"), 1);
}

/* The list's statements never read the documents' table. */
static void
test_list_leaves_documents(void **state)
{
	static const char *const sorts[] = { "deadline", "number", "received",
	    "filer", "judge" };
	struct reg_filter fl;
	struct strbuf plan;
	char err[REG_ERRSZ];
	struct reg *r;
	size_t s;

	(void)state;
	r = open_reg("plan.db");
	strbuf_init(&plan);
	for (s = 0; s < sizeof sorts / sizeof sorts[0]; s++) {
		memset(&fl, 0, sizeof fl);
		fl.sort = sorts[s];
		fl.due_within = -1;
		fl.search = s % 2 ? "x" : NULL;
		fl.all = s % 2;
		strbuf_reset(&plan);
		assert_int_equal(reg_list_plan(r, &fl, &plan, err, sizeof err),
		    0);
		if (strstr(plan.buf, "document") != NULL)
			fail_msg("%s: the list reads documents:\n%s", sorts[s],
			    plan.buf);
	}
	strbuf_free(&plan);
	reg_close(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_with_documents),
		cmocka_unit_test(test_bad_document_stores_nothing),
		cmocka_unit_test(test_attach_and_delete),
		cmocka_unit_test(test_draft_documents),
		cmocka_unit_test(test_migrate_old),
		cmocka_unit_test(test_list_leaves_documents),
	};

	core_init();
	return cmocka_run_group_tests(tests, setup, teardown);
}
