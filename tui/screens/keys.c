/*
 * The key table: which keys run which command on which screen.  The bottom
 * bar (ui_bar) and the help screen are generated from it, so a key added
 * here is documented everywhere at once.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wctype.h>

#include "core/i18n.h"
#include "tui/screens/keys.h"

#define K(k)	KEYCODE(k)
#define ESC	27

/* A screen added to enum screen_id needs its KS_ bit above and its keys
 * below; KS_ALL is derived from the enum, so this fails until it has. */
_Static_assert(SCREEN_COUNT <= 16, "a screen's bit fits in unsigned");
_Static_assert((KS_REGISTER | KS_SCREENING | KS_FILING | KS_LETTER |
    KS_HELP | KS_SETTINGS | KS_CALENDAR | KS_STATS) == KS_ALL, "every screen has its KS_ bit");

static const struct key_binding keys_bindings[] = {
	{ KS_ALL, ACT_HELP, { K(KEY_F(1)), '?' }, 1, N_("Help"),
	    N_("show the keys of this screen"),
	    /* TRANSLATORS: context "bar": a caption of the F-key bar
	     * abbreviated, used only where the whole captions do not fit
	     * (Kazakh and Russian at 80 columns): as short as it stays
	     * clear, a period where the word is cut ("Настр."). */
	    NC_("bar", "Help") },
	{ KS_REGISTER, ACT_SETTINGS, { K(KEY_F(2)), 'S' }, 2, N_("Setup"),
	    N_("court, judges and languages"),
	    NC_("bar", "Setup") },
	{ KS_REGISTER | KS_LETTER | KS_HELP, ACT_SEARCH, { K(KEY_F(3)), '/' },
	    3, N_("Search"), N_("search (type, Enter keeps, Esc clears)"),
	    NC_("bar", "Search") },
	{ KS_LETTER | KS_HELP, ACT_SEARCH_NEXT, { 'n' }, 0, NULL,
	    N_("next match"), NULL },
	{ KS_REGISTER, ACT_FILTER, { K(KEY_F(4)), 'f' }, 4, N_("Filter"),
	    N_("filter by status, outcome, judge"),
	    NC_("bar", "Filter") },
	{ KS_REGISTER, ACT_OVERDUE, { 'o' }, 0, NULL,
	    N_("show only overdue filings, or all again"), NULL },
	{ KS_REGISTER | KS_FILING, ACT_REFRESH, { K(KEY_F(5)), CTRL_KEY('r') },
	    5, N_("Refresh"), N_("read the register again"),
	    NC_("bar", "Refresh") },
	{ KS_ALL, ACT_REDRAW, { CTRL_KEY('l') }, 0, NULL,
	    N_("repaint the screen"), NULL },
	{ KS_REGISTER, ACT_NEW, { 'n', K(KEY_F(7)) }, 7, N_("New"),
	    N_("screen a new filing"),
	    NC_("bar", "New") },
	{ KS_REGISTER, ACT_ENTER, { '\r', '\n', K(KEY_ENTER) }, 0, NULL,
	    N_("open the filing"), NULL },
	{ KS_SCREENING, ACT_ENTER, { '\r', '\n', K(KEY_ENTER) }, 0, NULL,
	    N_("answer, or save at the end"), NULL },
	{ KS_FILING | KS_SETTINGS | KS_HELP, ACT_ENTER,
	    { '\r', '\n', K(KEY_ENTER) }, 0, NULL, N_("open or change"), NULL },
	{ KS_LETTER, ACT_ENTER, { '\r', '\n', K(KEY_ENTER) }, 0, NULL,
	    N_("keep the search; in a question, accept"), NULL },
	{ KS_SCREENING, ACT_TOGGLE, { ' ', 'x' }, 0, NULL,
	    N_("mark or unmark an item of a list"), NULL },
	{ KS_ALL, ACT_UP, { K(KEY_UP), 'k' }, 0, NULL, N_("up"), NULL },
	{ KS_ALL, ACT_DOWN, { K(KEY_DOWN), 'j' }, 0, NULL, N_("down"), NULL },
	{ KS_ALL, ACT_PGUP, { K(KEY_PPAGE), CTRL_KEY('b') }, 0, NULL,
	    N_("page up"), NULL },
	{ KS_ALL, ACT_PGDN, { K(KEY_NPAGE), CTRL_KEY('f'), ' ' }, 0, NULL,
	    N_("page down"), NULL },
	{ KS_ALL, ACT_HOME, { K(KEY_HOME), 'g' }, 0, NULL, N_("first line"), NULL },
	{ KS_ALL, ACT_END, { K(KEY_END), 'G' }, 0, NULL, N_("last line"), NULL },
	{ KS_SCREENING, ACT_PREV, { K(KEY_F(6)), K(KEY_BACKSPACE), 'b', 127 },
	    6, N_("Prev"), N_("back to the previous question"),
	    NC_("bar", "Prev") },
	{ KS_SCREENING, ACT_ANSWERS, { K(KEY_F(5)), 'a' }, 5, N_("Answers"),
	    N_("the answers so far; Enter changes one"),
	    NC_("bar", "Answers") },
	{ KS_SCREENING, ACT_NEXT_OPEN, { K(KEY_F(7)), 'u' }, 7, N_("Unanswered"),
	    N_("go to the first unanswered question"),
	    NC_("bar", "Unanswered") },
	{ KS_SCREENING, ACT_SAVE, { K(KEY_F(2)), 's' }, 2, N_("Save"),
	    N_("save the filing to the register (at the end)"),
	    NC_("bar", "Save") },
	{ KS_SCREENING, ACT_DISCARD, { K(KEY_F(8)), 'd' }, 8, N_("Discard"),
	    N_("discard this screening"),
	    NC_("bar", "Discard") },
	{ KS_SCREENING, ACT_PANE, { K(KEY_F(9)), 't' }, 9, N_("Text"),
	    N_("the pane: the resolution's text, the document's text (when "
	    "one is open), or none"),
	    NC_("bar", "Text") },
	{ KS_SCREENING, ACT_DOCUMENT, { K(KEY_F(3)), 'o' }, 3, N_("Document"),
	    N_("open a document of the filing: its text and the answers it "
	    "proposes"),
	    NC_("bar", "Document") },
	{ KS_SCREENING | KS_HELP, ACT_TAB, { '\t' }, 0, NULL,
	    N_("switch pane"), NULL },
	{ KS_FILING, ACT_EVENT, { 'e', K(KEY_F(6)) }, 6, N_("Event"),
	    N_("record an event"),
	    NC_("bar", "Event") },
	{ KS_FILING, ACT_FACT, { 'c', K(KEY_F(4)) }, 4, N_("Fact"),
	    N_("change a fact (the filing is screened again)"),
	    NC_("bar", "Fact") },
	{ KS_FILING, ACT_JUDGE, { 'J', K(KEY_F(8)) }, 8, N_("Judge"),
	    N_("assign the judge"),
	    NC_("bar", "Judge") },
	{ KS_FILING, ACT_LETTER, { 'l', K(KEY_F(7)) }, 7, N_("Letter"),
	    N_("the return letter"),
	    NC_("bar", "Letter") },
	{ KS_LETTER, ACT_LANG, { 'L', K(KEY_F(4)) }, 4, N_("Lang"),
	    N_("letter in Kazakh or Russian"),
	    NC_("bar", "Lang") },
	{ KS_LETTER, ACT_FIELDS, { 'c', K(KEY_F(2)) }, 2, N_("Fields"),
	    N_("change a field of the letter: number, date, addressee..."),
	    NC_("bar", "Fields") },
	{ KS_LETTER, ACT_EXPORT, { 'e', K(KEY_F(5)) }, 5, N_("Export"),
	    N_("write the letter to a file: text, RTF or PDF"),
	    NC_("bar", "Export") },
	{ KS_LETTER, ACT_PRINT, { 'p', K(KEY_F(6)) }, 6, N_("Print"),
	    N_("print the letter (lp)"),
	    NC_("bar", "Print") },
	{ KS_LETTER, ACT_SEND, { 's', K(KEY_F(8)) }, 8, N_("Send"),
	    N_("send the letter: the next outgoing number, stored in the "
	    "journal"),
	    NC_("bar", "Send") },
	{ KS_FILING, ACT_UNDO, { 'u' }, 0, NULL,
	    N_("undo the fact just changed, or else the last event recorded "
	    "by mistake"), NULL },
	{ KS_LETTER, ACT_KIND, { 'K', K(KEY_F(7)) }, 7, N_("Letter kind"),
	    N_("the kind of letter the filing's state allows: return, "
	    "request of the case, notice"),
	    NC_("bar", "Letter kind") },
	{ KS_REGISTER, ACT_SORT, { 's', K(KEY_F(6)) }, 6, N_("Sort"),
	    N_("sort the list: choose the column in a menu (the same column "
	    "again reverses the order)"),
	    NC_("bar", "Sort") },
	{ KS_REGISTER, ACT_REVERSE, { 'r' }, 0, NULL,
	    N_("reverse the order of the list"), NULL },
	{ KS_HELP, ACT_RESOLUTION, { 'r', K(KEY_F(2)) }, 2, N_("Resolution"),
	    N_("the resolution's text, or the keys again"),
	    NC_("bar", "Resolution") },
	{ KS_SETTINGS, ACT_CLEAR, { 'x', K(KEY_DC) }, 0, NULL,
	    N_("clear the setting"), NULL },
	{ KS_REGISTER, ACT_CALENDAR, { 'C', K(KEY_F(8)) }, 8, N_("Calendar"),
	    N_("the court's calendar, month by month, with the deadlines"),
	    NC_("bar", "Calendar") },
	{ KS_REGISTER, ACT_STATS, { 'T', K(KEY_F(9)) }, 9, N_("Stats"),
	    N_("statistics of this year: filings, deadlines kept, by judge "
	    "and month"),
	    NC_("bar", "Stats") },
	{ KS_STATS, ACT_REFRESH, { K(KEY_F(5)), CTRL_KEY('r') }, 5,
	    N_("Refresh"), N_("count again"),
	    NC_("bar", "Refresh") },
	{ KS_CALENDAR, ACT_LEFT, { K(KEY_LEFT), 'h' }, 0, NULL,
	    N_("the day before"), NULL },
	{ KS_CALENDAR, ACT_RIGHT, { K(KEY_RIGHT), 'l' }, 0, NULL,
	    N_("the day after"), NULL },
	{ KS_CALENDAR, ACT_ENTER, { '\r', '\n', K(KEY_ENTER) }, 0, NULL,
	    N_("set the day: holiday, day off, working day"), NULL },
	{ KS_REGISTER, ACT_QUIT, { 'q', K(KEY_F(10)) }, 10, N_("Quit"),
	    N_("quit"),
	    NC_("bar", "Quit") },
	{ KS_SUB, ACT_BACK, { 'q', ESC, K(KEY_F(10)) }, 10, N_("Back"),
	    N_("back to the previous screen"),
	    NC_("bar", "Back") },
};

