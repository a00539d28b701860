/*
 * qarau add: screens a filing and enters it in the register.  The facts
 * come from a facts file, standard input ("-") or KEY=VALUE arguments; the
 * decision is printed as 'qarau show' prints it, and the register number
 * alone on the last line, so that a script takes it with 'tail -n 1'.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
add_help(void)
{
	fputs(_("Screen a filing and enter it in the register.  The facts "
	    "come from a facts\nfile (see qarau-facts(5)), from standard input "
	    "when FILE is '-', and from\nKEY=VALUE arguments, which override "
	    "the file.  The decision is printed,\nthen the register number "
	    "alone on the last line.\n\n"
	    "  --porcelain   the filing as 'qarau show --porcelain' prints it\n"
	    "  --json        one JSON object\n"
	    "  -h, --help    show this help\n"), stdout);
}

/* KEY=VALUE arguments over the facts read so far (they win). */
static int
add_assign(int argc, char **argv, struct facts *f)
{
	char key[128], err[512];
	const char *eq;
	int i;

	for (i = 0; i < argc; i++) {
		eq = strchr(argv[i], '=');
		if (eq == NULL || eq == argv[i] ||
		    (size_t)(eq - argv[i]) >= sizeof key)
			return cli_usage_error("add", _("'%s' is not KEY=VALUE; "
			    "give one facts file and/or KEY=VALUE arguments"),
			    argv[i]);
		memcpy(key, argv[i], (size_t)(eq - argv[i]));
		key[eq - argv[i]] = '\0';
		if (facts_set(f, key, eq + 1, err, sizeof err) != 0) {
			cli_error("%s", err);
			return EXIT_USAGE;
		}
	}
	return EXIT_OK;
}

/* A facts file (or '-') first if given, then KEY=VALUE arguments. */
static int
add_facts(int argc, char **argv, struct facts *f)
{
	struct strbuf text;
	int problems;

	if (strchr(argv[0], '=') != NULL)
		return add_assign(argc, argv, f);
	strbuf_init(&text);
	if (cli_read_file(argv[0], &text, CLI_FACTS_MAX) != 0) {
		strbuf_free(&text);
		return EXIT_USAGE;
	}
	problems = facts_parse(f, cli_input_name(argv[0]), text.buf,
	    text.len, cli_facts_diag, NULL);
	strbuf_free(&text);
	if (problems != 0)
		return EXIT_USAGE;
	return add_assign(argc - 1, argv + 1, f);
}

static const struct option add_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ "json",	no_argument,	NULL, 'j' },
	{ NULL, 0, NULL, 0 }
};

static int
add_exec(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ], number[40], idbuf[32];
	char *show_argv[4];
	const char *mode = "--brief";
	struct facts f;
	struct reg *r;
	int64_t id;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++)
		mode = args->opt[i].id == 'j' ? "--json" : "--porcelain";
	facts_init(&f);
	if ((rc = add_facts(args->argc, args->argv, &f)) != EXIT_OK) {
		facts_free(&f);
		return rc;
	}
	cli->may_create = true;
	if ((r = cli_register(cli)) == NULL) {
		facts_free(&f);
		return EXIT_FAIL;
	}
	rc = reg_add(r, &f, &id, number, err, sizeof err);
	facts_free(&f);
	if (rc != 0)
		return cli_fail(rc, err);
	/* The filing is committed: print it as 'show' does. */
	snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
	show_argv[0] = (char *)"show";
	show_argv[1] = (char *)mode;
	show_argv[2] = idbuf;
	show_argv[3] = NULL;
	if (strcmp(mode, "--brief") == 0) {
		printf(_("Registered as %s (id %lld).\n"), number,
		    (long long)id);
		rc = cmd_run(&cmd_show_entry, cli, 3, show_argv);
		printf("%s\n", number);
	} else
		rc = cmd_run(&cmd_show_entry, cli, 3, show_argv);
	/* Standard output failing (a full disk, a closed pipe) must not
	 * read as "nothing happened": the filing is in the register. */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error(_("the filing was registered as %s (id %lld), but "
		    "its decision could not be written: %s; see it with "
		    "'qarau show %lld'"), number, (long long)id,
		    strerror(errno), (long long)id);
		return EXIT_FAIL;
	}
	return rc;
}

const struct cmd_entry cmd_add_entry = {
	.name = "add",
	.usage = N_("add [--porcelain | --json] [FILE | -] [KEY=VALUE...]"),
	.summary = N_("screen a filing and enter it in the register"),
	.shortopts = "+",
	.longopts = add_options,
	.lower = 1,
	.upper = -1,
	.args_error = N_("give a facts file, '-' or KEY=VALUE arguments"),
	.help = add_help,
	.exec = add_exec,
};
