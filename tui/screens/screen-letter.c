/*
 * Letter: the draft of the return letter in a pager, in Kazakh or
 * Russian (by default the language of the proceedings), searchable.
 * When the filing does not go back by letter, the builder's message is
 * shown instead.
 *
 * The fields the clerk may type over (outgoing number and date, the
 * addressee, the court...) are letter_build_set() values, kept here so
 * that the list can show them and so that they end with this filing's
 * letter.  Export asks the format, the encoding (text) and the file;
 * print asks first; both report in the status line.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/letter-facts.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/letter/letter-build.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

/* The fields the clerk may type over, in the order of the list. */
static const struct {
	enum letter_field field;
	const char	*label;		/* N_() */
} letter_fields[] = {
	{ LETTER_OUT_NUMBER, N_("Outgoing number") },
	{ LETTER_OUT_DATE, N_("Outgoing date") },
	{ LETTER_FILER_NAME, N_("Addressee") },
	{ LETTER_FILER_TO, N_("Addressee, as the letter writes it") },
	{ LETTER_ACT_COURT_GEN, N_("The act's court, as the letter writes "
	    "it") },
	{ LETTER_FILER_ADDRESS, N_("Addressee's address") },
	{ LETTER_FILER_INSTITUTION, N_("Addressee's institution") },
	{ LETTER_JUDGE, N_("Judge") },
	{ LETTER_ASSISTANT, N_("Assistant") },
	{ LETTER_COURT_NAME, N_("Court") },
	{ LETTER_COURT_ADDRESS, N_("Court's address") },
};

#define LETTER_NEDIT	(sizeof letter_fields / sizeof letter_fields[0])

/* Export formats and text encodings offered, in this order. */
static const char *const letter_formats[] = {
	"txt", "rtf",
#ifdef HAVE_PDF
	"pdf",
#endif
};
#define LETTER_NFORMATS	(sizeof letter_formats / sizeof letter_formats[0])

static const char *const letter_encodings[] = { "UTF-8", "RK1048", "CP1251" };
#define LETTER_NENCODINGS \
	(sizeof letter_encodings / sizeof letter_encodings[0])

struct letter_state {
	int64_t		 id;
	char		 lang[4];	/* "" = the language of the proceedings */
	struct pager	 text;
	char		 err[REG_ERRSZ];
	char		*field[LETTER_NEDIT];	/* typed over, or NULL */
	/* The export being asked for. */
	const char	*format;
	const char	*encoding;
	char		 path[INPUT_MAX * 4 + 1];
};

static void
letter_build(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	struct strbuf sb;

	strbuf_init(&sb);
	ls->err[0] = '\0';
	if (letter_build_text(t->cli, ls->id, ls->lang[0] != '\0' ? ls->lang :
	    NULL, &sb, ls->err, sizeof ls->err) != 0) {
		if (ls->err[0] == '\0')
			snprintf(ls->err, sizeof ls->err, "%s",
			    _("No letter for this filing."));
		pager_set(&ls->text, "", 0);
	} else
		pager_set(&ls->text, sb.buf, sb.len);
	strbuf_free(&sb);
}

/* Forgets every value typed over (another filing's letter). */
static void
letter_fields_clear(struct letter_state *ls)
{
	size_t i;

	for (i = 0; i < LETTER_NEDIT; i++) {
		if (ls->field[i] == NULL)
			continue;
		(void)letter_build_set(letter_field_name(letter_fields[i].field),
		    NULL);
		free(ls->field[i]);
		ls->field[i] = NULL;
	}
}

static void
letter_field_set(struct letter_state *ls, size_t i, const char *value)
{
	free(ls->field[i]);
	ls->field[i] = value != NULL ? xstrdup(value) : NULL;
	(void)letter_build_set(letter_field_name(letter_fields[i].field),
	    value);
}

