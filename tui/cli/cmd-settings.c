/*
 * qarau settings [--user] [KEY [VALUE]]: with no argument lists every
 * setting, with KEY prints its value, with KEY VALUE changes it (an empty
 * VALUE clears it).  The court's settings are in the register, where
 * every change is in the audit trail; the user's own (user.*, and with
 * --user the register he opens) in his configuration file, which --user
 * reads and writes without opening the register.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/conffile.h"
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
	fputs(_("\nYour own settings (with --user, also 'register', the "
	    "register you open):\n "), stdout);
	for (k = conffile_user_keys(); *k != NULL; k++)
		printf(" %s", *k);
	fputs(_("\n\n  --porcelain   key=value, one a line\n"
	    "  --user        only your own settings, in your configuration "
	    "file\n"
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

/* --user: the user's file alone; the register is not opened. */
static int
settings_user(struct cmd_args *args, bool porcelain)
{
	const char *const *k;
	struct strbuf v;
	char err[REG_ERRSZ];
	int rc = 0;

	if (args->argc > 0 && !conffile_is_user_key(args->argv[0]))
		return cli_usage_error("settings", _("'%s' is not one of your "
		    "own settings; the court's settings are in the register: "
		    "leave out --user"), args->argv[0]);
	if (args->argc == 2)
		rc = conffile_user_set(args->argv[0], args->argv[1], err,
		    sizeof err);
	strbuf_init(&v);
	for (k = conffile_user_keys(); rc == 0 && args->argc < 2 &&
	    *k != NULL; k++) {
		if (args->argc == 1 && strcmp(*k, args->argv[0]) != 0)
			continue;
		strbuf_reset(&v);
		if ((rc = conffile_user_get(*k, &v, err, sizeof err)) != 0)
			break;
		if (args->argc == 1 && !porcelain)
			printf("%s\n", v.buf);
		else
			printf(porcelain ? "%s=%s\n" : "%-26s %s\n", *k, v.buf);
	}
	strbuf_free(&v);
	return rc != 0 ? cli_fail(rc, err) : EXIT_OK;
}

static const struct option settings_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ "user",	no_argument,	NULL, 'u' },
	{ NULL, 0, NULL, 0 }
};

static int
settings_exec(struct cli *cli, struct cmd_args *args)
{
	struct strbuf v;
	char err[REG_ERRSZ];
	struct reg *r;
	bool porcelain = false, user = false;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++)
		if (args->opt[i].id == 'u')
			user = true;
		else
			porcelain = true;
	if (user)
		return settings_user(args, porcelain);
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
	.usage = N_("settings [--user] [KEY [VALUE]]"),
	.summary = N_("show or change the court's settings"),
	.shortopts = "+",
	.longopts = settings_options,
	.lower = 0,
	.upper = 2,
	.args_error = N_("give at most a key and a value"),
	.help = settings_help,
	.exec = settings_exec,
};
