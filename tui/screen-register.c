/*
 * The register (home screen): pending filings, the nearest deadline first.
 *
 * Only one screenful of rows is ever held.  Moving past either end asks
 * the register for the next rows with keyset paging (reg_filter.after and
 * .before), so a register of a million filings scrolls in constant memory
 * and time.  The selected filing is remembered by id, so a refresh (F5,
 * and every few seconds, as another assistant may add filings) keeps it.
 * The order is one of the register's sorts (s cycles them, r reverses);
 * a new order reads the screenful around the selected filing, so that it
 * stays selected.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/calendar.h"
#include "core/decision.h"
#include "core/i18n.h"
#include "data/register.h"
#include "tui/tui.h"
#include "tui/ui.h"

#define REGISTER_REFRESH_SECONDS	5
#define REGISTER_TOP			3	/* first row of the list */

/* The orders of reg_filter.sort, as s cycles them. */
enum register_sort {
	SORT_DEADLINE, SORT_NUMBER, SORT_RECEIVED, SORT_FILER, SORT_JUDGE,
	SORT_COUNT
};

static const char *const register_sorts[SORT_COUNT] = {
	"deadline", "number", "received", "filer", "judge"
};

static struct {
	struct reg_row	*rows;
	size_t		 n, cap;
	size_t		 cur;
	int64_t		 sel_id;
	struct reg_counts counts;
	char		 status[16];	/* "" pending, "all", or a status */
	char		 outcome[24];	/* "" any */
	char		 judge[120];	/* "" any */
	bool		 overdue;
	enum register_sort sort;
	bool		 descending;
	char		 search[256];
	bool		 searching;
	struct input	 in;
	time_t		 refreshed;
	char		 err[REG_ERRSZ];
} rs;

struct register_fetch {
	struct reg_row	*rows;
	size_t		 n, max;
};

static int
register_fetch_row(const struct reg_row *row, void *ctx)
{
	struct register_fetch *f = ctx;

	if (f->n >= f->max)
		return 1;
	f->rows[f->n++] = *row;
	return 0;
}

static size_t
register_height(void)
{
	int h = LINES - REGISTER_TOP - 2;

	return h > 1 ? (size_t)h : 1;
}

static void
register_ensure_cap(void)
{
	size_t h = register_height();

	if (rs.cap < h) {
		rs.rows = xrealloc(rs.rows, h * sizeof rs.rows[0]);
		rs.cap = h;
	}
}

/*
 * Rows after `after', or before `before' (then nearest first), or from the
 * start (or, with from_end, from the end, last first); up to max into out.
 */
static size_t
register_fetch(struct tui *t, const struct reg_row *after,
    const struct reg_row *before, bool from_end, size_t max,
    struct reg_row *out)
{
	struct reg_filter f;
	struct register_fetch ft = { out, 0, max };

	memset(&f, 0, sizeof f);
	f.due_within = -1;
	if (strcmp(rs.status, "all") == 0)
		f.all = true;
	else if (rs.status[0] != '\0')
		f.status = rs.status;
	f.outcome = rs.outcome[0] != '\0' ? rs.outcome : NULL;
	f.judge = rs.judge[0] != '\0' ? rs.judge : NULL;
	f.overdue = rs.overdue;
	f.search = rs.search[0] != '\0' ? rs.search : NULL;
	f.sort = register_sorts[rs.sort];
	f.descending = from_end != rs.descending;
	f.limit = max;
	f.after = after;
	f.before = before;
	rs.err[0] = '\0';
	if (reg_list(t->reg, &f, register_fetch_row, &ft, rs.err,
	    sizeof rs.err) != 0) {
		tui_message(t, true, "%s", rs.err);
		return 0;
	}
	return ft.n;
}

static void
register_reverse(struct reg_row *r, size_t n)
{
	struct reg_row tmp;
	size_t i;

	for (i = 0; i < n / 2; i++) {
		tmp = r[i];
		r[i] = r[n - 1 - i];
		r[n - 1 - i] = tmp;
	}
}

