/*
 * A file's path typed with Tab completion, as a shell completes it: Tab
 * completes the longest prefix the matching names share, and lists them
 * when it cannot go further; a directory ends with '/'; "~" and "~user"
 * stand for home directories.  The clerk opens a filing's document with
 * it, so it must reach a file in a few keys without a file browser.
 */
#include "config.h"

#include <sys/stat.h>

#include <curses.h>
#include <dirent.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

void
path_init(struct path_input *pi)
{
	memset(pi, 0, sizeof *pi);
	input_set(&pi->in, "");
}

static void
path_clear_candidates(struct path_input *pi)
{
	size_t i;

	for (i = 0; i < pi->n_cand; i++)
		free(pi->cand[i]);
	free(pi->cand);
	pi->cand = NULL;
	pi->n_cand = 0;
}

void
path_free(struct path_input *pi)
{
	path_clear_candidates(pi);
}

void
path_reset(struct path_input *pi)
{
	path_clear_candidates(pi);
	input_set(&pi->in, "");
	pi->msg[0] = '\0';
}

/* "~" or "~user" at the start of typed, expanded into out. */
static void
path_expand(const char *typed, char *out, size_t outsz)
{
	const char *rest, *home = NULL;
	struct passwd *pw;
	char user[256];
	size_t n;

	if (typed[0] != '~') {
		snprintf(out, outsz, "%s", typed);
		return;
	}
	rest = strchr(typed, '/');
	if (rest == NULL)
		rest = typed + strlen(typed);
	n = (size_t)(rest - typed - 1);
	if (n == 0) {
		home = getenv("HOME");
		if (home == NULL && (pw = getpwuid(getuid())) != NULL)
			home = pw->pw_dir;
	} else if (n < sizeof user) {
		memcpy(user, typed + 1, n);
		user[n] = '\0';
		if ((pw = getpwnam(user)) != NULL)
			home = pw->pw_dir;
	}
	if (home == NULL) {
		snprintf(out, outsz, "%s", typed);
		return;
	}
	snprintf(out, outsz, "%s%s", home, rest);
}

void
path_get(const struct path_input *pi, char *out, size_t outsz)
{
	char typed[PATH_INPUT_MAX];

	input_get(&pi->in, typed, sizeof typed);
	path_expand(typed, out, outsz);
}

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Bytes that every candidate shares, cut back to a whole character. */
static size_t
path_common(char *const *v, size_t n)
{
	size_t len = strlen(v[0]), i, k;

	for (i = 1; i < n; i++) {
		for (k = 0; k < len && v[i][k] == v[0][k]; k++)
			;
		len = k;
	}
	while (len > 0 && ((unsigned char)v[0][len] & 0xc0) == 0x80)
		len--;
	return len;
}

/* The names in dir starting with base ("name/" for a directory). */
static void
path_scan(struct path_input *pi, const char *dir, const char *base)
{
	char full[PATH_INPUT_MAX * 2], name[PATH_INPUT_MAX];
	size_t bl = strlen(base), cap = 0;
	struct dirent *de;
	struct stat st;
	DIR *d;

	if ((d = opendir(*dir != '\0' ? dir : ".")) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    strncmp(de->d_name, base, bl) != 0 ||
		    (de->d_name[0] == '.' && base[0] != '.'))
			continue;
		if (pi->n_cand == cap) {
			cap = cap ? cap * 2 : 16;
			pi->cand = xrealloc(pi->cand, cap * sizeof *pi->cand);
		}
		snprintf(full, sizeof full, "%s%s", dir, de->d_name);
		snprintf(name, sizeof name, "%s%s", de->d_name,
		    stat(full, &st) == 0 && S_ISDIR(st.st_mode) ? "/" : "");
		pi->cand[pi->n_cand++] = xstrdup(name);
	}
	closedir(d);
	if (pi->n_cand > 1)
		qsort(pi->cand, pi->n_cand, sizeof *pi->cand, path_cmp);
}

/* Tab: the typed text completed as far as the directory allows. */
static void
path_complete(struct path_input *pi)
{
	char typed[PATH_INPUT_MAX], dir[PATH_INPUT_MAX], out[PATH_INPUT_MAX];
	const char *slash, *base;
	size_t common, dl;

	path_clear_candidates(pi);
	pi->msg[0] = '\0';
	input_get(&pi->in, typed, sizeof typed);
	/* "~user" alone completes to its home directory. */
	if (typed[0] == '~' && strchr(typed, '/') == NULL) {
		path_expand(typed, out, sizeof out);
		if (strcmp(out, typed) != 0 &&
		    (dl = strlen(typed)) + 1 < sizeof out) {
			memcpy(out, typed, dl);
			memcpy(out + dl, "/", 2);
			input_set(&pi->in, out);
			return;
		}
	}
	slash = strrchr(typed, '/');
	base = slash != NULL ? slash + 1 : typed;
	dl = (size_t)(base - typed);
	memcpy(out, typed, dl);
	out[dl] = '\0';
	path_expand(out, dir, sizeof dir);
	path_scan(pi, dir, base);
	if (pi->n_cand == 0) {
		snprintf(pi->msg, sizeof pi->msg, "%s",
		    _("No file name starts so."));
		return;
	}
	common = path_common(pi->cand, pi->n_cand);
	if (common > strlen(base) || pi->n_cand == 1) {
		snprintf(out + dl, sizeof out - dl, "%.*s", (int)common,
		    pi->cand[0]);
		input_set(&pi->in, out);
	}
	if (pi->n_cand == 1)
		path_clear_candidates(pi);
}

bool
path_key(struct path_input *pi, int key)
{
	if (key == '\t') {
		path_complete(pi);
		return true;
	}
	if (!input_key(&pi->in, key))
		return false;
	path_clear_candidates(pi);
	pi->msg[0] = '\0';
	return true;
}

/* The field on row y, then the message or the candidates in columns. */
void
path_draw(struct path_input *pi, int y, int x, int h, int w, bool focused)
{
	int cw = 0, cols, row, col, rows, k, width;
	size_t i;

	input_draw(&pi->in, y, x, w, false);
	if (pi->msg[0] != '\0' && h > 1)
		ui_put_wrapped(y + 1, x, h - 1, w, pi->msg, ui_attr(R_ERROR));
	if (pi->n_cand > 0 && h > 1) {
		for (i = 0; i < pi->n_cand; i++)
			if ((width = ui_width(pi->cand[i])) > cw)
				cw = width;
		cw += 2;
		if (cw > w)
			cw = w;
		cols = w / cw > 0 ? w / cw : 1;
		rows = h > 2 ? h - 2 : 1;
		for (i = 0, k = 0; i < pi->n_cand; i++, k++) {
			row = k / cols;
			col = k % cols;
			if (row >= rows) {
				ui_printf(y + 1 + rows, x, w, ui_attr(R_DIM),
				    _("... and %zu more"), pi->n_cand - i);
				break;
			}
			ui_put_cut(y + 1 + row, x + col * cw, cw - 1,
			    pi->cand[i], A_NORMAL, false);
		}
	}
	if (focused)
		input_draw(&pi->in, y, x, w, true);
}
