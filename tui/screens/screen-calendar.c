/*
 * The court's calendar, a month at a time (after calcurse): the days in
 * a grid, holidays and days off marked, the pending filings' deadlines on
 * their days, and under the grid the chosen day: what it is, where that
 * comes from, and the deadlines that fall on it.  Enter sets the day in
 * the register; the deadlines that move are recomputed at once.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/act-title.h"
#include "core/i18n.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

#define CAL_MAX_ROWS	400	/* deadlines of one month kept for the list */

struct calendar_state {
	qdate		 day;		/* the chosen day */
	qdate		 first;		/* the month loaded: its first day */
	int		 per_day[32];	/* deadlines on each day of the month */
	struct reg_row	*rows;		/* those deadlines, in date order */
	size_t		 n;
};

/* Stops at the month's end: the list is in deadline order. */
struct month_ctx {
	struct calendar_state	*cs;
	qdate			 last;
};

static int
calendar_row(const struct reg_row *row, void *arg)
{
	struct month_ctx *m = arg;
	struct calendar_state *cs = m->cs;

	if (row->next_deadline == QDATE_NONE || row->next_deadline > m->last)
		return 1;
	if (row->next_deadline < cs->first)
		return 0;
	cs->per_day[row->next_deadline - cs->first + 1]++;
	if (cs->n < CAL_MAX_ROWS)
		cs->rows[cs->n++] = *row;
	return 0;
}

/* The pending filings whose nearest deadline is in the chosen month: one
 * seek on the deadline index, from the day before the month. */
static void
calendar_load_month(struct tui *t)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);
	struct reg_filter fl;
	struct reg_row anchor;
	struct month_ctx m;
	char err[REG_ERRSZ];
	int y, mo, d;

	qdate_to_ymd(cs->day, &y, &mo, &d);
	cs->first = qdate_from_ymd(y, mo, 1);
	memset(cs->per_day, 0, sizeof cs->per_day);
	cs->n = 0;
	memset(&fl, 0, sizeof fl);
	memset(&anchor, 0, sizeof anchor);
	fl.due_within = -1;
	anchor.next_deadline = cs->first - 1;
	anchor.id = INT64_MAX;
	fl.after = &anchor;
	m.cs = cs;
	m.last = cs->first + qdate_days_in_month(y, mo) - 1;
	if (reg_list(t->reg, &fl, calendar_row, &m, err, sizeof err) != 0)
		tui_message(t, true, "%s", err);
}

static void *
calendar_enter(struct tui *t)
{
	struct calendar_state *cs = xcalloc(1, sizeof *cs);

	cs->rows = xcalloc(CAL_MAX_ROWS, sizeof *cs->rows);
	cs->day = t->cli->today;
	return cs;
}

static void
calendar_free_state(void *state)
{
	struct calendar_state *cs = state;

	free(cs->rows);
	free(cs);
}

void
calendar_open(struct tui *t)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);

	cs->day = t->cli->today;
	calendar_load_month(t);
	tui_push(t, SCREEN_CALENDAR);
}

/* The word of a day's kind as counted. */
static const char *
calendar_word(enum calendar_day k)
{
	switch (k) {
	case CALENDAR_HOLIDAY: return _("holiday");
	case CALENDAR_DAY_OFF: return _("day off");
	case CALENDAR_WORKING: return _("working day");
	default: return _("by its weekday");
	}
}

static void
calendar_draw_cell(struct tui *t, int y, int x, qdate d, int count)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);
	const struct calendar *cal = cli_calendar(t->cli);
	struct calendar_day_src src;
	char cell[16];
	attr_t a = A_NORMAL;
	int yy, m, dd;

	qdate_to_ymd(d, &yy, &m, &dd);
	calendar_day_info(cal, d, &src);
	if (!calendar_is_working_day(cal, d))
		a = ui_attr(R_OVERDUE);
	if (count > 0 && d < t->cli->today)
		a = ui_attr(R_OVERDUE) | A_BOLD;
	else if (count > 0)
		a = ui_attr(R_SOON) | A_BOLD;
	if (d == t->cli->today)
		a |= A_UNDERLINE;
	if (d == cs->day)
		a |= A_REVERSE;
	/* Marks seen without colour: * not worked, + worked weekend day,
	 * c the court's day, ? unconfirmed, then the deadlines. */
	snprintf(cell, sizeof cell, "%2d%s%s", dd,
	    !calendar_is_working_day(cal, d) && qdate_weekday(d) < 6 ? "*" :
	    calendar_is_working_day(cal, d) && qdate_weekday(d) >= 6 ? "+" :
	    " ", src.court ? "c" : src.unconfirmed ? "?" : " ");
	ui_puts(y, x, 5, cell, a);
	if (count > 0)
		ui_printf(y, x + 5, 4, a, "%d", count);
}

static void
calendar_draw_grid(struct tui *t, int top, int left)
{
	static const char *const wd[7] = { N_("Mo"), N_("Tu"), N_("We"),
	    N_("Th"), N_("Fr"), N_("Sa"), N_("Su") };
	/* The name standing alone, as a heading (Russian and Kazakh decline
	 * it in a date). */
	static const char *const month[12] = { NC_("month", "January"),
	    NC_("month", "February"), NC_("month", "March"),
	    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
	    NC_("month", "July"), NC_("month", "August"),
	    NC_("month", "September"), NC_("month", "October"),
	    NC_("month", "November"), NC_("month", "December") };
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);
	int i, y, mo, d, row, col, n;

	qdate_to_ymd(cs->first, &y, &mo, &d);
	/* TRANSLATORS: the calendar's heading: the month's name, the
	 * year. */
	ui_printf(top, left, 63, A_BOLD, _("%s %04d"),
	    qarau_pgettext_joined(month[mo - 1]), y);
	for (i = 0; i < 7; i++)
		ui_puts(top + 1, left + i * 9, 8, _(wd[i]), ui_attr(R_HEADER));
	n = qdate_days_in_month(y, mo);
	row = 0;
	for (i = 0; i < n; i++) {
		col = qdate_weekday(cs->first + i) - 1;
		calendar_draw_cell(t, top + 2 + row * 2, left + col * 9,
		    cs->first + i, cs->per_day[i + 1]);
		if (col == 6)
			row++;
	}
}

