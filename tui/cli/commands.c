/* The command table: name, entry point, usage line, summary for --help. */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "tui/cli/cli.h"

static const struct cmd_entry table[] = {
	{ "screen", cmd_screen,
	  N_("screen [--porcelain | --json] [--today DATE] FILE..."),
	  N_("decide on facts files and print the decision") },
	{ "questions", cmd_questions,
	  N_("questions [--porcelain]"),
	  N_("print the fact vocabulary: keys, values, when asked, citations") },
	{ "add", cmd_add,
	  N_("add [--porcelain | --json] [FILE | -] [KEY=VALUE...]"),
	  N_("screen a filing and enter it in the register") },
	{ "list", cmd_list,
	  N_("list [--all] [--status S] [--outcome O] [--judge J] [--overdue] "
	     "[--due-today] [--due-soon] [--due-within DAYS] [--search TEXT] "
	     "[--sort COLUMN] [--reverse] [--limit N] [--porcelain | --json]"),
	  N_("list filings, nearest deadline first") },
	{ "show", cmd_show,
	  N_("show [--porcelain | --json] ID"),
	  N_("show a filing: facts, decision, deadlines, events, history") },
	{ "set", cmd_set,
	  N_("set ID KEY=VALUE..."),
	  N_("change facts of a filing and screen it again") },
	{ "event", cmd_event,
	  N_("event ID EVENT [DATE] [--note TEXT]"),
	  N_("record a workflow event (received, handed, case-requested, ...)") },
	{ "letter", cmd_letter,
	  N_("letter ID [--lang kk|ru] [--format txt|rtf|pdf] [--encoding ENC] "
	     "[-o FILE] [--print]"),
	  N_("draft the return letter of a filing") },
	{ "export", cmd_export,
	  N_("export [--csv | --json]"),
	  N_("write the whole register to standard output") },
	{ "import", cmd_import,
	  N_("import FILE"),
	  N_("read filings from an export's CSV, all or nothing") },
	{ "backup", cmd_backup,
	  N_("backup FILE"),
	  N_("copy the register to FILE while it is in use") },
	{ "settings", cmd_settings,
	  N_("settings [KEY [VALUE]]"),
	  N_("show or change the court's settings") },
};

const struct cmd_entry *
commands_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

const struct cmd_entry *
commands_all(size_t *n)
{
	*n = sizeof table / sizeof table[0];
	return table;
}
