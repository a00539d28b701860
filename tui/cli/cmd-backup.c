/*
 * qarau backup FILE: a consistent copy of the register, taken with
 * SQLite's online backup API while other assistants keep working.
 */
#include "config.h"

#include <stdio.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
backup_help(void)
{
	fputs(_("Copy the register to FILE while it is in use.  FILE is "
	    "replaced only when\nthe copy is complete.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

static int
backup_exec(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ];
	struct reg *r;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (reg_backup(r, args->argv[0], err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	printf(_("The register was copied to %s.\n"), args->argv[0]);
	return EXIT_OK;
}

const struct cmd_entry cmd_backup_entry = {
	.name = "backup",
	.usage = N_("backup FILE"),
	.summary = N_("copy the register to FILE while it is in use"),
	.shortopts = "+",
	.lower = 1,
	.upper = 1,
	.args_error = N_("give the file to write"),
	.help = backup_help,
	.exec = backup_exec,
};
