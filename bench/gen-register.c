/*
 * gen-register FILE [COUNT]: fills a register with COUNT (default 10^6)
 * realistic filings for bench/bench-register.sh.
 *
 * Fast: the schema comes from reg_open, then one transaction of prepared
 * statements.  Core decides a handful of typical filings once; each row
 * reuses one of those decisions with its dates shifted, so the stored
 * outcome and deadline look like the real thing without a million calls
 * to decide().  Each filing carries its key facts, a received event and
 * its first audit row, as reg_add would write them.
 *
 * gen-register -t FILE: times, through the register's own functions,
 * reg_counts (the TUI header) and one keyset page of reg_list (50 rows)
 * in every order, both ways, pending and --all, from the start and after
 * a row deep in the list: the first call (cold SQLite cache) and the best
 * of the following ones, as the TUI calls them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/core.h"
#include "data/reg-internal.h"
#include "data/register.h"

struct variant {
	const char	*facts;
	char		 outcome[24];
	char		 kind[24];
	int		 offset;	/* next deadline minus received, days */
};

static struct variant variants[] = {
	{ "content.filer-data = no\nfiling.handed = 2025-07-02\n", "", "", 0 },
	{ "filing.handed = 2025-07-02\ncase.requested = 2025-07-03\n", "", "",
	  0 },
	{ "case.requested = 2025-07-03\ncase.received = 2025-07-08\n", "", "",
	  0 },
	{ "filer.role = other\n", "", "", 0 },
	{ "", "", "", 0 },
};
#define N_VARIANTS	(sizeof variants / sizeof variants[0])

static const char base[] =
	"filing.kind = complaint\nfiling.received = 2025-07-01\n"
	"filer.role = convicted\nfiler.in-custody = no\nact.type = verdict\n"
	"act.instance = appellate\nact.in-force = yes\n"
	"act.in-force-date = 2025-03-01\nact.excluded = none\n"
	"case.category = grave\ncase.language = kk\nappeal.route = reviewed\n"
	"subject.retroactive-or-amnesty-only = no\n"
	"subject.new-circumstances-only = no\n"
	"subject.civil-arithmetic-only = no\ngrounds.worsening = no\n"
	"grounds.cpc485-1 = 1\ncontent.acts-and-courts = yes\n"
	"content.scope = yes\ncontent.ground-reference = yes\n"
	"content.arguments = yes\ncontent.evidence = yes\n"
	"content.participation = yes\ncontent.attachments = yes\n"
	"content.date-signature = yes\ncontent.language-ok = yes\n"
	"content.copies-attached = yes\ncontent.abusive = no\n";

static const char *const judges[] = {
	"Ахметов Б.С.", "Бекова Г.Т.", "Сейітов Қ.Ж.", "Иванова Е.П.",
	"Нұрланұлы А.", ""
};
static const char *const surnames[] = {
	"Асқаров", "Бекұлы", "Жұмабаев", "Петров", "Смағұлова", "Ким",
	"Оспанов", "Әлиева", "Тоқтаров", "Сидоренко"
};
static const char *const courts[] = {
	"Алматы қалалық соты", "Астана қалалық соты",
	"Қарағанды облыстық соты", "Шымкент қалалық соты"
};

static void
variants_decide(void)
{
	struct decision *d = malloc(sizeof *d);
	const struct deadline *next;
	struct facts f;
	char text[4096];
	size_t i;

	if (d == NULL)
		exit(1);
	for (i = 0; i < N_VARIANTS; i++) {
		snprintf(text, sizeof text, "%s%s%s", base,
		    strstr(variants[i].facts, "filer-data") ? "" :
		    "content.filer-data = yes\n", variants[i].facts);
		if (strstr(variants[i].facts, "filer.role") != NULL)
			*strstr(text, "filer.role = convicted") = '#';
		facts_init(&f);
		if (facts_parse(&f, "variant", text, strlen(text), NULL,
		    NULL) != 0) {
			fprintf(stderr, "gen-register: variant %zu does not "
			    "parse\n", i);
			exit(1);
		}
		decide(&f, NULL, NULL, qdate_from_ymd(2025, 7, 10), d);
		snprintf(variants[i].outcome, sizeof variants[i].outcome, "%s",
		    outcome_name(d->outcome));
		if ((next = decision_next_deadline(d)) != NULL) {
			snprintf(variants[i].kind, sizeof variants[i].kind,
			    "%s", next->name);
			variants[i].offset = next->date -
			    qdate_from_ymd(2025, 7, 1);
		}
		facts_free(&f);
	}
	free(d);
}

static void
check(sqlite3 *db, int rc, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "gen-register: %s: %s\n", what,
		    sqlite3_errmsg(db));
		exit(1);
	}
}

