/*
 * qarau set ID KEY=VALUE...: changes facts of a filing ("KEY=" clears one,
 * "judge=NAME" assigns the judge) and screens it again at once, in the
 * same transaction, so the stored outcome is never stale.
 */
#include "config.h"

#include <stdio.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
set_help(void)
{
	fputs(_("Change facts of a filing and screen it again.  'KEY=' clears "
	    "a fact;\n'judge=NAME' assigns the judge.  Workflow dates are "
	    "recorded with\n'qarau event'.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

static int
set_exec(struct cli *cli, struct cmd_args *args)
{
	struct reg_filing f;
	const struct deadline *next;
	char err[REG_ERRSZ], date[QDATE_BUFSZ];
	struct reg *r;
	int64_t id;
	int rc;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) == 0 &&
	    (rc = reg_set(r, id, (const char *const *)args->argv + 1,
	    (size_t)(args->argc - 1), err, sizeof err)) == 0)
		rc = reg_load(r, id, &f, err, sizeof err);
	if (rc != 0)
		return cli_fail(rc, err);
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

const struct cmd_entry cmd_set_entry = {
	.name = "set",
	.usage = N_("set ID KEY=VALUE..."),
	.summary = N_("change facts of a filing and screen it again"),
	.shortopts = "+",
	.lower = 2,
	.upper = -1,
	.args_error = N_("give the filing and at least one KEY=VALUE"),
	.help = set_help,
	.exec = set_exec,
};