static void
register_select_id(void)
{
	size_t i;

	for (i = 0; i < rs.n; i++)
		if (rs.rows[i].id == rs.sel_id) {
			rs.cur = i;
			return;
		}
	if (rs.cur >= rs.n)
		rs.cur = rs.n > 0 ? rs.n - 1 : 0;
	rs.sel_id = rs.n > 0 ? rs.rows[rs.cur].id : 0;
}

static void
register_remember(void)
{
	rs.sel_id = rs.n > 0 ? rs.rows[rs.cur].id : 0;
}

static void
register_first(struct tui *t)
{
	register_ensure_cap();
	rs.n = register_fetch(t, NULL, NULL, false, register_height(),
	    rs.rows);
	rs.cur = 0;
	register_remember();
}

static void
register_last(struct tui *t)
{
	register_ensure_cap();
	rs.n = register_fetch(t, NULL, NULL, true, register_height(), rs.rows);
	register_reverse(rs.rows, rs.n);
	rs.cur = rs.n > 0 ? rs.n - 1 : 0;
	register_remember();
}

/* The header's counts: a few hundred rows of the register's per-day
 * tally (reg_counts), cheap enough to take with every refresh. */
static void
register_counts(struct tui *t)
{
	char err[REG_ERRSZ];

	if (reg_counts(t->reg, &rs.counts, err, sizeof err) != 0)
		memset(&rs.counts, 0, sizeof rs.counts);
}

/* Reads the screenful again from the row before the top one, keeping the
 * selected filing when it is still listed. */
void
register_refresh(struct tui *t)
{
	struct reg_row prev;
	size_t h;
	bool has_prev = false;

	register_ensure_cap();
	h = register_height();
	if (rs.n > 0)
		has_prev = register_fetch(t, NULL, &rs.rows[0], false, 1,
		    &prev) == 1;
	rs.n = register_fetch(t, has_prev ? &prev : NULL, NULL, false, h,
	    rs.rows);
	if (rs.n < h && has_prev) {
		/* Rows went away at the end: show a full screen again. */
		register_last(t);
	}
	register_select_id();
	register_counts(t);
	rs.refreshed = time(NULL);
}

/* In a new order: the selected filing at its place on the screen, with
 * its neighbours in that order before and after it. */
static void
register_resort(struct tui *t)
{
	struct reg_row sel, *before, *after;
	size_t h, nb, na, keep, i;

	register_ensure_cap();
	if (rs.n == 0) {
		register_first(t);
		return;
	}
	h = register_height();
	sel = rs.rows[rs.cur];
	before = xmalloc(h * sizeof *before);
	after = xmalloc(h * sizeof *after);
	nb = register_fetch(t, NULL, &sel, false, h - 1, before);
	na = register_fetch(t, &sel, NULL, false, h - 1, after);
	/* Rows above: as many as the cursor had, more when the end is near. */
	keep = rs.cur < h ? rs.cur : h - 1;
	if (keep + 1 + na < h)
		keep = h - 1 - na;
	if (keep > nb)
		keep = nb;
	for (i = 0; i < keep; i++)
		rs.rows[i] = before[keep - 1 - i];	/* nearest came first */
	rs.rows[keep] = sel;
	if (na > h - 1 - keep)
		na = h - 1 - keep;
	memcpy(rs.rows + keep + 1, after, na * sizeof *after);
	rs.n = keep + 1 + na;
	rs.cur = keep;
	register_remember();
	free(before);
	free(after);
}

void
register_select(struct tui *t, int64_t id)
{
	register_first(t);
	rs.sel_id = id;
	register_select_id();
	register_counts(t);
}

void
register_free(void)
{
	free(rs.rows);
	memset(&rs, 0, sizeof rs);
}

static int
register_down(struct tui *t, size_t step)
{
	struct reg_row *more;
	size_t k, h = register_height();

	if (rs.n == 0)
		return 0;
	if (rs.cur + step < rs.n) {
		rs.cur += step;
		register_remember();
		return UI_REDRAW;
	}
	more = xmalloc(step * sizeof *more);
	k = register_fetch(t, &rs.rows[rs.n - 1], NULL, false, step, more);
	if (k == 0) {
		free(more);
		if (rs.cur == rs.n - 1)
			return 0;
		rs.cur = rs.n - 1;
		register_remember();
		return UI_REDRAW;
	}
	if (rs.n + k > h) {
		size_t drop = rs.n + k - h;

		memmove(rs.rows, rs.rows + drop, (rs.n - drop) *
		    sizeof rs.rows[0]);
		rs.n -= drop;
		rs.cur = rs.cur >= drop ? rs.cur - drop : 0;
	}
	memcpy(rs.rows + rs.n, more, k * sizeof *more);
	rs.n += k;
	rs.cur = rs.cur + step < rs.n ? rs.cur + step : rs.n - 1;
	free(more);
	register_remember();
	return UI_REDRAW;
}

