/*
 * qarau event ID EVENT [DATE] [--note TEXT]: records a workflow event.
 * The register refuses an event the filing's state does not allow (the
 * case before it was requested, anything after the filing was returned);
 * the message says why, and the exit status is 2.
 */
#include "config.h"

#include <getopt.h>
#include <stdbool.h>
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
	fputs(_("  --undo        undo the last event of filing ID (qarau "
	    "event ID --undo);\n                the audit trail keeps both\n"),
	    stdout);
}

static const struct option event_options[] = {
	{ "note",	required_argument,	NULL, 'n' },
	{ "undo",	no_argument,		NULL, 'u' },
	{ NULL, 0, NULL, 0 }
};

/* --undo: the last event goes; the audit trail keeps it and its undoing. */
static int
event_undo(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ], kind[24];
	struct reg *r;
	int64_t id;
	int rc;

	if (args->argc != 1)
		return cli_usage_error("event", "%s", _("--undo takes the "
		    "filing alone"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) == 0)
		rc = reg_event_undo(r, id, kind, err, sizeof err);
	if (rc != 0)
		return cli_fail(rc, err);
	printf(_("%s: '%s' undone.\n"), args->argv[0], kind);
	return EXIT_OK;
}

static int
event_exec(struct cli *cli, struct cmd_args *args)
{
	const char *note = NULL;
	bool undo = false;
	char err[REG_ERRSZ], date[QDATE_BUFSZ];
	struct reg *r;
	qdate d = QDATE_NONE;
	int64_t id;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++)
		if (args->opt[i].id == 'u')
			undo = true;
		else
			note = args->opt[i].arg;
	if (undo)
		return event_undo(cli, args);
	if (args->argc < 2)
		return cli_usage_error("event", "%s", _("give the filing, the "
		    "event and optionally its date"));
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
	.usage = N_("event ID EVENT [DATE] [--note TEXT] | event ID --undo"),
	.summary = N_("record a workflow event (received, handed, "
	    "case-requested, ...)"),
	.longopts = event_options,
	.lower = 1,
	.upper = 3,
	.args_error = N_("give the filing, the event and optionally its date"),
	.help = event_help,
	.exec = event_exec,
};