/* The words for a kind of letter (core/letter-facts.h). */
static const char *
letter_kind_label(const char *kind)
{
	if (strcmp(kind, "case-request") == 0)
		return _("Request of the case");
	if (strcmp(kind, "notice") == 0)
		return _("Notice to the parties");
	return _("Return letter");
}

/*
 * The kinds the filing's state allows (core decides), into kinds[]; the
 * count.  Nothing when the filing cannot be read.
 */
static size_t
letter_kinds_allowed(struct tui *t, int64_t id, const char **kinds,
    size_t max)
{
	const char *const *k;
	struct reg_filing fl;
	char err[REG_ERRSZ];
	size_t n = 0;

	if (reg_load(t->reg, id, &fl, err, sizeof err) != 0)
		return 0;
	for (k = letter_facts_kinds(); *k != NULL && n < max; k++)
		if (letter_facts_kind(*k, fl.decision.outcome, &fl.facts,
		    fl.number, err, sizeof err) == 0)
			kinds[n++] = *k;
	reg_filing_free(&fl);
	return n;
}

/* ---- The addressee of a notice: the filer or a party ---- */

static void
letter_party_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	struct letter_parties lp;
	char err[REG_ERRSZ];

	(void)d;
	(void)text;
	if (!ok || choice < 0 || letter_parties_load(t->cli, ls->id, &lp, err,
	    sizeof err) != 0)
		return;
	if ((size_t)choice < lp.count) {
		/* What was typed over belongs to the other addressee's
		 * letter; this one's comes from its own draft. */
		letter_fields_clear(ls);
		letter_build_party(lp.n[choice]);
		letter_build(t);
	}
	letter_parties_free(&lp);
}

/* A notice to a filing with parties asks whom it goes to. */
static void
letter_party_dialog(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	const char *labels[DIALOG_MAX_CHOICES];
	struct letter_parties lp;
	char err[REG_ERRSZ];
	size_t i;

	letter_build_party(0);
	if (letter_parties_load(t->cli, ls->id, &lp, err, sizeof err) != 0) {
		tui_message(t, true, "%s", err);
		return;
	}
	if (lp.count > 1) {
		for (i = 0; i < lp.count && i < DIALOG_MAX_CHOICES; i++)
			labels[i] = lp.label[i].buf;
		dialog_choice(&t->dialog, _("Addressee of the notice"),
		    _("Each party gets its own notice:"), labels, (int)i, 0,
		    letter_party_done);
	}
	letter_parties_free(&lp);
}

static void
letter_kind_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	const char *kinds[8];
	size_t n;

	(void)d;
	(void)text;
	if (!ok || choice < 0)
		return;
	n = letter_kinds_allowed(t, ls->id, kinds, 8);
	if ((size_t)choice >= n || letter_build_kind(kinds[choice]) != 0)
		return;
	letter_build_party(0);
	letter_build(t);
	if (strcmp(kinds[choice], "notice") == 0)
		letter_party_dialog(t);
}

static void
letter_kind_dialog(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	const char *kinds[8], *labels[8];
	size_t n, i;
	int cur = 0;

	n = letter_kinds_allowed(t, ls->id, kinds, 8);
	if (n == 0) {
		tui_message(t, true, "%s", _("No letter for this filing."));
		return;
	}
	for (i = 0; i < n; i++) {
		labels[i] = letter_kind_label(kinds[i]);
		if (strcmp(kinds[i], letter_build_kind_get()) == 0)
			cur = (int)i;
	}
	dialog_choice(&t->dialog, _("Kind of letter"), _("The letters the "
	    "filing's state allows:"), labels, (int)n, cur, letter_kind_done);
}

