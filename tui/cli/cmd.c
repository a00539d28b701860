/*
 * The one option loop of every command (after tmux's args_parse): the
 * command's entry says which options and how many arguments it takes, so
 * the messages about bad options and argument counts, --help and their
 * exit statuses are the same for all of them.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "tui/cli/cmd.h"

static void
cmd_help(const struct cmd_entry *e)
{
	printf(_("Usage: qarau %s\n"), _(e->usage));
	if (e->help != NULL)
		e->help();
}

/* The entry's long options and --help, ended by a zero entry. */
static struct option *
cmd_longopts(const struct cmd_entry *e)
{
	static const struct option help = { "help", no_argument, NULL, 'h' };
	struct option *o;
	size_t n = 0;

	while (e->longopts != NULL && e->longopts[n].name != NULL)
		n++;
	o = xcalloc(n + 2, sizeof *o);
	if (n > 0)
		memcpy(o, e->longopts, n * sizeof *o);
	o[n] = help;
	return o;
}

/* '+' (when the entry stops at the first argument), then ':' so that a
 * missing argument is told from an unknown option, then "h". */
static void
cmd_shortopts(const struct cmd_entry *e, struct strbuf *sb)
{
	const char *s = e->shortopts != NULL ? e->shortopts : "";

	if (*s == '+') {
		strbuf_putc(sb, '+');
		s++;
	}
	strbuf_printf(sb, ":h%s", s);
}

static int
cmd_check_count(const struct cmd_entry *e, int argc, char **argv)
{
	if (argc >= e->lower && (e->upper < 0 || argc <= e->upper))
		return EXIT_OK;
	if (argc > e->upper && e->upper >= 0 && e->extra_error != NULL) {
		/* The message is a table's N_() string with one %s, checked
		 * by xgettext's c-format; the compiler cannot see it. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		return cli_usage_error(e->name, _(e->extra_error),
		    argv[e->upper]);
#pragma GCC diagnostic pop
	}
	return cli_usage_error(e->name, "%s", _(e->args_error));
}

int
cmd_run(const struct cmd_entry *e, struct cli *cli, int argc, char **argv)
{
	struct option *longopts = cmd_longopts(e);
	struct strbuf shortopts;
	struct cmd_args a;
	int ch, rv = -1;

	strbuf_init(&shortopts);
	cmd_shortopts(e, &shortopts);
	memset(&a, 0, sizeof a);
	a.opt = xcalloc((size_t)argc, sizeof *a.opt);
	optind = 0;	/* glibc: start afresh for every command */
	opterr = 0;
	while (rv < 0 &&
	    (ch = getopt_long(argc, argv, shortopts.buf, longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cmd_help(e);
			rv = EXIT_OK;
			break;
		case ':':
			rv = cli_usage_error(e->name, _("option '%s' needs an "
			    "argument"), argv[optind - 1]);
			break;
		case '?':
			rv = cli_usage_error(e->name, _("unknown option '%s'"),
			    argv[optind - 1]);
			break;
		default:
			a.opt[a.nopt].id = ch;
			a.opt[a.nopt++].arg = optarg;
			break;
		}
	}
	if (rv < 0) {
		a.argc = argc - optind;
		a.argv = argv + optind;
		if ((rv = cmd_check_count(e, a.argc, a.argv)) == EXIT_OK)
			rv = e->exec(cli, &a);
	}
	free(a.opt);
	free(longopts);
	strbuf_free(&shortopts);
	return rv;
}
