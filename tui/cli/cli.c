/* Services shared by the commands: today, the calendar, the register. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/datafile.h"
#include "data/register.h"
#include "tui/cli/cli.h"

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

const char *
cli_output_kind(const char *output)
{
	static const char *const kinds[] = { "pdf", "rtf", "csv", "json",
	    NULL };
	const char *dot = output != NULL ? strrchr(output, '.') : NULL;
	size_t i;

	for (i = 0; dot != NULL && kinds[i] != NULL; i++)
		if (strcasecmp(dot + 1, kinds[i]) == 0)
			return kinds[i];
	return "txt";
}

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	if (cmd != NULL)
		fprintf(stderr, "%s %s: ", PACKAGE, cmd);
	else
		fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (cmd != NULL)
		fprintf(stderr, _("Try 'qarau %s --help'.\n"), cmd);
	else
		fputs(_("Try 'qarau --help'.\n"), stderr);
	return EXIT_USAGE;
}

int
cli_fail(int rc, const char *err)
{
	cli_error("%s", err);
	return rc == REG_EINPUT ? EXIT_USAGE : EXIT_FAIL;
}

/*
 * "Today" must be an input everywhere (design.md section 4) so that every
 * deadline test can freeze it; the clock is the last resort.  The local
 * date is what the clerk's wall calendar shows, so localtime is right here;
 * after this point only day numbers are used.
 */
int
cli_resolve_today(struct cli *cli, const char *override)
{
	const char *src = override, *what = "--today";
	struct tm tm;
	time_t now;

	if (src == NULL && (src = getenv("QARAU_TODAY")) != NULL &&
	    *src == '\0')
		src = NULL;
	else if (override == NULL)
		what = "QARAU_TODAY";
	if (src != NULL) {
		if (!qdate_parse(src, &cli->today)) {
			cli_error(_("%s: '%s' is not a date of the form "
			    "YYYY-MM-DD"), what, src);
			return -1;
		}
		return 0;
	}
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL) {
		cli_error(_("cannot read the clock; give --today"));
		return -1;
	}
	cli->today = qdate_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
	return 0;
}

const struct calendar *
cli_calendar(struct cli *cli)
{
	char err[REG_ERRSZ];

	/* Once the register is open, its calendar: the shipped files with
	 * the court's own days on top. */
	if (cli->reg != NULL && reg_calendar(cli->reg) != NULL)
		return reg_calendar(cli->reg);
	if (cli->cal != NULL)
		return cli->cal;
	cli->cal = calendar_new();
	if (datafile_load_calendars(cli->cal, err, sizeof err) != 0)
		cli_error("%s", err);
	return cli->cal;
}

struct reg *
cli_register(struct cli *cli)
{
	char err[REG_ERRSZ];
	struct strbuf path;
	unsigned create = cli->may_create ? 0 : REG_OPEN_NOCREATE;

	if (cli->reg != NULL)
		return cli->reg;
	strbuf_init(&path);
	/* On a full disk the register is still read, so that the clerk
	 * can list, show and copy it elsewhere; writes say the disk is
	 * full. */
	if (reg_resolve_path(cli->db_opt, &path, err, sizeof err) != 0 ||
	    (reg_open_flags(path.buf, create, cli->today, cli_calendar(cli),
	    &cli->reg, err, sizeof err) != 0 && (!reg_disk_full(path.buf) ||
	    reg_open_flags(path.buf, REG_OPEN_FULL_DISK | create, cli->today,
	    cli_calendar(cli), &cli->reg, err, sizeof err) != 0))) {
		cli_error("%s", err);
		cli->reg = NULL;
	}
	strbuf_free(&path);
	return cli->reg;
}

