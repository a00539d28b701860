/*
 * qarau show ID: one filing whole: facts, the decision with its grounds
 * and citations, deadlines with their states against today, events, and
 * the history of changes from the audit trail; the documents stored with
 * it (their listing: no bytes are read).
 *
 * 'qarau add' prints the decision of the filing it registered through
 * this command (the hidden --brief), so both speak the same way.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/decision-text.h"
#include "core/i18n.h"
#include "core/json.h"
#include "data/register.h"
#include "data/workflow.h"
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

static void
show_decision_human(const struct reg_filing *f, const struct calendar *cal, qdate today)
{
	struct decision_text text = { .today = today, .cal = cal, .facts = &f->facts,
	    .ids = true };
	struct strbuf sb;

	strbuf_init(&sb);
	decision_write_text(&f->decision, &text, &sb);
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
}

/* The filing's parties besides the filer, whom the notices go to (qarau
 * party), in each mode of show. */
struct show_parties {
	enum show_mode	 mode;
	struct strbuf	*json;
	size_t		 n;
};

static int
show_party(const struct reg_party *p, void *arg)
{
	struct show_parties *sp = arg;
	const struct fact_def *def = vocab_at((size_t)vocab_index(
	    "filer.role"));
	int i = vocab_value_index(def, p->role);

	if (sp->mode == SHOW_JSON) {
		strbuf_printf(sp->json, "%s{\"n\":%d,\"role\":", sp->n > 0 ?
		    "," : "", p->n);
		json_string(sp->json, p->role);
		strbuf_puts(sp->json, ",\"name\":");
		json_string(sp->json, p->name);
		strbuf_puts(sp->json, ",\"address\":");
		json_string(sp->json, p->address[0] != '\0' ? p->address :
		    NULL);
		strbuf_puts(sp->json, ",\"institution\":");
		json_string(sp->json, p->institution[0] != '\0' ?
		    p->institution : NULL);
		strbuf_putc(sp->json, '}');
	} else if (sp->mode == SHOW_PORCELAIN)
		printf("party=%d\t%s\t%s\t%s\t%s\n", p->n, p->role,
		    cli_safe(p->name, false), cli_safe(p->address, false),
		    cli_safe(p->institution, false));
	else {
		if (sp->n == 0)
			printf("\n%s", _("Parties (besides the filer):\n"));
		printf("  %d  %s: %s", p->n, i >= 0 ?
		    _(vocab_value_label(def, i)) : p->role,
		    cli_safe(p->name, false));
		if (p->address[0] != '\0')
			printf(", %s", cli_safe(p->address, false));
		if (p->institution[0] != '\0')
			printf(_(" (through %s)"), cli_safe(p->institution,
			    false));
		putchar('\n');
	}
	sp->n++;
	return 0;
}

static int
show_parties(struct reg *r, const struct reg_filing *f, enum show_mode mode,
    struct strbuf *json)
{
	struct show_parties sp = { mode, json, 0 };
	char err[REG_ERRSZ];
	int rc;

	if ((rc = reg_parties(r, f->id, show_party, &sp, err,
	    sizeof err)) != 0)
		cli_error("%s", err);
	return rc;
}

/* People read the status in the interface language; porcelain and JSON
 * below keep the register's value. */
static const char *
show_status(const char *name)
{
	int st = reg_status_find(name);

	return st >= 0 ? _(reg_status_at((enum reg_status)st)->label) : name;
}

