/*
 * qarau settings [KEY [VALUE]]: with no argument lists every setting,
 * with KEY prints its value, with KEY VALUE changes it (an empty VALUE
 * clears it).  Every change is in the audit trail.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
settings_help(void)
{
	const char *const *k;

	fputs(_("Show or change the court's settings.  Keys:\n "), stdout);
	for (k = reg_setting_keys(); *k != NULL; k++)
		printf(" %s", *k);
	fputs(_("\n\n  --porcelain   key=value, one a line\n"
	    "  -h, --help    show this help\n"), stdout);
}

static int
settings_show(struct reg *r, bool porcelain)
{
	const char *const *k;
	struct strbuf v;
	char err[REG_ERRSZ];

	strbuf_init(&v);
	for (k = reg_setting_keys(); *k != NULL; k++) {
		strbuf_reset(&v);
		if (reg_setting_get(r, *k, &v, err, sizeof err) != 0) {
			cli_error("%s", err);
			strbuf_free(&v);
			return EXIT_FAIL;
		}
		printf(porcelain ? "%s=%s\n" : "%-26s %s\n", *k,
		    cli_safe(v.buf, !porcelain));
	}
	strbuf_free(&v);
	return EXIT_OK;
}

static const struct option settings_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ NULL, 0, NULL, 0 }
};

static int
settings_exec(struct cli *cli, struct cmd_args *args)
{
	struct strbuf v;
	char err[REG_ERRSZ];
	struct reg *r;
	bool porcelain = args->nopt > 0;	/* only --porcelain */
	int rc;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (args->argc == 0)
		return settings_show(r, porcelain);
	strbuf_init(&v);
	if (args->argc == 1) {
		rc = reg_setting_get(r, args->argv[0], &v, err, sizeof err);
		if (rc == 0)
			printf(porcelain ? "%s=%s\n" : "%.0s%s\n",
			    args->argv[0], cli_safe(v.buf, !porcelain));
	} else
		rc = reg_setting_set(r, args->argv[0], args->argv[1], err,
		    sizeof err);
	strbuf_free(&v);
	if (rc != 0)
		return cli_fail(rc, err);
	return EXIT_OK;
}

const struct cmd_entry cmd_settings_entry = {
	.name = "settings",
	.usage = N_("settings [KEY [VALUE]]"),
	.summary = N_("show or change the court's settings"),
	.shortopts = "+",
	.longopts = settings_options,
	.lower = 0,
	.upper = 2,
	.args_error = N_("give at most a key and a value"),
	.help = settings_help,
	.exec = settings_exec,
};
