/*
 * qarau init [--shared [--group GROUP]] [FILE]: creates the register, or
 * brings an existing one up to date; --shared gives it to a group of
 * assistants (data/register.h, reg_init), and run again as root it
 * repairs a shared register's modes.
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
init_help(void)
{
	fputs(_("Create the register FILE (default: the one qarau opens, "
	    "see -d), or bring an\nexisting one up to date.  A private "
	    "register is 0600.  A shared one belongs\nto GROUP: its folder "
	    "02770, the file and SQLite's FILE-wal and FILE-shm 0660;\n"
	    "every open checks them.  Run again as root, it repairs their "
	    "modes.\n\n"
	    "  --shared        share it with the group (default: qarau)\n"
	    "  --group GROUP   the group of assistants (implies --shared)\n"
	    "  -h, --help      show this help\n"), stdout);
}

static const struct option init_options[] = {
	{ "shared",	no_argument,		NULL, 's' },
	{ "group",	required_argument,	NULL, 'g' },
	{ NULL, 0, NULL, 0 }
};

static void
init_report(const char *path, const char *group, bool created)
{
	if (created)
		printf(_("Created the register %s.\n"), path);
	else
		printf(_("The register %s exists and is up to date.\n"), path);
	if (group == NULL)
		return;
	printf(_("It is shared with the group %s: its folder is 02770, the "
	    "file and its\n-wal and -shm files 0660, all of the group %s.  "
	    "Add each assistant to it:\n  usermod -a -G %s LOGIN\nand name "
	    "the register in the system's configuration file, so that a\n"
	    "plain 'qarau' opens it:\n  register = %s\n"), group, group,
	    group, path);
}

static int
init_exec(struct cli *cli, struct cmd_args *args)
{
	const char *group = NULL;
	char err[REG_ERRSZ];
	struct strbuf path;
	bool created;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++)
		if (args->opt[i].id == 'g')
			group = args->opt[i].arg;
		else if (group == NULL)
			group = "qarau";
	if (group != NULL && *group == '\0')
		return cli_usage_error("init", _("--group needs a group name"));
	strbuf_init(&path);
	if (args->argc > 0)
		strbuf_puts(&path, args->argv[0]);
	else if (reg_resolve_path(cli->db_opt, &path, err, sizeof err) != 0) {
		strbuf_free(&path);
		return cli_fail(-1, err);
	}
	rc = reg_init(path.buf, group, cli->today, &created, err, sizeof err);
	if (rc == 0)
		init_report(path.buf, group, created);
	else
		cli_fail(rc, err);
	strbuf_free(&path);
	return rc == 0 ? EXIT_OK : rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
}

const struct cmd_entry cmd_init_entry = {
	.name = "init",
	.usage = N_("init [--shared] [--group GROUP] [FILE]"),
	.summary = N_("create the register, private or shared by a group"),
	.shortopts = "+",
	.longopts = init_options,
	.lower = 0,
	.upper = 1,
	.args_error = N_("give at most the register's file"),
	.help = init_help,
	.exec = init_exec,
};
