/*
 * Keys: commands (actions) and the one table that binds keys to them per
 * screen.  The bottom bar and the help screen are generated from it.
 */
#ifndef QARAU_KEYS_H
#define QARAU_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* A curses key code (KEY_*) is stored with this bit, so that it never
 * collides with a character (U+0100.. are characters, not keys). */
#define KEYCODE(k)	((k) | 0x1000000)
#define IS_KEYCODE(k)	(((k) & 0x1000000) != 0)
#define CTRL_KEY(c)	((c) & 0x1f)

enum action {
	ACT_NONE = 0,
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_LEFT, ACT_RIGHT,
	ACT_ENTER, ACT_BACK, ACT_QUIT, ACT_HELP, ACT_SETTINGS, ACT_SEARCH, ACT_SEARCH_NEXT,
	ACT_FILTER, ACT_OVERDUE, ACT_REFRESH, ACT_REDRAW, ACT_NEW, ACT_TAB, ACT_TOGGLE,
	ACT_PANE, ACT_PREV, ACT_ANSWERS, ACT_NEXT_OPEN, ACT_SAVE, ACT_DISCARD,
	ACT_EVENT, ACT_FACT, ACT_JUDGE, ACT_LETTER, ACT_LANG, ACT_RESOLUTION, ACT_CLEAR,
	ACT_EXPORT, ACT_PRINT, ACT_FIELDS, ACT_SORT, ACT_REVERSE, ACT_KIND,
	ACT_SEND, ACT_UNDO, ACT_CALENDAR, ACT_STATS,
	ACT_DOCUMENT
};

/* The screens (tui.c's table, one file each: screen-*.c). */
enum screen_id {
	SCREEN_REGISTER,
	SCREEN_SCREENING,
	SCREEN_FILING,
	SCREEN_LETTER,
	SCREEN_HELP,
	SCREEN_SETTINGS,
	SCREEN_CALENDAR,
	SCREEN_STATS,
	SCREEN_COUNT
};

/* Screens as bits, for the table: one bit per screen_id, so that
 * KS_ALL covers every screen there is (keys.c asserts it). */
#define KS(id)		(1u << (id))
#define KS_REGISTER	KS(SCREEN_REGISTER)
#define KS_SCREENING	KS(SCREEN_SCREENING)
#define KS_FILING	KS(SCREEN_FILING)
#define KS_LETTER	KS(SCREEN_LETTER)
#define KS_HELP		KS(SCREEN_HELP)
#define KS_SETTINGS	KS(SCREEN_SETTINGS)
#define KS_CALENDAR	KS(SCREEN_CALENDAR)
#define KS_STATS	KS(SCREEN_STATS)
#define KS_ALL		(KS(SCREEN_COUNT) - 1)
#define KS_SUB		(KS_ALL & ~KS_REGISTER)

#define KEYS_PER_BINDING	4

struct key_binding {
	unsigned	 screens;
	enum action	 action;
	int		 keys[KEYS_PER_BINDING];	/* 0-terminated */
	int		 fkey;		/* 1..10 on the bar, or 0 */
	const char	*bar;		/* N_() short caption for the bar */
	const char	*help;		/* N_() line for the help screen */
	/* NC_("bar", ...): the caption abbreviated, for a bar too narrow
	 * for the whole words (kk and ru at 80 columns). */
	const char	*bar_short;
};

/* The action of key on a screen (KS_* bit); typing: a text field has the
 * keyboard, so printable characters and editing keys are not commands. */
enum action keys_action(unsigned screen, int key, bool typing);
const struct key_binding *keys_table(size_t *n);
/* "F1", "Up", "Enter", "^L", "q" ... into buf. */
const char *keys_name(int key, char *buf, size_t bufsz);
/* Whether a text field takes this key (printable or editing key). */
bool	 keys_is_editing(int key);

#endif
