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

static void
event_help(void)
{
	const char *const *k;

	printf(_("Usage: qarau %s\n"), _(commands_find("event")->usage));
	fputs(_("Record a workflow event of a filing on DATE (YYYY-MM-DD; "
	    "default today).\nThe filing is screened again and its deadlines "
	    "move.  Events:\n "), stdout);
	for (k = reg_event_kinds(); *k != NULL; k++)
		printf(" %s", *k);
	fputs(_("\n\n  --note TEXT   a note kept with the event\n"
	    "  -h, --help    show this help\n"), stdout);
}

int
cmd_event(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note",	required_argument,	NULL, 'n' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *note = NULL;
	char err[REG_ERRSZ], date[QDATE_BUFSZ];
	struct reg *r;
	qdate d = QDATE_NONE;
	int64_t id;
	int ch, rc;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			note = optarg;
			break;
		case 'h':
			event_help();
			return EXIT_OK;
		case ':':
			return cli_usage_error("event", _("option '%s' needs an "
			    "argument"), argv[optind - 1]);
		default:
			return cli_usage_error("event", _("unknown option "
			    "'%s'"), argv[optind - 1]);
		}
	}
	if (argc - optind < 2 || argc - optind > 3)
		return cli_usage_error("event", _("give the filing, the event "
		    "and optionally its date"));
	if (argc - optind == 3 && !qdate_parse(argv[optind + 2], &d))
		return cli_usage_error("event", _("'%s' is not a date of the "
		    "form YYYY-MM-DD"), argv[optind + 2]);
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (d == QDATE_NONE)
		d = reg_today(r);
	if ((rc = reg_find(r, argv[optind], &id, err, sizeof err)) == 0)
		rc = reg_event(r, id, argv[optind + 1], d, note, err,
		    sizeof err);
	if (rc != 0) {
		cli_error("%s", err);
		return rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
	}
	qdate_format(d, date);
	printf(_("%s: '%s' recorded on %s.\n"), argv[optind],
	    argv[optind + 1], date);
	return EXIT_OK;
}
