/*
 * Widgets shared by the screens: a one-line text field (widget-input.c),
 * a pager for long text (widget-pager.c), a modal dialog
 * (widget-dialog.c) and the answer to one question of the checklist
 * (widget-answer.c).  Each has a state struct, a draw function and a key
 * function; none of them touches the register.
 */
#ifndef QARAU_WIDGET_H
#define QARAU_WIDGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "core/strbuf.h"
#include "tui/screens/keys.h"

/* widget-input.c: one line of UTF-8 text, edited as wide characters. */
#define INPUT_MAX	512

struct input {
	wchar_t		 text[INPUT_MAX + 1];
	size_t		 len;
	size_t		 cursor;
	size_t		 scroll;	/* first character shown */
	bool		 offered;	/* a default the first letter replaces */
};

void	 input_set(struct input *, const char *utf8);
/* A default, as mc's dialogs offer one: Enter takes it, the first
 * character typed replaces it, an editing key keeps it for editing. */
void	 input_offer(struct input *, const char *utf8);
/* The text as UTF-8 into out (truncated at outsz). */
void	 input_get(const struct input *, char *out, size_t outsz);
/* true when the key was an editing key and was used. */
bool	 input_key(struct input *, int key);
/* Draws in w columns at y, x; places the cursor when focused. */
void	 input_draw(struct input *, int y, int x, int w, bool focused);

/* widget-path.c: a file's path with Tab completion, as a shell does it. */
#define PATH_INPUT_MAX	4096

struct path_input {
	struct input	 in;
	char		**cand;		/* names listed after an ambiguous Tab */
	size_t		 n_cand;
	char		 msg[256];	/* nothing matches, or a file's error */
};

void	 path_init(struct path_input *);
void	 path_free(struct path_input *);
void	 path_reset(struct path_input *);
/* Tab or an editing key; false when the key is not the field's. */
bool	 path_key(struct path_input *, int key);
/* The typed path with "~" and "~user" expanded. */
void	 path_get(const struct path_input *, char *out, size_t outsz);
/* The field on row y, its message or candidates below in h - 1 rows. */
void	 path_draw(struct path_input *, int y, int x, int h, int w,
	    bool focused);

/*
 * widget-pager.c: text wrapped to the width, scrolled and searched.
 * A line that starts with one of the PAGER_* bytes is drawn in that role.
 */
#define PAGER_HEAD	"\001"	/* a heading, bold */
#define PAGER_OVERDUE	"\002"
#define PAGER_SOON	"\003"
#define PAGER_MET	"\004"
#define PAGER_DIM	"\005"
#define PAGER_TODAY	"\006"

struct pager_line {
	size_t		 off;
	size_t		 len;
	unsigned char	 role;
	bool		 cont;		/* wrapped from the line before */
};

struct pager {
	struct strbuf	 text;
	struct pager_line *lines;
	size_t		 n_lines, cap_lines;
	int		 width;		/* wrapped for this width */
	int		 hang;		/* columns a wrapped line is indented */
	size_t		 top;
	size_t		 match;		/* line of the last match + 1, 0 none */
	size_t		 mark_off;	/* bytes of text highlighted (reverse */
	size_t		 mark_len;	/* and bold), 0: none */
	bool		 mark_scroll;	/* bring the mark into view at the draw */
	bool		 searching;	/* the search field has the keyboard */
	struct input	 find;		/* what was searched for */
};

void	 pager_init(struct pager *);
void	 pager_free(struct pager *);
void	 pager_set(struct pager *, const char *text, size_t len);
void	 pager_draw(struct pager *, int y, int x, int h, int w);
/* UI_* flags. */
int	 pager_key(struct pager *, enum action, int h);
/* Next line (after the top, or from the start) containing needle,
 * case-insensitively; false when none. */
bool	 pager_find(struct pager *, const char *needle, bool next);
/* Highlights the lines holding text[off..off+len) and scrolls to them at
 * the next draw (len 0: no highlight). */
void	 pager_mark(struct pager *, size_t off, size_t len);
/* Scrolls so that the first line whose text starts with prefix is on top. */
void	 pager_goto_prefix(struct pager *, const char *prefix);
/* A pager searched by the user (the help and letter screens): the search
 * keys (ACT_SEARCH, ACT_SEARCH_NEXT, typing in the field) and then the
 * pager's own, in h rows; UI_* flags.  A screen gives it the keys it does
 * not use itself, and every key while pager_searching. */
struct tui;
int	 pager_search_key(struct tui *, struct pager *, enum action, int key,
	    int h);
bool	 pager_searching(const struct pager *);
/* The search field on row y, over the status line, while searching. */
void	 pager_search_draw(struct pager *, int y);