static void
exec(sqlite3 *db, const char *sql)
{
	check(db, sqlite3_exec(db, sql, NULL, NULL, NULL), sql);
}

static void
step(sqlite3 *db, sqlite3_stmt *st, const char *what)
{
	check(db, sqlite3_step(st), what);
	sqlite3_reset(st);
}

static void
fact(sqlite3 *db, sqlite3_stmt *st, int64_t id, const char *key,
    const char *value)
{
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, value, -1, SQLITE_TRANSIENT);
	step(db, st, "fact");
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct timing {
	double	 first, best;
};

static int
count_row(const struct reg_row *row, void *ctx)
{
	(void)row;
	(*(size_t *)ctx)++;
	return 0;
}

/* A row deep in the register, its keys as reg_list hands them over. */
static void
deep_row(struct reg *r, int64_t id, struct reg_row *row)
{
	sqlite3_stmt *st;

	memset(row, 0, sizeof *row);
	check(r->db, sqlite3_prepare_v2(r->db, "SELECT id, next_deadline, "
	    "received, filer, judge, year, seq FROM filing WHERE id >= ? "
	    "ORDER BY id LIMIT 1", -1, &st, NULL), "prepare");
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		fprintf(stderr, "gen-register: no filing %lld\n",
		    (long long)id);
		exit(1);
	}
	row->id = sqlite3_column_int64(st, 0);
	row->next_deadline = reg_column_date(st, 1);
	row->received = reg_column_date(st, 2);
	reg_copy(row->filer, sizeof row->filer, sqlite3_column_text(st, 3));
	reg_copy(row->judge, sizeof row->judge, sqlite3_column_text(st, 4));
	row->year = sqlite3_column_int(st, 5);
	row->seq = sqlite3_column_int64(st, 6);
	sqlite3_finalize(st);
}

/* 'qarau report' over the whole generated span, per judge and month:
 * the register's sums and core's arithmetic (target: under 200 ms). */
static int
time_report(struct reg *r)
{
	char err[REG_ERRSZ];
	struct report rp;
	struct timing tm = { 0, 0 };
	double t0, t;
	bool holds = true;
	size_t j;
	int i;

	for (i = 0; i < 10; i++) {
		t0 = now_ms();
		if (reg_report(r, qdate_from_ymd(2024, 1, 1),
		    qdate_from_ymd(2025, 7, 10), NULL, &rp, err,
		    sizeof err) != 0) {
			fprintf(stderr, "gen-register: %s\n", err);
			return 1;
		}
		t = now_ms() - t0;
		holds = report_control(&rp.total);
		for (j = 0; j < rp.n_judges; j++)
			holds &= report_control(&rp.judges[j]);
		for (j = 0; j < rp.n_months; j++)
			holds &= report_control(&rp.months[j]);
		if (i == 0)
			tm.first = tm.best = t;
		else if (t < tm.best)
			tm.best = t;
		if (i == 9)
			printf("report: first %.3f ms, best %.3f ms (%zu judges, "
			    "%zu months, arrived %ld, control %s)\n", tm.first,
			    tm.best, rp.n_judges, rp.n_months,
			    rp.total.arrived, holds ? "holds" : "FAILS");
		report_free(&rp);
	}
	return holds ? 0 : 1;
}

