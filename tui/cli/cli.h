/*
 * What every command shares: the global options, "today", the calendar,
 * and the way to open the register.  One file per command (cmd-*.c)
 * exports one function with this signature; commands.c maps names to them.
 */
#ifndef QARAU_CLI_H
#define QARAU_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/calendar.h"
#include "core/date.h"
#include "core/decision.h"
#include "core/strbuf.h"

struct reg;

/* Exit status (design.md section 8). */
#define EXIT_OK		0
#define EXIT_FAIL	1
#define EXIT_USAGE	2

struct cli {
	const char	*db_opt;	/* -d FILE, or NULL */
	const char	*today_opt;	/* --today, or NULL */
	bool		 no_color;	/* --no-color or NO_COLOR */
	qdate		 today;		/* resolved by cli_resolve_today */
	struct calendar	*cal;		/* loaded on first use */
	struct reg	*reg;		/* opened on first use */
};

typedef int (*cmd_fn)(struct cli *, int argc, char **argv);

struct cmd_entry {
	const char	*name;
	cmd_fn		 exec;
	const char	*usage;		/* N_() one line: "screen [--porcelain] FILE..." */
	const char	*summary;	/* N_() for --help */
};

const struct cmd_entry *commands_find(const char *name);
const struct cmd_entry *commands_all(size_t *n);

/* --today, else $QARAU_TODAY, else the local date.  On a bad value prints
 * the message naming its source and returns -1. */
int	 cli_resolve_today(struct cli *, const char *override);
/* The calendar of data/calendar/, loaded once; warns (stderr) about none. */
const struct calendar *cli_calendar(struct cli *);
/* The register, opened once (-d, QARAU_DB, XDG); prints errors itself. */
struct reg *cli_register(struct cli *);
/* Decide options from the register's settings, or the defaults. */
void	 cli_decide_options(struct cli *, struct decide_options *);

/* Reads a file ("-": standard input) whole; -1 after printing why. */
int	 cli_read_file(const char *path, struct strbuf *out);
/* The name of path in messages: "(standard input)" for "-". */
const char *cli_input_name(const char *path);
/* Prints a facts-file problem as FILE:LINE: message (facts_diag_fn). */
void	 cli_facts_diag(void *ctx, const char *file, unsigned line,
	    const char *msg);

/* s in a table cell of cols terminal columns (cut or padded by width). */
void	 cli_cell(const char *s, size_t cols);

/* "qarau: <message>" on stderr; a translated format. */
void	 cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "qarau: unknown option --x" and the --help hint, returns EXIT_USAGE. */
int	 cli_usage_error(const char *cmd, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/* Command entry points (one file each). */
int	cmd_screen(struct cli *, int, char **);
int	cmd_questions(struct cli *, int, char **);
int	cmd_add(struct cli *, int, char **);
int	cmd_list(struct cli *, int, char **);
int	cmd_show(struct cli *, int, char **);
int	cmd_set(struct cli *, int, char **);
int	cmd_event(struct cli *, int, char **);
int	cmd_letter(struct cli *, int, char **);
int	cmd_export(struct cli *, int, char **);
int	cmd_import(struct cli *, int, char **);
int	cmd_backup(struct cli *, int, char **);
int	cmd_settings(struct cli *, int, char **);

/* The interactive front end ('qarau' with no command). */
int	tui_main(struct cli *);

#endif