static int
register_up(struct tui *t, size_t step)
{
	struct reg_row *more;
	size_t k, h = register_height(), keep;

	if (rs.n == 0)
		return 0;
	if (rs.cur >= step) {
		rs.cur -= step;
		register_remember();
		return UI_REDRAW;
	}
	more = xmalloc(step * sizeof *more);
	k = register_fetch(t, NULL, &rs.rows[0], false, step, more);
	if (k == 0) {
		free(more);
		if (rs.cur == 0)
			return 0;
		rs.cur = 0;
		register_remember();
		return UI_REDRAW;
	}
	register_reverse(more, k);
	keep = rs.n + k > h ? h - k : rs.n;
	memmove(rs.rows + k, rs.rows, keep * sizeof rs.rows[0]);
	memcpy(rs.rows, more, k * sizeof *more);
	rs.n = keep + k;
	rs.cur = rs.cur + k >= step ? rs.cur + k - step : 0;
	free(more);
	register_remember();
	return UI_REDRAW;
}

/* Columns: what fits the width, least needed dropped first. */
enum register_col {
	COL_MARK, COL_NUMBER, COL_RECEIVED, COL_FILER, COL_ACT, COL_OUTCOME,
	COL_DEADLINE, COL_KIND, COL_JUDGE, COL_COUNT
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
	[COL_OUTCOME] = { N_("Outcome"), 16 },
	[COL_DEADLINE] = { N_("Deadline"), 10 },
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
	{ COL_RECEIVED, 0 }, { COL_KIND, 0 }, { COL_OUTCOME, 10 },
	{ COL_NUMBER, 12 }, { COL_ACT, 10 }, { COL_FILER, 10 },
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

static const char *
register_sort_arrow(void)
{
	return rs.descending ? "\xe2\x96\xbc" : "\xe2\x96\xb2"; /* v, ^ */
}

static const char *
register_outcome_label(const char *name)
{
	int o = outcome_from_name(name);

	return o >= 0 ? _(outcome_short_label((enum outcome)o)) : name;
}

/* The marker and the role of a deadline state, visible without colour. */
static enum ui_role
register_state(qdate due, qdate today, const char **mark)
{
	static const enum ui_role roles[DEADLINE_NSTATES] = {
		[DEADLINE_OVERDUE] = R_OVERDUE,
		[DEADLINE_DUE_TODAY] = R_TODAY,
		[DEADLINE_DUE_SOON] = R_SOON,
	};
	enum deadline_state s = deadline_state(due, today);

	*mark = deadline_state_def(s)->mark;
	return due == QDATE_NONE ? R_NORMAL : roles[s];
}

static void
register_draw_row(struct tui *t, int y, const struct reg_row *r,
    const int *w, bool selected)
{
	char received[QDATE_BUFSZ], due[QDATE_BUFSZ];
	const char *cells[COL_COUNT], *mark;
	const struct deadline_kind *kind;
	enum ui_role role;
	attr_t a;
	int i, x = 0;

	role = register_state(r->next_deadline, t->cli->today, &mark);
	qdate_format(r->received, received);
	qdate_format(r->next_deadline, due);
	cells[COL_MARK] = mark;
	cells[COL_NUMBER] = r->number;
	cells[COL_RECEIVED] = received;
	cells[COL_FILER] = r->filer;
	cells[COL_ACT] = r->act;
	cells[COL_OUTCOME] = register_outcome_label(r->outcome);
	cells[COL_DEADLINE] = due;
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
		ui_put(y, x, w[i], cells[i], strlen(cells[i]), a, true);
		x += w[i] + 1;
	}
}

