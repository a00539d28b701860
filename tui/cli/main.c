/*
 * qarau: the command line.  Global options come before the command;
 * everything after the command name belongs to it.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
usage(FILE *out)
{
	const struct cmd_entry *const *c;
	size_t i, n;

	fprintf(out, _("Usage: %s [-d FILE] [--today DATE] [COMMAND [ARG...]]\n"),
	    PACKAGE);
	fputs(_("Screen cassation complaints, protests and submissions in "
	    "criminal cases against\nthe Code of Criminal Procedure and "
	    "Normative Resolution No. 1 of 29 May 2025;\nkeep the register of "
	    "pending filings and draft return letters.\n\n"), out);
	fputs(_("With no command, starts the interactive register.\n\n"), out);
	fputs(_("Options:\n"), out);
	fputs(_("  -d, --db FILE      use the register FILE (default: "
	    "$QARAU_DB, then\n"
	    "                     the configuration files, then\n"
	    "                     $XDG_DATA_HOME/qarau/register.db)\n"), out);
	fputs(_("      --today DATE   take DATE (YYYY-MM-DD) as today "
	    "(default: $QARAU_TODAY)\n"), out);
	fputs(_("      --no-color     no colours in the interface "
	    "(also NO_COLOR)\n"), out);
	fputs(_("  -h, --help         show this help and exit\n"), out);
	fputs(_("  -V, --version      show the version and exit\n\n"), out);
	fputs(_("Commands:\n"), out);
	c = cmd_table(&n);
	for (i = 0; i < n; i++)
		fprintf(out, "  %-10s %s\n", c[i]->name, _(c[i]->summary));
	fputs(_("\nRun 'qarau COMMAND --help' for a command's options; "
	    "'man qarau' for more.\n"), out);
	fprintf(out, _("Report bugs to the court's IT service.\n"));
}

static void
version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
	fputs(_("Copyright (C) 2026 the qarau authors.\n"
	    "This is free software; there is NO warranty.\n"), stdout);
}

static void
setup_i18n(void)
{
	const char *dir = getenv("QARAU_LOCALEDIR");

	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db",		required_argument,	NULL, 'd' },
		{ "today",	required_argument,	NULL, 't' },
		{ "no-color",	no_argument,		NULL, 'C' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	const struct cmd_entry *cmd;
	const char *nc;
	int ch, rv;

	setup_i18n();
	core_init();
	memset(&cli, 0, sizeof cli);
	nc = getenv("NO_COLOR");
	cli.no_color = nc != NULL && *nc != '\0';

	/* '+': stop at the first non-option, which is the command. */
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:d:hV", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			cli.db_opt = optarg;
			break;
		case 't':
			cli.today_opt = optarg;
			break;
		case 'C':
			cli.no_color = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			version();
			return EXIT_OK;
		case ':':
			return cli_usage_error(NULL,
			    _("option '%s' needs an argument"), argv[optind - 1]);
		default:
			return cli_usage_error(NULL, _("unknown option '%s'"),
			    argv[optind - 1]);
		}
	}
	if (cli_resolve_today(&cli, cli.today_opt) != 0)
		return EXIT_USAGE;

	/* The interactive register registers filings, as add does. */
	if (optind >= argc) {
		cli.may_create = true;
		rv = tui_main(&cli);
	}
	else if ((cmd = cmd_find(argv[optind])) == NULL)
		rv = cli_usage_error(NULL, _("unknown command '%s'"),
		    argv[optind]);
	else
		rv = cmd_run(cmd, &cli, argc - optind, argv + optind);

	if (cli.reg != NULL)
		reg_close(cli.reg);
	if (cli.cal != NULL)
		calendar_free(cli.cal);
	if (fflush(stdout) != 0 && rv == EXIT_OK) {
		perror("qarau: stdout");
		rv = EXIT_FAIL;
	}
	return rv;
}