static void
show_human(struct reg *r, const struct reg_filing *f,
    const struct calendar *cal, qdate today, bool brief,
    const struct strbuf *docs)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct reg_audit *a;
	const char *v;
	size_t i;

	if (!brief) {
		printf(_("Filing %s (id %lld)\n"), cli_safe(f->number, false),
		    (long long)f->id);
		printf(_("Status:    %s\n"), show_status(f->status));
		printf(_("Judge:     %s\n"), *f->judge != '\0' ?
		    cli_safe(f->judge, false) :
		    _("(not assigned)"));
		putchar('\n');
	}
	show_decision_human(f, cal, today);
	if (brief)
		return;
	printf("\n%s", _("Facts:\n"));
	for (i = 0; i < vocab_count(); i++)
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) !=
		    NULL)
			printf("  %s = %s\n", vocab_at(i)->key,
			    cli_safe(v, false));
	(void)show_parties(r, f, SHOW_HUMAN, NULL);
	if (f->n_events > 0)
		printf("\n%s", _("Events:\n"));
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		printf(_("  %s  %-15s recorded by %s at %s%s%s\n"), date,
		    f->events[i].kind, cli_safe(f->events[i].user, false),
		    f->events[i].at, f->events[i].note != NULL ? ": " : "",
		    cli_safe(f->events[i].note, true));
	}
	if (docs->len > 0)
		printf("\n%s%s", _("Documents:\n"), docs->buf);
	printf("\n%s", _("History:\n"));
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		printf("  %s  %-12s %s%s%s%s: %s -> %s\n", a->at,
		    cli_safe(a->user, false),
		    a->user_name[0] != '\0' ? "(" : "",
		    cli_safe(a->user_name, false),
		    a->user_name[0] != '\0' ? ") " : "",
		    cli_safe(a->what, false),
		    a->old_value != NULL ? cli_safe(a->old_value, false) : "-",
		    a->new_value != NULL ? cli_safe(a->new_value, false) : "-");
	}
}

static void
show_porcelain(struct reg *r, const struct reg_filing *f,
    const struct calendar *cal, qdate today, const struct strbuf *docs)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct deadline *dl;
	const struct reg_audit *a;
	struct strbuf sb;
	const char *v;
	size_t i;

	printf("id=%lld\nnumber=%s\nstatus=%s\njudge=%s\n", (long long)f->id,
	    cli_safe(f->number, false), f->status, cli_safe(f->judge, false));
	for (i = 0; i < vocab_count(); i++)
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) !=
		    NULL)
			printf("fact.%s=%s\n", vocab_at(i)->key,
			    cli_safe(v, false));
	(void)show_parties(r, f, SHOW_PORCELAIN, NULL);
	strbuf_init(&sb);
	decision_write_porcelain(&f->decision, &sb);
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
	for (i = 0; i < f->decision.n_deadlines; i++) {
		dl = &f->decision.deadlines[i];
		printf("deadline-state.%s=%s\n", dl->name,
		    deadline_state_name(decision_deadline_state(dl, cal, today)));
	}
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		printf("event=%s %s\n", date, f->events[i].kind);
	}
	fputs(docs->buf, stdout);
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		printf("history=%s %s %s: %s -> %s\n", a->at,
		    cli_safe(a->user, false), cli_safe(a->what, false),
		    a->old_value != NULL ? cli_safe(a->old_value, false) : "-",
		    a->new_value != NULL ? cli_safe(a->new_value, false) : "-");
	}
}

