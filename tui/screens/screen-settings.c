/*
 * Settings: the court's name and address in Kazakh and Russian, the
 * judges, the assistant, the interface and letter languages, kept in the
 * register (reg_setting_get / reg_setting_set) so that every assistant of
 * the court shares them.
 *
 * The interface language: $LANGUAGE when the user set it; otherwise the
 * setting "ui.language" (put into LANGUAGE for gettext); otherwise the
 * locale.  A change in this screen applies at once.
 */
#include "config.h"

#include <curses.h>
#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

static const struct {
	const char	*key;
	const char	*label;		/* N_() */
	const char	*choices;	/* space-separated, or NULL: text */
	bool		 lines;		/* one value per line ("judges") */
} settings_items[] = {
	{ "court.name.kk", N_("Court name (Kazakh)"), NULL, false },
	{ "court.name.ru", N_("Court name (Russian)"), NULL, false },
	{ "court.address.kk", N_("Court address (Kazakh)"), NULL, false },
	{ "court.address.ru", N_("Court address (Russian)"), NULL, false },
	{ "judges", N_("Judges (separate with ;)"), NULL, true },
	{ "court.telephone", N_("Court telephone"), NULL, false },
	{ "court.email", N_("Court e-mail"), NULL, false },
	{ "letter.letterhead", N_("Letterhead"), "- side stacked preprinted",
	  false },
	{ "assistant", N_("Assistant"), NULL, false },
	{ "user.name", N_("Your name (executor of letters)"), NULL, false },
	{ "user.telephone", N_("Your telephone"), NULL, false },
	{ "ui.language", N_("Interface language"), "- kk ru en", false },
	{ "letter.language", N_("Letter language"), "- kk ru", false },
	{ "numbering.prefix", N_("Register number prefix"), NULL, false },
};

#define SETTINGS_N	(sizeof settings_items / sizeof settings_items[0])

/* A list kept one a line, as it is typed: "A; B; C". */
static void
settings_list(const char *value, char *out, size_t outsz)
{
	size_t o = 0;

	for (; *value != '\0' && o + 3 < outsz; value++) {
		if (*value == '\n') {
			out[o++] = ';';
			out[o++] = ' ';
		} else {
			out[o++] = *value;
		}
	}
	out[o] = '\0';
}

/* Languages by their own names, as a clerk looks for them. */
static const struct {
	const char	*code, *name;
} settings_languages[] = {
	{ "kk", "Қазақша" }, { "ru", "Русский" }, { "en", "English" },
};

static const char *
settings_shown(const char *value)
{
	size_t i;

	for (i = 0; i < sizeof settings_languages /
	    sizeof settings_languages[0]; i++)
		if (strcmp(value, settings_languages[i].code) == 0)
			return settings_languages[i].name;
	return value;
}

/* The code of choice i of the current item's list ("-": none). */
static void
settings_choice(size_t item, int i, char *out, size_t outsz)
{
	char choices[64], *tok, *save = NULL;
	int n = 0;

	out[0] = '\0';
	snprintf(choices, sizeof choices, "%s", settings_items[item].choices);
	for (tok = strtok_r(choices, " ", &save); tok != NULL;
	    tok = strtok_r(NULL, " ", &save), n++)
		if (n == i) {
			snprintf(out, outsz, "%s", strcmp(tok, "-") == 0 ?
			    "" : tok);
			return;
		}
}

struct settings_state {
	size_t		 cur;
	char		*values[SETTINGS_N];
};

/* Whether the user's own LANGUAGE was there before we set one. */
static bool settings_user_language;

static void
settings_load(struct tui *t)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);
	struct strbuf v;
	char err[REG_ERRSZ];
	size_t i;

	strbuf_init(&v);
	for (i = 0; i < SETTINGS_N; i++) {
		free(ss->values[i]);
		strbuf_reset(&v);
		if (reg_setting_get(t->reg, settings_items[i].key, &v, err,
		    sizeof err) != 0)
			strbuf_reset(&v);
		ss->values[i] = xstrdup(v.buf);
	}
	strbuf_free(&v);
}

void
settings_apply_language(struct tui *t, bool startup)
{
	struct strbuf v;
	char err[REG_ERRSZ];
	const char *cur = getenv("LANGUAGE");

	if (startup)
		settings_user_language = cur != NULL && *cur != '\0';
	if (settings_user_language)
		return;
	strbuf_init(&v);
	if (reg_setting_get(t->reg, "ui.language", &v, err, sizeof err) == 0 &&
	    v.len > 0) {
		setenv("LANGUAGE", v.buf, 1);
		/* glibc drops its cached translations when the domain is set
		 * again. */
		textdomain(textdomain(NULL));
	}
	strbuf_free(&v);
}

void
settings_open(struct tui *t)
{
	settings_load(t);
	tui_push(t, SCREEN_SETTINGS);
}

