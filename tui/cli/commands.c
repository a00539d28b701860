/* The command table, in the order of qarau --help. */
#include "config.h"

#include <string.h>

#include "tui/cli/cmd.h"

extern const struct cmd_entry cmd_init_entry;
extern const struct cmd_entry cmd_screen_entry;
extern const struct cmd_entry cmd_questions_entry;
extern const struct cmd_entry cmd_add_entry;
extern const struct cmd_entry cmd_list_entry;
extern const struct cmd_entry cmd_set_entry;
extern const struct cmd_entry cmd_event_entry;
extern const struct cmd_entry cmd_letter_entry;
extern const struct cmd_entry cmd_letters_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_import_entry;
extern const struct cmd_entry cmd_backup_entry;
extern const struct cmd_entry cmd_settings_entry;

static const struct cmd_entry *const commands[] = {
	&cmd_screen_entry,
	&cmd_questions_entry,
	&cmd_add_entry,
	&cmd_list_entry,
	&cmd_show_entry,
	&cmd_set_entry,
	&cmd_event_entry,
	&cmd_letter_entry,
	&cmd_letters_entry,
	&cmd_export_entry,
	&cmd_import_entry,
	&cmd_backup_entry,
	&cmd_settings_entry,
	&cmd_init_entry,
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