void
letter_open(struct tui *t, int64_t id, const char *lang)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	const char *kinds[8];
	size_t i;

	if (id != ls->id) {
		letter_fields_clear(ls);
		/* And the number and date a letter sent before had. */
		for (i = 0; i < LETTER_NFIELDS; i++)
			(void)letter_build_set(letter_field_name(i), NULL);
	}
	/* The first letter the filing's state allows: its next step. */
	if (letter_kinds_allowed(t, id, kinds, 8) > 0)
		(void)letter_build_kind(kinds[0]);
	else
		(void)letter_build_kind("return");
	/* The screen shows one letter: a notice to the filer until a
	 * party is chosen (F7). */
	letter_build_party(0);
	ls->id = id;
	snprintf(ls->lang, sizeof ls->lang, "%s", lang != NULL ? lang : "");
	ls->text.searching = false;
	letter_build(t);
	tui_push(t, SCREEN_LETTER);
}

static void *
letter_enter(struct tui *t)
{
	struct letter_state *ls = xcalloc(1, sizeof *ls);

	(void)t;
	pager_init(&ls->text);
	return ls;
}

static void
letter_free(void *state)
{
	struct letter_state *ls = state;

	letter_fields_clear(ls);
	pager_free(&ls->text);
	free(ls);
}

/* A message for the status line, cut at a character boundary. */
static void
letter_status(struct tui *t, bool error, const char *msg)
{
	char buf[sizeof t->status];

	ui_copy(buf, sizeof buf, msg);
	tui_message(t, error, "%s", buf);
}

/* The letter's language and field values as the builder sees them. */
static int
letter_fields_get(struct tui *t, struct letter_fields *lf)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char err[REG_ERRSZ];

	if (letter_build_fields(t->cli, ls->id, ls->lang[0] != '\0' ? ls->lang :
	    NULL, lf, err, sizeof err) != 0) {
		letter_status(t, true, err);
		return -1;
	}
	return 0;
}

/* ---- Fields ---- */

/* A field's value as the clerk reads it: the outgoing date DD.MM.YYYY in
 * kk and ru (the letter's own @date decides how the letter prints it). */
static const char *
letter_field_shown(size_t i, const char *val, char buf[QDATE_BUFSZ])
{
	qdate d;

	if (letter_fields[i].field != LETTER_OUT_DATE || !qdate_parse(val, &d))
		return val;
	qdate_format_shown(d, buf);
	return buf;
}

static void
letter_field_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	size_t i = (size_t)d->tag;
	char err[REG_ERRSZ], iso[QDATE_BUFSZ];
	qdate date;

	(void)choice;
	if (!ok || i >= LETTER_NEDIT)
		return;
	/* A date is typed in any form the date questions take and stored
	 * as the register's YYYY-MM-DD. */
	if (letter_fields[i].field == LETTER_OUT_DATE && text[0] != '\0') {
		if (!ui_date_parse(text, &date)) {
			ui_date_hint(err, sizeof err, text);
			tui_message(t, true, "%s", err);
			return;
		}
		qdate_format(date, iso);
		text = iso;
	}
	letter_field_set(ls, i, text);
	/* Kept with the filing until the letter is sent or discarded. */
	if (reg_letter_draft_set(t->reg, ls->id, letter_build_draft_key(),
	    letter_field_name(letter_fields[i].field), text, err,
	    sizeof err) != 0)
		tui_message(t, true, "%s", err);
	letter_build(t);
	tui_message(t, false, _("%s changed: %s"), _(letter_fields[i].label),
	    text[0] != '\0' ? letter_field_shown(i, text, iso) :
	    _("(blank, to fill in by hand)"));
}

static void
letter_judge_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	(void)text;
	letter_field_done(t, d, ok, choice, choice == 0 ? "" : d->prompt);
}

/* The judge is chosen from the settings' list, as everywhere; false when
 * the list is empty (the field is typed then). */
