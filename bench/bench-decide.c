/*
 * Decisions per second: a mix of filings (the scenario files named on the
 * command line, or a few written here when there are none) is parsed
 * once; decide() then runs over the mix in a loop, in one process on one
 * thread.  Prints "decisions per second: N" and the time per decision.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/calendar.h"
#include "core/core.h"
#include "core/decision.h"
#include "core/facts.h"
#include "core/strbuf.h"
#include "data/datafile.h"

#define BENCH_MAX_FILINGS	512

/* Used when no scenario file is given: one filing of each kind, one
 * complete, one with defects, one with facts missing. */
static const char *const bench_inline[] = {
	"filing.kind = complaint\n"
	"filing.received = 2025-09-30\n"
	"filing.handed = 2025-10-02\n"
	"filer.role = convicted\n"
	"act.type = verdict\n"
	"act.instance = appellate\n"
	"act.in-force = yes\n"
	"act.in-force-date = 2025-02-28\n"
	"case.category = grave\n"
	"appeal.route = reviewed\n"
	"grounds.cpc485-1 = 1,7-1\n"
	"content.filer-data = yes\n"
	"content.acts-and-courts = yes\n"
	"content.scope = yes\n"
	"content.ground-reference = yes\n"
	"content.arguments = yes\n"
	"content.evidence = yes\n"
	"content.participation = yes\n"
	"content.attachments = yes\n"
	"content.date-signature = yes\n",

	"filing.kind = complaint\n"
	"filing.received = 2025-09-30\n"
	"filing.handed = 2025-10-02\n"
	"filer.role = victim\n"
	"act.type = verdict\n"
	"act.instance = first\n"
	"act.in-force = yes\n"
	"case.category = minor\n"
	"appeal.route = not-filed\n"
	"grounds.worsening = yes\n"
	"content.arguments = no\n"
	"content.date-signature = no\n",

	"filing.kind = protest\n"
	"filing.received = 2026-02-27\n"
	"filer.role = deputy-prosecutor-general\n"
	"act.type = ruling\n"
	"act.instance = appellate\n"
	"act.in-force = yes\n"
	"act.in-force-date = 2025-02-28\n"
	"grounds.cpc485-2 = 1\n"
	"grounds.worsening = yes\n"
	"protest.justified = no\n",

	"filing.kind = submission\n"
	"filing.received = 2025-11-03\n"
	"filer.role = court-chair\n"
	"submission.conflict-446-3 = yes\n",

	"filing.kind = complaint\nfiler.role = unknown\n",
};

static void
bench_diag(void *ctx, const char *file, unsigned line, const char *message)
{
	int *quiet = ctx;

	if (!*quiet)
		fprintf(stderr, "bench-decide: skipped %s:%u: %s\n", file, line,
		    message);
}

static int
bench_read(const char *path, struct strbuf *out)
{
	char chunk[8192];
	FILE *fp;
	size_t n;
	int rv = 0;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "bench-decide: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	strbuf_reset(out);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		strbuf_add(out, chunk, n);
	if (ferror(fp))
		rv = -1;
	fclose(fp);
	return rv;
}

static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs the mix rounds times; returns a value that depends on every
 * decision, so that the compiler cannot drop the calls. */
static unsigned long
bench_run(const struct facts *mix, size_t n, const struct calendar *cal,
    qdate today, unsigned long rounds, struct decision *d)
{
	unsigned long r, sink = 0;
	size_t i;

	for (r = 0; r < rounds; r++)
		for (i = 0; i < n; i++) {
			decide(&mix[i], cal, NULL, today, d);
			sink += (unsigned long)d->outcome + d->n_grounds +
			    d->n_deadlines;
		}
	return sink;
}

/* Parses text into mix[*n] when it has no problem. */
static void
bench_add(struct facts *mix, size_t *n, const char *name, const char *text,
    size_t len, int quiet)
{
	if (*n >= BENCH_MAX_FILINGS)
		return;
	facts_init(&mix[*n]);
	if (facts_parse(&mix[*n], name, text, len, bench_diag, &quiet) == 0)
		(*n)++;
	else
		facts_free(&mix[*n]);
}

int
main(int argc, char **argv)
{
	static struct facts mix[BENCH_MAX_FILINGS];
	static struct decision d;
	struct calendar *cal;
	struct strbuf text;
	size_t n = 0, i;
	unsigned long rounds, sink;
	double t, secs = 2.0, rate;
	char err[512];
	const char *env;
	int a;
	qdate today = qdate_from_ymd(2025, 10, 2);

	core_init();
	if ((env = getenv("BENCH_SECONDS")) != NULL && atof(env) > 0)
		secs = atof(env);
	cal = calendar_new();
	if (datafile_load_calendars(cal, err, sizeof err) != 0)
		fprintf(stderr, "bench-decide: calendars: %s (weekends only)\n",
		    err);
	strbuf_init(&text);
	/* Scenario files that are meant to be refused are left out quietly:
	 * only filings that parse reach decide(). */
	for (a = 1; a < argc; a++)
		if (bench_read(argv[a], &text) == 0)
			bench_add(mix, &n, argv[a], text.buf, text.len, 1);
	strbuf_free(&text);
	if (n == 0)
		for (i = 0; i < sizeof bench_inline / sizeof bench_inline[0];
		    i++)
			bench_add(mix, &n, "inline", bench_inline[i],
			    strlen(bench_inline[i]), 0);
	if (n == 0) {
		fprintf(stderr, "bench-decide: no filing parsed\n");
		return 1;
	}

	/* Warm up, then double the rounds until one run takes a quarter of
	 * the measuring time, and measure over about secs seconds. */
	sink = bench_run(mix, n, cal, today, 1, &d);
	for (rounds = 1;; rounds *= 2) {
		t = bench_now();
		sink += bench_run(mix, n, cal, today, rounds, &d);
		t = bench_now() - t;
		if (t >= secs / 4)
			break;
	}
	rounds = (unsigned long)((double)rounds * secs / t) + 1;
	t = bench_now();
	sink += bench_run(mix, n, cal, today, rounds, &d);
	t = bench_now() - t;
	rate = (double)rounds * (double)n / t;

	printf("filings in the mix: %zu\n", n);
	printf("decisions: %lu in %.2f s\n", rounds * n, t);
	printf("decisions per second: %.0f\n", rate);
	printf("time per decision: %.0f ns\n", 1e9 / rate);
	if (sink == 42)		/* keeps sink alive; never true in practice */
		printf("(sink)\n");
	for (i = 0; i < n; i++)
		facts_free(&mix[i]);
	calendar_free(cal);
	return 0;
}