const struct key_binding *
keys_table(size_t *n)
{
	*n = sizeof keys_bindings / sizeof keys_bindings[0];
	return keys_bindings;
}

bool
keys_is_editing(int key)
{
	if (IS_KEYCODE(key)) {
		switch (key & ~0x1000000) {
		case KEY_BACKSPACE:
		case KEY_DC:
		case KEY_LEFT:
		case KEY_RIGHT:
		case KEY_HOME:
		case KEY_END:
			return true;
		default:
			return false;
		}
	}
	if (key == 127 || key == 8 || key == CTRL_KEY('u') ||
	    key == CTRL_KEY('a') || key == CTRL_KEY('e') ||
	    key == CTRL_KEY('k'))
		return true;
	return key >= 0x20 && iswprint((wint_t)key);
}

enum action
keys_action(unsigned screen, int key, bool typing)
{
	size_t i, j;

	if (typing && keys_is_editing(key))
		return ACT_NONE;
	for (i = 0; i < sizeof keys_bindings / sizeof keys_bindings[0]; i++) {
		if (!(keys_bindings[i].screens & screen))
			continue;
		for (j = 0; j < KEYS_PER_BINDING &&
		    keys_bindings[i].keys[j] != 0; j++)
			if (keys_bindings[i].keys[j] == key)
				return keys_bindings[i].action;
	}
	return ACT_NONE;
}

