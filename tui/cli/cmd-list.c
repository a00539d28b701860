/*
 * qarau list: the register, pending filings with the nearest deadline
 * first.  Rows are printed as the register hands them over, never
 * gathered, so a list of a million filings runs in constant memory.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/act-title.h"
#include "core/i18n.h"
#include "core/json.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"

enum list_mode { LIST_HUMAN, LIST_PORCELAIN, LIST_JSON };

struct list_ctx {
	enum list_mode	 mode;
	qdate		 today;
	const struct calendar *cal;
	size_t		 n;
};

static void
list_help(void)
{
	fputs(_("List filings of the register: by default the pending ones, "
	    "nearest deadline\nfirst, filings without a deadline last.  LEFT "
	    "counts the working days\nto the deadline (negative: overdue).\n\n"
	    "  --all              every status, not only pending\n"
	    "  --status S         pending, returned, decided or withdrawn\n"
	    "  --outcome O        admit, return-letter, return-ruling, "
	    "leave-unconsidered,\n"
	    "                     refer or incomplete\n"
	    "  --judge J          assigned to judge J\n"
	    "  --overdue          the nearest deadline has passed\n"
	    "  --due-today        the nearest deadline is today\n"
	    "  --due-soon         the nearest deadline is within the next two "
	    "working days\n"
	    "  --due-within DAYS  the nearest deadline is within DAYS days "
	    "from today\n"
	    "  --search TEXT      TEXT in the number, filer, act or judge, the "
	    "lower court's\n"
	    "                     case number or the e-filing number (case "
	    "and Kazakh /\n"
	    "                     Russian letters do not matter)\n"
	    "  --sort COLUMN      deadline, number, received, filer or judge\n"
	    "  --reverse          the other way round\n"
	    "  --limit N          at most N filings\n"
	    "  --porcelain        one filing a line: the number, then "
	    "key=value fields\n"
	    "                     separated by tabs\n"
	    "  --json             a JSON array\n"
	    "  -h, --help         show this help\n"), stdout);
}

/* The narrow column's word for the state of the nearest deadline. */
static const char *
list_cell(const struct list_ctx *c, qdate due)
{
	const char *cell;

	if (due == QDATE_NONE)
		return "";
	cell = deadline_state_def(deadline_state(c->cal, due, c->today))->cell;
	return cell != NULL ? _(cell) : "";
}

static const char *
list_outcome(const char *name)
{
	int o = outcome_from_name(name);

	return o >= 0 ? _(outcome_short_label((enum outcome)o)) : name;
}

static const char *
list_kind(const char *name)
{
	const struct deadline_kind *k = deadline_kind_find(name);

	return k != NULL && k->shortl != NULL ? _(k->shortl) : name;
}

static int
list_row(const struct reg_row *row, void *arg)
{
	struct list_ctx *c = arg;
	char due[QDATE_BUFSZ], rec[QDATE_BUFSZ], left[16] = "";
	const char *state = row->next_deadline == QDATE_NONE ? "" :
	    deadline_state_name(deadline_state(c->cal, row->next_deadline,
	    c->today));
	struct strbuf sb;

	/* An action has no date: its kind and state say what to do. */
	if (row->next_deadline != QDATE_NONE &&
	    row->next_deadline != DEADLINE_ACTION_DATE)
		snprintf(left, sizeof left, "%d", deadline_days_left(c->cal,
		    row->next_deadline, c->today));
	qdate_format(row->next_deadline != DEADLINE_ACTION_DATE ?
	    row->next_deadline : QDATE_NONE, due);
	qdate_format(row->received, rec);
	if (c->mode == LIST_PORCELAIN) {
		cli_put(row->number);
		printf("\tid=%lld\tstatus=%s\treceived=%s\toutcome=%s\t"
		    "deadline=%s\tkind=%s\tstate=%s\tleft=%s\tjudge=",
		    (long long)row->id, row->status, rec, row->outcome, due,
		    row->deadline_kind, state, left);
		cli_put(row->judge);
		fputs("\tfiler=", stdout);
		cli_put(row->filer);
		fputs("\tact=", stdout);
		cli_put(row->act);
		putchar('\n');
	} else if (c->mode == LIST_JSON) {
		strbuf_init(&sb);
		strbuf_printf(&sb, "%s\n{\"id\":%lld,\"number\":",
		    c->n > 0 ? "," : "", (long long)row->id);
		json_string(&sb, row->number);
		strbuf_printf(&sb, ",\"status\":\"%s\",\"received\":",
		    row->status);
		json_string(&sb, *rec != '\0' ? rec : NULL);
		strbuf_printf(&sb, ",\"outcome\":\"%s\",\"deadline\":",
		    row->outcome);
		json_string(&sb, *due != '\0' ? due : NULL);
		strbuf_puts(&sb, ",\"deadline_kind\":");
		json_string(&sb, *row->deadline_kind != '\0' ?
		    row->deadline_kind : NULL);
		strbuf_puts(&sb, ",\"state\":");
		json_string(&sb, *state != '\0' ? state : NULL);
		strbuf_puts(&sb, ",\"days_left\":");
		if (*left != '\0')
			strbuf_puts(&sb, left);
		else
			strbuf_puts(&sb, "null");
		strbuf_puts(&sb, ",\"judge\":");
		json_string(&sb, row->judge);
		strbuf_puts(&sb, ",\"filer\":");
		json_string(&sb, row->filer);
		strbuf_puts(&sb, ",\"act\":");
		json_string(&sb, row->act);
		strbuf_putc(&sb, '}');
		fputs(sb.buf, stdout);
		strbuf_free(&sb);
	} else {
		/* People read the interface language's words and dates;
		 * porcelain and JSON above keep the values. */
		qdate_format_shown(row->next_deadline !=
		    DEADLINE_ACTION_DATE ? row->next_deadline : QDATE_NONE, due);
		qdate_format_shown(row->received, rec);
		cli_cell(row->number, 18);
		putchar(' ');
		cli_cell(rec, 11);
		cli_cell(list_outcome(row->outcome), 19);
		cli_cell(due, 11);
		cli_cell(list_kind(row->deadline_kind), 16);
		cli_cell(left, 9);
		cli_cell(list_cell(c, row->next_deadline), 9);
		cli_cell(row->judge, 16);
		putchar(' ');
		cli_put(filer_title(row->filer));
		strbuf_init(&sb);
		ACT_TITLE_ROW(row, &sb);
		if (sb.len > 0) {
			fputs(" — ", stdout);
			cli_put(sb.buf);
		}
		strbuf_free(&sb);
		putchar('\n');
	}
	c->n++;
	return ferror(stdout) ? 1 : 0;
}

