/*
 * The register's list on the screen: the columns that fit the width (the
 * least needed dropped first), one row per filing with its deadline's
 * marker, the header with the register's counts and the active filter.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "core/act-title.h"
#include "core/calendar.h"
#include "core/decision.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/screens/screen-register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

/* Columns: what fits the width, least needed dropped first. */
enum register_col {
	COL_MARK, COL_NUMBER, COL_RECEIVED, COL_FILER, COL_ACT, COL_STATUS,
	COL_OUTCOME, COL_DEADLINE, COL_LEFT, COL_KIND, COL_JUDGE, COL_COUNT
};

static const struct {
	const char	*title;		/* N_() */
	int		 want;		/* width when there is room */
} register_cols[COL_COUNT] = {
	[COL_MARK] = { "", 1 },
	[COL_NUMBER] = { N_("Number"), 15 },
	[COL_RECEIVED] = { N_("Received"), 10 },
	[COL_FILER] = { N_("Filer"), 16 },
	[COL_ACT] = { N_("Act and court"), 20 },
	[COL_STATUS] = { N_("Status"), 15 },
	[COL_OUTCOME] = { N_("Outcome"), 16 },
	[COL_DEADLINE] = { N_("Deadline"), 10 },
	/* TRANSLATORS: working days to the deadline, a narrow column. */
	[COL_LEFT] = { N_("Left"), 4 },
	[COL_KIND] = { N_("Kind"), 12 },
	[COL_JUDGE] = { N_("Judge"), 14 },
};

/* How a narrow terminal makes room, step by step: shrink a column to a
 * width, or drop it (0). */
static const struct {
	enum register_col col;
	int		 width;
} register_squeeze[] = {
	{ COL_JUDGE, 10 }, { COL_KIND, 9 }, { COL_OUTCOME, 15 },
	{ COL_FILER, 13 }, { COL_ACT, 14 }, { COL_JUDGE, 0 },
	/* The kind of the next step says what to do: it outlasts the
	 * status, which the pending list mostly repeats. */
	{ COL_STATUS, 10 }, { COL_RECEIVED, 0 }, { COL_KIND, 0 },
	{ COL_OUTCOME, 10 }, { COL_NUMBER, 12 }, { COL_ACT, 10 },
	{ COL_FILER, 10 }, { COL_STATUS, 0 }, { COL_LEFT, 0 },
	{ COL_OUTCOME, 0 },
};

static void
register_layout(int width, int *w)
{
	int i, sum, n, extra;
	size_t k = 0;

	for (i = 0; i < COL_COUNT; i++)
		w[i] = register_cols[i].want;
	for (;;) {
		sum = n = 0;
		for (i = 0; i < COL_COUNT; i++)
			if (w[i] > 0) {
				sum += w[i];
				n++;
			}
		if (sum + n - 1 <= width ||
		    k >= sizeof register_squeeze / sizeof register_squeeze[0])
			break;
		if (w[register_squeeze[k].col] > register_squeeze[k].width)
			w[register_squeeze[k].col] = register_squeeze[k].width;
		k++;
	}
	/* Room to spare goes to the act and the filer. */
	extra = width - (sum + n - 1);
	if (extra > 0) {
		w[COL_FILER] += extra / 3;
		w[COL_ACT] += extra - extra / 3;
	}
}

/* The column of each order. */
static const enum register_col register_sort_col[SORT_COUNT] = {
	[SORT_DEADLINE] = COL_DEADLINE, [SORT_NUMBER] = COL_NUMBER,
	[SORT_RECEIVED] = COL_RECEIVED, [SORT_FILER] = COL_FILER,
	[SORT_JUDGE] = COL_JUDGE,
};

const char *
register_sort_title(enum register_sort sort)
{
	return _(register_cols[register_sort_col[sort]].title);
}

const char *
register_sort_arrow(const struct register_state *rs)
{
	return rs->descending ? "\xe2\x96\xbc" : "\xe2\x96\xb2"; /* v, ^ */
}

static const char *
register_outcome_label(const char *name)
{
	int o = outcome_from_name(name);

	return o >= 0 ? _(outcome_short_label((enum outcome)o)) : name;
}

static const char *
register_status_label(const char *name)
{
	int s = reg_status_find(name);

	return s >= 0 ? _(reg_status_at((enum reg_status)s)->label) : name;
}

