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
#include "tui/screens/screen-register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

#define REGISTER_REFRESH_SECONDS	5
static const char *const register_sorts[SORT_COUNT] = {
	"deadline", "number", "received", "filer", "judge"
};

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

size_t
register_height(void)
{
	int h = LINES - REGISTER_TOP - 2;

	return h > 1 ? (size_t)h : 1;
}

static void
register_ensure_cap(struct register_state *rs)
{
	size_t h = register_height();

	if (rs->cap < h) {
		rs->rows = xrealloc(rs->rows, h * sizeof rs->rows[0]);
		rs->cap = h;
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
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	struct reg_filter f;
	struct register_fetch ft = { out, 0, max };

	memset(&f, 0, sizeof f);
	f.due_within = -1;
	if (strcmp(rs->status, "all") == 0)
		f.all = true;
	else if (rs->status[0] != '\0')
		f.status = rs->status;
	f.outcome = rs->outcome[0] != '\0' ? rs->outcome : NULL;
	f.judge = rs->judge[0] != '\0' ? rs->judge : NULL;
	f.overdue = rs->overdue;
	f.due_within = rs->due_within - 1;
	f.deadline_state = rs->due_soon ? "due-soon" : NULL;
	f.search = rs->search[0] != '\0' ? rs->search : NULL;
	f.sort = register_sorts[rs->sort];
	f.descending = from_end != rs->descending;
	f.limit = max;
	f.after = after;
	f.before = before;
	rs->err[0] = '\0';
	if (reg_list(t->reg, &f, register_fetch_row, &ft, rs->err,
	    sizeof rs->err) != 0) {
		tui_message(t, true, "%s", rs->err);
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
register_select_id(struct register_state *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (rs->rows[i].id == rs->sel_id) {
			rs->cur = i;
			return;
		}
	if (rs->cur >= rs->n)
		rs->cur = rs->n > 0 ? rs->n - 1 : 0;
	rs->sel_id = rs->n > 0 ? rs->rows[rs->cur].id : 0;
}

static void
register_remember(struct register_state *rs)
{
	rs->sel_id = rs->n > 0 ? rs->rows[rs->cur].id : 0;
}

static void
register_first(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	register_ensure_cap(rs);
	rs->n = register_fetch(t, NULL, NULL, false, register_height(),
	    rs->rows);
	rs->cur = 0;
	register_remember(rs);
}

static void
register_last(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	register_ensure_cap(rs);
	rs->n = register_fetch(t, NULL, NULL, true, register_height(), rs->rows);
	register_reverse(rs->rows, rs->n);
	rs->cur = rs->n > 0 ? rs->n - 1 : 0;
	register_remember(rs);
}

/* The header's counts: a few hundred rows of the register's per-day
 * tally (reg_counts), cheap enough to take with every refresh. */
static void
register_counts(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	char err[REG_ERRSZ];

	if (reg_counts(t->reg, &rs->counts, err, sizeof err) != 0)
		memset(&rs->counts, 0, sizeof rs->counts);
}

/* Reads the screenful again from the row before the top one, keeping the
 * selected filing when it is still listed. */
void
register_refresh(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	struct reg_row prev;
	size_t h;
	bool has_prev = false;

	register_ensure_cap(rs);
	h = register_height();
	if (rs->n > 0)
		has_prev = register_fetch(t, NULL, &rs->rows[0], false, 1,
		    &prev) == 1;
	rs->n = register_fetch(t, has_prev ? &prev : NULL, NULL, false, h,
	    rs->rows);
	if (rs->n < h && has_prev) {
		/* Rows went away at the end: show a full screen again. */
		register_last(t);
	}
	register_select_id(rs);
	register_counts(t);
	rs->refreshed = time(NULL);
}

/* In a new order: the selected filing at its place on the screen, with
 * its neighbours in that order before and after it. */
static void
register_resort(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	struct reg_row sel, *before, *after;
	size_t h, nb, na, keep, i;

	register_ensure_cap(rs);
	if (rs->n == 0) {
		register_first(t);
		return;
	}
	h = register_height();
	sel = rs->rows[rs->cur];
	before = xmalloc(h * sizeof *before);
	after = xmalloc(h * sizeof *after);
	nb = register_fetch(t, NULL, &sel, false, h - 1, before);
	na = register_fetch(t, &sel, NULL, false, h - 1, after);
	/* Rows above: as many as the cursor had, more when the end is near. */
	keep = rs->cur < h ? rs->cur : h - 1;
	if (keep + 1 + na < h)
		keep = h - 1 - na;
	if (keep > nb)
		keep = nb;
	for (i = 0; i < keep; i++)
		rs->rows[i] = before[keep - 1 - i];	/* nearest came first */
	rs->rows[keep] = sel;
	if (na > h - 1 - keep)
		na = h - 1 - keep;
	memcpy(rs->rows + keep + 1, after, na * sizeof *after);
	rs->n = keep + 1 + na;
	rs->cur = keep;
	register_remember(rs);
	free(before);
	free(after);
}

void
register_select(struct tui *t, int64_t id)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	register_first(t);
	rs->sel_id = id;
	register_select_id(rs);
	register_counts(t);
}

static void *
register_enter(struct tui *t)
{
	(void)t;
	return xcalloc(1, sizeof(struct register_state));
}

static void
register_free(void *state)
{
	struct register_state *rs = state;

	free(rs->rows);
	free(rs);
}

static int
register_down(struct tui *t, size_t step)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	struct reg_row *more;
	size_t k, h = register_height();

	if (rs->n == 0)
		return 0;
	if (rs->cur + step < rs->n) {
		rs->cur += step;
		register_remember(rs);
		return UI_REDRAW;
	}
	more = xmalloc(step * sizeof *more);
	k = register_fetch(t, &rs->rows[rs->n - 1], NULL, false, step, more);
	if (k == 0) {
		free(more);
		if (rs->cur == rs->n - 1)
			return 0;
		rs->cur = rs->n - 1;
		register_remember(rs);
		return UI_REDRAW;
	}
	if (rs->n + k > h) {
		size_t drop = rs->n + k - h;

		memmove(rs->rows, rs->rows + drop, (rs->n - drop) *
		    sizeof rs->rows[0]);
		rs->n -= drop;
		rs->cur = rs->cur >= drop ? rs->cur - drop : 0;
	}
	memcpy(rs->rows + rs->n, more, k * sizeof *more);
	rs->n += k;
	rs->cur = rs->cur + step < rs->n ? rs->cur + step : rs->n - 1;
	free(more);
	register_remember(rs);
	return UI_REDRAW;
}

static int
register_up(struct tui *t, size_t step)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	struct reg_row *more;
	size_t k, h = register_height(), keep;

	if (rs->n == 0)
		return 0;
	if (rs->cur >= step) {
		rs->cur -= step;
		register_remember(rs);
		return UI_REDRAW;
	}
	more = xmalloc(step * sizeof *more);
	k = register_fetch(t, NULL, &rs->rows[0], false, step, more);
	if (k == 0) {
		free(more);
		if (rs->cur == 0)
			return 0;
		rs->cur = 0;
		register_remember(rs);
		return UI_REDRAW;
	}
	register_reverse(more, k);
	keep = rs->n + k > h ? h - k : rs->n;
	memmove(rs->rows + k, rs->rows, keep * sizeof rs->rows[0]);
	memcpy(rs->rows, more, k * sizeof *more);
	rs->n = keep + k;
	rs->cur = rs->cur + k >= step ? rs->cur + k - step : 0;
	free(more);
	register_remember(rs);
	return UI_REDRAW;
}