static bool
letter_judge_dialog(struct tui *t, int field)
{
	const char *names[DIALOG_MAX_CHOICES];
	char err[REG_ERRSZ], *p, *nl;
	struct strbuf sb;
	int n = 0;

	strbuf_init(&sb);
	names[n++] = _("(blank, to fill in by hand)");
	if (reg_setting_get(t->reg, "judges", &sb, err, sizeof err) == 0)
		for (p = sb.buf; *p != '\0' && n < DIALOG_MAX_CHOICES;
		    p = nl + 1) {
			if ((nl = strchr(p, '\n')) != NULL)
				*nl = '\0';
			if (*p != '\0')
				names[n++] = p;
			if (nl == NULL)
				break;
		}
	if (n > 1) {
		dialog_choice(&t->dialog, _(letter_fields[field].label),
		    _("Assign the judge:"), names, n, 1, letter_judge_done);
		t->dialog.tag = field;
	}
	strbuf_free(&sb);
	return n > 1;
}

static void
letter_field_chosen(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	struct letter_fields lf;
	char err[REG_ERRSZ], shown[QDATE_BUFSZ];

	(void)d;
	(void)text;
	if (!ok || choice < 0)
		return;
	if ((size_t)choice >= LETTER_NEDIT) {
		letter_fields_clear(ls);
		(void)reg_letter_draft_clear(t->reg, ls->id,
		    letter_build_draft_key(), err, sizeof err);
		letter_build(t);
		tui_message(t, false, "%s", _("The letter takes every field "
		    "from the register again."));
		return;
	}
	if (letter_fields[choice].field == LETTER_JUDGE &&
	    letter_judge_dialog(t, choice))
		return;
	if (letter_fields_get(t, &lf) != 0)
		return;
	t->dialog.tag = choice;
	dialog_input(&t->dialog, _(letter_fields[choice].label),
	    _("The value for this letter (empty: a blank line to fill in by "
	    "hand):"), letter_field_shown((size_t)choice,
	    lf.value[letter_fields[choice].field], shown), letter_field_done);
	if (letter_fields[choice].field == LETTER_OUT_DATE)
		ui_date_hint(t->dialog.hint, sizeof t->dialog.hint, NULL);
	letter_fields_free(&lf);
}

static void
letter_fields_dialog(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char *items[LETTER_NEDIT + 1];
	struct letter_fields lf;
	struct strbuf line;
	const char *val;
	char shown[QDATE_BUFSZ];
	size_t i;

	if (letter_fields_get(t, &lf) != 0)
		return;
	strbuf_init(&line);
	for (i = 0; i < LETTER_NEDIT; i++) {
		val = letter_field_shown(i, lf.value[letter_fields[i].field],
		    shown);
		strbuf_reset(&line);
		strbuf_printf(&line, "%s%s: %s", ls->field[i] != NULL ? "*" : "",
		    _(letter_fields[i].label), *val != '\0' ? val : "____");
		items[i] = xstrdup(line.buf);
	}
	items[i] = xstrdup(_("Take every field from the register again"));
	dialog_choice(&t->dialog, _("Letter fields"), _("Change which field? (* marks a value "
	    "typed over for this letter)"), (const char *const *)items,
	    (int)LETTER_NEDIT + 1, 0, letter_field_chosen);
	for (i = 0; i <= LETTER_NEDIT; i++)
		free(items[i]);
	strbuf_free(&line);
	letter_fields_free(&lf);
}

/* ---- Export ---- */

/* "~/..." is the home folder. */
static void
letter_expand(const char *path, char *out, size_t outsz)
{
	const char *home = getenv("HOME");

	if (strncmp(path, "~/", 2) == 0 && home != NULL && *home != '\0')
		snprintf(out, outsz, "%s/%s", home, path + 2);
	else
		snprintf(out, outsz, "%s", path);
}

static void
letter_export_run(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char err[REG_ERRSZ];

	if (letter_export(t->cli, ls->id, ls->lang[0] != '\0' ? ls->lang : NULL,
	    ls->format, ls->encoding, ls->path, err, sizeof err) != 0) {
		letter_status(t, true, err);
		return;
	}
	snprintf(err, sizeof err, _("The letter was written to %s."),
	    ls->path);
	letter_status(t, false, err);
}