static void
show_json(struct reg *r, const struct reg_filing *f,
    const struct calendar *cal, qdate today, const struct strbuf *docs)
{
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const struct deadline *dl;
	const struct reg_audit *a;
	struct strbuf sb;
	const char *v;
	size_t i, n = 0;

	strbuf_init(&sb);
	strbuf_printf(&sb, "{\"id\":%lld,\"number\":", (long long)f->id);
	json_string(&sb, f->number);
	strbuf_puts(&sb, ",\"status\":");
	json_string(&sb, f->status);
	strbuf_puts(&sb, ",\"judge\":");
	json_string(&sb, f->judge);
	strbuf_puts(&sb, ",\"facts\":{");
	for (i = 0; i < vocab_count(); i++) {
		if ((v = facts_value_text(&f->facts, i, buf, sizeof buf)) ==
		    NULL)
			continue;
		strbuf_printf(&sb, "%s\"%s\":", n++ > 0 ? "," : "",
		    vocab_at(i)->key);
		json_string(&sb, v);
	}
	strbuf_puts(&sb, "},\"parties\":[");
	(void)show_parties(r, f, SHOW_JSON, &sb);
	strbuf_puts(&sb, "],\"decision\":");
	decision_write_json(&f->decision, &sb);
	while (sb.len > 0 && sb.buf[sb.len - 1] == '\n')
		sb.buf[--sb.len] = '\0';
	strbuf_puts(&sb, ",\"deadline_states\":{");
	for (i = 0; i < f->decision.n_deadlines; i++) {
		dl = &f->decision.deadlines[i];
		strbuf_printf(&sb, "%s\"%s\":\"%s\"", i > 0 ? "," : "",
		    dl->name,
		    deadline_state_name(decision_deadline_state(dl, cal, today)));
	}
	strbuf_puts(&sb, "},\"events\":[");
	for (i = 0; i < f->n_events; i++) {
		qdate_format(f->events[i].date, date);
		strbuf_printf(&sb, "%s{\"kind\":\"%s\",\"date\":\"%s\","
		    "\"note\":", i > 0 ? "," : "", f->events[i].kind, date);
		json_string(&sb, f->events[i].note);
		strbuf_puts(&sb, ",\"user\":");
		json_string(&sb, f->events[i].user);
		strbuf_printf(&sb, ",\"at\":\"%s\"}", f->events[i].at);
	}
	strbuf_printf(&sb, "],\"documents\":[%s", docs->buf);
	strbuf_puts(&sb, "],\"history\":[");
	for (i = 0; i < f->n_audit; i++) {
		a = &f->audit[i];
		strbuf_printf(&sb, "%s{\"at\":\"%s\",\"user\":", i > 0 ? "," :
		    "", a->at);
		json_string(&sb, a->user);
		strbuf_puts(&sb, ",\"user_name\":");
		json_string(&sb, a->user_name[0] != '\0' ? a->user_name :
		    NULL);
		strbuf_puts(&sb, ",\"what\":");
		json_string(&sb, a->what);
		strbuf_puts(&sb, ",\"old\":");
		json_string(&sb, a->old_value);
		strbuf_puts(&sb, ",\"new\":");
		json_string(&sb, a->new_value);
		strbuf_putc(&sb, '}');
	}
	strbuf_puts(&sb, "]}\n");
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
}

/* The documents' listing, gathered first so that a failure to read it
 * prints nothing of the filing. */
static int
show_documents(struct reg *r, int64_t id, enum show_mode mode, bool brief,
    struct strbuf *docs, char *err, size_t errsz)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	int rc;

	strbuf_init(docs);
	if (brief)
		return 0;
	if (mode == SHOW_JSON)
		return cli_documents_print(r, id, 'j', NULL, docs, NULL, err,
		    errsz);
	if ((fp = open_memstream(&buf, &len)) == NULL) {
		snprintf(err, errsz, "%s", strerror(errno));
		return -1;
	}
	rc = cli_documents_print(r, id, mode == SHOW_PORCELAIN ? 'p' : 0, fp,
	    NULL, NULL, err, errsz);
	if (fclose(fp) != 0 && rc == 0) {
		snprintf(err, errsz, "%s", strerror(errno));
		rc = -1;
	}
	if (rc == 0)
		strbuf_add(docs, buf, len);
	free(buf);
	return rc;
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
	struct strbuf docs;
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
	if ((rc = show_documents(r, id, mode, brief, &docs, err,
	    sizeof err)) != 0) {
		reg_filing_free(&f);
		return cli_fail(rc, err);
	}
	if (mode == SHOW_PORCELAIN)
		show_porcelain(r, &f, reg_calendar(r), reg_today(r), &docs);
	else if (mode == SHOW_JSON)
		show_json(r, &f, reg_calendar(r), reg_today(r), &docs);
	else
		show_human(r, &f, reg_calendar(r), reg_today(r), brief,
		    &docs);
	strbuf_free(&docs);
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