/* Whether the width leaves the sorted column on the screen. */
static bool
register_sort_shown(void)
{
	int w[COL_COUNT];

	register_layout(COLS, w);
	return w[register_sort_col[rs.sort]] > 0;
}

static void
register_draw_header(struct tui *t)
{
	char line[512], filt[400];
	size_t o = 0;

	(void)t;
	snprintf(line, sizeof line, _("Pending: %ld   Overdue: %ld   "
	    "Due today: %ld   This week: %ld"), rs.counts.pending,
	    rs.counts.overdue, rs.counts.due_today, rs.counts.due_week);
	ui_fill(1, 0, COLS, A_NORMAL);
	ui_puts(1, 1, COLS - 2, line, A_BOLD);
	filt[0] = '\0';
	/* rs.status is a status or "all". */
	if (rs.status[0] != '\0')
		o += (size_t)snprintf(filt + o, sizeof filt - o, " [%s]",
		    reg_status_find(rs.status) < 0 ? _("all statuses") :
		    _(reg_status_at((enum reg_status)
		    reg_status_find(rs.status))->label));
	if (rs.outcome[0] != '\0' && o < sizeof filt)
		o += (size_t)snprintf(filt + o, sizeof filt - o, " [%s]",
		    register_outcome_label(rs.outcome));
	if (rs.judge[0] != '\0' && o < sizeof filt)
		o += (size_t)snprintf(filt + o, sizeof filt - o, " [%s]",
		    rs.judge);
	if (rs.overdue && o < sizeof filt)
		o += (size_t)snprintf(filt + o, sizeof filt - o, " [%s]",
		    _("overdue"));
	if (rs.search[0] != '\0' && o < sizeof filt)
		o += (size_t)snprintf(filt + o, sizeof filt - o, " /%s",
		    rs.search);
	if (!register_sort_shown() && o < sizeof filt)
		snprintf(filt + o, sizeof filt - o, " [%s %s]",
		    _(register_cols[register_sort_col[rs.sort]].title),
		    register_sort_arrow());
	if (filt[0] != '\0') {
		int fw = ui_width(filt), x = COLS - fw - 1;
		int used = ui_width(line) + 2;

		if (x < used)
			x = used;
		ui_puts(1, x, COLS - x, filt, ui_attr(R_HEAD));
	}
}

/* A column's title, with the arrow of the order on the sorted one. */
static void
register_draw_title(int x, int w, enum register_col col)
{
	char title[128];

	if (register_cols[col].title[0] == '\0')
		return;
	if (col == register_sort_col[rs.sort])
		snprintf(title, sizeof title, "%s %s",
		    _(register_cols[col].title), register_sort_arrow());
	else
		snprintf(title, sizeof title, "%s",
		    _(register_cols[col].title));
	ui_puts(2, x, w, title, ui_attr(R_HEADER));
}

static void
register_draw(struct tui *t)
{
	int w[COL_COUNT], i, x = 0;
	size_t r;

	register_draw_header(t);
	register_layout(COLS, w);
	ui_fill(2, 0, COLS, ui_attr(R_HEADER));
	for (i = 0; i < COL_COUNT; i++) {
		if (w[i] == 0)
			continue;
		register_draw_title(x, w[i], (enum register_col)i);
		x += w[i] + 1;
	}
	for (r = 0; r < rs.n && r < register_height(); r++)
		register_draw_row(t, REGISTER_TOP + (int)r, &rs.rows[r], w,
		    r == rs.cur);
	if (rs.n == 0)
		ui_puts(REGISTER_TOP + 1, 2, COLS - 4, rs.search[0] != '\0' ||
		    rs.overdue || rs.outcome[0] != '\0' || rs.judge[0] != '\0' ?
		    _("No filing matches the filter.") :
		    _("No pending filings. Press n to screen a new one."),
		    ui_attr(R_DIM));
	if (rs.searching) {
		int lw;

		ui_fill(LINES - 2, 0, COLS, A_NORMAL);
		lw = ui_puts(LINES - 2, 0, COLS, _("Search: "), A_BOLD);
		input_draw(&rs.in, LINES - 2, lw, COLS - lw - 1, true);
	}
}

