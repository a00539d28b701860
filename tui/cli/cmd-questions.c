/*
 * qarau questions: the fact vocabulary, from the one table of core/vocab.c,
 * for people or (--porcelain) one tab-separated line a key.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/vocab.h"
#include "tui/cli/cli.h"

static void
questions_usage(void)
{
	printf(_("Usage: qarau %s\n"), _("questions [--porcelain]"));
	fputs(_("Print the fact vocabulary of qarau-facts(5): every key, its "
	    "type, its values,\nwhen it is asked, its default and the "
	    "provisions that make it relevant.\n\n"), stdout);
	fputs(_("  --porcelain    one line a key: key, type, values, default, "
	    "flags, when,\n"
	    "                 citations, separated by tabs ('-' for none); "
	    "then one line\n"
	    "                 a named condition: @name, condition\n"
	    "  -h, --help     show this help and exit\n"), stdout);
}

static void
print_values(const struct fact_def *def, const char *sep, bool labels)
{
	size_t i;

	if (def->type == FACT_DATE) {
		fputs("YYYY-MM-DD", stdout);
		return;
	}
	if (def->type == FACT_TEXT) {
		fputs(labels ? _("text") : "-", stdout);
		return;
	}
	if (def->type == FACT_BOOL)
		printf("yes%sno", sep);
	for (i = 0; def->values != NULL && def->values[i] != NULL; i++) {
		printf("%s%s", i ? sep : "", def->values[i]);
		if (labels && def->labels != NULL)
			printf(" (%s)", _(def->labels[i]));
	}
	if (def->type == FACT_SET)
		printf("%snone", sep);
	printf("%sunknown", sep);
}

static void
print_porcelain(void)
{
	const struct fact_def *def;
	const struct vocab_macro *m;
	size_t i;

	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		printf("%s\t%s\t", def->key, fact_type_name(def->type));
		print_values(def, ",", false);
		printf("\t%s\t%s\t%s\t%s\n",
		    def->fallback != NULL ? def->fallback : "-",
		    (def->flags & FACT_WORKFLOW) ? "workflow" :
		    (def->flags & FACT_OPTIONAL) ? "optional" : "-",
		    def->when != NULL ? def->when : "-",
		    def->cite != NULL ? def->cite : "-");
	}
	for (i = 0; i < vocab_macro_count(); i++) {
		m = vocab_macro_at(i);
		printf("@%s\t%s\n", m->name, m->cond);
	}
}

static void
print_human(void)
{
	const struct fact_def *def;
	const struct vocab_macro *m;
	size_t i;

	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		printf("%s (%s)\n  %s\n", def->key, fact_type_name(def->type),
		    _(def->question));
		if (def->help != NULL)
			printf("  (%s)\n", _(def->help));
		printf(_("  values: "));
		print_values(def, ", ", true);
		putchar('\n');
		if (def->flags & FACT_WORKFLOW)
			printf(_("  set by the register's events, never "
			    "asked\n"));
		else if (def->flags & FACT_OPTIONAL)
			printf(_("  optional, not asked; relevant: %s\n"),
			    def->when != NULL ? def->when : _("always"));
		else
			printf(_("  asked: %s\n"), def->when != NULL ?
			    def->when : _("always"));
		if (def->fallback != NULL)
			printf(_("  default: %s\n"), def->fallback);
		printf(_("  cites: %s\n\n"), def->cite);
	}
	printf("%s\n", _("Named conditions:"));
	for (i = 0; i < vocab_macro_count(); i++) {
		m = vocab_macro_at(i);
		printf("@%s: %s\n  = %s\n", m->name, _(m->help), m->cond);
	}
}

int
cmd_questions(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "porcelain",	no_argument,	NULL, 'p' },
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool porcelain = false;
	int ch;

	(void)cli;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'p':
			porcelain = true;
			break;
		case 'h':
			questions_usage();
			return EXIT_OK;
		default:
			return cli_usage_error("questions",
			    _("unknown option '%s'"), argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("questions", _("unexpected argument "
		    "'%s'"), argv[optind]);
	if (porcelain)
		print_porcelain();
	else
		print_human();
	return EXIT_OK;
}
