/*
 * qarau import FILE: filings from the CSV of 'qarau export', all or
 * nothing.  A malformed line is named as FILE:LINE and nothing changes.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
import_help(void)
{
	fputs(_("Read filings from the CSV that 'qarau export --csv' writes "
	    "('-' for standard\ninput).  Each filing keeps its register number "
	    "and is screened again.\nAll or nothing: on a malformed line "
	    "nothing is imported.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

static int
import_exec(struct cli *cli, struct cmd_args *args)
{
	struct strbuf text;
	char err[REG_ERRSZ];
	struct reg *r;
	size_t n;
	int rc;

	strbuf_init(&text);
	if (cli_read_file(args->argv[0], &text, CLI_IMPORT_MAX) != 0) {
		strbuf_free(&text);
		return EXIT_USAGE;
	}
	cli->may_create = true;
	if ((r = cli_register(cli)) == NULL) {
		strbuf_free(&text);
		return EXIT_FAIL;
	}
	rc = reg_import_csv(r, args->argv[0], text.buf, text.len, &n, err,
	    sizeof err);
	strbuf_free(&text);
	if (rc != 0) {
		rc = cli_fail(rc, err);
		cli_error(_("nothing was imported"));
		return rc;
	}
	printf(ngettext("%zu filing imported\n", "%zu filings imported\n", n),
	    n);
	return EXIT_OK;
}

const struct cmd_entry cmd_import_entry = {
	.name = "import",
	.usage = N_("import FILE"),
	.summary = N_("read filings from an export's CSV, all or nothing"),
	.shortopts = "+",
	.lower = 1,
	.upper = 1,
	.args_error = N_("give one CSV file"),
	.help = import_help,
	.exec = import_exec,
};