static void
register_research(struct tui *t)
{
	input_get(&rs.in, rs.search, sizeof rs.search);
	register_first(t);
}

static int
register_search_key(struct tui *t, enum action a, int key)
{
	if (key == 27) {
		rs.searching = false;
		input_set(&rs.in, "");
		register_research(t);
		return UI_REDRAW;
	}
	if (a == ACT_ENTER) {
		rs.searching = false;
		return UI_REDRAW;
	}
	if (a == ACT_UP || a == ACT_DOWN) {
		rs.searching = false;
		return a == ACT_UP ? register_up(t, 1) : register_down(t, 1);
	}
	if (input_key(&rs.in, key)) {
		register_research(t);
		return UI_REDRAW;
	}
	return UI_HANDLED;
}

/* The filter dialog: first what to filter by, then the value. */
enum { FILTER_STATUS, FILTER_OUTCOME, FILTER_JUDGE, FILTER_OVERDUE,
	FILTER_CLEAR };

static void
register_filter_value(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	(void)text;
	if (!ok)
		return;
	switch (d->tag) {
	case FILTER_STATUS:
		/* Pending is the list without a status filter. */
		if (choice > REG_STATUS_PENDING && choice < REG_NSTATUS)
			snprintf(rs.status, sizeof rs.status, "%s",
			    reg_status_at((enum reg_status)choice)->name);
		else if (choice == REG_STATUS_PENDING)
			rs.status[0] = '\0';
		else if (choice == REG_NSTATUS)
			snprintf(rs.status, sizeof rs.status, "all");
		break;
	case FILTER_OUTCOME:
		if (choice == 0)
			rs.outcome[0] = '\0';
		else
			snprintf(rs.outcome, sizeof rs.outcome, "%s",
			    outcome_name((enum outcome)(choice - 1)));
		break;
	case FILTER_JUDGE:
		if (choice == 0)
			rs.judge[0] = '\0';
		else
			ui_copy(rs.judge, sizeof rs.judge, d->prompt);
		break;
	default:
		break;
	}
	register_first(t);
}

static int
register_judges(struct tui *t, char **names, int max, struct strbuf *sb)
{
	char err[REG_ERRSZ], *p, *nl;
	int n = 0;

	if (reg_setting_get(t->reg, "judges", sb, err, sizeof err) != 0)
		return 0;
	for (p = sb->buf; *p != '\0' && n < max; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (*p != '\0')
			names[n++] = p;
		if (nl == NULL)
			break;
	}
	return n;
}

static void
register_filter_kind(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	const char *ch[DIALOG_MAX_CHOICES];
	char *judges[DIALOG_MAX_CHOICES - 1];
	struct strbuf sb;
	int n = 0, i;

	(void)d;
	(void)text;
	if (!ok)
		return;
	t->dialog.tag = choice;
	switch (choice) {
	case FILTER_STATUS:
		for (n = 0; n < REG_NSTATUS; n++)
			ch[n] = _(reg_status_at((enum reg_status)n)->label);
		ch[n++] = _("all statuses");
		dialog_choice(&t->dialog, _("Filter"), _("Status:"), ch, n, 0,
		    register_filter_value);
		break;
	case FILTER_OUTCOME:
		ch[n++] = _("any outcome");
		for (i = OUTCOME_ADMIT; i <= OUTCOME_INCOMPLETE; i++)
			ch[n++] = _(outcome_label((enum outcome)i));
		dialog_choice(&t->dialog, _("Filter"), _("Outcome:"), ch, n, 0,
		    register_filter_value);
		break;
	case FILTER_JUDGE:
		strbuf_init(&sb);
		ch[n++] = _("any judge");
		i = register_judges(t, judges, DIALOG_MAX_CHOICES - 1, &sb);
		memcpy(ch + 1, judges, (size_t)i * sizeof judges[0]);
		n += i;
		dialog_choice(&t->dialog, _("Filter"), i == 0 ?
		    _("No judges in the settings (F2 on the register).") :
		    _("Judge:"), ch, n, 0, register_filter_value);
		strbuf_free(&sb);
		break;
	case FILTER_OVERDUE:
		rs.overdue = !rs.overdue;
		register_first(t);
		break;
	default:
		rs.status[0] = rs.outcome[0] = rs.judge[0] = '\0';
		rs.search[0] = '\0';
		rs.overdue = false;
		input_set(&rs.in, "");
		register_first(t);
		break;
	}
}

