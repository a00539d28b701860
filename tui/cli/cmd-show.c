/*
 * qarau show ID: one filing whole: facts, the decision with its grounds
 * and citations, deadlines with their states against today, events, and
 * the history of changes from the audit trail.
 *
 * 'qarau add' prints the decision of the filing it registered through
 * this command (the hidden --brief), so both speak the same way.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

enum show_mode { SHOW_HUMAN, SHOW_PORCELAIN, SHOW_JSON };

static void
show_help(void)
{
	fputs(_("Show a filing: its facts, the decision with grounds and "
	    "citations, deadlines\nwith their states, workflow events and the "
	    "history of changes.\nID is the numeric id or the register "
	    "number.\n\n"
	    "  --porcelain   one item a line, key=value\n"
	    "  --json        one JSON object\n"
	    "  -h, --help    show this help\n"), stdout);
}

static const char *
state_marker(enum deadline_state s)
{
	switch (s) {
	case DEADLINE_OVERDUE:
		return _("OVERDUE");
	case DEADLINE_DUE_TODAY:
		return _("DUE TODAY");
	case DEADLINE_DUE_SOON:
		return _("due soon");
	default:
		return "";
	}
}

static void
show_decision_human(const struct decision *d, qdate today)
{
	const struct ground *g;
	const struct deadline *dl;
	char date[QDATE_BUFSZ];
	size_t i, j;

	printf(_("Outcome:   %s\n"), _(outcome_label(d->outcome)));
	if (d->n_grounds > 0)
		printf(_("Grounds:\n"));
	for (i = 0; i < d->n_grounds; i++) {
		g = &d->grounds[i];
		printf("  - %s [%s]\n", _(g->rule->explain), g->rule->id);
		if (g->rule->ask != NULL && d->outcome == OUTCOME_REFER)
			printf(_("    for the judge: %s\n"), _(g->rule->ask));
		for (j = 0; g->cites[j] != NULL; j++)
			printf("%s%s", j == 0 ? "    " : "; ", g->cites[j]);
		if (j > 0)
			putchar('\n');
	}
	if (d->n_missing > 0)
		printf(_("Missing facts:\n"));
	for (i = 0; i < d->n_missing; i++)
		printf("  - %s\n", d->missing[i]);
	if (d->n_deadlines > 0)
		printf(_("Deadlines:\n"));
	for (i = 0; i < d->n_deadlines; i++) {
		dl = &d->deadlines[i];
		qdate_format(dl->date, date);
		printf("  %-10s %-16s ", date, dl->name);
		cli_cell(dl->met ? _("met") : state_marker(deadline_state(
		    dl->date, today)), 16);
		printf(" %s (%s)\n", _(dl->label),
		    dl->cite != NULL ? dl->cite : "");
	}
	if (d->n_notes > 0)
		printf(_("Notes:\n"));
	for (i = 0; i < d->n_notes; i++)
		printf("  - %s%s%s%s\n", _(d->notes[i].text),
		    d->notes[i].cite != NULL ? " (" : "",
		    d->notes[i].cite != NULL ? d->notes[i].cite : "",
		    d->notes[i].cite != NULL ? ")" : "");
}

static void
show_human(const struct reg_filing *f, qdate today, bool brief)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct reg_audit *a;
	const char *v;
	size_t i;

	if (!brief) {
		printf(_("Filing %s (id %lld)\n"), f->number,
		    (long long)f->id);
		printf(_("Status:    %s\n"), f->status);
		printf(_("Judge:     %s\n"), *f->judge != '\0' ? f->judge :
		    _("(not assigned)"));
	}
	show_decision_human(&f->decision, today);
	if (brief)
		return;
	printf(_("Facts:\n"));
	for (i = 0; i < vocab_count(); i++)
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) !=
		    NULL)
			printf("  %s = %s\n", vocab_at(i)->key, v);
	if (f->n_events > 0)
		printf(_("Events:\n"));
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		printf(_("  %s  %-15s recorded by %s at %s%s%s\n"), date,
		    f->events[i].kind, f->events[i].user, f->events[i].at,
		    f->events[i].note != NULL ? ": " : "",
		    f->events[i].note != NULL ? f->events[i].note : "");
	}
	printf(_("History:\n"));
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		printf("  %s  %-12s %s: %s -> %s\n", a->at, a->user, a->what,
		    a->old_value != NULL ? a->old_value : "-",
		    a->new_value != NULL ? a->new_value : "-");
	}
}

static void
show_porcelain(const struct reg_filing *f, qdate today)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct deadline *dl;
	const struct reg_audit *a;
	struct strbuf sb;
	const char *v;
	size_t i;

	printf("id=%lld\nnumber=%s\nstatus=%s\njudge=%s\n", (long long)f->id,
	    f->number, f->status, f->judge);
	for (i = 0; i < vocab_count(); i++)
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) !=
		    NULL)
			printf("fact.%s=%s\n", vocab_at(i)->key, v);
	strbuf_init(&sb);
	decision_write_porcelain(&f->decision, &sb);
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
	for (i = 0; i < f->decision.n_deadlines; i++) {
		dl = &f->decision.deadlines[i];
		printf("deadline-state.%s=%s\n", dl->name, dl->met ? "met" :
		    deadline_state_name(deadline_state(dl->date, today)));
	}
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		printf("event=%s %s\n", date, f->events[i].kind);
	}
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		printf("history=%s %s %s: %s -> %s\n", a->at, a->user, a->what,
		    a->old_value != NULL ? a->old_value : "-",
		    a->new_value != NULL ? a->new_value : "-");
	}
}

static void
show_json(const struct reg_filing *f, qdate today)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct deadline *dl;
	const struct reg_audit *a;
	struct strbuf sb;
	const char *v;
	size_t i, n = 0;

	strbuf_init(&sb);
	strbuf_printf(&sb, "{\"id\":%lld,\"number\":", (long long)f->id);
	reg_json_string(&sb, f->number);
	strbuf_puts(&sb, ",\"status\":");
	reg_json_string(&sb, f->status);
	strbuf_puts(&sb, ",\"judge\":");
	reg_json_string(&sb, f->judge);
	strbuf_puts(&sb, ",\"facts\":{");
	for (i = 0; i < vocab_count(); i++) {
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) ==
		    NULL)
			continue;
		strbuf_printf(&sb, "%s\"%s\":", n++ > 0 ? "," : "",
		    vocab_at(i)->key);
		reg_json_string(&sb, v);
	}
	strbuf_puts(&sb, "},\"decision\":");
	decision_write_json(&f->decision, &sb);
	while (sb.len > 0 && sb.buf[sb.len - 1] == '\n')
		sb.buf[--sb.len] = '\0';
	strbuf_puts(&sb, ",\"deadline_states\":{");
	for (i = 0; i < f->decision.n_deadlines; i++) {
		dl = &f->decision.deadlines[i];
		strbuf_printf(&sb, "%s\"%s\":\"%s\"", i > 0 ? "," : "",
		    dl->name, dl->met ? "met" :
		    deadline_state_name(deadline_state(dl->date, today)));
	}
	strbuf_puts(&sb, "},\"events\":[");
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		strbuf_printf(&sb, "%s{\"kind\":\"%s\",\"date\":\"%s\","
		    "\"note\":", i > 0 ? "," : "", f->events[i].kind, date);
		reg_json_string(&sb, f->events[i].note);
		strbuf_puts(&sb, ",\"user\":");
		reg_json_string(&sb, f->events[i].user);
		strbuf_printf(&sb, ",\"at\":\"%s\"}", f->events[i].at);
	}
	strbuf_puts(&sb, "],\"history\":[");
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		strbuf_printf(&sb, "%s{\"at\":\"%s\",\"user\":", i > 0 ? "," :
		    "", a->at);
		reg_json_string(&sb, a->user);
		strbuf_puts(&sb, ",\"what\":");
		reg_json_string(&sb, a->what);
		strbuf_puts(&sb, ",\"old\":");
		reg_json_string(&sb, a->old_value);
		strbuf_puts(&sb, ",\"new\":");
		reg_json_string(&sb, a->new_value);
		strbuf_putc(&sb, '}');
	}
	strbuf_puts(&sb, "]}\n");
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
}

static const struct option show_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ "json",	no_argument,	NULL, 'j' },
	{ "brief",	no_argument,	NULL, 'b' },
	{ NULL, 0, NULL, 0 }
};

static int
show_exec(struct cli *cli, struct cmd_args *args)
{
	enum show_mode mode = SHOW_HUMAN;
	struct reg_filing f;
	char err[REG_ERRSZ];
	struct reg *r;
	int64_t id;
	bool brief = false;
	size_t i;
	int rc;

	for (i = 0; i < args->nopt; i++) {
		switch (args->opt[i].id) {
		case 'p':
			mode = SHOW_PORCELAIN;
			break;
		case 'j':
			mode = SHOW_JSON;
			break;
		case 'b':
			brief = true;
			break;
		}
	}
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) == 0)
		rc = reg_load(r, id, &f, err, sizeof err);
	if (rc != 0)
		return cli_fail(rc, err);
	if (mode == SHOW_PORCELAIN)
		show_porcelain(&f, reg_today(r));
	else if (mode == SHOW_JSON)
		show_json(&f, reg_today(r));
	else
		show_human(&f, reg_today(r), brief);
	reg_filing_free(&f);
	return EXIT_OK;
}

const struct cmd_entry cmd_show_entry = {
	.name = "show",
	.usage = N_("show [--porcelain | --json] ID"),
	.summary = N_("show a filing: facts, decision, deadlines, events, "
	    "history"),
	.longopts = show_options,
	.lower = 1,
	.upper = 1,
	.args_error = N_("give one filing: its id or register number"),
	.help = show_help,
	.exec = show_exec,
};