/* The marker and the role of a deadline state, visible without colour. */
static enum ui_role
register_state(const struct calendar *cal, qdate due, qdate today,
    const char **mark)
{
	static const enum ui_role roles[DEADLINE_NSTATES] = {
		[DEADLINE_OVERDUE] = R_OVERDUE,
		[DEADLINE_DUE_TODAY] = R_TODAY,
		[DEADLINE_DUE_SOON] = R_SOON,
		[DEADLINE_ACTION] = R_TODAY,
	};
	enum deadline_state s = deadline_state(cal, due, today);

	*mark = deadline_state_def(s)->mark;
	return due == QDATE_NONE ? R_NORMAL : roles[s];
}

static void
register_draw_row(struct tui *t, int y, const struct reg_row *r,
    const int *w, bool selected)
{
	char received[QDATE_BUFSZ], due[QDATE_BUFSZ], left[16] = "";
	const struct calendar *cal = cli_calendar(t->cli);
	struct strbuf act;
	const char *cells[COL_COUNT], *mark;
	const struct deadline_kind *kind;
	enum ui_role role;
	attr_t a;
	int i, x = 0;

	role = register_state(cal, r->next_deadline, t->cli->today, &mark);
	if (r->next_deadline != QDATE_NONE &&
	    r->next_deadline != DEADLINE_ACTION_DATE)
		snprintf(left, sizeof left, "%d", deadline_days_left(cal,
		    r->next_deadline, t->cli->today));
	qdate_format_shown(r->received, received);
	/* An action has no date: the kind column says what to do. */
	qdate_format_shown(r->next_deadline != DEADLINE_ACTION_DATE ?
	    r->next_deadline : QDATE_NONE, due);
	cells[COL_MARK] = mark;
	cells[COL_NUMBER] = r->number;
	cells[COL_RECEIVED] = received;
	/* Rendered from the facts now, in the interface's language. */
	cells[COL_FILER] = filer_title(r->filer);
	strbuf_init(&act);
	ACT_TITLE_ROW(r, &act);
	cells[COL_ACT] = act.buf;
	cells[COL_STATUS] = register_status_label(r->status);
	cells[COL_OUTCOME] = register_outcome_label(r->outcome);
	cells[COL_DEADLINE] = due;
	cells[COL_LEFT] = left;
	kind = deadline_kind_find(r->deadline_kind);
	cells[COL_KIND] = kind != NULL ? _(kind->shortl) : r->deadline_kind;
	cells[COL_JUDGE] = r->judge;
	a = ui_attr(role);
	if (selected)
		a = role == R_NORMAL ? ui_attr(R_SELECTED) : a | A_REVERSE;
	ui_fill(y, 0, COLS, a);
	for (i = 0; i < COL_COUNT; i++) {
		if (w[i] == 0)
			continue;
		/* A cell too long ends in "…", never cut silently. */
		ui_put_cut(y, x, w[i], cells[i], a, true);
		x += w[i] + 1;
	}
	strbuf_free(&act);
}

/* Whether the width leaves the sorted column on the screen. */
static bool
register_sort_shown(struct register_state *rs)
{
	int w[COL_COUNT];

	register_layout(COLS, w);
	return w[register_sort_col[rs->sort]] > 0;
}

/* The years (this one and the next, where deadlines fall) whose shipped
 * calendar leaves dates unconfirmed that the court has not set. */
static void
register_unconfirmed(struct tui *t, char *line, size_t size)
{
	const struct calendar *cal = cli_calendar(t->cli);
	size_t o = 0;
	qdate dates[1];
	int y, m, d, i;

	qdate_to_ymd(t->cli->today, &y, &m, &d);
	for (i = 0; i < 2 && o < size; i++)
		if (calendar_unconfirmed(cal, y + i, dates, 1) > 0)
			/* TRANSLATORS: on the register's header, after
			 * the counts: the year's calendar file leaves a date
			 * (Kurban ait) unconfirmed.  Keep it short. */
			o += (size_t)snprintf(line + o, size - o, _("   ! %d: "
			    "dates not confirmed"), y + i);
}

/* The filters in force, as " [overdue] [Ахметов] /search". */
static void
register_filters(struct register_state *rs, char *filt, size_t size)
{
	size_t o = 0;

	filt[0] = '\0';
	/* rs->status is a status or "all". */
	if (rs->status[0] != '\0')
		o += (size_t)snprintf(filt + o, size - o, " [%s]",
		    reg_status_find(rs->status) < 0 ? _("all statuses") :
		    _(reg_status_at((enum reg_status)
		    reg_status_find(rs->status))->label));
	if (rs->outcome[0] != '\0' && o < size)
		o += (size_t)snprintf(filt + o, size - o, " [%s]",
		    register_outcome_label(rs->outcome));
	if (rs->judge[0] != '\0' && o < size)
		o += (size_t)snprintf(filt + o, size - o, " [%s]",
		    rs->judge);
	if (rs->overdue && o < size)
		o += (size_t)snprintf(filt + o, size - o, " [%s]",
		    _("overdue"));
	if (rs->due_soon && o < size)
		o += (size_t)snprintf(filt + o, size - o, " [%s]",
		    _(deadline_state_def(DEADLINE_DUE_SOON)->word));
	if (rs->due_within > 0 && o < size)
		o += (size_t)snprintf(filt + o, size - o,
		    _(" [within %d days]"), rs->due_within - 1);
	if (rs->search[0] != '\0' && o < size)
		o += (size_t)snprintf(filt + o, size - o, " /%s",
		    rs->search);
	if (!register_sort_shown(rs) && o < size)
		snprintf(filt + o, size - o, " [%s %s]",
		    _(register_cols[register_sort_col[rs->sort]].title),
		    register_sort_arrow(rs));
}

