/*
 * qarau screen: decide on facts files (qarau-facts(5)) and print the
 * decision for people, as porcelain (design.md section 4) or as JSON.
 * The register is not opened: screening a file changes nothing.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/decision-text.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/strbuf.h"
#include "tui/cli.h"

enum screen_format { FMT_HUMAN, FMT_PORCELAIN, FMT_JSON };

static void
screen_usage(void)
{
	printf(_("Usage: qarau %s\n"),
	    _("screen [--porcelain | --json] [--today DATE] FILE..."));
	fputs(_("Decide on each facts file (see qarau-facts(5); '-' reads "
	    "standard input)\nand print the outcome, every ground with its "
	    "citations, the deadlines and\nthe notes.\n\n"), stdout);
	fputs(_("  --porcelain    stable key=value lines for scripts\n"
	    "  --json         one JSON object per file\n"
	    "  --today DATE   take DATE (YYYY-MM-DD) as today\n"
	    "  -h, --help     show this help and exit\n\n"), stdout);
	fputs(_("Exit status: 0 when every file was decided (whatever the "
	    "outcome), 2 when a\nfile could not be read or has errors "
	    "(each printed as FILE:LINE: message).\n"), stdout);
}

static int
screen_one(struct cli *cli, const char *path, enum screen_format fmt,
    bool header)
{
	struct decision_text text = { .ids = true };
	struct decide_options opt;
	struct decision *d;
	struct strbuf file, out;
	struct facts f;
	int rv = EXIT_OK;

	strbuf_init(&file);
	if (cli_read_file(path, &file) != 0) {
		strbuf_free(&file);
		return EXIT_USAGE;
	}
	facts_init(&f);
	if (facts_parse(&f, cli_input_name(path), file.buf, file.len,
	    cli_facts_diag, NULL) != 0) {
		rv = EXIT_USAGE;
		goto out;
	}
	cli_decide_options(cli, &opt);
	d = xmalloc(sizeof *d);
	decide(&f, cli_calendar(cli), &opt, cli->today, d);
	strbuf_init(&out);
	switch (fmt) {
	case FMT_PORCELAIN:
		if (header)
			strbuf_printf(&out, "file=%s\n", path);
		decision_write_porcelain(d, &out);
		fputs(out.buf, stdout);
		break;
	case FMT_JSON:
		decision_write_json(d, &out);
		fputs(out.buf, stdout);
		break;
	case FMT_HUMAN:
		if (header)
			printf("==> %s <==\n", path);
		text.today = cli->today;
		text.facts = &f;
		decision_write_text(d, &text, &out);
		fputs(out.buf, stdout);
		break;
	}
	strbuf_free(&out);
	free(d);
out:
	facts_free(&f);
	strbuf_free(&file);
	return rv;
}

int
cmd_screen(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "porcelain",	no_argument,		NULL, 'p' },
		{ "json",	no_argument,		NULL, 'j' },
		{ "today",	required_argument,	NULL, 't' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum screen_format fmt = FMT_HUMAN;
	const char *today = NULL;
	int ch, i, rv = EXIT_OK;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (ch) {
		case 'p':
			fmt = FMT_PORCELAIN;
			break;
		case 'j':
			fmt = FMT_JSON;
			break;
		case 't':
			today = optarg;
			break;
		case 'h':
			screen_usage();
			return EXIT_OK;
		case ':':
			return cli_usage_error("screen",
			    _("option '%s' needs an argument"),
			    argv[optind - 1]);
		default:
			return cli_usage_error("screen",
			    _("unknown option '%s'"), argv[optind - 1]);
		}
	}
	if (today != NULL && cli_resolve_today(cli, today) != 0)
		return EXIT_USAGE;
	if (optind >= argc)
		return cli_usage_error("screen", "%s",
		    _("no facts file given"));
	for (i = optind; i < argc; i++)
		if (screen_one(cli, argv[i], fmt, argc - optind > 1) != EXIT_OK)
			rv = EXIT_USAGE;
	return rv;
}
