/*
 * qarau agenda: what is due today and in the next working days, overdue
 * first, grouped by judge; for a login script or a daily mail from cron.
 * The nearest deadline of each pending filing, read in deadline order up
 * to the last day asked for, then grouped.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/act-title.h"
#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

struct agenda {
	qdate		 last;		/* the last day shown */
	struct reg_row	*rows;
	size_t		 n, cap;
};

static void
agenda_help(void)
{
	fputs(_("The deadlines of today and of the next working days, overdue "
	    "first, grouped\nby judge: the nearest deadline of every pending "
	    "filing.  Always exits 0.\n\n"
	    "  --days N       the next N working days (default 5)\n"
	    "  --judge NAME   only the filings of judge NAME\n"
	    "  --porcelain    one deadline a line: the number, then key=value "
	    "fields\n"
	    "  -h, --help     show this help\n"), stdout);
}

static int
agenda_row(const struct reg_row *row, void *arg)
{
	struct agenda *a = arg;

	if (row->next_deadline == QDATE_NONE || row->next_deadline > a->last)
		return 1;
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->rows = xrealloc(a->rows, a->cap * sizeof *a->rows);
	}
	a->rows[a->n++] = *row;
	return 0;
}

/* By judge, the unassigned last; within a judge, as read: by deadline. */
static int
agenda_cmp(const void *x, const void *y)
{
	const struct reg_row *a = x, *b = y;
	int c;

	if ((*a->judge == '\0') != (*b->judge == '\0'))
		return *a->judge == '\0' ? 1 : -1;
	if ((c = strcmp(a->judge, b->judge)) != 0)
		return c;
	if (a->next_deadline != b->next_deadline)
		return a->next_deadline < b->next_deadline ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void
agenda_print_row(const struct reg_row *r, const struct calendar *cal,
    qdate today, bool porcelain)
{
	const struct deadline_state_def *sd;
	const struct deadline_kind *k;
	char due[QDATE_BUFSZ];

	/* An action has no date (its sentinel is not a day to print): its
	 * kind and the mark say what to do. */
	qdate when = r->next_deadline != DEADLINE_ACTION_DATE ?
	    r->next_deadline : QDATE_NONE;

	sd = deadline_state_def(deadline_state(cal, r->next_deadline, today));
	qdate_format(when, due);
	if (porcelain) {
		printf("%s\tjudge=%s\tdeadline=%s\tkind=%s\tstate=%s\tleft=",
		    r->number, r->judge, due, r->deadline_kind, sd->name);
		if (when != QDATE_NONE)
			printf("%d", deadline_days_left(cal, when, today));
		printf("\tfiler=%s\n", r->filer);
		return;
	}
	k = deadline_kind_find(r->deadline_kind);
	qdate_format_shown(when, due);
	printf("  %s %-10s  ", sd->mark, due);
	cli_cell(sd->cell != NULL ? _(sd->cell) : "", 9);
	cli_cell(r->number, 18);
	cli_cell(k != NULL ? _(k->shortl) : r->deadline_kind, 16);
	printf(" %s\n", filer_title(r->filer));
}

static void
agenda_print(const struct agenda *a, const struct calendar *cal,
    qdate today, int days, bool porcelain)
{
	char from[QDATE_BUFSZ], to[QDATE_BUFSZ];
	size_t i;

	if (!porcelain) {
		qdate_format_shown(today, from);
		qdate_format_shown(a->last, to);
		printf(ngettext("Agenda from %s to %s (%d working day "
		    "ahead)\n", "Agenda from %s to %s (%d working days "
		    "ahead)\n", (unsigned long)days), from, to, days);
		if (a->n == 0)
			puts(_("Nothing is due."));
	}
	for (i = 0; i < a->n; i++) {
		if (!porcelain && (i == 0 || strcmp(a->rows[i].judge,
		    a->rows[i - 1].judge) != 0))
			printf("\n%s\n", *a->rows[i].judge != '\0' ?
			    a->rows[i].judge : _("No judge assigned"));
		agenda_print_row(&a->rows[i], cal, today, porcelain);
	}
}

enum { O_DAYS = 256, O_JUDGE, O_PORCELAIN };

static const struct option agenda_options[] = {
	{ "days",	required_argument,	NULL, O_DAYS },
	{ "judge",	required_argument,	NULL, O_JUDGE },
	{ "porcelain",	no_argument,		NULL, O_PORCELAIN },
	{ NULL, 0, NULL, 0 }
};

static int
agenda_exec(struct cli *cli, struct cmd_args *args)
{
	struct agenda a = { 0 };
	struct reg_filter fl;
	const struct calendar *cal;
	char err[REG_ERRSZ], *end;
	bool porcelain = false;
	long days = 5;
	struct reg *r;
	size_t i;
	int rc;

	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	for (i = 0; i < args->nopt; i++) {
		switch (args->opt[i].id) {
		case O_DAYS:
			errno = 0;
			days = strtol(args->opt[i].arg, &end, 10);
			if (*args->opt[i].arg == '\0' || *end != '\0' ||
			    errno != 0 || days < 0 || days > 366)
				return cli_usage_error("agenda", _("--days: "
				    "'%s' is not a number from 0 to 366"),
				    args->opt[i].arg);
			break;
		case O_JUDGE: fl.judge = args->opt[i].arg; break;
		case O_PORCELAIN: porcelain = true; break;
		}
	}
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	cal = reg_calendar(r);
	a.last = reg_today(r);
	for (i = 0; i < (size_t)days; i++)
		a.last = calendar_next_working_day(cal, a.last + 1);
	rc = reg_list(r, &fl, agenda_row, &a, err, sizeof err);
	if (rc != 0) {
		free(a.rows);
		return cli_fail(rc, err);
	}
	if (a.n > 0)
		qsort(a.rows, a.n, sizeof *a.rows, agenda_cmp);
	agenda_print(&a, cal, reg_today(r), (int)days, porcelain);
	free(a.rows);
	return EXIT_OK;
}

const struct cmd_entry cmd_agenda_entry = {
	.name = "agenda",
	.usage = N_("agenda [--days N] [--judge NAME] [--porcelain]"),
	.summary = N_("what is due today and in the next working days, by "
	    "judge"),
	.longopts = agenda_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = agenda_help,
	.exec = agenda_exec,
};
