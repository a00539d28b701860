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
#include "tui/cli/export-ics.h"

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
	fputs(_("\nWith --ics, the open deadlines of the pending filings as "
	    "an iCalendar\n(RFC 5545), an all-day event each with an alarm "
	    "at 09:00 of the working\nday before; a new export imported "
	    "again updates the events.\n\n"
	    "  --ics          the deadlines as iCalendar\n"
	    "  --judge NAME   only the filings of judge NAME (with --ics)\n"
	    "  -o FILE        write to FILE instead of standard output "
	    "(with --ics)\n"), stdout);
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
	{ "csv",	no_argument,		NULL, 'c' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "ics",	no_argument,		NULL, 'i' },
	{ "judge",	required_argument,	NULL, 'J' },
	{ "output",	required_argument,	NULL, 'o' },
	{ NULL, 0, NULL, 0 }
};

static int
export_exec(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ];
	const char *judge = NULL, *output = NULL;
	struct reg *r;
	int format = 'c';
	size_t i;
	int rc, error = 0;

	for (i = 0; i < args->nopt; i++) {
		switch (args->opt[i].id) {
		case 'J': judge = args->opt[i].arg; break;
		case 'o': output = args->opt[i].arg; break;
		default: format = args->opt[i].id; break;
		}
	}
	if (format == 'i')
		return export_ics(cli, judge, output);
	if (judge != NULL || output != NULL)
		return cli_usage_error("export", "%s", _("--judge and -o go "
		    "with --ics"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	errno = 0;
	rc = format == 'j' ? reg_export_json_to(r, export_write, &error, err,
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
	.usage = N_("export [--csv | --json] | export --ics [--judge NAME] "
	    "[-o FILE]"),
	.summary = N_("write the whole register, or its deadlines as "
	    "iCalendar"),
	.shortopts = "o:",
	.longopts = export_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = export_help,
	.exec = export_exec,
};
