/*
 * qarau import FILE: filings from the CSV of 'qarau export', all or
 * nothing.  A malformed line is named as FILE:LINE and nothing changes.
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
import_help(void)
{
	printf(_("Usage: qarau %s\n"), _(commands_find("import")->usage));
	fputs(_("Read filings from the CSV that 'qarau export --csv' writes "
	    "('-' for standard\ninput).  Each filing keeps its register number "
	    "and is screened again.\nAll or nothing: on a malformed line "
	    "nothing is imported.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

int
cmd_import(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct strbuf text;
	char err[REG_ERRSZ];
	struct reg *r;
	size_t n;
	int ch, rc;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (ch == 'h') {
			import_help();
			return EXIT_OK;
		}
		return cli_usage_error("import", _("unknown option '%s'"),
		    argv[optind - 1]);
	}
	if (argc - optind != 1)
		return cli_usage_error("import", _("give one CSV file"));
	strbuf_init(&text);
	if (cli_read_file(argv[optind], &text) != 0) {
		strbuf_free(&text);
		return EXIT_USAGE;
	}
	if ((r = cli_register(cli)) == NULL) {
		strbuf_free(&text);
		return EXIT_FAIL;
	}
	rc = reg_import_csv(r, argv[optind], text.buf, text.len, &n, err,
	    sizeof err);
	strbuf_free(&text);
	if (rc != 0) {
		cli_error("%s", err);
		cli_error(_("nothing was imported"));
		return rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
	}
	printf(ngettext("%zu filing imported\n", "%zu filings imported\n", n),
	    n);
	return EXIT_OK;
}
