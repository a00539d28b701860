/*
 * The interactive front end: the loop, the stack of screens, the modal
 * dialog and the signals.
 *
 * Signals only set tui_signalled; the loop reads keys with a half-second
 * timeout, so it notices the flag, saves the draft of a screening, leaves
 * curses and returns.  Resizing is ncurses' own KEY_RESIZE (no SIGWINCH
 * handler of ours).
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "core/cite.h"
#include "core/i18n.h"
#include "core/resolution.h"
#include "data/datafile.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

volatile sig_atomic_t tui_signalled;

/* Benchmark hooks, from the environment (bench/bench-tui.sh): not the
 * interface's state, and never set for a user. */
static struct {
	int		 exit_after;	/* QARAU_BENCH_EXIT_AFTER_PAINT: paints */
	bool		 scroll;	/* QARAU_BENCH_SCROLL=1: page to the end */
	int		 paints;
} tui_bench;

static const struct screen *const tui_screens[SCREEN_COUNT] = {
	[SCREEN_REGISTER] = &screen_register,
	[SCREEN_SCREENING] = &screen_screening,
	[SCREEN_FILING] = &screen_filing,
	[SCREEN_LETTER] = &screen_letter,
	[SCREEN_HELP] = &screen_help,
	[SCREEN_SETTINGS] = &screen_settings,
	[SCREEN_CALENDAR] = &screen_calendar,
	[SCREEN_STATS] = &screen_stats,
};

static void
tui_on_signal(int sig)
{
	tui_signalled = sig;
}

static void
tui_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

const struct screen *
tui_screen(enum screen_id id)
{
	return tui_screens[id];
}

void *
tui_state(struct tui *t, enum screen_id id)
{
	if (t->state[id] == NULL)
		t->state[id] = tui_screens[id]->enter(t);
	return t->state[id];
}

enum screen_id
tui_current(const struct tui *t)
{
	return t->stack[t->depth - 1];
}

void
tui_push(struct tui *t, enum screen_id id)
{
	int i;

	/* A screen already on the stack is brought back, not doubled. */
	for (i = 0; i < t->depth; i++)
		if (t->stack[i] == id) {
			while (t->depth > i + 1)
				tui_pop(t);
			return;
		}
	if (t->depth < TUI_STACK_MAX)
		t->stack[t->depth++] = id;
}

void
tui_pop(struct tui *t)
{
	const struct screen *s;

	if (t->depth <= 1)
		return;
	s = tui_screens[tui_current(t)];
	t->depth--;
	if (s->leave != NULL)
		s->leave(t);
	if (tui_current(t) == SCREEN_REGISTER)
		register_refresh(t);
}

void
tui_message(struct tui *t, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	ui_sentence(t->status);
	t->status_error = error;
}

/* The language the interface speaks: the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG that names kk or ru; English otherwise. */
void
tui_language(struct tui *t)
{
	static const char *const vars[] = {
		"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"
	};
	const char *v;
	size_t i;

	if (t->res_kk != NULL)
		resolution_free(t->res_kk);
	if (t->res_tr != NULL)
		resolution_free(t->res_tr);
	t->res_kk = t->res_tr = NULL;
	t->res_loaded = false;
	snprintf(t->lang, sizeof t->lang, "en");
	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		v = getenv(vars[i]);
		if (v == NULL || *v == '\0')
			continue;
		if (strncmp(v, "kk", 2) == 0 || strncmp(v, "ru", 2) == 0)
			snprintf(t->lang, sizeof t->lang, "%.2s", v);
		return;
	}
}

void
tui_resolution_load(struct tui *t)
{
	struct strbuf text, rel;
	char err[512];

	if (t->res_loaded)
		return;
	t->res_loaded = true;
	strbuf_init(&text);
	strbuf_init(&rel);
	if (datafile_read("resolution/kk.txt", &text, err, sizeof err) == 0)
		t->res_kk = resolution_parse("kk.txt", text.buf, text.len, err,
		    sizeof err);
	if (t->res_kk == NULL)
		tui_message(t, true, "%s", err);
	if (strcmp(t->lang, "kk") != 0) {
		strbuf_printf(&rel, "resolution/%s.txt", t->lang);
		if (datafile_read(rel.buf, &text, err, sizeof err) == 0)
			t->res_tr = resolution_parse(rel.buf + 11, text.buf,
			    text.len, err, sizeof err);
	}
	strbuf_free(&text);
	strbuf_free(&rel);
}

