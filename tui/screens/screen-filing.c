/*
 * Filing: one filing of the register: its decision and grounds, the
 * deadlines with their states, the workflow events, the facts and the
 * audit trail.  Keys record an event, change a fact (the register screens
 * the filing again at once), assign the judge and open the letter.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/checklist.h"
#include "core/decision.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

struct filing_state {
	int64_t		 id;
	bool		 loaded;
	struct reg_filing f;
	struct pager	 text;
	int		 fact_map[VOCAB_MAX];	/* dialog row -> vocabulary */
	/* The fact changed last and its value before ("" none): u undoes. */
	char		 undo_key[64];
	char		 undo_value[FACT_TEXT_MAX];
	bool		 undo;
};

static const char *
filing_event_label(const char *kind)
{
	const struct reg_event_def *e = reg_event_find(kind);

	return e != NULL ? _(e->label) : kind;
}

static const char *
filing_status_label(const char *name)
{
	int s = reg_status_find(name);

	return s >= 0 ? _(reg_status_at((enum reg_status)s)->label) : name;
}

/* The question of a fact key, or the key when it has none. */
static const char *
filing_fact_question(const char *key)
{
	int k = vocab_index(key);

	return k >= 0 && vocab_at((size_t)k)->question != NULL ?
	    _(vocab_at((size_t)k)->question) : key;
}

/* The fact key an audit entry is about ("fact K", "proposal accepted K",
 * "proposal overridden K"), or NULL. */
static const char *
filing_audit_key(const char *what)
{
	if (strncmp(what, "fact ", 5) == 0)
		return what + 5;
	if (strncmp(what, "proposal accepted ", 18) == 0)
		return what + 18;
	if (strncmp(what, "proposal overridden ", 20) == 0)
		return what + 20;
	return NULL;
}

/* A value of the audit trail as the interface language says it. */
static const char *
filing_audit_value(const char *what, const char *v)
{
	static char date[QDATE_BUFSZ];
	const char *key = filing_audit_key(what);
	qdate d;
	int k;

	if (v == NULL)
		return "";
	if (strcmp(what, "status") == 0)
		return filing_status_label(v);
	if (strcmp(what, "outcome") == 0 && (k = outcome_from_name(v)) >= 0)
		return _(outcome_label((enum outcome)k));
	if (key != NULL && (k = vocab_index(key)) >= 0)
		return answer_value_label((size_t)k, v);
	if (strncmp(what, "event ", 6) == 0 && qdate_parse(v, &d)) {
		qdate_format_shown(d, date);
		return date;
	}
	return v;
}

/* What an audit entry changed, in the interface language: the register
 * stores it in English words ("event case-received undone"), the same for
 * every clerk. */
static const char *
filing_audit_what(const char *what, char *buf, size_t bufsz)
{
	static const struct { const char *stored, *label; } plain[] = {
		{ "status", N_("Status") }, { "outcome", N_("Outcome") },
		{ "judge", N_("Judge") }, { "filing", N_("Filing") },
		{ "party", N_("Party") }, { "document", N_("Document") },
		{ "letter sent", N_("Letter sent") },
		{ "letter cancelled", N_("Letter cancelled") },
		{ "import", N_("Imported") }, { "deleted", N_("Deleted") },
	};
	const char *key = filing_audit_key(what);
	size_t i, n = strlen(what);
	char kind[64];

	for (i = 0; i < sizeof plain / sizeof plain[0]; i++)
		if (strcmp(what, plain[i].stored) == 0)
			return _(plain[i].label);
	if (strncmp(what, "event ", 6) == 0 && n > 13 &&
	    strcmp(what + n - 7, " undone") == 0) {
		snprintf(kind, sizeof kind, "%.*s", (int)(n - 13), what + 6);
		snprintf(buf, bufsz, _("%s (undone)"), filing_event_label(kind));
		return buf;
	}
	if (strncmp(what, "event ", 6) == 0)
		return filing_event_label(what + 6);
	if (key != NULL && key == what + 5)
		return filing_fact_question(key);
	if (key != NULL) {
		snprintf(buf, bufsz, key == what + 18 ?
		    _("From the document, confirmed: %s") :
		    _("From the document, answered otherwise: %s"),
		    filing_fact_question(key));
		return buf;
	}
	return what;
}

