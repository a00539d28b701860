/*
 * qarau export [--csv | --json]: the whole register on standard output.
 * The CSV is what 'qarau import' reads back.  The register hands the text
 * over in pieces as it reads, so the export runs in constant memory.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"

static void
export_help(void)
{
	printf(_("Usage: qarau %s\n"), _(commands_find("export")->usage));
	fputs(_("Write every filing of the register to standard output.\n\n"
	    "  --csv         one filing a line, one column per fact "
	    "(the default);\n"
	    "                'qarau import' reads it back\n"
	    "  --json        a JSON array with facts and events\n"
	    "  -h, --help    show this help\n"), stdout);
}

/* Writes a piece to standard output; errno is kept for the message. */
static int
export_write(const char *buf, size_t len, void *ctx)
{
	int *error = ctx;

	if (fwrite(buf, 1, len, stdout) == len)
		return 0;
	*error = errno != 0 ? errno : EIO;
	return -1;
}

int
cmd_export(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "csv",	no_argument,	NULL, 'c' },
		{ "json",	no_argument,	NULL, 'j' },
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char err[REG_ERRSZ];
	struct reg *r;
	bool json = false;
	int ch, rc, error = 0;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			json = false;
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			export_help();
			return EXIT_OK;
		default:
			return cli_usage_error("export", _("unknown option "
			    "'%s'"), argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("export", _("unexpected argument '%s'"),
		    argv[optind]);
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	errno = 0;
	rc = json ? reg_export_json_to(r, export_write, &error, err,
	    sizeof err) : reg_export_csv_to(r, export_write, &error, err,
	    sizeof err);
	if (rc != 0) {
		/* Either the register failed (err says why) or standard
		 * output did; then what was written is incomplete. */
		if (error != 0)
			cli_error("stdout: %s", strerror(error));
		else
			cli_error("%s", err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}