static void
letter_export_replace(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	(void)d;
	(void)choice;
	(void)text;
	if (ok)
		letter_export_run(t);
	else
		tui_message(t, false, "%s", _("Nothing was written."));
}

static void
letter_export_path(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char prompt[sizeof ls->path + 64];

	(void)d;
	(void)choice;
	if (!ok || text == NULL || text[0] == '\0')
		return;
	letter_expand(text, ls->path, sizeof ls->path);
	if (access(ls->path, F_OK) != 0) {
		letter_export_run(t);
		return;
	}
	snprintf(prompt, sizeof prompt, _("%s exists. Replace it?"), ls->path);
	dialog_confirm(&t->dialog, _("Export the letter"), prompt,
	    letter_export_replace);
}

static void
letter_export_ask_path(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	struct letter_fields lf;
	char name[sizeof lf.number + 32], *p;

	if (letter_fields_get(t, &lf) != 0)
		return;
	snprintf(name, sizeof name, "~/%s-%s.%s", lf.number, lf.lang,
	    ls->format);
	for (p = name + 2; *p != '\0'; p++)
		if (*p == '/')
			*p = '-';
	letter_fields_free(&lf);
	dialog_input(&t->dialog, _("Export the letter"), _("File:"), name,
	    letter_export_path);
}

static void
letter_export_encoding(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);

	(void)d;
	(void)text;
	if (!ok || choice < 0 || (size_t)choice >= LETTER_NENCODINGS)
		return;
	ls->encoding = letter_encodings[choice];
	letter_export_ask_path(t);
}

static void
letter_export_format(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	const char *enc[LETTER_NENCODINGS];

	(void)d;
	(void)text;
	if (!ok || choice < 0 || (size_t)choice >= LETTER_NFORMATS)
		return;
	ls->format = letter_formats[choice];
	ls->encoding = NULL;
	if (strcmp(ls->format, "txt") != 0) {
		letter_export_ask_path(t);
		return;
	}
	enc[0] = _("UTF-8 (Unicode)");
	enc[1] = _("RK1048 (Kazakh Windows)");
	enc[2] = _("CP1251 (Russian Windows)");
	dialog_choice(&t->dialog, _("Export the letter"), _("Encoding:"), enc,
	    (int)LETTER_NENCODINGS, 0, letter_export_encoding);
}

static void
letter_export_dialog(struct tui *t)
{
	const char *fmt[3];
	int n = 0;

	fmt[n++] = _("txt: plain text");
	fmt[n++] = _("rtf: for a word processor");
#ifdef HAVE_PDF
	fmt[n++] = _("pdf: for print");
#endif
	dialog_choice(&t->dialog, _("Export the letter"), _("Format:"), fmt, n,
	    0, letter_export_format);
}

/* ---- Print ---- */

static void
letter_print_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char err[REG_ERRSZ];

	(void)d;
	(void)choice;
	(void)text;
	if (!ok)
		return;
	if (letter_print(t->cli, ls->id, ls->lang[0] != '\0' ? ls->lang : NULL,
	    err, sizeof err) != 0)
		letter_status(t, true, err);
	else
		tui_message(t, false, "%s", _("The letter was sent to the "
		    "printer."));
}

static void
letter_print_dialog(struct tui *t)
{
	dialog_confirm(&t->dialog, _("Print"), _("Send the letter to the "
	    "printer?"), letter_print_done);
}

/* ---- Screen ---- */

/* ", party 2" beside the kind when a notice goes to a party. */
static const char *
letter_party_label(void)
{
	static char buf[48];

	if (strcmp(letter_build_kind_get(), "notice") != 0 ||
	    letter_build_party_get() <= 0)
		return "";
	snprintf(buf, sizeof buf, _(", party %d"), letter_build_party_get());
	return buf;
}

