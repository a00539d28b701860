/*
 * Statistics: the report of 'qarau report' for this year to today, with
 * bars drawn in the terminal, in a pager: in total, per judge and per
 * month, the control equality under each.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/report-text.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

struct stats_state {
	struct pager	 text;
};

static void
stats_build(struct tui *t)
{
	struct stats_state *ss = tui_state(t, SCREEN_STATS);
	char err[REG_ERRSZ];
	struct report rp;
	struct strbuf sb;
	int y, m, d;

	qdate_to_ymd(t->cli->today, &y, &m, &d);
	strbuf_init(&sb);
	if (reg_report(t->reg, qdate_from_ymd(y, 1, 1), t->cli->today, NULL,
	    &rp, err, sizeof err) != 0)
		strbuf_printf(&sb, "%s\n", err);
	else {
		report_write_text(&rp, true, &sb);
		report_free(&rp);
	}
	pager_set(&ss->text, sb.buf, sb.len);
	strbuf_free(&sb);
}

void
stats_open(struct tui *t)
{
	stats_build(t);
	tui_push(t, SCREEN_STATS);
}

static void *
stats_enter(struct tui *t)
{
	struct stats_state *ss = xcalloc(1, sizeof *ss);

	(void)t;
	pager_init(&ss->text);
	return ss;
}

static void
stats_free(void *state)
{
	struct stats_state *ss = state;

	pager_free(&ss->text);
	free(ss);
}

static void
stats_draw(struct tui *t)
{
	struct stats_state *ss = tui_state(t, SCREEN_STATS);

	pager_draw(&ss->text, 1, 1, LINES - 3, COLS - 2);
}

static int
stats_key(struct tui *t, enum action a, int key)
{
	struct stats_state *ss = tui_state(t, SCREEN_STATS);

	(void)key;
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_REFRESH:
		stats_build(t);
		return UI_REDRAW;
	default:
		return pager_key(&ss->text, a, LINES - 3);
	}
}

static void
stats_resize(struct tui *t)
{
	struct stats_state *ss = tui_state(t, SCREEN_STATS);

	ss->text.width = 0;
}

const struct screen screen_stats = {
	.id = SCREEN_STATS,
	.title = N_("Statistics"),
	.enter = stats_enter,
	.free = stats_free,
	.draw = stats_draw,
	.key = stats_key,
	.resize = stats_resize,
};