static void
settings_draw(struct tui *t)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);
	char shown[1024];
	size_t i;
	int y = 2, lw = 34;

	ui_puts(1, 1, COLS - 2, _("Shared by every assistant using this "
	    "register. Enter changes, x clears."), ui_attr(R_DIM));
	for (i = 0; i < SETTINGS_N; i++, y++) {
		attr_t a = i == ss->cur ? ui_attr(R_SELECTED) : A_NORMAL;

		settings_list(ss->values[i] != NULL ?
		    settings_shown(ss->values[i]) : "", shown, sizeof shown);
		ui_fill(y + 1, 0, COLS, a);
		ui_puts(y + 1, 1, lw, _(settings_items[i].label), a);
		ui_put(y + 1, lw + 2, COLS - lw - 3, shown, strlen(shown), a,
		    false);
	}
	if (settings_user_language)
		ui_put_wrapped(y + 3, 1, 3, COLS - 2, _("LANGUAGE is set in the "
		    "environment: it decides the interface language."),
		    ui_attr(R_DIM));
}

static void
settings_store(struct tui *t, const char *value)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);
	char err[REG_ERRSZ], *v = xstrdup(value), *p;
	size_t item;

	if (settings_items[ss->cur].lines) {
		for (p = v; *p != '\0'; p++)
			if (*p == ';')
				*p = '\n';
	}
	item = ss->cur;
	if (reg_setting_set(t->reg, settings_items[item].key, v, err,
	    sizeof err) != 0) {
		tui_message(t, true, "%s", err);
	} else {
		tui_message(t, false, "%s", _("Saved."));
		/* As in a form, the cursor goes on to the next field. */
		if (ss->cur + 1 < SETTINGS_N)
			ss->cur++;
	}
	free(v);
	settings_load(t);
	if (strcmp(settings_items[item].key, "ui.language") == 0) {
		if (!settings_user_language && value[0] == '\0')
			unsetenv("LANGUAGE");
		settings_apply_language(t, false);
		textdomain(textdomain(NULL));
		tui_language(t);
	}
}

static void
settings_done(struct tui *t, struct dialog *d, bool ok, int choice,
    const char *text)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);
	char code[16];

	if (!ok)
		return;
	if (d->kind == DIALOG_CHOICE) {
		settings_choice(ss->cur, choice, code, sizeof code);
		settings_store(t, code);
	} else
		settings_store(t, text);
}

static void
settings_edit(struct tui *t)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);
	const char *labels[8];
	char choices[64], *tok, *save = NULL, shown[1024];
	int n = 0;

	if (settings_items[ss->cur].choices != NULL) {
		snprintf(choices, sizeof choices, "%s",
		    settings_items[ss->cur].choices);
		for (tok = strtok_r(choices, " ", &save); tok != NULL && n < 8;
		    tok = strtok_r(NULL, " ", &save))
			labels[n++] = strcmp(tok, "-") == 0 ?
			    _("(not set: the default)") : settings_shown(tok);
		dialog_choice(&t->dialog, _("Settings"),
		    _(settings_items[ss->cur].label), labels, n, 0,
		    settings_done);
		return;
	}
	settings_list(ss->values[ss->cur] != NULL ? ss->values[ss->cur] : "",
	    shown, sizeof shown);
	dialog_input(&t->dialog, _("Settings"), _(settings_items[ss->cur].label),
	    shown, settings_done);
}

static int
settings_key(struct tui *t, enum action a, int key)
{
	struct settings_state *ss = tui_state(t, SCREEN_SETTINGS);

	/* Tab and Shift-Tab move between the fields, as in mc's forms. */
	if (key == '\t')
		a = ACT_DOWN;
	else if (key == KEYCODE(KEY_BTAB))
		a = ACT_UP;
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_UP:
		if (ss->cur > 0)
			ss->cur--;
		return UI_REDRAW;
	case ACT_DOWN:
		if (ss->cur + 1 < SETTINGS_N)
			ss->cur++;
		return UI_REDRAW;
	case ACT_HOME:
		ss->cur = 0;
		return UI_REDRAW;
	case ACT_END:
		ss->cur = SETTINGS_N - 1;
		return UI_REDRAW;
	case ACT_ENTER:
		settings_edit(t);
		return UI_REDRAW;
	case ACT_CLEAR:
		settings_store(t, "");
		return UI_REDRAW;
	default:
		return 0;
	}
}

/* The values are read afresh each time the screen opens. */
static void
settings_clear(struct settings_state *ss)
{
	size_t i;

	for (i = 0; i < SETTINGS_N; i++) {
		free(ss->values[i]);
		ss->values[i] = NULL;
	}
}

static void
settings_leave(struct tui *t)
{
	settings_clear(tui_state(t, SCREEN_SETTINGS));
}

static void *
settings_enter(struct tui *t)
{
	(void)t;
	return xcalloc(1, sizeof(struct settings_state));
}

static void
settings_free(void *state)
{
	settings_clear(state);
	free(state);
}

const struct screen screen_settings = {
	.id = SCREEN_SETTINGS,
	.title = N_("Settings"),
	.enter = settings_enter,
	.free = settings_free,
	.draw = settings_draw,
	.key = settings_key,
	.leave = settings_leave,
};