/* When an audit entry was made, as the clerk's clock reads it: the register
 * keeps UTC ("2026-12-03T13:42:06Z"), the screen shows the local day in
 * the interface's form and the minute. */
static const char *
filing_audit_time(const char *at, char *buf, size_t bufsz)
{
	char day[QDATE_BUFSZ];
	struct tm tm;
	time_t when;

	memset(&tm, 0, sizeof tm);
	if (sscanf(at, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return at;
	tm.tm_year -= 1900;
	tm.tm_mon--;
	when = timegm(&tm);
	if (when == (time_t)-1 || localtime_r(&when, &tm) == NULL)
		return at;
	qdate_format_shown(qdate_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday), day);
	snprintf(buf, bufsz, "%s %02d:%02d", day, tm.tm_hour, tm.tm_min);
	return buf;
}

/* One line of the audit trail: what changed, in words, from and to. */
static void
filing_audit_line(const struct reg_audit *a, struct strbuf *sb)
{
	char old[FACT_TEXT_MAX], buf[FACT_TEXT_MAX], at[64];
	const char *what = filing_audit_what(a->what, buf, sizeof buf);

	/* answer_value_label may share one buffer between the two. */
	snprintf(old, sizeof old, "%s", filing_audit_value(a->what,
	    a->old_value));
	strbuf_printf(sb, PAGER_DIM "  %s  %s  %s: %s -> %s\n",
	    filing_audit_time(a->at, at, sizeof at), a->user, what, old, filing_audit_value(a->what, a->new_value));
}

static void
filing_build(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	struct strbuf sb;
	char buf[FACT_TEXT_MAX], date[QDATE_BUFSZ];
	const char *v;
	size_t i;

	strbuf_init(&sb);
	strbuf_printf(&sb, PAGER_HEAD "%s %s   %s: %s   %s: %s\n\n",
	    _("Filing"), fs->f.number, _("Status"),
	    filing_status_label(fs->f.status),
	    _("Judge"), fs->f.judge[0] != '\0' ? fs->f.judge :
	    _("not assigned"));
	ui_decision_text(&fs->f.decision, cli_calendar(t->cli),
		    t->cli->today, &sb);
	strbuf_printf(&sb, "\n" PAGER_HEAD "%s\n", _("Events"));
	if (fs->f.n_events == 0)
		strbuf_printf(&sb, PAGER_DIM "  %s\n", _("none"));
	for (i = 0; i < fs->f.n_events; i++) {
		qdate_format_shown(fs->f.events[i].date, date);
		strbuf_printf(&sb, "  %s  %s", date,
		    filing_event_label(fs->f.events[i].kind));
		if (fs->f.events[i].note != NULL)
			strbuf_printf(&sb, ": %s", fs->f.events[i].note);
		strbuf_printf(&sb, "  (%s, %s)\n",
		    fs->f.events[i].user, fs->f.events[i].at);
	}
	strbuf_printf(&sb, "\n" PAGER_HEAD "%s\n", _("Facts"));
	for (i = 0; i < vocab_count(); i++) {
		const struct fact_def *def = vocab_at(i);

		if ((v = facts_value_text(&fs->f.facts, i, buf, sizeof buf)) ==
		    NULL)
			continue;
		strbuf_printf(&sb, "  %s: %s\n", def->question != NULL ?
		    _(def->question) : def->key, answer_value_label(i, v));
	}
	strbuf_printf(&sb, "\n" PAGER_HEAD "%s\n", _("Audit trail"));
	for (i = 0; i < fs->f.n_audit; i++) {
		const struct reg_audit *a = &fs->f.audit[i];

		filing_audit_line(a, &sb);
	}
	pager_set(&fs->text, sb.buf, sb.len);
	strbuf_free(&sb);
}

static int
filing_load(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	char err[REG_ERRSZ];
	size_t top = fs->text.top;

	if (fs->loaded)
		reg_filing_free(&fs->f);
	fs->loaded = false;
	if (reg_load(t->reg, fs->id, &fs->f, err, sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return -1;
	}
	fs->loaded = true;
	filing_build(t);
	fs->text.top = top;
	return 0;
}

void
filing_open(struct tui *t, int64_t id)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);

	fs->id = id;
	fs->text.top = 0;
	fs->undo = false;
	if (filing_load(t) == 0)
		tui_push(t, SCREEN_FILING);
}