const char *
keys_name(int key, char *buf, size_t bufsz)
{
	int k;

	if (IS_KEYCODE(key)) {
		k = key & ~0x1000000;
		if (k >= KEY_F(1) && k <= KEY_F(12)) {
			snprintf(buf, bufsz, "F%d", k - KEY_F(0));
			return buf;
		}
		switch (k) {
		case KEY_UP: return C_("key", "Up");
		case KEY_DOWN: return C_("key", "Down");
		case KEY_LEFT: return C_("key", "Left");
		case KEY_RIGHT: return C_("key", "Right");
		case KEY_PPAGE: return C_("key", "PgUp");
		case KEY_NPAGE: return C_("key", "PgDn");
		case KEY_HOME: return C_("key", "Home");
		case KEY_END: return C_("key", "End");
		case KEY_ENTER: return C_("key", "Enter");
		case KEY_BACKSPACE: return C_("key", "Backspace");
		case KEY_DC: return C_("key", "Delete");
		default:
			snprintf(buf, bufsz, "#%d", k);
			return buf;
		}
	}
	switch (key) {
	case '\r':
	case '\n': return C_("key", "Enter");
	case 27: return C_("key", "Esc");
	case '\t': return C_("key", "Tab");
	case ' ': return C_("key", "Space");
	case 127: return C_("key", "Backspace");
	default:
		break;
	}
	if (key < 0x20)
		snprintf(buf, bufsz, "^%c", key + '@');
	else if (key < 0x80)
		snprintf(buf, bufsz, "%c", key);
	else
		snprintf(buf, bufsz, "U+%04X", (unsigned)key);
	return buf;
}
