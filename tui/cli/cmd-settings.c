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

static void
settings_help(void)
{
	const char *const *k;

	printf(_("Usage: qarau %s\n"), _(commands_find("settings")->usage));
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
		printf(porcelain ? "%s=%s\n" : "%-26s %s\n", *k, v.buf);
	}
	strbuf_free(&v);
	return EXIT_OK;
}

int
cmd_settings(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "porcelain",	no_argument,	NULL, 'p' },
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct strbuf v;
	char err[REG_ERRSZ];
	struct reg *r;
	bool porcelain = false;
	int ch, rc;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (ch) {
		case 'p':
			porcelain = true;
			break;
		case 'h':
			settings_help();
			return EXIT_OK;
		default:
			return cli_usage_error("settings", _("unknown option "
			    "'%s'"), argv[optind - 1]);
		}
	}
	if (argc - optind > 2)
		return cli_usage_error("settings", _("give at most a key and "
		    "a value"));
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (argc - optind == 0)
		return settings_show(r, porcelain);
	strbuf_init(&v);
	if (argc - optind == 1) {
		rc = reg_setting_get(r, argv[optind], &v, err, sizeof err);
		if (rc == 0)
			printf(porcelain ? "%s=%s\n" : "%.0s%s\n",
			    argv[optind], v.buf);
	} else
		rc = reg_setting_set(r, argv[optind], argv[optind + 1], err,
		    sizeof err);
	strbuf_free(&v);
	if (rc != 0) {
		cli_error("%s", err);
		return rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
	}
	return EXIT_OK;
}
