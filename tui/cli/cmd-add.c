/*
 * qarau add: screens a filing and enters it in the register.  The facts
 * come from a facts file, standard input ("-") or KEY=VALUE arguments; the
 * decision is printed as 'qarau show' prints it, and the register number
 * alone on the last line, so that a script takes it with 'tail -n 1'.
 * The filing's documents (--document) are stored with it in the same
 * transaction (add-document.c).
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/add-document.h"
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
	    "  --document FILE    store the filing's document FILE with it "
	    "(repeatable)\n"
	    "  --accept KEY,...   make these facts of what the documents "
	    "propose\n"
	    "  --accept-all       make every proposal a fact\n"
	    "  --porcelain        the filing as 'qarau show --porcelain' "
	    "prints it\n"
	    "  --json             one JSON object\n"
	    "  -h, --help         show this help\n\n"
	    "A fact given in the facts file or as KEY=VALUE wins over a "
	    "proposal.\n"), stdout);
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
	{ "document",	required_argument, NULL, 'D' },
	{ "accept",	required_argument, NULL, 'A' },
	{ "accept-all",	no_argument,	NULL, 'a' },
	{ NULL, 0, NULL, 0 }
};

/* The options: the output mode, the documents, what is accepted. */
static const char *
add_options_read(struct cmd_args *args, char **docs, size_t *ndocs,
    struct strbuf *accept, bool *all)
{
	const char *mode = "--brief";
	size_t i;

	*ndocs = 0;
	*all = false;
	for (i = 0; i < args->nopt; i++)
		switch (args->opt[i].id) {
		case 'j':
			mode = "--json";
			break;
		case 'p':
			mode = "--porcelain";
			break;
		case 'D':
			docs[(*ndocs)++] = (char *)args->opt[i].arg;
			break;
		case 'A':
			strbuf_printf(accept, "%s%s", accept->len > 0 ? "," :
			    "", args->opt[i].arg);
			break;
		case 'a':
			*all = true;
			break;
		}
	return mode;
}

/* Facts, documents, the accepted proposals: an exit status. */
static int
add_prepare(struct cmd_args *args, struct facts *f, struct add_documents *ad,
    const char **mode)
{
	struct strbuf accept;
	char **docs;
	size_t ndocs;
	bool all;
	int rc;

	docs = xcalloc(args->nopt + 1, sizeof *docs);
	strbuf_init(&accept);
	*mode = add_options_read(args, docs, &ndocs, &accept, &all);
	if (args->argc == 0 && ndocs == 0)
		rc = cli_usage_error("add", "%s", _("give a facts file, '-' "
		    "or KEY=VALUE arguments"));
	else if ((accept.len > 0 || all) && ndocs == 0)
		rc = cli_usage_error("add", "%s", _("--accept and "
		    "--accept-all take the proposals of --document"));
	else if ((rc = args->argc > 0 ? add_facts(args->argc, args->argv,
	    f) : EXIT_OK) == EXIT_OK &&
	    (rc = add_documents_read(ad, docs, ndocs)) == EXIT_OK)
		rc = add_documents_accept(ad, f, accept.len > 0 ? accept.buf :
		    NULL, all);
	strbuf_free(&accept);
	free(docs);
	return rc;
}

static int
add_exec(struct cli *cli, struct cmd_args *args)
{
	char err[REG_ERRSZ], number[40], idbuf[32];
	char *show_argv[4];
	const char *mode;
	struct add_documents ad;
	struct reg_add_with with;
	struct facts f;
	struct reg *r;
	int64_t id;
	int rc;

	facts_init(&f);
	add_documents_init(&ad);
	if ((rc = add_prepare(args, &f, &ad, &mode)) != EXIT_OK)
		goto out;
	cli->may_create = true;
	if ((r = cli_register(cli)) == NULL) {
		rc = EXIT_FAIL;
		goto out;
	}
	memset(&with, 0, sizeof with);
	with.docs = ad.in;
	with.ndocs = ad.n;
	with.choices = ad.choices;
	with.nchoices = ad.nchoices;
	if ((rc = reg_add_ex(r, &f, &with, &id, number, err,
	    sizeof err)) != 0)
		rc = cli_fail(rc, err);
out:
	facts_free(&f);
	if (rc != 0) {
		add_documents_free(&ad);
		return rc;
	}
	/* The filing is committed: print it as 'show' does. */
	snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
	show_argv[0] = (char *)"show";
	show_argv[1] = (char *)mode;
	show_argv[2] = idbuf;
	show_argv[3] = NULL;
	if (strcmp(mode, "--brief") == 0) {
		printf(_("Registered as %s (id %lld).\n"), number,
		    (long long)id);
		if (ad.n > 0)
			printf(ngettext("%zu document stored with it.\n",
			    "%zu documents stored with it.\n", ad.n), ad.n);
		if (ad.accepted.len > 0)
			printf("%s%s", _("Accepted from the documents:\n"),
			    cli_safe(ad.accepted.buf, true));
		rc = cmd_run(&cmd_show_entry, cli, 3, show_argv);
		printf("%s\n", number);
	} else
		rc = cmd_run(&cmd_show_entry, cli, 3, show_argv);
	add_documents_free(&ad);
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
	.usage = N_("add [--porcelain | --json] [--document FILE]... "
	    "[--accept KEY,... | --accept-all] [FILE | -] [KEY=VALUE...]"),
	.summary = N_("screen a filing and enter it in the register"),
	.shortopts = "+",
	.longopts = add_options,
	.lower = 0,
	.upper = -1,
	.args_error = N_("give a facts file, '-' or KEY=VALUE arguments"),
	.help = add_help,
	.exec = add_exec,
};