void
tui_resolution_cited(struct tui *t, const char *cites, struct strbuf *out)
{
	int paras[16];
	size_t n, i;
	const char *s;

	tui_resolution_load(t);
	n = cites != NULL ? resolution_cited(cites, paras, 16) : 0;
	if (n == 0) {
		strbuf_puts(out, PAGER_DIM);
		strbuf_puts(out, _("This question cites no paragraph of the "
		    "resolution."));
		strbuf_putc(out, '\n');
		if (cites != NULL && *cites != '\0') {
			cite_render(cites, out);
			strbuf_putc(out, '\n');
		}
		return;
	}
	for (i = 0; i < n; i++) {
		strbuf_puts(out, PAGER_HEAD);
		/* TRANSLATORS: the heading of a paragraph of the resolution
		 * beside a question. */
		strbuf_printf(out, _("Resolution, paragraph %d"), paras[i]);
		strbuf_putc(out, '\n');
		if (t->res_tr != NULL &&
		    (s = resolution_text(t->res_tr, paras[i])) != NULL) {
			strbuf_printf(out, "%s\n", s);
			strbuf_printf(out, PAGER_DIM "%s\n",
			    _("Kazakh original:"));
		}
		if (t->res_kk != NULL &&
		    (s = resolution_text(t->res_kk, paras[i])) != NULL)
			strbuf_printf(out, "%s\n", s);
		else
			strbuf_printf(out, PAGER_DIM "%s\n",
			    _("The text of this paragraph is not available."));
		strbuf_putc(out, '\n');
	}
}

static bool
tui_typing(struct tui *t)
{
	const struct screen *s = tui_screens[tui_current(t)];

	if (t->dialog.active)
		return t->dialog.kind == DIALOG_INPUT;
	return s->typing != NULL && s->typing(t);
}

static void
tui_title(struct tui *t)
{
	char today[QDATE_BUFSZ], right[64];
	const struct screen *s = tui_screens[tui_current(t)];
	int w;

	qdate_format_shown(t->cli->today, today);
	ui_fill(0, 0, COLS, ui_attr(R_TITLE));
	ui_printf(0, 1, COLS - 2, ui_attr(R_TITLE), "qarau  %s", _(s->title));
	snprintf(right, sizeof right, _("Today %s"), today);
	w = ui_width(right);
	ui_puts(0, COLS - w - 1, w, right, ui_attr(R_TITLE));
}

static void
tui_draw(struct tui *t)
{
	const struct screen *s = tui_screens[tui_current(t)];

	curs_set(0);
	if (ui_too_small()) {
		ui_draw_too_small();
		refresh();
		return;
	}
	erase();
	tui_title(t);
	s->draw(t);
	if (t->status[0] != '\0')
		ui_put(LINES - 2, 0, COLS, t->status, strlen(t->status),
		    t->status_error ? ui_attr(R_ERROR) : A_BOLD, true);
	ui_bar(KS(tui_current(t)), tui_typing(t));
	if (t->dialog.active)
		dialog_draw(&t->dialog);
	else if (s->typing != NULL && s->typing(t))
		s->draw(t);	/* again, for the cursor's place */
	refresh();
}

void
tui_paint(struct tui *t)
{
	tui_draw(t);
}

/* A key from the terminal as KEYCODE(k) or a character; 0 on timeout. */
static int
tui_read_key(void)
{
	wint_t wc;
	int r;

	r = get_wch(&wc);
	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES)
		return KEYCODE((int)wc);
	return (int)wc;
}

static int
tui_key(struct tui *t, int key)
{
	enum screen_id cur = tui_current(t);
	bool typing = tui_typing(t);
	enum action a = keys_action(KS(cur), key, typing);

	if (ui_too_small())
		return key == 'q' || key == KEYCODE(KEY_F(10)) ? UI_QUIT : 0;
	if (t->dialog.active)
		return dialog_key(t, &t->dialog, a, key);
	if (key != 0)
		t->status[0] = '\0';
	switch (a) {
	case ACT_HELP:
		if (cur != SCREEN_HELP) {
			help_open(t, cur, false);
			return UI_REDRAW;
		}
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return UI_REDRAW;
	default:
		break;
	}
	return tui_screens[cur]->key(t, a, key);
}

