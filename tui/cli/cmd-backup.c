/*
 * qarau backup FILE: a consistent, checked copy of the register, taken
 * with SQLite's online backup API while other assistants keep working,
 * written through a temporary file beside FILE (tui/outfile.h).
 */
#include "config.h"

#include <sys/stat.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/outfile.h"

static void
backup_help(void)
{
	fputs(_("Copy the register to FILE while it is in use.  FILE is "
	    "replaced only when\nthe copy is complete.\n\n"
	    "  -h, --help    show this help\n"), stdout);
}

/* Is path the register itself or one of its companion files?  Compared
 * by file identity, and for a missing file by its canonical name. */
static bool
backup_onto_register(const char *reg, const char *path)
{
	static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };
	struct stat a, b;
	char *rreg, *rdir, *dir, *slash;
	bool same = false;
	size_t i;

	if (stat(path, &a) == 0 && stat(reg, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return true;
	if ((rreg = realpath(reg, NULL)) == NULL)
		return false;
	dir = xstrdup(path);
	slash = strrchr(dir, '/');
	if (slash != NULL)
		*slash = '\0';
	rdir = realpath(slash == NULL ? "." : *dir == '\0' ? "/" : dir, NULL);
	if (rdir != NULL) {
		struct strbuf one;

		strbuf_init(&one);
		strbuf_printf(&one, "%s/%s", strcmp(rdir, "/") == 0 ? "" :
		    rdir, slash == NULL ? path : slash + 1);
		for (i = 0; i < sizeof sfx / sizeof sfx[0] && !same; i++)
			same = strncmp(one.buf, rreg, strlen(rreg)) == 0 &&
			    strcmp(one.buf + strlen(rreg), sfx[i]) == 0;
		strbuf_free(&one);
	}
	free(rdir);
	free(dir);
	free(rreg);
	return same;
}

/* "copied 40%" on a terminal, rewritten in place. */
static void
backup_progress(long long done, long long total, void *ctx)
{
	int *last = ctx;
	int pct = total > 0 ? (int)(done * 100 / total) : 100;

	if (pct == *last)
		return;
	*last = pct;
	fputc('\r', stderr);
	fprintf(stderr, _("copying the register: %d%%"), pct);
	fflush(stderr);
}

static int
backup_exec(struct cli *cli, struct cmd_args *args)
{
	const char *dest = args->argv[0];
	char err[REG_ERRSZ], msg[REG_ERRSZ + 256];
	struct outfile o;
	struct reg *r;
	int last = -1, rv;

	if (strcmp(dest, "-") == 0) {
		cli_error("%s", _("a backup is written to a file, not to "
		    "standard output"));
		return EXIT_USAGE;
	}
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (backup_onto_register(reg_path(r), dest)) {
		cli_error(_("%s: this is the register or one of its files; "
		    "give another file for the copy"), dest);
		return EXIT_USAGE;
	}
	/* What killed backups left beside dest goes first, also the
	 * copies of older qarau: this process began no later than now. */
	outfile_sweep(dest);
	outfile_sweep_old(dest, time(NULL));
	if (outfile_open(&o, dest, err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	rv = reg_backup_to(r, o.tmp, isatty(STDERR_FILENO) ?
	    backup_progress : NULL, &last, err, sizeof err);
	if (last >= 0)
		fputc('\n', stderr);
	if (rv != 0) {
		outfile_abort(&o);
		outfile_explain(msg, sizeof msg, dest, 0, err);
		cli_error("%s", msg);
		return EXIT_FAIL;
	}
	if (outfile_commit(&o, err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	printf(_("The register was copied to %s.\n"), dest);
	return EXIT_OK;
}

const struct cmd_entry cmd_backup_entry = {
	.name = "backup",
	.usage = N_("backup FILE"),
	.summary = N_("copy the register to FILE while it is in use"),
	.shortopts = "+",
	.lower = 1,
	.upper = 1,
	.args_error = N_("give the file to write"),
	.help = backup_help,
	.exec = backup_exec,
};