static int64_t
last_id(struct reg *r)
{
	sqlite3_stmt *st;
	int64_t id = 0;

	check(r->db, sqlite3_prepare_v2(r->db, "SELECT max(id) FROM filing",
	    -1, &st, NULL), "prepare");
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

static int
time_register(const char *path)
{
	static const char *const sorts[] = {
		"deadline", "number", "received", "filer", "judge"
	};
	char err[REG_ERRSZ];
	struct reg_counts c;
	struct reg_filter fl;
	struct reg_row deep;
	struct reg *r;
	double t0, t, worst = 0;
	size_t s, way, all, anchored, n;
	int i, rc;
	struct timing tm;

	t0 = now_ms();
	if (reg_open(path, qdate_from_ymd(2025, 7, 10), NULL, &r, err,
	    sizeof err) != 0) {
		fprintf(stderr, "gen-register: %s\n", err);
		return 1;
	}
	printf("open (with any migration): %.3f ms\n", now_ms() - t0);
	for (i = 0; i < 20; i++) {
		t0 = now_ms();
		if (reg_counts(r, &c, err, sizeof err) != 0) {
			fprintf(stderr, "gen-register: %s\n", err);
			return 1;
		}
		t = now_ms() - t0;
		if (i == 0)
			tm.first = tm.best = t;
		else if (t < tm.best)
			tm.best = t;
	}
	printf("reg_counts: first %.3f ms, best %.3f ms (pending %ld, "
	    "overdue %ld, today %ld, week %ld)\n", tm.first, tm.best,
	    c.pending, c.overdue, c.due_today, c.due_week);
	/* Among the last pending filings, in the middle of those without a
	 * deadline: the worst place for a walk from the start. */
	deep_row(r, last_id(r) * 99 / 100, &deep);
	for (s = 0; s < 5; s++)
	for (all = 0; all < 2; all++)
	for (way = 0; way < 2; way++)
	for (anchored = 0; anchored < 3; anchored++) {
		memset(&fl, 0, sizeof fl);
		fl.due_within = -1;
		fl.sort = sorts[s];
		fl.all = all == 1;
		fl.descending = way == 1;
		fl.limit = 50;
		fl.after = anchored == 1 ? &deep : NULL;
		fl.before = anchored == 2 ? &deep : NULL;
		for (i = 0; i < 10; i++) {
			n = 0;
			t0 = now_ms();
			if (reg_list(r, &fl, count_row, &n, err,
			    sizeof err) != 0) {
				fprintf(stderr, "gen-register: %s\n", err);
				return 1;
			}
			t = now_ms() - t0;
			if (i == 0)
				tm.first = tm.best = t;
			else if (t < tm.best)
				tm.best = t;
		}
		if (tm.best > worst)
			worst = tm.best;
		printf("page %-8s %-7s %-4s %-6s: %zu rows, first %.3f ms, "
		    "best %.3f ms\n", sorts[s], all ? "all" : "pending",
		    way ? "desc" : "asc", anchored == 0 ? "start" :
		    anchored == 1 ? "after" : "before", n, tm.first, tm.best);
	}
	printf("page: slowest best %.3f ms\n", worst);
	rc = time_report(r);
	reg_close(r);
	return rc;
}

int
main(int argc, char **argv)
{
	sqlite3_stmt *fil, *fac, *ev, *au, *seqst, *dl;
	char err[REG_ERRSZ], number[40], rec[QDATE_BUFSZ], due[QDATE_BUFSZ];
	char closed[QDATE_BUFSZ], done[QDATE_BUFSZ];
	const char *status;
	char name[80];
	struct reg *r;
	sqlite3 *db;
	long i, count = argc > 2 ? atol(argv[2]) : 1000000;
	long seq[2] = { 0, 0 };
	const struct variant *v;
	qdate start = qdate_from_ymd(2024, 1, 9), received;
	int y, m, d, judge;

	core_init();

	if (argc == 3 && strcmp(argv[1], "-t") == 0)
		return time_register(argv[2]);
	if (argc < 2 || count <= 0) {
		fprintf(stderr, "usage: gen-register FILE [COUNT]\n"
		    "       gen-register -t FILE\n");
		return 2;
	}
	if (reg_open(argv[1], qdate_from_ymd(2025, 7, 10), NULL, &r, err,
	    sizeof err) != 0) {
		fprintf(stderr, "gen-register: %s\n", err);
		return 1;
	}
	reg_close(r);
	variants_decide();
	check(NULL, sqlite3_open(argv[1], &db), "open");
	/* One writer, no readers: no WAL for the bulk load. */
	exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; "
	    "PRAGMA cache_size = -262144");
	exec(db, "BEGIN");
	check(db, sqlite3_prepare_v2(db, "INSERT INTO filing (number, year, "
	    "seq, status, received, filer, act, judge, outcome, next_deadline, "
	    "deadline_kind, closed, ground, created, act_type, act_court) "
	    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'2025-07-10T09:00:00Z', "
	    "'verdict', ?7)", -1, &fil, NULL), "prepare");
	/* The report's deadlines: the step came a little before or after. */
	check(db, sqlite3_prepare_v2(db, "INSERT INTO deadline_log (filing_id, "
	    "kind, judge, due, done) VALUES (?, ?, ?, ?, ?)", -1, &dl, NULL),
	    "prepare");
	check(db, sqlite3_prepare_v2(db, "INSERT INTO fact VALUES (?,?,?)", -1,
	    &fac, NULL), "prepare");
	check(db, sqlite3_prepare_v2(db, "INSERT INTO event (filing_id, kind, "
	    "date, user, at) VALUES (?, 'received', ?, 'bench', "
	    "'2025-07-10T09:00:00Z')", -1, &ev, NULL), "prepare");
	check(db, sqlite3_prepare_v2(db, "INSERT INTO audit (at, user, "
	    "filing_id, what, new_value) VALUES ('2025-07-10T09:00:00Z', "
	    "'bench', ?, 'filing', ?)", -1, &au, NULL), "prepare");
	srand(20250529);
	for (i = 0; i < count; i++) {
		v = &variants[rand() % (int)N_VARIANTS];
		/* Receipt dates spread over 2024 and 2025 up to "today". */
		received = start + (qdate)((long)i * 548 / count);
		qdate_to_ymd(received, &y, &m, &d);
		qdate_format(received, rec);
		snprintf(number, sizeof number, "ККС-%ld/%d", ++seq[y - 2024],
		    y);
		snprintf(name, sizeof name, "%s %c.", surnames[rand() % 10],
		    'A' + rand() % 26);
		sqlite3_bind_text(fil, 1, number, -1, SQLITE_STATIC);
		sqlite3_bind_int(fil, 2, y);
		sqlite3_bind_int64(fil, 3, seq[y - 2024]);
		/* Old filings are mostly done; the last months are pending. */
		status = i > count * 9 / 10 || rand() % 20 == 0 ? "pending" :
		    rand() % 3 == 0 ? "returned" : rand() % 10 == 0 ?
		    "withdrawn" : "decided";
		sqlite3_bind_text(fil, 4, status, -1, SQLITE_STATIC);
		sqlite3_bind_text(fil, 5, rec, -1, SQLITE_STATIC);
		sqlite3_bind_text(fil, 6, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(fil, 7, courts[rand() % 4], -1,
		    SQLITE_STATIC);
		judge = rand() % 6;
		sqlite3_bind_text(fil, 8, judges[judge], -1, SQLITE_STATIC);
		sqlite3_bind_text(fil, 9, v->outcome, -1, SQLITE_STATIC);
		if (*v->kind != '\0') {
			qdate_format(received + v->offset, due);
			sqlite3_bind_text(fil, 10, due, -1, SQLITE_STATIC);
			sqlite3_bind_text(fil, 11, v->kind, -1, SQLITE_STATIC);
		} else {
			sqlite3_bind_null(fil, 10);
			sqlite3_bind_null(fil, 11);
		}
		if (strcmp(status, "pending") != 0) {
			qdate_format(received + 1 + rand() % 60, closed);
			sqlite3_bind_text(fil, 12, closed, -1, SQLITE_STATIC);
		} else
			sqlite3_bind_null(fil, 12);
		sqlite3_bind_text(fil, 13, strcmp(v->outcome,
		    "return-letter") == 0 ? "R15" : NULL, -1, SQLITE_STATIC);
		step(db, fil, "filing");
		int64_t id = sqlite3_last_insert_rowid(db);
		if (*v->kind != '\0') {
			qdate_format(received + v->offset - 3 + rand() % 5,
			    done);
			sqlite3_bind_int64(dl, 1, id);
			sqlite3_bind_text(dl, 2, v->kind, -1, SQLITE_STATIC);
			sqlite3_bind_text(dl, 3, judges[judge], -1,
			    SQLITE_STATIC);
			sqlite3_bind_text(dl, 4, due, -1, SQLITE_STATIC);
			if (strcmp(status, "pending") != 0)
				sqlite3_bind_text(dl, 5, done, -1,
				    SQLITE_STATIC);
			else
				sqlite3_bind_null(dl, 5);
			step(db, dl, "deadline_log");
		}
		fact(db, fac, id, "filing.kind", "complaint");
		fact(db, fac, id, "filing.received", rec);
		fact(db, fac, id, "filer.role", "convicted");
		fact(db, fac, id, "filer.name", name);
		fact(db, fac, id, "act.type", "verdict");
		fact(db, fac, id, "act.instance", "appellate");
		sqlite3_bind_int64(ev, 1, id);
		sqlite3_bind_text(ev, 2, rec, -1, SQLITE_STATIC);
		step(db, ev, "event");
		sqlite3_bind_int64(au, 1, id);
		sqlite3_bind_text(au, 2, number, -1, SQLITE_STATIC);
		step(db, au, "audit");
	}
	check(db, sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO sequence "
	    "VALUES (?, ?)", -1, &seqst, NULL), "prepare");
	for (y = 0; y < 2; y++) {
		sqlite3_bind_int(seqst, 1, 2024 + y);
		sqlite3_bind_int64(seqst, 2, seq[y]);
		step(db, seqst, "sequence");
	}
	sqlite3_finalize(fil);
	sqlite3_finalize(fac);
	sqlite3_finalize(ev);
	sqlite3_finalize(au);
	sqlite3_finalize(seqst);
	sqlite3_finalize(dl);
	exec(db, "COMMIT");
	exec(db, "PRAGMA journal_mode = WAL");
	sqlite3_close(db);
	printf("gen-register: %ld filings in %s\n", count, argv[1]);
	return 0;
}
