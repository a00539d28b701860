/*
 * What every command shares: the global options, "today", the calendar,
 * and the way to open the register.  The commands themselves are entries
 * of tui/cli/cmd.h, one file each (cmd-*.c).
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
	bool		 may_create;	/* a missing register is made (add,
					   import, the TUI), else refused */
	qdate		 today;		/* resolved by cli_resolve_today */
	struct calendar	*cal;		/* loaded on first use */
	struct reg	*reg;		/* opened on first use */
};

/* --today, else $QARAU_TODAY, else the local date.  On a bad value prints
 * the message naming its source and returns -1. */
int	 cli_resolve_today(struct cli *, const char *override);
/* The calendar of data/calendar/, loaded once; warns (stderr) about none. */
const struct calendar *cli_calendar(struct cli *);
/* The register, opened once (-d, QARAU_DB, the configuration files, XDG);
 * prints errors itself.  Made when missing only if may_create. */
struct reg *cli_register(struct cli *);
/* Decide options from the register's settings, or the defaults. */
void	 cli_decide_options(struct cli *, struct decide_options *);

/* Reads a file ("-": standard input) whole, at most max bytes; -1 after
 * printing why. */
#define CLI_FACTS_MAX	(1u << 20)	/* a facts file */
#define CLI_IMPORT_MAX	(256u << 20)	/* a CSV of a whole register */
int	 cli_read_file(const char *path, struct strbuf *out, size_t max);
/* The name of path in messages: "(standard input)" for "-". */
const char *cli_input_name(const char *path);
/* Prints a facts-file problem as FILE:LINE: message (facts_diag_fn). */
void	 cli_facts_diag(void *ctx, const char *file, unsigned line,
	    const char *msg);

/* s in a table cell of cols terminal columns (cut or padded by width).
 * Both print text of the register with its control characters escaped
 * (text_escape): nothing stored can act on the terminal or add a row or
 * a field to a porcelain line. */
void	 cli_cell(const char *s, size_t cols);
void	 cli_put(const char *s);
/* s escaped for printf (lines: its line breaks kept); the result lives
 * until eight more calls. */
const char *cli_safe(const char *s, bool lines);

/* "qarau: <message>" on stderr; a translated format. */
void	 cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "qarau: unknown option --x" and the --help hint, returns EXIT_USAGE. */
/* What an output file's name says it holds: "pdf", "rtf", "csv" or
 * "json" by its extension (any case), else "txt".  A command without a
 * format option writes that, as a clerk who types "-o report.pdf"
 * expects: text in a file named .pdf would be an output that lies. */
const char *cli_output_kind(const char *output);
int	 cli_usage_error(const char *cmd, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Prints err, a register's message, and maps its status rc to the exit
 * status: EXIT_USAGE for bad input (REG_EINPUT), else EXIT_FAIL. */
int	 cli_fail(int rc, const char *err);

/* The interactive front end ('qarau' with no command). */
int	tui_main(struct cli *);

#endif