/* After a change made from a screen above it (a letter sent). */
void
filing_reload(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);

	if (fs != NULL && fs->loaded)
		(void)filing_load(t);
}

static void *
filing_enter(struct tui *t)
{
	struct filing_state *fs = xcalloc(1, sizeof *fs);

	(void)t;
	pager_init(&fs->text);
	return fs;
}

static void
filing_free(void *state)
{
	struct filing_state *fs = state;

	if (fs->loaded)
		reg_filing_free(&fs->f);
	pager_free(&fs->text);
	free(fs);
}

static void
filing_draw(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);

	if (!fs->loaded)
		return;
	pager_draw(&fs->text, 1, 1, LINES - 3, COLS - 2);
}

/* Recording an event: the kind, then the date (today by default). */
static bool
filing_valid_date(const char *text, char *msg, size_t msgsz)
{
	qdate d;

	if (ui_date_parse(text, &d))
		return true;
	ui_date_hint(msg, msgsz, text);
	return false;
}

static void
filing_event_date(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	char err[REG_ERRSZ];
	qdate date;

	(void)choice;
	if (!ok || !ui_date_parse(text, &date))
		return;
	if (reg_event(t->reg, fs->id, d->ctx, date, NULL, err,
	    sizeof err) != 0)
		tui_message(t, true, "%s", err);
	else
		tui_message(t, false, _("Recorded: %s."),
		    filing_event_label(d->ctx));
	filing_load(t);
}

static void
filing_event_kind(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	const char *const *kinds = reg_event_kinds();
	char today[QDATE_BUFSZ];
	char prompt[256];

	(void)d;
	(void)text;
	if (!ok)
		return;
	snprintf(t->dialog.ctx, sizeof t->dialog.ctx, "%s", kinds[choice]);
	qdate_format_shown(t->cli->today, today);
	snprintf(prompt, sizeof prompt, _("Date of the event (%s):"),
	    filing_event_label(kinds[choice]));
	dialog_input(&t->dialog, _("Record an event"), prompt, today,
	    filing_event_date);
	t->dialog.validate = filing_valid_date;
}

static void
filing_event(struct tui *t)
{
	const char *const *kinds = reg_event_kinds();
	const char *labels[DIALOG_MAX_CHOICES];
	int n;

	for (n = 0; kinds[n] != NULL && n < DIALOG_MAX_CHOICES; n++)
		labels[n] = filing_event_label(kinds[n]);
	dialog_choice(&t->dialog, _("Record an event"), _("What happened?"),
	    labels, n, 0, filing_event_kind);
}

/* Changing a fact: which one, then its value. */
/* Sets the fact, screens the filing again and says the outcome before
 * and after; remember says whether u may undo it. */
static void
filing_fact_apply(struct tui *t, const char *key, const char *value,
    bool remember)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	char assign[FACT_TEXT_MAX + 128], err[REG_ERRSZ], old[FACT_TEXT_MAX];
	char before[256];
	const char *a[1], *v;
	int k = vocab_index(key);

	v = k >= 0 ? facts_value_text(&fs->f.facts, (size_t)k, old,
	    sizeof old) : NULL;
	snprintf(before, sizeof before, "%s",
	    _(outcome_label(fs->f.decision.outcome)));
	snprintf(assign, sizeof assign, "%s=%s", key, value);
	a[0] = assign;
	if (reg_set(t->reg, fs->id, a, 1, err, sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		filing_load(t);
		return;
	}
	fs->undo = remember;
	if (remember) {
		snprintf(fs->undo_key, sizeof fs->undo_key, "%s", key);
		snprintf(fs->undo_value, sizeof fs->undo_value, "%s",
		    v != NULL ? v : "");
	}
	filing_load(t);
	tui_message(t, false, remember ? _("Changed and screened again: %s "
	    "-> %s.  u undoes it.") : _("Undone: %s -> %s."), before,
	    _(outcome_label(fs->f.decision.outcome)));
}