/* widget-dialog.c: a modal question over the current screen. */
enum dialog_kind {
	DIALOG_CONFIRM,		/* y / n */
	DIALOG_CHOICE,		/* one of a list */
	DIALOG_INPUT,		/* a line of text */
	DIALOG_MESSAGE		/* any key closes */
};

#define DIALOG_MAX_CHOICES	128

struct tui;
struct dialog;
/* ok: false when cancelled; choice: index; text: the input's text. */
typedef void (*dialog_fn)(struct tui *, struct dialog *, bool ok,
	    int choice, const char *text);

struct dialog {
	bool		 active;
	enum dialog_kind kind;
	char		 title[160];
	char		 prompt[512];
	char		 hint[200];	/* error or help under the field */
	int		 n_choices;
	char		*choices[DIALOG_MAX_CHOICES];	/* owned */
	int		 cursor;
	int		 top;
	struct input	 input;
	dialog_fn	 done;
	/* Context for done(). */
	int		 tag;
	char		 ctx[128];
	bool		 (*validate)(const char *text, char *msg, size_t msgsz);
};

void	 dialog_confirm(struct dialog *, const char *title, const char *prompt,
	    dialog_fn);
void	 dialog_choice(struct dialog *, const char *title, const char *prompt,
	    const char *const *choices, int n, int cursor, dialog_fn);
void	 dialog_input(struct dialog *, const char *title, const char *prompt,
	    const char *initial, dialog_fn);
void	 dialog_message(struct dialog *, const char *title, const char *text);
void	 dialog_close(struct dialog *);
void	 dialog_draw(struct dialog *);
/* UI_* flags; calls done() when the dialog ends. */
int	 dialog_key(struct tui *, struct dialog *, enum action, int key);

/*
 * widget-answer.c: the answer to one question of the vocabulary: choices
 * for enum and bool (with "unknown"), check boxes for a set, a field for a
 * date or text.
 */
#define ANSWER_NONE	0
#define ANSWER_DONE	1	/* value holds the answer (facts-file text) */
#define ANSWER_REDRAW	2

struct facts;

struct answer {
	size_t		 idx;		/* vocabulary index */
	int		 n_choices;
	int		 cursor;
	int		 top;
	uint32_t	 marked;	/* set: bit i = values[i] */
	unsigned char	 order[65];	/* enum: the value at each row */
	bool		 field;		/* date or text: the input has the keys */
	struct input	 input;
	char		 msg[256];	/* validation message */
	uint64_t	 proposed;	/* rows read from the document (bits) */
};

void	 answer_init(struct answer *, size_t idx, const struct facts *);
/* Draws at y, x in h rows and w columns; returns the rows used. */
int	 answer_draw(struct answer *, int y, int x, int h, int w, bool focused);
int	 answer_key(struct answer *, enum action, int key, char *value,
	    size_t valuesz);
/* Preselects value (facts-file text) read from the filing's document and
 * marks its rows; false when the question has no such value. */
bool	 answer_propose(struct answer *, const char *value);
/* The label people see for a value of a fact (translated). */
const char *answer_value_label(size_t idx, const char *value);

/*
 * widget-form.c: labelled fields on one screen (text, date as typed, or a
 * choice among labels), moved through with Tab / Down / Up; Enter on the
 * last field or F2 confirms.  The owner reads the fields and validates.
 */
#define FORM_MAX	12
#define FORM_NONE	0
#define FORM_REDRAW	1
#define FORM_DONE	2

enum form_kind { FORM_TEXT, FORM_DATE, FORM_CHOICE };

struct form_field {
	const char		*label;		/* translated */
	const char		*hint;		/* translated, or NULL */
	enum form_kind		 kind;
	const char *const	*choices;	/* FORM_CHOICE: translated */
	int			 n_choices;
	int			 choice;	/* -1: none */
	struct input		 input;
};

struct form {
	struct form_field	 f[FORM_MAX];
	int			 n;
	int			 cur;
	char			 msg[256];	/* validation message */
};

void	 form_init(struct form *);
/* Adds a field; its index, or -1 when the form is full. */
int	 form_add(struct form *, const char *label, const char *hint,
	    enum form_kind, const char *const *choices, int n_choices);
/* The text of field i (text and date fields). */
void	 form_get(const struct form *, int i, char *out, size_t outsz);
/* Draws at y, x in h rows and w columns; returns the rows used. */
int	 form_draw(struct form *, int y, int x, int h, int w);
/* FORM_NONE, FORM_REDRAW or FORM_DONE (confirmed). */
int	 form_key(struct form *, enum action, int key);

#endif
