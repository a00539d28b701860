/*
 * qarau backup FILE: a consistent copy of the register, taken with
 * SQLite's online backup API while other assistants keep working.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"

static void
backup_help(void)
{
	printf(_("Usage: qarau %s\n"), _(commands_find("backup")->usage));
	fputs(_("Copy the register to FILE while it is in use.  FILE is "
	    "replaced only when\nthe copy is complete.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

int
cmd_backup(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char err[REG_ERRSZ];
	struct reg *r;
	int ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (ch == 'h') {
			backup_help();
			return EXIT_OK;
		}
		return cli_usage_error("backup", _("unknown option '%s'"),
		    argv[optind - 1]);
	}
	if (argc - optind != 1)
		return cli_usage_error("backup", _("give the file to write"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (reg_backup(r, argv[optind], err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	printf(_("The register was copied to %s.\n"), argv[optind]);
	return EXIT_OK;
}
