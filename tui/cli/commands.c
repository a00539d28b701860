/*
 * The command table, in the order of qarau --help.  Its rows come from
 * the files the build lists in tui/cli/cli.mk (commands.h, made there):
 * a command is one file, and no second list can forget it.
 */
#include "config.h"

#include <string.h>

#include "tui/cli/cmd.h"

#define COMMAND(entry)	extern const struct cmd_entry entry;
#include "tui/cli/commands.h"
#undef COMMAND

static const struct cmd_entry *const commands[] = {
#define COMMAND(entry)	&entry,
#include "tui/cli/commands.h"
#undef COMMAND
};

const struct cmd_entry *const *
cmd_table(size_t *n)
{
	*n = sizeof commands / sizeof commands[0];
	return commands;
}

const struct cmd_entry *
cmd_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}
