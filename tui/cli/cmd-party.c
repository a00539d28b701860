/*
 * qarau party ID: the parties of a filing besides the filer, whom the
 * notices of the hearing go to (qarau letter ID --kind notice):
 * --add ROLE NAME [--address A] [--institution I], --list (the default),
 * --remove N.  A party keeps its number; the audit trail keeps every
 * change.
 */
#include "config.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

static void
party_help(void)
{
	const struct fact_def *def = vocab_at((size_t)vocab_index(
	    "filer.role"));
	size_t i;

	fputs(_("List, add or remove the parties of filing ID besides the "
	    "filer: each gets\nits own notice of the hearing (qarau letter ID "
	    "--kind notice --party N).\n\n"
	    "  --list               the parties, one a line (the default)\n"
	    "  --porcelain          with --list: number, role, name, address, "
	    "institution,\n"
	    "                       separated by tabs\n"
	    "  --add ROLE NAME      add a party: its role and its name as "
	    "written\n"
	    "  --address TEXT       with --add: where the notice is sent\n"
	    "  --institution TEXT   with --add: the institution it is sent "
	    "through\n"
	    "  --remove N           remove party N (the audit trail keeps "
	    "it)\n"
	    "  -h, --help           show this help\n\nRoles:\n "), stdout);
	for (i = 0; def->values[i] != NULL; i++)
		printf(" %s", def->values[i]);
	putchar('\n');
}

struct party_opts {
	const char	*add;		/* the role */
	const char	*address;
	const char	*institution;
	const char	*remove;
	bool		 porcelain;
};

/* The role as people read it, in the user's language. */
static const char *
party_role_label(const char *role)
{
	const struct fact_def *def = vocab_at((size_t)vocab_index(
	    "filer.role"));
	int i = vocab_value_index(def, role);

	return i >= 0 ? _(vocab_value_label(def, i)) : role;
}

static int
party_row(const struct reg_party *p, void *arg)
{
	const struct party_opts *o = arg;

	if (o->porcelain) {
		printf("%d\t%s\t", p->n, p->role);
		cli_put(p->name);
		putchar('\t');
		cli_put(p->address);
		putchar('\t');
		cli_put(p->institution);
		putchar('\n');
	} else {
		printf("%3d  ", p->n);
		cli_cell(party_role_label(p->role), 24);
		printf("  %s", cli_safe(p->name, false));
		if (p->address[0] != '\0')
			printf(", %s", cli_safe(p->address, false));
		if (p->institution[0] != '\0')
			printf(_(" (through %s)"),
			    cli_safe(p->institution, false));
		putchar('\n');
	}
	return ferror(stdout) ? 1 : 0;
}

static int
party_add(struct reg *r, int64_t id, const char *which, const char *name,
    const struct party_opts *o)
{
	char err[REG_ERRSZ];
	struct reg_party p;
	int rc, n;

	memset(&p, 0, sizeof p);
	if (strlen(o->add) >= sizeof p.role || strlen(name) >= sizeof p.name ||
	    (o->address != NULL && strlen(o->address) >= sizeof p.address) ||
	    (o->institution != NULL &&
	    strlen(o->institution) >= sizeof p.institution))
		return cli_usage_error("party", "%s", _("a value is too long "
		    "(a name at most 256 bytes, an address or an institution "
		    "1024)"));
	snprintf(p.role, sizeof p.role, "%s", o->add);
	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.address, sizeof p.address, "%s", o->address != NULL ?
	    o->address : "");
	snprintf(p.institution, sizeof p.institution, "%s",
	    o->institution != NULL ? o->institution : "");
	if ((rc = reg_party_add(r, id, &p, &n, err, sizeof err)) != 0)
		return cli_fail(rc, err);
	printf(_("Party %d added to filing %s.\n"), n, cli_safe(which, false));
	return EXIT_OK;
}

static int
party_run(struct cli *cli, struct cmd_args *args, const struct party_opts *o)
{
	char err[REG_ERRSZ], *end;
	struct reg *r;
	int64_t id;
	long n;
	int rc;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) != 0)
		return cli_fail(rc, err);
	if (o->add != NULL)
		return party_add(r, id, args->argv[0], args->argv[1], o);
	if (o->remove != NULL) {
		n = strtol(o->remove, &end, 10);
		if (*o->remove == '\0' || *end != '\0' || n < 1 ||
		    n > 100000)
			return cli_usage_error("party", _("--remove: '%s' is "
			    "not a party's number"), cli_safe(o->remove,
			    false));
		if ((rc = reg_party_remove(r, id, (int)n, err,
		    sizeof err)) != 0)
			return cli_fail(rc, err);
		printf(_("Party %ld of filing %s removed.\n"), n,
		    cli_safe(args->argv[0], false));
		return EXIT_OK;
	}
	if ((rc = reg_parties(r, id, party_row, (void *)o, err,
	    sizeof err)) != 0)
		return cli_fail(rc, err);
	return EXIT_OK;
}

static const struct option party_options[] = {
	{ "add",		required_argument,	NULL, 'a' },
	{ "address",		required_argument,	NULL, 'A' },
	{ "institution",	required_argument,	NULL, 'I' },
	{ "list",		no_argument,		NULL, 'l' },
	{ "remove",		required_argument,	NULL, 'r' },
	{ "porcelain",		no_argument,		NULL, 'p' },
	{ NULL, 0, NULL, 0 }
};

static int
party_exec(struct cli *cli, struct cmd_args *args)
{
	struct party_opts o;
	int actions = 0;
	size_t i;

	memset(&o, 0, sizeof o);
	for (i = 0; i < args->nopt; i++)
		switch (args->opt[i].id) {
		case 'a':
			o.add = args->opt[i].arg;
			actions |= 1;
			break;
		case 'A':
			o.address = args->opt[i].arg;
			break;
		case 'I':
			o.institution = args->opt[i].arg;
			break;
		case 'l':
			actions |= 2;
			break;
		case 'r':
			o.remove = args->opt[i].arg;
			actions |= 4;
			break;
		case 'p':
			o.porcelain = true;
			break;
		}
	if (actions != 0 && actions != 1 && actions != 2 && actions != 4)
		return cli_usage_error("party", "%s", _("one of --add, --list "
		    "and --remove at a time"));
	if (o.add == NULL && (o.address != NULL || o.institution != NULL))
		return cli_usage_error("party", "%s", _("--address and "
		    "--institution go with --add"));
	if ((o.add != NULL) != (args->argc == 2))
		return cli_usage_error("party", "%s", o.add != NULL ?
		    _("--add needs the party's name: qarau party ID --add ROLE "
		    "NAME") : _("a name goes with --add ROLE"));
	return party_run(cli, args, &o);
}

const struct cmd_entry cmd_party_entry = {
	.name = "party",
	.usage = N_("party ID [--list [--porcelain] | --add ROLE NAME "
	    "[--address TEXT] [--institution TEXT] | --remove N]"),
	.summary = N_("the parties of a filing, whom the notices go to"),
	.shortopts = "",
	.longopts = party_options,
	.lower = 1,
	.upper = 2,
	.args_error = N_("no filing given"),
	.extra_error = NULL,
	.help = party_help,
	.exec = party_exec,
};