static int
list_number(const char *opt, const char *s, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || *out < 0 ||
	    *out > max)
		return cli_usage_error("list", _("%s: '%s' is not a number "
		    "from 0 to %ld"), opt, s, max);
	return 0;
}

enum { O_ALL = 256, O_STATUS, O_OUTCOME, O_JUDGE, O_OVERDUE, O_TODAY, O_SOON,
    O_WITHIN, O_SEARCH, O_SORT, O_REVERSE, O_LIMIT, O_PORCELAIN, O_JSON };

static const struct option list_options[] = {
	{ "all",	no_argument,		NULL, O_ALL },
	{ "status",	required_argument,	NULL, O_STATUS },
	{ "outcome",	required_argument,	NULL, O_OUTCOME },
	{ "judge",	required_argument,	NULL, O_JUDGE },
	{ "overdue",	no_argument,		NULL, O_OVERDUE },
	{ "due-today",	no_argument,		NULL, O_TODAY },
	{ "due-soon",	no_argument,		NULL, O_SOON },
	{ "due-within",	required_argument,	NULL, O_WITHIN },
	{ "search",	required_argument,	NULL, O_SEARCH },
	{ "sort",	required_argument,	NULL, O_SORT },
	{ "reverse",	no_argument,		NULL, O_REVERSE },
	{ "limit",	required_argument,	NULL, O_LIMIT },
	{ "porcelain",	no_argument,		NULL, O_PORCELAIN },
	{ "json",	no_argument,		NULL, O_JSON },
	{ NULL, 0, NULL, 0 }
};

static int
list_exec(struct cli *cli, struct cmd_args *args)
{
	struct reg_filter fl;
	struct list_ctx c = { LIST_HUMAN, 0, NULL, 0 };
	char err[REG_ERRSZ];
	const char *arg;
	struct reg *r;
	size_t i;
	long n;
	int rc;

	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	for (i = 0; i < args->nopt; i++) {
		arg = args->opt[i].arg;
		switch (args->opt[i].id) {
		case O_ALL: fl.all = true; break;
		case O_STATUS: fl.status = arg; break;
		case O_OUTCOME: fl.outcome = arg; break;
		case O_JUDGE: fl.judge = arg; break;
		case O_OVERDUE: fl.overdue = true; break;
		case O_TODAY: fl.deadline_state = "due-today"; break;
		case O_SOON: fl.deadline_state = "due-soon"; break;
		case O_WITHIN:
			if (list_number("--due-within", arg, 36600, &n) != 0)
				return EXIT_USAGE;
			fl.due_within = (int)n;
			break;
		case O_SEARCH: fl.search = arg; break;
		case O_SORT: fl.sort = arg; break;
		case O_REVERSE: fl.descending = true; break;
		case O_LIMIT:
			if (list_number("--limit", arg, LONG_MAX, &n) != 0)
				return EXIT_USAGE;
			fl.limit = (size_t)n;
			break;
		case O_PORCELAIN: c.mode = LIST_PORCELAIN; break;
		case O_JSON: c.mode = LIST_JSON; break;
		}
	}
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	c.today = reg_today(r);
	c.cal = reg_calendar(r);
	if (c.mode == LIST_JSON)
		fputs("[", stdout);
	else if (c.mode == LIST_HUMAN) {
		cli_cell(_("NUMBER"), 19);
		cli_cell(_("RECEIVED"), 11);
		cli_cell(_("OUTCOME"), 19);
		cli_cell(_("DEADLINE"), 11);
		cli_cell(_("KIND"), 16);
		cli_cell(_("LEFT"), 9);
		cli_cell(_("STATE"), 9);
		cli_cell(_("JUDGE"), 17);
		puts(_("FILER — ACT"));
	}
	rc = reg_list(r, &fl, list_row, &c, err, sizeof err);
	if (rc != 0)
		return cli_fail(rc, err);
	if (c.mode == LIST_JSON)
		fputs(c.n > 0 ? "\n]\n" : "]\n", stdout);
	else if (c.mode == LIST_HUMAN)
		printf(ngettext("%zu filing\n", "%zu filings\n", c.n), c.n);
	return EXIT_OK;
}

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.usage = N_("list [--all] [--status S] [--outcome O] [--judge J] "
	    "[--overdue] [--due-today] [--due-soon] [--due-within DAYS] "
	    "[--search TEXT] [--sort COLUMN] [--reverse] [--limit N] "
	    "[--porcelain | --json]"),
	.summary = N_("list filings, nearest deadline first"),
	.longopts = list_options,
	.lower = 0,
	.upper = 0,
	/* xgettext:c-format */
	.extra_error = N_("unexpected argument '%s'"),
	.help = list_help,
	.exec = list_exec,
};