static void
filing_fact_set(struct tui *t, const char *key, const char *value)
{
	char iso[QDATE_BUFSZ];
	int k = vocab_index(key);
	qdate d;

	/* A date in any of the forms the screening takes. */
	if (k >= 0 && vocab_at((size_t)k)->type == FACT_DATE &&
	    ui_date_parse(value, &d)) {
		qdate_format(d, iso);
		value = iso;
	}
	filing_fact_apply(t, key, value, true);
}

static void
filing_fact_value(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	int idx = d->tag;
	const struct fact_def *def = vocab_at((size_t)idx);
	int nv = 0;

	if (!ok)
		return;
	if (d->kind == DIALOG_INPUT) {
		/* A set is typed as its item numbers; 0 and ? stand for
		 * "none" and "unknown", the same in every language. */
		if (def->type == FACT_SET && strcmp(text, "0") == 0)
			text = "none";
		else if (def->type == FACT_SET && strcmp(text, "?") == 0)
			text = "unknown";
		filing_fact_set(t, def->key, text);
		return;
	}
	if (def->type == FACT_BOOL) {
		static const char *const b[] = { "yes", "no", "unknown", "" };

		filing_fact_set(t, def->key, b[choice < 4 ? choice : 3]);
		return;
	}
	while (def->values[nv] != NULL)
		nv++;
	filing_fact_set(t, def->key, choice < nv ? def->values[choice] :
	    choice == nv ? "unknown" : "");
}

static void
filing_fact_pick(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	const char *labels[DIALOG_MAX_CHOICES];
	char buf[FACT_TEXT_MAX];
	const struct fact_def *def;
	const char *cur;
	int idx, n = 0;

	(void)d;
	(void)text;
	if (!ok)
		return;
	idx = fs->fact_map[choice];
	def = vocab_at((size_t)idx);
	t->dialog.tag = idx;
	cur = facts_value_text(&fs->f.facts, (size_t)idx, buf, sizeof buf);
	if (def->type == FACT_ENUM || def->type == FACT_BOOL) {
		if (def->type == FACT_BOOL) {
			labels[n++] = _("Yes");
			labels[n++] = _("No");
		} else
			for (; def->values[n] != NULL &&
			    n < DIALOG_MAX_CHOICES - 2; n++)
				labels[n] = _(vocab_value_label(def, n));
		labels[n++] = _("Don't know");
		labels[n++] = _("(no answer)");
		dialog_choice(&t->dialog, _("Change a fact"), def->question !=
		    NULL ? _(def->question) : def->key, labels, n, 0,
		    filing_fact_value);
		return;
	}
	if (def->type == FACT_SET && cur != NULL)
		cur = strcmp(cur, "none") == 0 ? "0" :
		    strcmp(cur, "unknown") == 0 ? "?" : cur;
	dialog_input(&t->dialog, _("Change a fact"), def->question != NULL ?
	    _(def->question) : def->key, cur, filing_fact_value);
	if (def->type == FACT_DATE)
		ui_date_hint(t->dialog.hint, sizeof t->dialog.hint, NULL);
	if (def->type == FACT_SET)
		snprintf(t->dialog.hint, sizeof t->dialog.hint, "%s",
		    _("The numbers of the items, separated by commas (1,7-1); "
		    "0: none of them; ?: don't know."));
}