static void
register_research(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	input_get(&rs->in, rs->search, sizeof rs->search);
	register_first(t);
}

static int
register_search_key(struct tui *t, enum action a, int key)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	if (key == 27) {
		rs->searching = false;
		input_set(&rs->in, "");
		register_research(t);
		return UI_REDRAW;
	}
	if (a == ACT_ENTER) {
		rs->searching = false;
		return UI_REDRAW;
	}
	if (a == ACT_UP || a == ACT_DOWN) {
		rs->searching = false;
		return a == ACT_UP ? register_up(t, 1) : register_down(t, 1);
	}
	if (input_key(&rs->in, key)) {
		register_research(t);
		return UI_REDRAW;
	}
	return UI_HANDLED;
}

/* The filter dialog: first what to filter by, then the value. */
enum { FILTER_STATUS, FILTER_OUTCOME, FILTER_JUDGE, FILTER_OVERDUE,
	FILTER_SOON, FILTER_WITHIN, FILTER_CLEAR };

/* Days: a whole number from 0 to 3650. */
static bool
register_valid_days(const char *text, char *msg, size_t msgsz)
{
	char *end;
	long n = strtol(text, &end, 10);

	if (*text != '\0' && *end == '\0' && n >= 0 && n <= 3650)
		return true;
	snprintf(msg, msgsz, "%s", _("Type a number of days, from 0 to "
	    "3650."));
	return false;
}

static void
register_filter_within(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	(void)d;
	(void)choice;
	if (!ok || text == NULL)
		return;
	rs->due_within = (int)strtol(text, NULL, 10) + 1;
	register_first(t);
}

