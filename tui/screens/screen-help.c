/*
 * Help: the keys of the screen it was called from, generated from the key
 * table, and a reader for the resolution's text, paragraph by paragraph,
 * with search.  In the Kazakh interface the reader shows the Kazakh text;
 * in Russian and English it shows this project's summary of each
 * paragraph in that language with the Kazakh original beneath it.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/resolution.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"

struct help_state {
	enum screen_id	 of;
	bool		 resolution;
	struct pager	 text;
};

static void
help_keys_text(struct tui *t, struct strbuf *sb)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);
	const struct key_binding *kb;
	char name[32], keys[128];
	size_t n, i, j, o;
	unsigned bit = KS(hs->of);

	strbuf_printf(sb, PAGER_HEAD "%s: %s\n\n", _("Keys"),
	    _(tui_screen(hs->of)->title));
	kb = keys_table(&n);
	for (i = 0; i < n; i++) {
		if (!(kb[i].screens & bit))
			continue;
		o = 0;
		keys[0] = '\0';
		for (j = 0; j < KEYS_PER_BINDING && kb[i].keys[j] != 0; j++) {
			/* Enter is bound as three codes: name it once. */
			if (j > 0 && (kb[i].keys[j] == '\n' ||
			    kb[i].keys[j] == KEYCODE(KEY_ENTER)))
				continue;
			o += (size_t)snprintf(keys + o, sizeof keys - o, "%s%s",
			    o > 0 ? ", " : "", keys_name(kb[i].keys[j], name,
			    sizeof name));
			if (o >= sizeof keys)
				break;
		}
		strbuf_printf(sb, "  %-22s %s\n", keys, _(kb[i].help));
	}
	strbuf_printf(sb, "\n%s\n", _("F2 or r shows the text of the "
	    "resolution; Esc or q goes back."));
}

static void
help_resolution_text(struct tui *t, struct strbuf *sb)
{
	const char *s;
	int i, n;

	tui_resolution_load(t);
	if (t->res_kk == NULL) {
		strbuf_printf(sb, "%s\n", _("The text of the resolution is "
		    "not available (data/resolution/kk.txt)."));
		return;
	}
	/* The title in the interface language when it has its own text. */
	strbuf_printf(sb, PAGER_HEAD "%s\n\n", resolution_title(
	    t->res_tr != NULL ? t->res_tr : t->res_kk));
	n = resolution_count(t->res_kk);
	for (i = 1; i <= n; i++) {
		/* TRANSLATORS: the heading of a paragraph of the
		 * resolution in the help's reader. */
		strbuf_puts(sb, PAGER_HEAD);
		strbuf_printf(sb, _("Paragraph %d"), i);
		strbuf_putc(sb, '\n');
		if (t->res_tr != NULL &&
		    (s = resolution_text(t->res_tr, i)) != NULL)
			strbuf_printf(sb, "%s\n\n" PAGER_DIM "%s\n", s,
			    _("Kazakh original:"));
		if ((s = resolution_text(t->res_kk, i)) != NULL)
			strbuf_printf(sb, "%s\n", s);
		strbuf_putc(sb, '\n');
	}
}

static void
help_build(struct tui *t)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);
	struct strbuf sb;

	strbuf_init(&sb);
	if (hs->resolution)
		help_resolution_text(t, &sb);
	else
		help_keys_text(t, &sb);
	pager_set(&hs->text, sb.buf, sb.len);
	strbuf_free(&sb);
}

void
help_open(struct tui *t, enum screen_id of, bool resolution)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);

	hs->of = of;
	hs->resolution = resolution;
	hs->text.searching = false;
	input_set(&hs->text.find, "");
	help_build(t);
	tui_push(t, SCREEN_HELP);
}

static void *
help_enter(struct tui *t)
{
	struct help_state *hs = xcalloc(1, sizeof *hs);

	(void)t;
	pager_init(&hs->text);
	return hs;
}

static void
help_free(void *state)
{
	struct help_state *hs = state;

	pager_free(&hs->text);
	free(hs);
}

static void
help_draw(struct tui *t)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);

	pager_draw(&hs->text, 1, 1, LINES - 3, COLS - 2);
	pager_search_draw(&hs->text, LINES - 2);
}

static int
help_key(struct tui *t, enum action a, int key)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);

	if (pager_searching(&hs->text))
		return pager_search_key(t, &hs->text, a, key, LINES - 3);
	switch (a) {
	case ACT_BACK:
		return UI_BACK;
	case ACT_RESOLUTION:
		hs->resolution = !hs->resolution;
		help_build(t);
		return UI_REDRAW;
	default:
		return pager_search_key(t, &hs->text, a, key, LINES - 3);
	}
}

static bool
help_typing(struct tui *t)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);

	return pager_searching(&hs->text);
}

static void
help_resize(struct tui *t)
{
	struct help_state *hs = tui_state(t, SCREEN_HELP);

	hs->text.width = 0;
}

const struct screen screen_help = {
	.id = SCREEN_HELP,
	.title = N_("Help"),
	.enter = help_enter,
	.free = help_free,
	.draw = help_draw,
	.key = help_key,
	.resize = help_resize,
	.typing = help_typing,
};
