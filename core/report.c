/*
 * The report's arithmetic: the register's counts summed into groups (the
 * total, each judge, each month), the control equality, the kept
 * deadlines and the median.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deadline.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/strbuf.h"

const char *const report_kinds[REPORT_KINDS] = {
	"return-by", "notify-by", "decide-by", "case-due", "prosecutor-due",
	"suspension-ends",
};

void
report_init(struct report *rp, qdate from, qdate to)
{
	int y1, m1, y2, m2, d;
	size_t i;

	memset(rp, 0, sizeof *rp);
	rp->from = from;
	rp->to = to;
	qdate_to_ymd(from, &y1, &m1, &d);
	qdate_to_ymd(to, &y2, &m2, &d);
	if (to < from)
		return;
	rp->n_months = (size_t)((y2 * 12 + m2) - (y1 * 12 + m1) + 1);
	rp->months = xcalloc(rp->n_months, sizeof *rp->months);
	for (i = 0; i < rp->n_months; i++) {
		d = y1 * 12 + m1 - 1 + (int)i;
		snprintf(rp->months[i].name, sizeof rp->months[i].name,
		    "%04d-%02d", d / 12, d % 12 + 1);
	}
}

static void
group_free(struct report_group *g)
{
	free(g->days);
}

void
report_free(struct report *rp)
{
	size_t i;

	group_free(&rp->total);
	for (i = 0; i < rp->n_judges; i++)
		group_free(&rp->judges[i]);
	for (i = 0; i < rp->n_months; i++)
		group_free(&rp->months[i]);
	free(rp->judges);
	free(rp->months);
	memset(rp, 0, sizeof *rp);
}

/* The judge's group, made on first use and kept in name order. */
static struct report_group *
report_judge(struct report *rp, const char *judge)
{
	size_t lo = 0, hi = rp->n_judges, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(rp->judges[mid].name, judge)) == 0)
			return &rp->judges[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	rp->judges = xrealloc(rp->judges, (rp->n_judges + 1) *
	    sizeof *rp->judges);
	memmove(&rp->judges[lo + 1], &rp->judges[lo], (rp->n_judges - lo) *
	    sizeof *rp->judges);
	memset(&rp->judges[lo], 0, sizeof rp->judges[lo]);
	snprintf(rp->judges[lo].name, sizeof rp->judges[lo].name, "%s",
	    judge);
	rp->n_judges++;
	return &rp->judges[lo];
}

static void
group_days(struct report_group *g, int days, long n)
{
	size_t i;

	for (i = 0; i < g->n_days; i++)
		if (g->days[i].days == days) {
			g->days[i].n += n;
			return;
		}
	if (g->n_days == g->cap_days) {
		g->cap_days = g->cap_days ? g->cap_days * 2 : 32;
		g->days = xrealloc(g->days, g->cap_days * sizeof *g->days);
	}
	g->days[g->n_days].days = days;
	g->days[g->n_days++].n = n;
}

static void
group_ground(struct report_group *g, const char *rule, long n)
{
	size_t i;

	for (i = 0; i < g->n_grounds; i++)
		if (strcmp(g->grounds[i].rule, rule) == 0) {
			g->grounds[i].n += n;
			return;
		}
	if (g->n_grounds == REPORT_GROUNDS)
		return;
	snprintf(g->grounds[i].rule, sizeof g->grounds[i].rule, "%s",
	    rule);
	g->grounds[i].n = n;
	g->n_grounds++;
}

/* A way out counted into a group; false when what is none. */
static bool
group_out(struct report_group *g, const char *what, long n)
{
	if (strncmp(what, "letter:", 7) == 0) {
		g->letter += n;
		group_ground(g, what + 7, n);
	} else if (strcmp(what, "ruling") == 0)
		g->ruling += n;
	else if (strcmp(what, "unconsidered") == 0)
		g->unconsidered += n;
	else if (strcmp(what, "decided") == 0)
		g->decided += n;
	else if (strcmp(what, "withdrawn") == 0)
		g->withdrawn += n;
	else if (strcmp(what, "returned") == 0)
		g->other += n;
	else
		return false;
	return true;
}