static void
register_filter_value(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	(void)text;
	if (!ok)
		return;
	switch (d->tag) {
	case FILTER_STATUS:
		/* Pending is the list without a status filter. */
		if (choice > REG_STATUS_PENDING && choice < REG_NSTATUS)
			snprintf(rs->status, sizeof rs->status, "%s",
			    reg_status_at((enum reg_status)choice)->name);
		else if (choice == REG_STATUS_PENDING)
			rs->status[0] = '\0';
		else if (choice == REG_NSTATUS)
			snprintf(rs->status, sizeof rs->status, "all");
		break;
	case FILTER_OUTCOME:
		if (choice == 0)
			rs->outcome[0] = '\0';
		else
			snprintf(rs->outcome, sizeof rs->outcome, "%s",
			    outcome_name((enum outcome)(choice - 1)));
		break;
	case FILTER_JUDGE:
		if (choice == 0)
			rs->judge[0] = '\0';
		else
			ui_copy(rs->judge, sizeof rs->judge, d->prompt);
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
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
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
		rs->overdue = !rs->overdue;
		register_first(t);
		break;
	case FILTER_SOON:
		rs->due_soon = !rs->due_soon;
		register_first(t);
		break;
	case FILTER_WITHIN:
		if (rs->due_within > 0) {
			rs->due_within = 0;
			register_first(t);
			break;
		}
		dialog_input(&t->dialog, _("Filter"), _("Deadline within how "
		    "many days?"), "7", register_filter_within);
		t->dialog.validate = register_valid_days;
		break;
	default:
		rs->status[0] = rs->outcome[0] = rs->judge[0] = '\0';
		rs->search[0] = '\0';
		rs->overdue = rs->due_soon = false;
		rs->due_within = 0;
		input_set(&rs->in, "");
		register_first(t);
		break;
	}
}

static void
register_filter(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	const char *ch[FILTER_CLEAR + 1];

	ch[FILTER_STATUS] = _("Status");
	ch[FILTER_OUTCOME] = _("Outcome");
	ch[FILTER_JUDGE] = _("Judge");
	ch[FILTER_OVERDUE] = rs->overdue ? _("Overdue only: off") :
	    _("Overdue only: on");
	ch[FILTER_SOON] = rs->due_soon ? _("Due soon only: off") :
	    _("Due soon only: on");
	ch[FILTER_WITHIN] = rs->due_within > 0 ? _("Due within N days: off") :
	    _("Due within N days…");
	ch[FILTER_CLEAR] = _("Clear every filter and the search");
	dialog_choice(&t->dialog, _("Filter"), _("Filter the list by:"), ch,
	    FILTER_CLEAR + 1, 0, register_filter_kind);
}

static void
register_sorted(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	register_resort(t);
	tui_message(t, false, _("Sorted by %s %s"),
	    register_sort_title(rs->sort), register_sort_arrow(rs));
}

/* The column chosen in the menu; the current one again reverses. */
static void
register_sort_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	(void)d;
	(void)text;
	if (!ok || choice < 0 || choice >= SORT_COUNT)
		return;
	if ((enum register_sort)choice == rs->sort)
		rs->descending = !rs->descending;
	else {
		rs->sort = (enum register_sort)choice;
		rs->descending = false;
	}
	register_sorted(t);
}

/* s, F6: the columns in a menu, as htop's F6; r: the order reversed. */
static int
register_sort(struct tui *t, bool reverse)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	const char *ch[SORT_COUNT];
	int i;

	if (reverse) {
		rs->descending = !rs->descending;
		register_sorted(t);
		return UI_REDRAW;
	}
	for (i = 0; i < SORT_COUNT; i++)
		ch[i] = register_sort_title((enum register_sort)i);
	dialog_choice(&t->dialog, _("Sort"), _("Sort the list by "
	    "(the current column again: the other way):"), ch, SORT_COUNT,
	    (int)rs->sort, register_sort_done);
	return UI_REDRAW;
}

static int
register_mouse(struct tui *t)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
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
	if (row < 0 || (size_t)row >= rs->n)
		return 0;
	rs->cur = (size_t)row;
	register_remember(rs);
	if (ev.bstate & BUTTON1_DOUBLE_CLICKED)
		filing_open(t, rs->sel_id);
	return UI_REDRAW;
}

static int
register_key(struct tui *t, enum action a, int key)
{
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);
	size_t h = register_height();

	if (rs->searching)
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
		if (rs->n > 0)
			filing_open(t, rs->rows[rs->cur].id);
		return UI_REDRAW;
	case ACT_NEW:
		drafts_new(t);
		return UI_REDRAW;
	case ACT_SEARCH:
		rs->searching = true;
		input_set(&rs->in, rs->search);
		return UI_REDRAW;
	case ACT_FILTER:
		register_filter(t);
		return UI_REDRAW;
	case ACT_OVERDUE:
		rs->overdue = !rs->overdue;
		register_first(t);
		return UI_REDRAW;
	case ACT_REFRESH:
		register_refresh(t);
		tui_message(t, false, "%s", _("The register was read again."));
		return UI_REDRAW;
	case ACT_SETTINGS:
		settings_open(t);
		return UI_REDRAW;
	case ACT_CALENDAR:
		calendar_open(t);
		return UI_REDRAW;
	case ACT_STATS:
		stats_open(t);
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
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	if (rs->searching || time(NULL) - rs->refreshed <
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
	struct register_state *rs = tui_state(t, SCREEN_REGISTER);

	return rs->searching;
}

const struct screen screen_register = {
	.id = SCREEN_REGISTER,
	.enter = register_enter,
	.free = register_free,
	.title = N_("Register of filings"),
	.draw = register_draw,
	.key = register_key,
	.tick = register_tick,
	.resize = register_resize,
	.typing = register_typing,
};
