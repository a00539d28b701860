/*
 * Shared by the core unit tests: a filing that every rule admits, and a
 * way to decide it with some answers changed.
 */
#ifndef QARAU_CORE_TEST_H
#define QARAU_CORE_TEST_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/checklist.h"
#include "core/core.h"
#include "core/decision.h"
#include "core/facts.h"

/* A convicted prisoner's complaint against an appellate verdict in a grave
 * case, complete in form: admitted (NR 3, 7). */
#define BASE_COMPLAINT \
	"filing.kind = complaint\n" \
	"filing.received = 2025-09-10\n" \
	"filer.role = convicted\n" \
	"filer.in-custody = yes\n" \
	"filing.via-institution = yes\n" \
	"act.type = verdict\n" \
	"act.instance = appellate\n" \
	"act.in-force = yes\n" \
	"act.excluded = none\n" \
	"case.category = grave\n" \
	"case.language = ru\n" \
	"subject.retroactive-or-amnesty-only = no\n" \
	"subject.new-circumstances-only = no\n" \
	"subject.civil-arithmetic-only = no\n" \
	"grounds.worsening = no\n" \
	"grounds.cpc485-1 = 3,5\n" \
	"content.filer-data = yes\n" \
	"content.acts-and-courts = yes\n" \
	"content.scope = yes\n" \
	"content.ground-reference = yes\n" \
	"content.arguments = yes\n" \
	"content.evidence = yes\n" \
	"content.participation = yes\n" \
	"content.attachments = yes\n" \
	"content.date-signature = yes\n" \
	"content.language-ok = yes\n" \
	"content.copies-attached = yes\n" \
	"content.abusive = no\n"

/* The Prosecutor General's protest on the same act. */
#define BASE_PROTEST \
	"filing.kind = protest\n" \
	"filing.received = 2025-09-10\n" \
	"filer.role = prosecutor-general\n" \
	"act.type = verdict\n" \
	"act.instance = appellate\n" \
	"act.in-force = yes\n" \
	"act.excluded = none\n" \
	"case.category = grave\n" \
	"case.language = kk\n" \
	"subject.retroactive-or-amnesty-only = no\n" \
	"subject.new-circumstances-only = no\n" \
	"subject.civil-arithmetic-only = no\n" \
	"grounds.worsening = no\n" \
	"grounds.cpc485-1 = 3\n" \
	"content.filer-data = yes\n" \
	"content.acts-and-courts = yes\n" \
	"content.scope = yes\n" \
	"content.ground-reference = yes\n" \
	"content.arguments = yes\n" \
	"content.evidence = yes\n" \
	"content.participation = yes\n" \
	"content.attachments = yes\n" \
	"content.date-signature = yes\n" \
	"content.language-ok = yes\n" \
	"content.copies-attached = yes\n" \
	"content.abusive = no\n"

/* Parses base and then extra over it (a key of extra replaces the base's);
 * returns the number of problems. */
static inline int
ct_facts(struct facts *f, const char *base, const char *extra)
{
	int n;

	facts_init(f);
	n = facts_parse(f, "base", base, strlen(base), NULL, NULL);
	if (extra != NULL)
		n += facts_parse(f, "extra", extra, strlen(extra), NULL, NULL);
	return n;
}

static inline const struct ground *
ct_ground(const struct decision *d, const char *id)
{
	size_t i;

	for (i = 0; i < d->n_grounds; i++)
		if (strcmp(d->grounds[i].rule->id, id) == 0)
			return &d->grounds[i];
	return NULL;
}

static inline const struct deadline *
ct_deadline(const struct decision *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->n_deadlines; i++)
		if (strcmp(d->deadlines[i].name, name) == 0)
			return &d->deadlines[i];
	return NULL;
}

static inline qdate
ct_date(const char *s)
{
	qdate d = QDATE_NONE;

	(void)qdate_parse(s, &d);
	return d;
}

/*
 * Calls fn for every scenario of tests/scenarios that parses, with its
 * facts and its day ("# today:", else 2025-10-01, as run.sh); returns how
 * many.  The directory is $top_srcdir/tests/scenarios (make check sets
 * it), else tests/scenarios.
 */
static inline size_t
ct_scenarios(void (*fn)(const char *name, const struct facts *, qdate,
    void *), void *arg)
{
	const char *top = getenv("top_srcdir");
	char dir[1024], path[2048], buf[8192], day[16], *t;
	struct dirent *e;
	struct facts f;
	size_t n = 0, len;
	qdate today;
	FILE *fp;
	DIR *d;

	snprintf(dir, sizeof dir, "%s/tests/scenarios", top != NULL ? top :
	    ".");
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (len < 7 || strcmp(e->d_name + len - 6, ".facts") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if ((fp = fopen(path, "r")) == NULL)
			continue;
		len = fread(buf, 1, sizeof buf - 1, fp);
		fclose(fp);
		buf[len] = '\0';
		today = ct_date("2025-10-01");
		if ((t = strstr(buf, "# today:")) != NULL) {
			snprintf(day, sizeof day, "%.10s",
			    t + 8 + strspn(t + 8, " "));
			today = ct_date(day);
		}
		facts_init(&f);
		if (facts_parse(&f, e->d_name, buf, len, NULL, NULL) == 0) {
			fn(e->d_name, &f, today, arg);
			n++;
		}
		facts_free(&f);
	}
	closedir(d);
	return n;
}

/*
 * Calls fn for the facts f of a scenario (removed = VOCAB_MAX), then for
 * a copy of f without each of its answers in turn (removed = its index).
 */
typedef void ct_variant_fn(const char *name, const struct facts *,
    qdate today, size_t removed, void *);

static inline void
ct_each_removed(const char *name, const struct facts *f, qdate today,
    ct_variant_fn *fn, void *arg)
{
	struct facts g;
	size_t i;

	fn(name, f, today, VOCAB_MAX, arg);
	for (i = 0; i < vocab_count(); i++) {
		if (!f->v[i].present)
			continue;
		facts_init(&g);
		facts_copy(&g, f);
		facts_unset(&g, i);
		fn(name, &g, today, i, arg);
		facts_free(&g);
	}
}

#endif
