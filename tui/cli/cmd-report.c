/*
 * qarau report: the numbers of a period for the chair (core/report.h),
 * as text, CSV, JSON or a PDF with charts (drawn by qarau-pdf).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/report-text.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/letter/letter-build.h"

static void
report_help(void)
{
	fputs(_("The numbers of a period: filings that remained at its start, "
	    "arrived, were\nreturned (by letter, with the ground; by ruling), "
	    "left without consideration,\ndecided, withdrawn and remained at "
	    "its end, with the control equality\nstart + arrived = every way "
	    "out + end; the deadlines kept, in percent per kind;\nthe median "
	    "days from receipt to return; in total, per judge and per month.\n"
	    "An equality that does not hold exits 1.\n\n"
	    "  --from DATE    the first day (default: 1 January of this year)\n"
	    "  --to DATE      the last day (default: today)\n"
	    "  --judge NAME   only the filings of judge NAME\n"
	    "  --csv          one number a line: scope,name,measure,value\n"
	    "  --json         one JSON object\n"
	    "  --pdf          an A4 PDF with bar charts (needs -o FILE)\n"
	    "  -o FILE        write to FILE instead of standard output; without\n"
	    "                 --csv, --json or --pdf its extension chooses\n"
	    "  -h, --help     show this help\n"), stdout);
}

enum { O_FROM = 256, O_TO, O_JUDGE, O_CSV, O_JSON, O_PDF };

static const struct option report_options[] = {
	{ "from",	required_argument,	NULL, O_FROM },
	{ "to",		required_argument,	NULL, O_TO },
	{ "judge",	required_argument,	NULL, O_JUDGE },
	{ "csv",	no_argument,		NULL, O_CSV },
	{ "json",	no_argument,		NULL, O_JSON },
	{ "pdf",	no_argument,		NULL, O_PDF },
	{ "output",	required_argument,	NULL, 'o' },
	{ NULL, 0, NULL, 0 }
};

static int
report_date(const char *opt, const char *s, qdate *d)
{
	if (!qdate_parse(s, d))
		return cli_usage_error("report", _("%s: '%s' is not a date "
		    "(YYYY-MM-DD)"), opt, s);
	return 0;
}

/* The CSV handed to qarau-pdf, which draws the tables and charts. */
static int
report_pdf(const struct report *rp, const struct strbuf *csv,
    const char *output, char *err, size_t errsz)
{
	char from[QDATE_BUFSZ], to[QDATE_BUFSZ], title[200];

	qdate_format_shown(rp->from, from);
	qdate_format_shown(rp->to, to);
	snprintf(title, sizeof title, _("Report from %s to %s"), from, to);
	return letter_pdf_spawn("--report", output, title, csv->buf,
	    csv->len, err, errsz);
}

static int
report_exec(struct cli *cli, struct cmd_args *args)
{
	const char *judge = NULL, *output = NULL;
	char err[REG_ERRSZ];
	struct report rp;
	struct strbuf out;
	int format = 0, rc, y, m, d;
	qdate from, to;
	struct reg *r;
	size_t i;

	to = cli->today;
	qdate_to_ymd(to, &y, &m, &d);
	from = qdate_from_ymd(y, 1, 1);
	for (i = 0; i < args->nopt; i++) {
		switch (args->opt[i].id) {
		case O_FROM:
			if (report_date("--from", args->opt[i].arg, &from))
				return EXIT_USAGE;
			break;
		case O_TO:
			if (report_date("--to", args->opt[i].arg, &to))
				return EXIT_USAGE;
			break;
		case O_JUDGE: judge = args->opt[i].arg; break;
		case 'o': output = args->opt[i].arg; break;
		default: format = args->opt[i].id; break;
		}
	}
	if (to < from)
		return cli_usage_error("report", "%s", _("--to is before "
		    "--from"));
	/* Without --csv, --json or --pdf, the file's name says it. */
	if (format == 0 && output != NULL)
		format = strcmp(cli_output_kind(output), "pdf") == 0 ? O_PDF :
		    strcmp(cli_output_kind(output), "csv") == 0 ? O_CSV :
		    strcmp(cli_output_kind(output), "json") == 0 ? O_JSON : 0;
	if (format == O_PDF && output == NULL)
		return cli_usage_error("report", "%s", _("--pdf needs an "
		    "output file: give -o FILE"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_report(r, from, to, judge, &rp, err, sizeof err)) != 0)
		return cli_fail(rc, err);
	strbuf_init(&out);
	if (format == O_CSV || format == O_PDF)
		report_write_csv(&rp, &out);
	else if (format == O_JSON)
		report_write_json(&rp, &out);
	else
		report_write_text(&rp, false, &out);
	if (format == O_PDF)
		rc = report_pdf(&rp, &out, output, err, sizeof err);
	else
		rc = letter_write_file(output, out.buf, out.len, err,
		    sizeof err);
	strbuf_free(&out);
	if (rc != 0) {
		report_free(&rp);
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	rc = report_control(&rp.total) ? EXIT_OK : EXIT_FAIL;
	if (rc != EXIT_OK)
		cli_error("%s", _("the control equality does not hold: the "
		    "register's counts disagree"));
	report_free(&rp);
	return rc;
}

const struct cmd_entry cmd_report_entry = {
	.name = "report",
	.usage = N_("report [--from DATE] [--to DATE] [--judge NAME] "
	    "[--csv | --json | --pdf] [-o FILE]"),
	.summary = N_("the numbers of a period: filings, deadlines kept, "
	    "by judge and month"),
	.shortopts = "o:",
	.longopts = report_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = report_help,
	.exec = report_exec,
};
