/*
 * qarau set ID KEY=VALUE...: changes facts of a filing ("KEY=" clears one,
 * "judge=NAME" assigns the judge) and screens it again at once, in the
 * same transaction, so the stored outcome is never stale.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"

static void
set_help(void)
{
	printf(_("Usage: qarau %s\n"), _(commands_find("set")->usage));
	fputs(_("Change facts of a filing and screen it again.  'KEY=' clears "
	    "a fact;\n'judge=NAME' assigns the judge.  Workflow dates are "
	    "recorded with\n'qarau event'.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

int
cmd_set(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct reg_filing f;
	const struct deadline *next;
	char err[REG_ERRSZ], date[QDATE_BUFSZ];
	struct reg *r;
	int64_t id;
	int ch, rc;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (ch == 'h') {
			set_help();
			return EXIT_OK;
		}
		return cli_usage_error("set", _("unknown option '%s'"),
		    argv[optind - 1]);
	}
	if (argc - optind < 2)
		return cli_usage_error("set", _("give the filing and at least "
		    "one KEY=VALUE"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, argv[optind], &id, err, sizeof err)) == 0 &&
	    (rc = reg_set(r, id, (const char *const *)argv + optind + 1,
	    (size_t)(argc - optind - 1), err, sizeof err)) == 0)
		rc = reg_load(r, id, &f, err, sizeof err);
	if (rc != 0) {
		cli_error("%s", err);
		return rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
	}
	next = decision_next_deadline(&f.decision);
	printf(_("%s: outcome %s"), f.number, outcome_name(f.decision.outcome));
	if (next != NULL) {
		qdate_format(next->date, date);
		printf(_("; next deadline %s %s"), next->name, date);
	}
	putchar('\n');
	reg_filing_free(&f);
	return EXIT_OK;
}
