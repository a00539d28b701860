/*
 * A command describes itself (after tmux's struct cmd_entry): its name,
 * its options, how many arguments it takes, its usage and its function.
 * cmd_run parses the options once for every command, answers --help and
 * says what is wrong with the options or the arguments, so that a
 * command's exec sees only well-formed input.
 */
#ifndef QARAU_CMD_H
#define QARAU_CMD_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/cli/cli.h"

/* One option as it was given, in order (the last of two wins). */
struct cmd_opt {
	int		 id;	/* the val of its struct option */
	const char	*arg;	/* its argument, or NULL */
};

struct cmd_args {
	int		 argc;	/* the arguments after the options */
	char		**argv;
	size_t		 nopt;
	struct cmd_opt	*opt;
};

struct cmd_entry {
	const char		*name;
	const char		*usage;		/* N_() "screen [--porcelain] FILE..." */
	const char		*summary;	/* N_() for qarau --help */

	/* getopt's short options; a leading '+' ends the options at the
	 * first argument (for KEY=VALUE and file arguments).  "-h" and
	 * "--help" are every command's. */
	const char		*shortopts;
	const struct option	*longopts;	/* NULL or ended by a zero entry */

	/* Argument counts (upper -1: no limit) and what is said when the
	 * count is wrong: args_error, or, for one too many, extra_error
	 * naming the first extra argument with its "%s" when it is set. */
	int			 lower;
	int			 upper;
	const char		*args_error;	/* N_() */
	const char		*extra_error;	/* N_() with one %s, or NULL */

	void			(*help)(void);	/* what --help prints after
						 * the usage line */
	int			(*exec)(struct cli *, struct cmd_args *);
};

/* The commands, in the order of qarau --help (commands.c). */
const struct cmd_entry *const *cmd_table(size_t *n);
const struct cmd_entry *cmd_find(const char *name);
/* Parses argv (argv[0] the command's name) for entry and runs it; the
 * exit status. */
int	cmd_run(const struct cmd_entry *, struct cli *, int argc, char **argv);

/* add prints the new filing as show does. */
extern const struct cmd_entry cmd_show_entry;

/* The documents of filing id (cmd-document.c), as show and document list
 * them: mode 'p' porcelain lines, 'j' JSON objects appended to json, else
 * for people; to fp.  Their count out (n may be NULL). */
struct reg;
int	cli_documents_print(struct reg *, int64_t id, int mode, FILE *fp,
	    struct strbuf *json, size_t *n, char *err, size_t errsz);

#endif