/* The chosen day: its kind and source, then its deadlines. */
static void
calendar_draw_day(struct tui *t, int top, int h)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);
	const struct calendar *cal = cli_calendar(t->cli);
	const struct deadline_kind *kind;
	struct calendar_day_src src;
	const char *note;
	char date[QDATE_BUFSZ];
	enum calendar_day k;
	size_t i;
	int y = top;

	qdate_format_shown(cs->day, date);
	k = calendar_day_info(cal, cs->day, &src);
	note = calendar_day_note(cal, cs->day);
	ui_printf(y++, 1, COLS - 2, A_BOLD, "%s  %s%s%s%s", date,
	    calendar_is_working_day(cal, cs->day) ? _("working") :
	    _("not working"), k != CALENDAR_NORMAL ? " - " : "",
	    k != CALENDAR_NORMAL ? calendar_word(k) : "",
	    src.court ? _(" (set by the court)") : src.unconfirmed ?
	    _(" (file, not confirmed)") : "");
	if (note != NULL)
		ui_puts(y++, 3, COLS - 4, note, A_NORMAL);
	for (i = 0; i < cs->n && y < top + h; i++) {
		if (cs->rows[i].next_deadline != cs->day)
			continue;
		kind = deadline_kind_find(cs->rows[i].deadline_kind);
		/* Columns counted in screen cells, not bytes: a Cyrillic
		 * number or kind is twice as many bytes as cells. */
		ui_put_cut(y, 3, 17, cs->rows[i].number, A_NORMAL, true);
		ui_put_cut(y, 21, 17, kind != NULL ? _(kind->shortl) :
		    cs->rows[i].deadline_kind, A_NORMAL, true);
		ui_put_cut(y++, 39, COLS - 40, filer_title(cs->rows[i].filer),
		    A_NORMAL, false);
	}
}

static void
calendar_draw(struct tui *t)
{
	int grid = 2 + 6 * 2;

	calendar_draw_grid(t, 1, 2);
	ui_puts(grid + 1, 1, COLS - 2, _("* day off  + working weekend  "
	    "c set by the court  ? unconfirmed  N deadlines"), ui_attr(R_DIM));
	calendar_draw_day(t, grid + 2, LINES - grid - 4);
}

/* Setting the chosen day: its kind, then a note. */
static const char *const calendar_kinds[] = { "holiday", "day-off",
    "working", NULL };

static void
calendar_set_note(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);
	char err[REG_ERRSZ];

	(void)choice;
	if (!ok)
		return;
	if (reg_calendar_set(t->reg, cs->day, d->tag < 3 ?
	    calendar_kinds[d->tag] : NULL, text, NULL, NULL, err,
	    sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return;
	}
	calendar_load_month(t);
	register_refresh(t);
	tui_message(t, false, "%s", _("The day was set; the deadlines were "
	    "computed again."));
}

static void
calendar_set_kind(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	(void)d;
	(void)text;
	if (!ok)
		return;
	if (choice == 3) {
		t->dialog.tag = 3;
		calendar_set_note(t, &t->dialog, true, 0, "");
		return;
	}
	dialog_input(&t->dialog, _("The court's calendar"), _("What is the "
	    "day (may be empty)?"), "", calendar_set_note);
	t->dialog.tag = choice;
}

static void
calendar_set(struct tui *t)
{
	const char *labels[4] = { _("holiday"), _("day off"),
	    _("working day"), _("as the file says (remove the court's day)") };

	dialog_choice(&t->dialog, _("The court's calendar"), _("This day "
	    "is:"), labels, 4, 0, calendar_set_kind);
}

static int
calendar_move(struct tui *t, int days)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);

	cs->day += days;
	calendar_load_month(t);
	return UI_REDRAW;
}

static int
calendar_key(struct tui *t, enum action a, int key)
{
	struct calendar_state *cs = tui_state(t, SCREEN_CALENDAR);

	(void)key;
	switch (a) {
	case ACT_LEFT:
		return calendar_move(t, -1);
	case ACT_RIGHT:
		return calendar_move(t, 1);
	case ACT_UP:
		return calendar_move(t, -7);
	case ACT_DOWN:
		return calendar_move(t, 7);
	case ACT_PGUP:
		return calendar_move(t, qdate_add_months(cs->day, -1) -
		    cs->day);
	case ACT_PGDN:
		return calendar_move(t, qdate_add_months(cs->day, 1) -
		    cs->day);
	case ACT_HOME:
		return calendar_move(t, t->cli->today - cs->day);
	case ACT_ENTER:
		calendar_set(t);
		return UI_REDRAW;
	case ACT_BACK:
		return UI_BACK;
	default:
		return 0;
	}
}

const struct screen screen_calendar = {
	.id = SCREEN_CALENDAR,
	.title = N_("Calendar"),
	.enter = calendar_enter,
	.free = calendar_free_state,
	.draw = calendar_draw,
	.key = calendar_key,
};