static void
group_deadline(struct report_group *g, const char *kind, long n, bool kept)
{
	size_t i;

	for (i = 0; i < REPORT_KINDS; i++)
		if (strcmp(report_kinds[i], kind) == 0) {
			if (kept)
				g->kept[i] += n;
			else
				g->missed[i] += n;
		}
}

/* A count within the period, into one group. */
static void
group_add(struct report_group *g, const char *what, long n)
{
	if (strcmp(what, "in") == 0)
		g->arrived += n;
	else if (strcmp(what, "admitted") == 0)
		g->admitted += n;
	else if (strncmp(what, "out:", 4) == 0)
		group_out(g, what + 4, n);
	else if (strncmp(what, "days:", 5) == 0)
		group_days(g, atoi(what + 5), n);
	else if (strncmp(what, "kept:", 5) == 0)
		group_deadline(g, what + 5, n, true);
	else if (strncmp(what, "missed:", 7) == 0)
		group_deadline(g, what + 7, n, false);
}

/* Before the period, or up to its end: in less out. */
static void
group_balance(long *to, const char *what, long n)
{
	if (strcmp(what, "in") == 0)
		*to += n;
	else if (strncmp(what, "out:", 4) == 0)
		*to -= n;
}

void
report_add(struct report *rp, const char *judge, int when, const char *what,
    long n)
{
	struct report_group *jg = report_judge(rp, judge != NULL ? judge : "");
	int y, m, d;
	long first;

	if (when == REPORT_BEFORE) {
		group_balance(&rp->total.start, what, n);
		group_balance(&jg->start, what, n);
		return;
	}
	if (when == REPORT_UPTO) {
		group_balance(&rp->total.end, what, n);
		group_balance(&jg->end, what, n);
		return;
	}
	group_add(&rp->total, what, n);
	group_add(jg, what, n);
	qdate_to_ymd(rp->from, &y, &m, &d);
	first = (long)y * 12 + m - 1;
	if (when >= first && (size_t)(when - first) < rp->n_months)
		group_add(&rp->months[when - first], what, n);
}

void
report_finish(struct report *rp)
{
	long start = rp->total.start;
	size_t i;

	for (i = 0; i < rp->n_months; i++) {
		rp->months[i].start = start;
		rp->months[i].end = start + rp->months[i].arrived -
		    report_out(&rp->months[i]);
		start = rp->months[i].end;
	}
}

long
report_out(const struct report_group *g)
{
	return g->letter + g->ruling + g->unconsidered + g->decided +
	    g->withdrawn + g->other;
}

bool
report_control(const struct report_group *g)
{
	return g->start + g->arrived == report_out(g) + g->end;
}

double
report_kept_percent(const struct report_group *g, size_t kind)
{
	long all;

	if (kind >= REPORT_KINDS || (all = g->kept[kind] + g->missed[kind]) <= 0)
		return -1;
	return 100.0 * (double)g->kept[kind] / (double)all;
}

static int
hist_cmp(const void *a, const void *b)
{
	const struct report_hist *x = a, *y = b;

	return (x->days > y->days) - (x->days < y->days);
}

double
report_median_days(const struct report_group *g)
{
	struct report_hist *h;
	long total = 0, seen = 0, lo = -1, hi = -1;
	size_t i;

	for (i = 0; i < g->n_days; i++)
		total += g->days[i].n;
	if (total <= 0)
		return -1;
	h = xmalloc(g->n_days * sizeof *h);
	memcpy(h, g->days, g->n_days * sizeof *h);
	qsort(h, g->n_days, sizeof *h, hist_cmp);
	/* The middle one, or the two middle ones of an even count. */
	for (i = 0; i < g->n_days && hi < 0; i++) {
		seen += h[i].n;
		if (lo < 0 && seen >= (total + 1) / 2)
			lo = h[i].days;
		if (seen >= total / 2 + 1)
			hi = h[i].days;
	}
	free(h);
	return total % 2 ? (double)lo : ((double)lo + (double)hi) / 2.0;
}

const char *
report_kind_label(const char *kind)
{
	const struct deadline_kind *k = deadline_kind_find(kind);

	return k != NULL ? _(k->shortl) : kind;
}
