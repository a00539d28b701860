/*
 * qarau export [--csv | --json]: the register's filings on standard
 * output (not the settings nor the audit trail: a backup has those).
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
#include "tui/cli/cmd.h"

static void
export_help(void)
{
	fputs(_("Write every filing of the register to standard output: its "
	    "facts and events,\nnot the settings nor the audit trail (a "
	    "backup has them).\n\n"
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

static const struct option export_options[] = {
	{ "csv",	no_argument,	NULL, 'c' },
	{ "json",	no_argument,	NULL, 'j' },
	{ NULL, 0, NULL, 0 }
};

static int
export_exec(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ];
	struct reg *r;
	bool json = false;
	size_t i;
	int rc, error = 0;

	for (i = 0; i < args->nopt; i++)
		json = args->opt[i].id == 'j';
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

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.usage = N_("export [--csv | --json]"),
	.summary = N_("write the register's filings to standard output"),
	.longopts = export_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = export_help,
	.exec = export_exec,
};