/*
 * The counts, the calendar's warning and the filters on one row.  The
 * filters were chosen by the clerk and stay whole: the counts give way
 * to them from the last one (the translations keep the msgid's three
 * spaces between counts).  The warning goes to the message line when the
 * row has no room for it.
 */
static void
register_draw_header(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	char line[512], filt[400], warn[160] = "", *cut;
	int fw, x;

	snprintf(line, sizeof line, _("Pending: %ld   Overdue: %ld   "
	    "Due today: %ld   Next 7 days: %ld"), rs->counts.pending,
	    rs->counts.overdue, rs->counts.due_today, rs->counts.due_week);
	register_unconfirmed(t, warn, sizeof warn);
	register_filters(rs, filt, sizeof filt);
	fw = ui_width(filt);
	while (fw > 0 && ui_width(line) + 2 + fw > COLS - 2 &&
	    (cut = strstr(line, "   ")) != NULL) {
		while (strstr(cut + 3, "   ") != NULL)
			cut = strstr(cut + 3, "   ");
		*cut = '\0';
	}
	ui_fill(1, 0, COLS, A_NORMAL);
	x = 1 + ui_puts(1, 1, COLS - 2, line, A_BOLD);
	if (warn[0] != '\0' && x - 1 + ui_width(warn) + (fw > 0 ? fw + 2 : 0)
	    <= COLS - 2)
		x += ui_puts(1, x, COLS - 1 - x, warn, A_BOLD);
	else if (warn[0] != '\0' && !rs->searching)
		ui_puts(LINES - 2, 1, COLS - 2, warn + strspn(warn, " "),
		    ui_attr(R_ERROR));
	if (fw > 0)
		ui_puts(1, COLS - fw - 1 > x + 1 ? COLS - fw - 1 : x + 1,
		    COLS - x - 2, filt, ui_attr(R_HEAD));
}

/* A column's title, with the arrow of the order on the sorted one. */
static void
register_draw_title(struct register_state *rs, int x, int w,
    enum register_col col)
{
	char title[128];

	if (register_cols[col].title[0] == '\0')
		return;
	if (col == register_sort_col[rs->sort])
		snprintf(title, sizeof title, "%s %s",
		    _(register_cols[col].title), register_sort_arrow(rs));
	else
		snprintf(title, sizeof title, "%s",
		    _(register_cols[col].title));
	ui_put_cut(2, x, w, title, ui_attr(R_HEADER), false);
}

void
register_draw(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	int w[COL_COUNT], i, x = 0;
	size_t r;

	register_draw_header(t);
	register_layout(COLS, w);
	ui_fill(2, 0, COLS, ui_attr(R_HEADER));
	for (i = 0; i < COL_COUNT; i++) {
		if (w[i] == 0)
			continue;
		register_draw_title(rs, x, w[i], (enum register_col)i);
		x += w[i] + 1;
	}
	for (r = 0; r < rs->n && r < register_height(); r++)
		register_draw_row(t, REGISTER_TOP + (int)r, &rs->rows[r], w,
		    r == rs->cur);
	if (rs->n == 0)
		ui_puts(REGISTER_TOP + 1, 2, COLS - 4, rs->search[0] != '\0' ||
		    rs->overdue || rs->outcome[0] != '\0' || rs->judge[0] != '\0' ||
		    rs->due_soon || rs->due_within > 0 ?
		    _("No filing matches the filter.") :
		    _("No pending filings. Press n to screen a new one."),
		    ui_attr(R_DIM));
	if (rs->searching) {
		int lw;

		ui_fill(LINES - 2, 0, COLS, A_NORMAL);
		lw = ui_puts(LINES - 2, 0, COLS, _("Search: "), A_BOLD);
		input_draw(&rs->in, LINES - 2, lw, COLS - lw - 1, true);
	}
}
