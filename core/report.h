/*
 * The numbers the chair reports for a period (issue 13): how many filings
 * remained at its start, arrived, left (returned by letter, by ground; by
 * ruling; left without consideration; decided; withdrawn) and remained at
 * its end, with the control equality start + arrived = every way out +
 * end; the deadlines kept per kind; the median days from receipt to
 * return; in total, per judge and per month.  The register hands over
 * its summed counts (data/reg-report.c); the arithmetic is here.
 */
#ifndef QARAU_REPORT_H
#define QARAU_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

/* Kept deadlines are counted for these kinds, in this order. */
#define REPORT_KINDS	6
extern const char *const report_kinds[REPORT_KINDS];
/* A kind as people read it (its short label, translated); the name when
 * it is no kind. */
const char *report_kind_label(const char *kind);

#define REPORT_GROUNDS	48

struct report_hist {
	int	 days;
	long	 n;
};

struct report_group {
	char	 name[128];	/* "" for the total, a judge, or "2025-03" */
	long	 start;		/* remained at the period's start */
	long	 arrived;
	long	 admitted;	/* of those arrived: admitted (not a way out) */
	long	 letter;	/* returned by the judge's letter */
	long	 ruling;	/* returned by ruling */
	long	 unconsidered;	/* left without consideration */
	long	 decided;
	long	 withdrawn;
	long	 other;		/* returned otherwise */
	long	 end;		/* remained at the end, counted on its own */
	long	 kept[REPORT_KINDS];
	long	 missed[REPORT_KINDS];
	struct {
		char	 rule[16];	/* "R15" */
		long	 n;
	} grounds[REPORT_GROUNDS];
	size_t	 n_grounds;
	struct report_hist *days;	/* receipt to return, in days */
	size_t	 n_days, cap_days;
};

struct report {
	qdate			 from, to;
	struct report_group	 total;
	struct report_group	*judges;	/* by name */
	size_t			 n_judges;
	struct report_group	*months;	/* every month of the period */
	size_t			 n_months;
};

/* when says where a count belongs: REPORT_BEFORE (before the period),
 * REPORT_UPTO (up to its end, for the end count), or a month of it
 * (year * 12 + month - 1). */
#define REPORT_BEFORE	(-1)
#define REPORT_UPTO	(-2)

void	 report_init(struct report *, qdate from, qdate to);
/* A summed count of the register: what is "in", "admitted",
 * "out:letter:R15", "out:ruling", "out:unconsidered", "out:decided",
 * "out:withdrawn", "out:returned", "days:N", "kept:KIND", "missed:KIND";
 * unknown measures are ignored. */
void	 report_add(struct report *, const char *judge, int when,
	    const char *what, long n);
/* After the last report_add: the months' starts and ends. */
void	 report_finish(struct report *);
void	 report_free(struct report *);

long	 report_out(const struct report_group *);	/* every way out */
/* start + arrived == report_out + end */
bool	 report_control(const struct report_group *);
/* Percent of the closed deadlines of kind i that were kept; -1: none. */
double	 report_kept_percent(const struct report_group *, size_t kind);
/* The median days from receipt to return; -1 when none was returned. */
double	 report_median_days(const struct report_group *);

#endif