void
cli_decide_options(struct cli *cli, struct decide_options *o)
{
	static char route[64], excluded[64];
	struct strbuf v;
	char err[REG_ERRSZ];

	memset(o, 0, sizeof *o);
	if (cli->reg == NULL)
		return;
	strbuf_init(&v);
	if (reg_setting_get(cli->reg, "cite.route-not-observed", &v, err,
	    sizeof err) == 0 && v.len > 0 && v.len < sizeof route) {
		memcpy(route, v.buf, v.len + 1);
		o->route_not_observed_item = route;
	}
	strbuf_reset(&v);
	if (reg_setting_get(cli->reg, "cite.protest-excluded-act", &v, err,
	    sizeof err) == 0 && v.len > 0 && v.len < sizeof excluded) {
		memcpy(excluded, v.buf, v.len + 1);
		o->protest_excluded_act_item = excluded;
	}
	strbuf_free(&v);
	o->cpc484_2_1_confirmed = reg_cpc484_confirmed(cli->reg);
}

/*
 * Prints s in a cell of cols terminal columns: cut on a character
 * boundary, padded by width, not bytes (a Kazakh or Russian letter is two
 * bytes and one column), so that tables line up in every language.
 */
void
cli_cell(const char *s, size_t cols)
{
	struct strbuf safe;
	size_t n, w = 0;
	char *cut;

	strbuf_init(&safe);
	text_escape(s, strlen(s), &safe);
	/* A cell too wide is cut with an ellipsis and keeps one space
	 * before the next column: a clerk must see that words are missing
	 * (issue 14), and two cells must never run together. */
	if (cols > 2 && text_width(safe.len > 0 ? safe.buf : "") >= cols) {
		n = text_fit(safe.buf, cols - 2);
		cut = xstrndup(safe.buf, n);
		fputs(cut, stdout);
		fputs("\xe2\x80\xa6", stdout);	/* … */
		w = text_width(cut) + 1;
	} else {
		n = text_fit(safe.len > 0 ? safe.buf : "", cols);
		cut = xstrndup(safe.len > 0 ? safe.buf : "", n);
		fputs(cut, stdout);
		w = text_width(cut);
	}
	free(cut);
	strbuf_free(&safe);
	for (; w < cols; w++)
		putchar(' ');
}

const char *
cli_safe(const char *s, bool lines)
{
	static struct strbuf ring[8];
	static size_t next;
	struct strbuf *sb;
	const char *nl;
	char err[8];

	if (s == NULL)
		return "";
	if (text_check(s, strlen(s), SIZE_MAX, lines ? TEXT_LINES : 0, err,
	    sizeof err) == 0)
		return s;
	sb = &ring[next++ % 8];
	if (sb->buf == NULL)
		strbuf_init(sb);
	strbuf_reset(sb);
	while (lines && (nl = strchr(s, '\n')) != NULL) {
		text_escape(s, (size_t)(nl - s), sb);
		strbuf_putc(sb, '\n');
		s = nl + 1;
	}
	text_escape(s, strlen(s), sb);
	return sb->len > 0 ? sb->buf : "";
}

void
cli_put(const char *s)
{
	struct strbuf safe;

	strbuf_init(&safe);
	text_escape(s, strlen(s), &safe);
	if (safe.len > 0)
		fputs(safe.buf, stdout);
	strbuf_free(&safe);
}

/* "-" is standard input, in messages as in reading. */
const char *
cli_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? _("(standard input)") : path;
}

int
cli_read_file(const char *path, struct strbuf *out, size_t max)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char chunk[8192];
	size_t n;
	int rv = 0;

	if (fp == NULL) {
		cli_error(_("%s: cannot read: %s"), path, strerror(errno));
		return -1;
	}
	/* /dev/zero, or a wrong file, must not fill the memory. */
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (out->len + n > max) {
			cli_error(_("%s: larger than %zu MB; not a file qarau "
			    "reads"), cli_input_name(path), max >> 20);
			rv = -1;
			break;
		}
		strbuf_add(out, chunk, n);
	}
	if (rv == 0 && ferror(fp)) {
		cli_error(_("%s: cannot read: %s"), cli_input_name(path),
		    strerror(errno));
		rv = -1;
	}
	if (fp != stdin)
		fclose(fp);
	return rv;
}

void
cli_facts_diag(void *ctx, const char *file, unsigned line, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "%s:%u: %s\n", file, line, msg);
}
