/*
 * qarau calendar: the year's non-working weekdays and working weekend
 * days with where each comes from (the shipped file, or who in the court
 * set it and when); "set" and "unset" change the court's own days, and
 * every deadline that moves with the change is listed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

/* The court's days of the year, at most one per day of it. */
struct cal_list {
	struct reg_court_day	 days[366];
	size_t			 n;
};

static void
calendar_help(void)
{
	fputs(_("Without arguments, list the year's holidays, days off and "
	    "working days (this\nyear, or YEAR) with their source: the "
	    "shipped file, or who set the day in\nthe register and when.\n"
	    "  set DATE KIND   the court sets DATE as holiday, day-off or "
	    "working\n"
	    "  unset DATE      the court's day is removed; the file rules "
	    "again\n"
	    "Every pending filing whose deadline moves is recomputed and "
	    "listed.\n\n"
	    "  --note TEXT     what the day is (with set)\n"
	    "  --porcelain     one day a line: the date, then key=value "
	    "fields\n"
	    "  -h, --help      show this help\n"), stdout);
}

static int
calendar_gather(const struct reg_court_day *d, void *arg)
{
	struct cal_list *l = arg;

	if (l->n < sizeof l->days / sizeof l->days[0])
		l->days[l->n++] = *d;
	return 0;
}

static const struct reg_court_day *
calendar_court(const struct cal_list *l, qdate d)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->days[i].date == d)
			return &l->days[i];
	return NULL;
}

/* The warning of a year whose file leaves dates to be confirmed. */
static void
calendar_warn_unconfirmed(const struct calendar *cal, int year)
{
	char date[QDATE_BUFSZ];
	qdate dates[8];
	size_t i, n = calendar_unconfirmed(cal, year, dates, 8);

	for (i = 0; i < n && i < 8; i++) {
		qdate_format(dates[i], date);
		cli_error(_("%s: the date in the calendar file is not "
		    "confirmed; once it is known, set it: qarau calendar set "
		    "DATE holiday"), date);
	}
}

static void
calendar_print_day(qdate d, enum calendar_day k,
    const struct calendar_day_src *src, const struct reg_court_day *cd,
    const char *note, bool porcelain)
{
	char date[QDATE_BUFSZ];

	qdate_format(d, date);
	if (porcelain) {
		printf("%s\tkind=%s\tsource=%s\tunconfirmed=%s\tuser=%s\t"
		    "at=%s\tnote=%s\n", date, calendar_kind_name(k),
		    src->court ? "court" : "file",
		    src->unconfirmed && !src->court ? "yes" : "no",
		    cd != NULL ? cd->user : "", cd != NULL ? cd->at : "",
		    note != NULL ? note : "");
		return;
	}
	printf("%s  ", date);
	cli_cell(calendar_kind_name(k), 9);
	if (cd != NULL)
		printf(_("[court: %s, %s]"), cd->user, cd->at);
	else if (src->unconfirmed)
		fputs(_("[file, not confirmed]"), stdout);
	else
		fputs(_("[file]"), stdout);
	if (note != NULL)
		printf("  %s", note);
	putchar('\n');
}

static int
calendar_list(struct reg *r, int year, bool porcelain)
{
	const struct calendar *cal = reg_calendar(r);
	struct calendar_day_src src;
	struct cal_list *l = xcalloc(1, sizeof *l);
	char err[REG_ERRSZ];
	enum calendar_day k;
	qdate d, end;
	int rc, working = 0;

	if ((rc = reg_court_days(r, year, calendar_gather, l, err,
	    sizeof err)) != 0) {
		free(l);
		return cli_fail(rc, err);
	}
	if (!calendar_has_year(cal, year))
		cli_error(_("no calendar file for %d: weekends only, and the "
		    "court's days"), year);
	calendar_warn_unconfirmed(cal, year);
	end = qdate_from_ymd(year, 12, 31);
	for (d = qdate_from_ymd(year, 1, 1); d <= end; d++) {
		working += calendar_is_working_day(cal, d);
		k = calendar_day_info(cal, d, &src);
		if (k == CALENDAR_NORMAL && !src.court)
			continue;
		calendar_print_day(d, k, &src, calendar_court(l, d),
		    calendar_day_note(cal, d), porcelain);
	}
	if (!porcelain)
		printf(_("%d: %d working days\n"), year, working);
	free(l);
	return EXIT_OK;
}

