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

#include "core/checklist.h"
#include "core/decision.h"
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

static const char *
state_label(const struct deadline *dl, qdate today)
{
	if (dl->met)
		return _("met");
	switch (deadline_state(dl->date, today)) {
	case DEADLINE_OVERDUE:
		return _("OVERDUE");
	case DEADLINE_DUE_TODAY:
		return _("due today");
	case DEADLINE_DUE_SOON:
		return _("due within two days");
	case DEADLINE_PENDING:
		break;
	}
	return _("pending");
}

/* The content elements answered "no", for R15's line. */
static void
print_elements(const struct facts *f)
{
	const struct fact_def *def;
	size_t i;

	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if (strncmp(def->key, "content.", 8) == 0 &&
		    def->type == FACT_BOOL && f->v[i].present &&
		    !f->v[i].unknown && f->v[i].num == 0 &&
		    checklist_relevant(f, i) &&
		    strcmp(def->key, "content.copies-attached") != 0 &&
		    strcmp(def->key, "content.language-ok") != 0 &&
		    strcmp(def->key, "content.abusive") != 0 &&
		    strcmp(def->key, "content.addressed-elsewhere") != 0)
			printf("        - %s\n", _(def->question));
	}
}

static void
print_human(const struct decision *d, const struct facts *f, qdate today)
{
	char date[QDATE_BUFSZ];
	const struct ground *g;
	const struct fact_def *def;
	size_t i, j;

	printf(_("Outcome: %s\n"), _(outcome_label(d->outcome)));
	if (d->n_grounds > 0)
		printf("\n%s\n", _("Grounds:"));
	for (i = 0; i < d->n_grounds; i++) {
		g = &d->grounds[i];
		printf("  %-5s %s\n", g->rule->id, _(g->rule->explain));
		printf("        ");
		for (j = 0; g->cites[j] != NULL; j++)
			printf("%s%s", j ? "; " : "", g->cites[j]);
		putchar('\n');
		if (strcmp(g->rule->id, "R15") == 0 &&
		    g->outcome != OUTCOME_REFER)
			print_elements(f);
		if (g->outcome == OUTCOME_REFER && g->fact != NULL &&
		    vocab_index(g->fact) >= 0) {
			def = vocab_at((size_t)vocab_index(g->fact));
			printf(_("        Unknown: %s (%s)\n"),
			    _(def->question), def->key);
		} else if (g->outcome == OUTCOME_REFER && g->rule->ask != NULL)
			printf(_("        For the judge: %s\n"), _(g->rule->ask));
	}
	if (d->outcome == OUTCOME_INCOMPLETE) {
		printf("\n%s\n", _("Missing facts:"));
		for (i = 0; i < d->n_missing; i++) {
			def = vocab_at((size_t)vocab_index(d->missing[i]));
			printf("  %s: %s\n", d->missing[i],
			    def != NULL ? _(def->question) : "");
		}
	}
	if (d->n_deadlines > 0)
		printf("\n%s\n", _("Deadlines:"));
	for (i = 0; i < d->n_deadlines; i++) {
		qdate_format(d->deadlines[i].date, date);
		printf("  %s  %-16s %s [%s] (%s)\n", date,
		    d->deadlines[i].name, _(d->deadlines[i].label),
		    state_label(&d->deadlines[i], today),
		    d->deadlines[i].cite);
	}
	if (d->n_notes > 0)
		printf("\n%s\n", _("Notes:"));
	for (i = 0; i < d->n_notes; i++)
		printf("  %-3s %s (%s)\n", d->notes[i].id, _(d->notes[i].text),
		    d->notes[i].cite);
	for (i = 0; i < d->n_missing_years; i++)
		printf(_("\nWarning: no holiday calendar for %d; its deadlines "
		    "count weekends only.\n"), d->missing_years[i]);
}

static int
screen_one(struct cli *cli, const char *path, enum screen_format fmt,
    bool header)
{
	struct decide_options opt;
	struct decision *d;
	struct strbuf text, out;
	struct facts f;
	int rv = EXIT_OK;

	strbuf_init(&text);
	if (cli_read_file(path, &text) != 0) {
		strbuf_free(&text);
		return EXIT_USAGE;
	}
	facts_init(&f);
	if (facts_parse(&f, cli_input_name(path), text.buf, text.len,
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
		print_human(d, &f, cli->today);
		break;
	}
	strbuf_free(&out);
	free(d);
out:
	facts_free(&f);
	strbuf_free(&text);
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
