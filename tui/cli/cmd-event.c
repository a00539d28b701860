/*
 * qarau event ID EVENT [DATE] [--note TEXT]: records a workflow event.
 * The register refuses an event the filing's state does not allow (the
 * case before it was requested, anything after the filing was returned);
 * the message says why, and the exit status is 2.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
event_help(void)
{
	const char *const *k;

	fputs(_("Record a workflow event of a filing on DATE (YYYY-MM-DD; "
	    "default today).\nThe filing is screened again and its deadlines "
	    "move.  Events:\n "), stdout);
	for (k = reg_event_kinds(); *k != NULL; k++)
		printf(" %s", *k);
	fputs(_("\n\n  --note TEXT   a note kept with the event\n"
	    "  -h, --help    show this help\n"), stdout);
}

static const struct option event_options[] = {
	{ "note",	required_argument,	NULL, 'n' },
	{ NULL, 0, NULL, 0 }
};

static int
event_exec(struct cli *cli, struct cmd_args *args)
{
	const char *note = NULL;
	char err[REG_ERRSZ], date[QDATE_BUFSZ];
	struct reg *r;
	qdate d = QDATE_NONE;
	int64_t id;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++)
		note = args->opt[i].arg;	/* only --note */
	/* The forms the screens take: 01.07.2025, 1.7.25, today, -2. */
	if (args->argc == 3 && !qdate_parse_human(args->argv[2], cli->today,
	    &d))
		return cli_usage_error("event", _("'%s' is not a date of the "
		    "form YYYY-MM-DD"), args->argv[2]);
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (d == QDATE_NONE)
		d = reg_today(r);
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) == 0)
		rc = reg_event(r, id, args->argv[1], d, note, err,
		    sizeof err);
	if (rc != 0)
		return cli_fail(rc, err);
	qdate_format(d, date);
	printf(_("%s: '%s' recorded on %s.\n"), args->argv[0],
	    args->argv[1], date);
	return EXIT_OK;
}

const struct cmd_entry cmd_event_entry = {
	.name = "event",
	.usage = N_("event ID EVENT [DATE] [--note TEXT]"),
	.summary = N_("record a workflow event (received, handed, "
	    "case-requested, ...)"),
	.longopts = event_options,
	.lower = 2,
	.upper = 3,
	.args_error = N_("give the filing, the event and optionally its date"),
	.help = event_help,
	.exec = event_exec,
};