static void
filing_fact(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	static char lines[DIALOG_MAX_CHOICES][200];
	const char *labels[DIALOG_MAX_CHOICES];
	char buf[FACT_TEXT_MAX];
	const char *v;
	size_t i;
	int n = 0;

	for (i = 0; i < vocab_count() && n < DIALOG_MAX_CHOICES; i++) {
		const struct fact_def *def = vocab_at(i);

		/* Only what this filing is asked: the answers the rules
		 * read for it. */
		if ((def->flags & FACT_WORKFLOW) ||
		    !checklist_relevant(&fs->f.facts, i))
			continue;
		v = facts_value_text(&fs->f.facts, i, buf, sizeof buf);
		snprintf(lines[n], sizeof lines[n], "%s: %s", def->question !=
		    NULL ? _(def->question) : def->key,
		    v != NULL ? answer_value_label(i, v) : "-");
		labels[n] = lines[n];
		fs->fact_map[n++] = (int)i;
	}
	dialog_choice(&t->dialog, _("Change a fact"), _("Which fact?"), labels,
	    n, 0, filing_fact_pick);
}

static void
filing_judge_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	char err[REG_ERRSZ];

	(void)text;
	if (!ok)
		return;
	if (reg_set_judge(t->reg, fs->id, choice == 0 ? "" : d->prompt, err,
	    sizeof err) != 0)
		tui_message(t, true, "%s", err);
	filing_load(t);
}

static void
filing_judge(struct tui *t)
{
	const char *labels[DIALOG_MAX_CHOICES];
	struct strbuf sb;
	char err[REG_ERRSZ], *p, *nl;
	int n = 0;

	strbuf_init(&sb);
	labels[n++] = _("(no judge)");
	if (reg_setting_get(t->reg, "judges", &sb, err, sizeof err) == 0)
		for (p = sb.buf; *p != '\0' && n < DIALOG_MAX_CHOICES;
		    p = nl + 1) {
			nl = strchr(p, '\n');
			if (nl != NULL)
				*nl = '\0';
			if (*p != '\0')
				labels[n++] = p;
			if (nl == NULL)
				break;
		}
	dialog_choice(&t->dialog, _("Judge"), n == 1 ? _("No judges in the "
	    "settings yet (F2 on the register).") : _("Assign the judge:"),
	    labels, n, 0, filing_judge_done);
	strbuf_free(&sb);
}

static void
filing_undo_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);
	char err[REG_ERRSZ], kind[24];

	(void)d;
	(void)choice;
	(void)text;
	if (!ok)
		return;
	if (reg_event_undo(t->reg, fs->id, kind, err, sizeof err) != 0)
		tui_message(t, true, "%s", err);
	else
		tui_message(t, false, _("Undone: %s."),
		    filing_event_label(kind));
	filing_load(t);
}

static int
filing_key(struct tui *t, enum action a, int key)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);

	(void)key;
	/* u takes back what the clerk did last here: a fact just changed,
	 * at once; otherwise the filing's last event, after asking. */
	if (a == ACT_UNDO && fs->undo) {
		fs->undo = false;
		filing_fact_apply(t, fs->undo_key, fs->undo_value, false);
		return UI_REDRAW;
	}
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_EVENT:
		filing_event(t);
		return UI_REDRAW;
	case ACT_FACT:
		filing_fact(t);
		return UI_REDRAW;
	case ACT_JUDGE:
		filing_judge(t);
		return UI_REDRAW;
	case ACT_LETTER:
		letter_open(t, fs->id, NULL);
		return UI_REDRAW;
	case ACT_UNDO:
		dialog_confirm(&t->dialog, _("Undo"), _("Undo the last event "
		    "of this filing? The audit trail keeps it and its "
		    "undoing."), filing_undo_done);
		return UI_REDRAW;
	case ACT_REFRESH:
		filing_load(t);
		return UI_REDRAW;
	default:
		return pager_key(&fs->text, a, LINES - 3);
	}
}

static void
filing_resize(struct tui *t)
{
	struct filing_state *fs = tui_state(t, SCREEN_FILING);

	fs->text.width = 0;
}

const struct screen screen_filing = {
	.id = SCREEN_FILING,
	.enter = filing_enter,
	.free = filing_free,
	.title = N_("Filing"),
	.draw = filing_draw,
	.key = filing_key,
	.resize = filing_resize,
};
