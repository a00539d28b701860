/*
 * The unfinished screenings (issue 14): at start and on 'n' the clerk sees
 * every draft, newest first, each by when it was left and its first
 * answers, and resumes one, discards one (after a confirmation) or starts
 * a new screening; the others stay.  Dialogs, one leading to the next, as
 * widget-dialog.c allows.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/checklist.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

#define DRAFTS_MAX	(DIALOG_MAX_CHOICES - 3)

/* The list the open dialog shows: one interface, one dialog at a time. */
static struct {
	int64_t		 id[DRAFTS_MAX];
	char		 label[DRAFTS_MAX][200];
	char		 when[DRAFTS_MAX][40];
	int		 n;
	bool		 start;		/* offered at start: "Later" */
	int64_t		 discard;	/* the draft asked about */
} drafts;

/* The answers that tell one filing from another at a glance: the first
 * three of these a draft has. */
static const char *const drafts_keys[] = {
	"filing.kind", "filer.name", "filer.role", "filing.received", NULL
};

/* When it was left: the register keeps UTC, the clerk reads local time. */
static void
drafts_when(const char *updated, struct strbuf *out)
{
	char day[QDATE_BUFSZ];
	struct tm tm, lt;
	time_t t;

	memset(&tm, 0, sizeof tm);
	if (sscanf(updated, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
		strbuf_puts(out, updated);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon--;
	t = timegm(&tm);
	if (t == (time_t)-1 || localtime_r(&t, &lt) == NULL) {
		strbuf_puts(out, updated);
		return;
	}
	qdate_format_shown(qdate_from_ymd(lt.tm_year + 1900, lt.tm_mon + 1,
	    lt.tm_mday), day);
	strbuf_printf(out, "%s %02d:%02d", day, lt.tm_hour, lt.tm_min);
}

static int
drafts_add(const struct reg_draft *d, void *ctx)
{
	char buf[FACT_TEXT_MAX];
	const char *v;
	struct strbuf sb;
	size_t answered, total, k = 0;
	int i, idx;

	(void)ctx;
	if (drafts.n == DRAFTS_MAX)
		return 1;
	strbuf_init(&sb);
	drafts_when(d->updated, &sb);
	snprintf(drafts.when[drafts.n], sizeof drafts.when[0], "%s", sb.buf);
	for (i = 0; drafts_keys[i] != NULL && k < 3; i++) {
		if ((idx = vocab_index(drafts_keys[i])) < 0 ||
		    (v = facts_value_text(d->facts, (size_t)idx, buf,
		    sizeof buf)) == NULL)
			continue;
		strbuf_printf(&sb, "%s%s", k++ == 0 ? "  " : ", ",
		    answer_value_label((size_t)idx, v));
	}
	checklist_progress(d->facts, &answered, &total);
	strbuf_puts(&sb, "  ");
	strbuf_printf(&sb, d->damaged ? _("(answers: %zu; part of it could "
	    "not be read)") : _("(answers: %zu)"), answered);
	drafts.id[drafts.n] = d->id;
	snprintf(drafts.label[drafts.n++], sizeof drafts.label[0], "%s",
	    sb.buf);
	strbuf_free(&sb);
	return 0;
}


static void
drafts_resume(struct tui *t, int64_t id)
{
	char err[REG_ERRSZ];
	struct facts f;

	facts_init(&f);
	if (reg_draft_get(t->reg, id, &f, err, sizeof err) != 0)
		tui_message(t, true, "%s", err);
	else
		screening_start(t, &f, id);
	facts_free(&f);
}

static void
drafts_discard_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	char err[REG_ERRSZ];

	(void)d;
	(void)choice;
	(void)text;
	if (ok) {
		if (reg_draft_delete(t->reg, drafts.discard, err,
		    sizeof err) != 0) {
			tui_message(t, true, "%s", err);
			return;
		}
		tui_message(t, false, "%s", _("The draft was discarded."));
	}
	/* Back to the list, or what is left of it. */
	(void)drafts_offer(t, drafts.start);
}

static void
drafts_which_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	char prompt[512];

	(void)d;
	(void)text;
	if (!ok || choice < 0 || choice >= drafts.n) {
		(void)drafts_offer(t, drafts.start);
		return;
	}
	drafts.discard = drafts.id[choice];
	snprintf(prompt, sizeof prompt, _("Discard the screening left "
	    "unfinished on %s? Its answers are lost; the other drafts stay."),
	    drafts.when[choice]);
	dialog_confirm(&t->dialog, _("Discard the draft"), prompt,
	    drafts_discard_done);
}

static void
drafts_which(struct tui *t)
{
	const char *choices[DRAFTS_MAX];
	int i;

	for (i = 0; i < drafts.n; i++)
		choices[i] = drafts.label[i];
	dialog_choice(&t->dialog, _("Discard the draft"), _("Which "
	    "screening is to be discarded?"), choices, drafts.n, 0,
	    drafts_which_done);
}

static void
drafts_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	(void)d;
	(void)text;
	if (!ok)
		return;
	if (choice >= 0 && choice < drafts.n)
		drafts_resume(t, drafts.id[choice]);
	else if (choice == drafts.n)
		screening_start(t, NULL, 0);
	else if (choice == drafts.n + 1)
		drafts_which(t);
}

bool
drafts_offer(struct tui *t, bool start)
{
	const char *choices[DIALOG_MAX_CHOICES];
	char err[REG_ERRSZ];
	int i, n;

	drafts.n = 0;
	drafts.start = start;
	if (reg_drafts(t->reg, drafts_add, NULL, err, sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return false;
	}
	if (drafts.n == 0)
		return false;
	for (i = 0; i < drafts.n; i++)
		choices[i] = drafts.label[i];
	n = drafts.n;
	choices[n++] = _("New screening");
	choices[n++] = _("Discard a draft...");
	if (start)
		choices[n++] = _("Later (keep the drafts)");
	/* At start the newest draft is the likely choice; 'n' asked for a
	 * new screening. */
	dialog_choice(&t->dialog, _("Unfinished screenings"), _("Resume a "
	    "screening left unfinished, or start a new one:"), choices, n,
	    start ? 0 : drafts.n, drafts_done);
	return true;
}

void
drafts_new(struct tui *t)
{
	if (!drafts_offer(t, false) && !t->dialog.active)
		screening_start(t, NULL, 0);
}
