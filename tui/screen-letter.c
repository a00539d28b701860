/*
 * Letter: the draft of the return letter in a pager, in Kazakh or
 * Russian (by default the language of the proceedings), searchable.
 * When the filing does not go back by letter, the builder's message is
 * shown instead.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/letter-build.h"
#include "tui/tui.h"
#include "tui/ui.h"

static struct {
	int64_t		 id;
	char		 lang[4];	/* "" = the language of the proceedings */
	struct pager	 text;
	bool		 ready;
	char		 err[REG_ERRSZ];
	bool		 searching;
	struct input	 in;
} ls;

static void
letter_build(struct tui *t)
{
	struct strbuf sb;

	strbuf_init(&sb);
	ls.err[0] = '\0';
	if (letter_build_text(t->cli, ls.id, ls.lang[0] != '\0' ? ls.lang :
	    NULL, &sb, ls.err, sizeof ls.err) != 0) {
		if (ls.err[0] == '\0')
			snprintf(ls.err, sizeof ls.err, "%s",
			    _("No letter for this filing."));
		pager_set(&ls.text, "", 0);
	} else
		pager_set(&ls.text, sb.buf, sb.len);
	strbuf_free(&sb);
}

void
letter_open(struct tui *t, int64_t id, const char *lang)
{
	if (!ls.ready) {
		pager_init(&ls.text);
		ls.ready = true;
	}
	ls.id = id;
	snprintf(ls.lang, sizeof ls.lang, "%s", lang != NULL ? lang : "");
	ls.searching = false;
	letter_build(t);
	tui_push(t, SCREEN_LETTER);
}

void
letter_free(void)
{
	if (ls.ready)
		pager_free(&ls.text);
	memset(&ls, 0, sizeof ls);
}

static void
letter_draw(struct tui *t)
{
	char line[200];
	int lw;

	(void)t;
	snprintf(line, sizeof line, "%s %s", _("Language:"),
	    ls.lang[0] == '\0' ? _("of the proceedings") :
	    strcmp(ls.lang, "kk") == 0 ? _("Kazakh") : _("Russian"));
	ui_puts(1, 1, COLS - 2, line, ui_attr(R_HEAD));
	if (ls.err[0] != '\0') {
		ui_put_wrapped(3, 2, LINES - 6, COLS - 4, ls.err, A_BOLD);
		return;
	}
	pager_draw(&ls.text, 2, 1, LINES - 4, COLS - 2);
	if (ls.searching) {
		ui_fill(LINES - 2, 0, COLS, A_NORMAL);
		lw = ui_puts(LINES - 2, 0, COLS, _("Search: "), A_BOLD);
		input_draw(&ls.in, LINES - 2, lw, COLS - lw - 1, true);
	}
}

static int
letter_search_key(struct tui *t, enum action a, int key)
{
	char needle[256];

	if (key == 27 || a == ACT_ENTER) {
		ls.searching = false;
		return UI_REDRAW;
	}
	if (input_key(&ls.in, key)) {
		input_get(&ls.in, needle, sizeof needle);
		if (needle[0] != '\0' && !pager_find(&ls.text, needle, false))
			tui_message(t, true, _("Not found: %s"), needle);
		return UI_REDRAW;
	}
	return UI_HANDLED;
}

static int
letter_key(struct tui *t, enum action a, int key)
{
	char needle[256];

	if (ls.searching)
		return letter_search_key(t, a, key);
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_LANG:
		/* From "of the proceedings" to an explicit kk, then ru. */
		snprintf(ls.lang, sizeof ls.lang, "%s",
		    strcmp(ls.lang, "kk") == 0 ? "ru" : "kk");
		letter_build(t);
		return UI_REDRAW;
	case ACT_SEARCH:
		ls.searching = true;
		input_set(&ls.in, "");
		ls.text.match = 0;
		return UI_REDRAW;
	case ACT_SEARCH_NEXT:
		input_get(&ls.in, needle, sizeof needle);
		if (needle[0] != '\0' && !pager_find(&ls.text, needle, true))
			tui_message(t, false, _("No further match for %s"),
			    needle);
		return UI_REDRAW;
	default:
		return pager_key(&ls.text, a, LINES - 4);
	}
}

static bool
letter_typing(struct tui *t)
{
	(void)t;
	return ls.searching;
}

static void
letter_resize(struct tui *t)
{
	(void)t;
	ls.text.width = 0;
}

const struct screen screen_letter = {
	.id = SCREEN_LETTER,
	.title = N_("Return letter"),
	.draw = letter_draw,
	.key = letter_key,
	.resize = letter_resize,
	.typing = letter_typing,
};
