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
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

enum screen_format { FMT_HUMAN, FMT_PORCELAIN, FMT_JSON };

static void
screen_usage(void)
{
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
	if (cli_read_file(path, &file, CLI_FACTS_MAX) != 0) {
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

static const struct option screen_options[] = {
	{ "porcelain",	no_argument,		NULL, 'p' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "today",	required_argument,	NULL, 't' },
	{ NULL, 0, NULL, 0 }
};

static int
screen_exec(struct cli *cli, struct cmd_args *args)
{
	enum screen_format fmt = FMT_HUMAN;
	const char *today = NULL;
	size_t i;
	int rv = EXIT_OK;

	for (i = 0; i < args->nopt; i++) {
		switch (args->opt[i].id) {
		case 'p':
			fmt = FMT_PORCELAIN;
			break;
		case 'j':
			fmt = FMT_JSON;
			break;
		case 't':
			today = args->opt[i].arg;
			break;
		}
	}
	if (today != NULL && cli_resolve_today(cli, today) != 0)
		return EXIT_USAGE;
	for (i = 0; i < (size_t)args->argc; i++)
		if (screen_one(cli, args->argv[i], fmt, args->argc > 1) !=
		    EXIT_OK)
			rv = EXIT_USAGE;
	return rv;
}

const struct cmd_entry cmd_screen_entry = {
	.name = "screen",
	.usage = N_("screen [--porcelain | --json] [--today DATE] FILE..."),
	.summary = N_("decide on facts files and print the decision"),
	.longopts = screen_options,
	.lower = 1,
	.upper = -1,
	.args_error = N_("no facts file given"),
	.help = screen_usage,
	.exec = screen_exec,
};