static void
letter_draw(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	char line[200];
	int lw;
	size_t i, n = 0;

	for (i = 0; i < LETTER_NEDIT; i++)
		if (ls->field[i] != NULL)
			n++;
	lw = snprintf(line, sizeof line, "%s%s   %s %s",
	    letter_kind_label(letter_build_kind_get()), letter_party_label(),
	    _("Language:"),
	    ls->lang[0] == '\0' ? _("of the proceedings") :
	    strcmp(ls->lang, "kk") == 0 ? _("Kazakh") : _("Russian"));
	if (n > 0 && lw > 0 && (size_t)lw < sizeof line)
		snprintf(line + lw, sizeof line - (size_t)lw, "   %s %zu",
		    _("Fields typed over:"), n);
	ui_puts(1, 1, COLS - 2, line, ui_attr(R_HEAD));
	if (ls->err[0] != '\0') {
		ui_put_wrapped(3, 2, LINES - 6, COLS - 4, ls->err, A_BOLD);
		return;
	}
	pager_draw(&ls->text, 2, 1, LINES - 4, COLS - 2);
	pager_search_draw(&ls->text, LINES - 2);
}

/* Export, print and fields need a letter. */
static bool
letter_have(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);

	if (ls->err[0] == '\0')
		return true;
	letter_status(t, true, ls->err);
	return false;
}

static void
letter_send_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);
	struct reg_letter sent;
	char err[REG_ERRSZ];

	(void)d;
	(void)choice;
	(void)text;
	if (!ok)
		return;
	if (letter_send(t->cli, ls->id, ls->lang[0] != '\0' ? ls->lang : NULL,
	    &sent, err, sizeof err) != 0) {
		letter_status(t, true, err);
		return;
	}
	/* The fields typed over went with it; the letter shows it as sent
	 * (its number and date stay set). */
	letter_fields_clear(ls);
	letter_build(t);
	filing_reload(t);
	tui_message(t, false, _("Sent as outgoing %s."), sent.number);
}

static int
letter_key(struct tui *t, enum action a, int key)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);

	if (pager_searching(&ls->text))
		return pager_search_key(t, &ls->text, a, key, LINES - 4);
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_LANG:
		/* From "of the proceedings" to an explicit kk, then ru. */
		snprintf(ls->lang, sizeof ls->lang, "%s",
		    strcmp(ls->lang, "kk") == 0 ? "ru" : "kk");
		letter_build(t);
		return UI_REDRAW;
	case ACT_FIELDS:
		if (letter_have(t))
			letter_fields_dialog(t);
		return UI_REDRAW;
	case ACT_EXPORT:
		if (letter_have(t))
			letter_export_dialog(t);
		return UI_REDRAW;
	case ACT_PRINT:
		if (letter_have(t))
			letter_print_dialog(t);
		return UI_REDRAW;
	case ACT_KIND:
		letter_kind_dialog(t);
		return UI_REDRAW;
	case ACT_SEND:
		if (letter_have(t))
			dialog_confirm(&t->dialog, _("Send"), _("Send this "
			    "letter? It takes the next outgoing number and "
			    "today's date, is stored in the journal as sent "
			    "and its step is recorded; a letter sent is "
			    "never unsent."), letter_send_done);
		return UI_REDRAW;
	default:
		return pager_search_key(t, &ls->text, a, key, LINES - 4);
	}
}

static bool
letter_typing(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);

	return pager_searching(&ls->text);
}

static void
letter_resize(struct tui *t)
{
	struct letter_state *ls = tui_state(t, SCREEN_LETTER);

	ls->text.width = 0;
}

const struct screen screen_letter = {
	.id = SCREEN_LETTER,
	.enter = letter_enter,
	.free = letter_free,
	.title = N_("Return letter"),
	.draw = letter_draw,
	.key = letter_key,
	.resize = letter_resize,
	.typing = letter_typing,
};