static void
register_filter(struct tui *t)
{
	const char *ch[5];

	ch[0] = _("Status");
	ch[1] = _("Outcome");
	ch[2] = _("Judge");
	ch[3] = rs.overdue ? _("Overdue only: off") : _("Overdue only: on");
	ch[4] = _("Clear every filter and the search");
	dialog_choice(&t->dialog, _("Filter"), _("Filter the list by:"), ch, 5,
	    0, register_filter_kind);
}

/* s: the next order (ascending); r: the same order reversed. */
static int
register_sort(struct tui *t, bool reverse)
{
	if (reverse)
		rs.descending = !rs.descending;
	else {
		rs.sort = (enum register_sort)((rs.sort + 1) % SORT_COUNT);
		rs.descending = false;
	}
	register_resort(t);
	tui_message(t, false, _("Sorted by %s %s"),
	    _(register_cols[register_sort_col[rs.sort]].title),
	    register_sort_arrow());
	return UI_REDRAW;
}

static int
register_mouse(struct tui *t)
{
	MEVENT ev;
	int row;

	if (getmouse(&ev) != OK)
		return 0;
	if (ev.bstate & BUTTON4_PRESSED)
		return register_up(t, 3);
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED)
		return register_down(t, 3);
#endif
	row = ev.y - REGISTER_TOP;
	if (row < 0 || (size_t)row >= rs.n)
		return 0;
	rs.cur = (size_t)row;
	register_remember();
	if (ev.bstate & BUTTON1_DOUBLE_CLICKED)
		filing_open(t, rs.sel_id);
	return UI_REDRAW;
}

static int
register_key(struct tui *t, enum action a, int key)
{
	size_t h = register_height();

	if (rs.searching)
		return register_search_key(t, a, key);
	if (key == KEYCODE(KEY_MOUSE))
		return register_mouse(t);
	switch (a) {
	case ACT_UP:
		return register_up(t, 1);
	case ACT_DOWN:
		return register_down(t, 1);
	case ACT_PGUP:
		return register_up(t, h > 1 ? h - 1 : 1);
	case ACT_PGDN:
		return register_down(t, h > 1 ? h - 1 : 1);
	case ACT_HOME:
		register_first(t);
		return UI_REDRAW;
	case ACT_END:
		register_last(t);
		return UI_REDRAW;
	case ACT_ENTER:
		if (rs.n > 0)
			filing_open(t, rs.rows[rs.cur].id);
		return UI_REDRAW;
	case ACT_NEW:
		screening_start(t, NULL, 0);
		return UI_REDRAW;
	case ACT_SEARCH:
		rs.searching = true;
		input_set(&rs.in, rs.search);
		return UI_REDRAW;
	case ACT_FILTER:
		register_filter(t);
		return UI_REDRAW;
	case ACT_OVERDUE:
		rs.overdue = !rs.overdue;
		register_first(t);
		return UI_REDRAW;
	case ACT_REFRESH:
		register_refresh(t);
		tui_message(t, false, "%s", _("The register was read again."));
		return UI_REDRAW;
	case ACT_SETTINGS:
		settings_open(t);
		return UI_REDRAW;
	case ACT_SORT:
		return register_sort(t, false);
	case ACT_REVERSE:
		return register_sort(t, true);
	case ACT_QUIT:
		return UI_QUIT;
	default:
		return 0;
	}
}

static void
register_tick(struct tui *t)
{
	if (rs.searching || time(NULL) - rs.refreshed <
	    REGISTER_REFRESH_SECONDS)
		return;
	register_refresh(t);
}

static void
register_resize(struct tui *t)
{
	register_refresh(t);
}

static bool
register_typing(struct tui *t)
{
	(void)t;
	return rs.searching;
}

const struct screen screen_register = {
	.id = SCREEN_REGISTER,
	.title = N_("Register of filings"),
	.draw = register_draw,
	.key = register_key,
	.tick = register_tick,
	.resize = register_resize,
	.typing = register_typing,
};
