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
#include "tui/cli/cmd.h"

static void
questions_usage(void)
{
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
		else if ((def->flags & FACT_OPTIONAL) &&
		    (def->flags & FACT_IDENTITY))
			printf(_("  asked on the identity form, optional: %s\n"),
			    def->when != NULL ? def->when : _("always"));
		else if (def->flags & FACT_OPTIONAL)
			printf(_("  optional, not asked; relevant: %s\n"),
			    def->when != NULL ? def->when : _("always"));
		else
			printf(_("  asked: %s\n"), def->when != NULL ?
			    def->when : _("always"));
		if ((def->flags & FACT_IDENTITY) &&
		    !(def->flags & FACT_OPTIONAL))
			printf("%s\n", _("  also on the identity form"));
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

static const struct option questions_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ NULL, 0, NULL, 0 }
};

static int
questions_exec(struct cli *cli, struct cmd_args *args)
{
	(void)cli;
	if (args->nopt > 0)	/* only --porcelain */
		print_porcelain();
	else
		print_human();
	return EXIT_OK;
}

const struct cmd_entry cmd_questions_entry = {
	.name = "questions",
	.usage = N_("questions [--porcelain]"),
	.summary = N_("print the fact vocabulary: keys, values, when asked, "
	    "citations"),
	.longopts = questions_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = questions_usage,
	.exec = questions_exec,
};