static void
tui_tick(struct tui *t)
{
	const struct screen *s = tui_screens[tui_current(t)];

	if (s->tick != NULL && !t->dialog.active)
		s->tick(t);
}

static void
tui_resize(struct tui *t)
{
	int i;

	for (i = 0; i < t->depth; i++)
		if (tui_screens[t->stack[i]]->resize != NULL)
			tui_screens[t->stack[i]]->resize(t);
}

static void
tui_free(struct tui *t)
{
	int i;

	dialog_close(&t->dialog);
	for (i = 0; i < SCREEN_COUNT; i++)
		if (t->state[i] != NULL)
			tui_screens[i]->free(t->state[i]);
	if (t->res_kk != NULL)
		resolution_free(t->res_kk);
	if (t->res_tr != NULL)
		resolution_free(t->res_tr);
}

static void
tui_bench_init(void)
{
	const char *e;

	e = getenv("QARAU_BENCH_EXIT_AFTER_PAINT");
	tui_bench.exit_after = e != NULL ? atoi(e) : 0;
	e = getenv("QARAU_BENCH_SCROLL");
	tui_bench.scroll = e != NULL && *e == '1';
}

/* After a paint: whether the benchmark wants the loop to end. */
static bool
tui_bench_painted(void)
{
	return tui_bench.exit_after > 0 &&
	    ++tui_bench.paints >= tui_bench.exit_after;
}

static void
tui_bench_scroll(struct tui *t)
{
	long pages = 0;
	struct rusage ru;
	int i;

	/* Page down to the end of the list, painting every page. */
	for (i = 0; i < 10000000; i++) {
		int f = screen_register.key(t, ACT_PGDN, KEYCODE(KEY_NPAGE));

		tui_draw(t);
		pages++;
		if (!(f & UI_REDRAW))
			break;
	}
	getrusage(RUSAGE_SELF, &ru);
	ui_end();
	fprintf(stderr, "bench: pages=%ld maxrss_kib=%ld\n", pages,
	    ru.ru_maxrss);
}

static void
tui_loop(struct tui *t)
{
	time_t last = time(NULL), now;
	int key, flags;
	bool redraw = true;

	while (!tui_signalled) {
		if (redraw) {
			tui_draw(t);
			redraw = false;
			if (tui_bench_painted())
				return;
		}
		key = tui_read_key();
		if (tui_signalled)
			break;
		if (key == 0) {
			now = time(NULL);
			if (now != last) {
				last = now;
				tui_tick(t);
				redraw = true;
			}
			continue;
		}
		if (key == KEYCODE(KEY_RESIZE)) {
			tui_resize(t);
			redraw = true;
			continue;
		}
		flags = tui_key(t, key);
		if (flags & UI_QUIT)
			break;
		if (flags & UI_BACK) {
			if (t->depth <= 1)
				break;
			tui_pop(t);
		}
		redraw = true;
	}
}

int
tui_main(struct cli *cli)
{
	struct tui t;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error(_("the interactive register needs a terminal; "
		    "see 'qarau --help' for the commands"));
		return EXIT_USAGE;
	}
	memset(&t, 0, sizeof t);
	t.cli = cli;
	ui_set_today(cli->today);
	if ((t.reg = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	(void)cli_calendar(cli);
	settings_apply_language(&t, true);
	tui_language(&t);
	tui_bench_init();
	tui_signals();
	if (ui_init(cli->no_color) != 0) {
		cli_error(_("cannot start the terminal interface (TERM=%s)"),
		    getenv("TERM") != NULL ? getenv("TERM") : "");
		return EXIT_FAIL;
	}
	t.stack[0] = SCREEN_REGISTER;
	t.depth = 1;
	register_refresh(&t);
	(void)drafts_offer(&t, true);
	tui_loop(&t);
	if (tui_bench.scroll)
		tui_bench_scroll(&t);
	screening_save_draft(&t);
	ui_end();
	tui_free(&t);
	if (tui_signalled)
		fprintf(stderr, _("qarau: stopped by signal %d; the answers "
		    "so far are kept as a draft\n"), (int)tui_signalled);
	return tui_signalled ? EXIT_FAIL : EXIT_OK;
}