static int
calendar_moved(const struct reg_moved *m, void *arg)
{
	char was[QDATE_BUFSZ], now[QDATE_BUFSZ];
	struct strbuf *out = arg;

	qdate_format(m->old_date, was);
	qdate_format(m->new_date, now);
	strbuf_printf(out, "  %s\t%s\t%s -> %s\n", m->number, m->deadline,
	    was, now);
	return 0;
}

static int
calendar_change(struct reg *r, char **argv, int argc, const char *note)
{
	char err[REG_ERRSZ];
	const char *kind = NULL;
	struct strbuf moved;
	qdate d;
	int rc;

	if (!qdate_parse(argv[1], &d))
		return cli_usage_error("calendar", _("'%s' is not a date "
		    "(YYYY-MM-DD)"), argv[1]);
	if (strcmp(argv[0], "set") == 0) {
		if (argc != 3)
			return cli_usage_error("calendar", _("set DATE "
			    "holiday|day-off|working"));
		kind = argv[2];
	} else if (argc != 2)
		return cli_usage_error("calendar", _("unset DATE"));
	strbuf_init(&moved);
	if ((rc = reg_calendar_set(r, d, kind, note, calendar_moved, &moved,
	    err, sizeof err)) != 0) {
		strbuf_free(&moved);
		return cli_fail(rc, err);
	}
	if (kind != NULL)
		printf(_("%s is now the court's %s.\n"), argv[1], kind);
	else
		printf(_("%s: the court's day was removed.\n"), argv[1]);
	if (moved.len == 0)
		puts(_("No deadline moved."));
	else
		printf("%s\n%s", _("Deadlines moved:"), moved.buf);
	strbuf_free(&moved);
	return EXIT_OK;
}

enum { O_NOTE = 256, O_PORCELAIN };

static const struct option calendar_options[] = {
	{ "note",	required_argument,	NULL, O_NOTE },
	{ "porcelain",	no_argument,		NULL, O_PORCELAIN },
	{ NULL, 0, NULL, 0 }
};

static int
calendar_exec(struct cli *cli, struct cmd_args *args)
{
	const char *note = NULL;
	bool porcelain = false;
	struct reg *r;
	char *end;
	long year;
	int yy, m, d;
	size_t i;

	for (i = 0; i < args->nopt; i++) {
		if (args->opt[i].id == O_NOTE)
			note = args->opt[i].arg;
		else if (args->opt[i].id == O_PORCELAIN)
			porcelain = true;
	}
	qdate_to_ymd(cli->today, &yy, &m, &d);
	year = yy;
	if (args->argc > 0 && (strcmp(args->argv[0], "set") == 0 ||
	    strcmp(args->argv[0], "unset") == 0)) {
		if (args->argc < 2)
			return cli_usage_error("calendar", _("give the date"));
		if ((r = cli_register(cli)) == NULL)
			return EXIT_FAIL;
		return calendar_change(r, args->argv, args->argc, note);
	}
	if (args->argc > 1)
		return cli_usage_error("calendar", _("unexpected argument "
		    "'%s'"), args->argv[1]);
	if (args->argc == 1) {
		year = strtol(args->argv[0], &end, 10);
		if (*args->argv[0] == '\0' || *end != '\0' || year < 1900 ||
		    year > 2199)
			return cli_usage_error("calendar", _("'%s' is not a "
			    "year from 1900 to 2199"), args->argv[0]);
	}
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	return calendar_list(r, (int)year, porcelain);
}

const struct cmd_entry cmd_calendar_entry = {
	.name = "calendar",
	.usage = N_("calendar [YEAR] [--porcelain] | calendar set DATE "
	    "holiday|day-off|working [--note TEXT] | calendar unset DATE"),
	.summary = N_("the court's calendar: list a year, set or unset a day"),
	.longopts = calendar_options,
	.lower = 0,
	.upper = 3,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = calendar_help,
	.exec = calendar_exec,
};
