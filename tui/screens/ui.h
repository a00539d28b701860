/*
 * The terminal: start and stop curses, colours (or bold and reverse video
 * under NO_COLOR and on monochrome terminals), and text drawn by display
 * width so that Kazakh and Russian text lines up and is never cut in the
 * middle of a character.
 */
#ifndef QARAU_UI_H
#define QARAU_UI_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

#define UI_MIN_COLS	80
#define UI_MIN_ROWS	24

enum ui_role {
	R_NORMAL = 0,
	R_TITLE,	/* the top line */
	R_HEADER,	/* column headings */
	R_SELECTED,	/* the cursor's row */
	R_OVERDUE,
	R_TODAY,
	R_SOON,
	R_MET,
	R_BAR_KEY,	/* "F1" on the bottom bar */
	R_BAR_LABEL,	/* "Help" on the bottom bar */
	R_ERROR,
	R_DIM,
	R_HEAD,		/* a heading inside a pane */
	R_FRAME,
	R_COUNT
};

int	 ui_init(bool no_color);
void	 ui_end(void);
bool	 ui_colour(void);
attr_t	 ui_attr(enum ui_role);
bool	 ui_too_small(void);
void	 ui_draw_too_small(void);

/* Columns that s (UTF-8) needs; bytes of s that fit in cols columns. */
int	 ui_width(const char *s);
int	 ui_width_n(const char *s, size_t len);
size_t	 ui_fit(const char *s, size_t len, int cols);
/*
 * Draws len bytes of s at y, x in at most w columns with attr; pads with
 * spaces to w columns when pad.  Returns the columns drawn.
 */
int	 ui_put(int y, int x, int w, const char *s, size_t len, attr_t, bool pad);
int	 ui_puts(int y, int x, int w, const char *s, attr_t);
/* As ui_put, a text too long for w ending in "…", never cut silently. */
int	 ui_put_cut(int y, int x, int w, const char *s, attr_t, bool pad);
int	 ui_printf(int y, int x, int w, attr_t, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
void	 ui_fill(int y, int x, int w, attr_t);
/* Copies src into dst, cut at a character boundary when too long. */
void	 ui_copy(char *dst, size_t dstsz, const char *src);
/* Bytes of the next wrapped line of s[0..len) in w columns (>= 1 char);
 * *next is where the following line starts (after a break space). */
size_t	 ui_wrap(const char *s, size_t len, int w, size_t *next);
/* Draws s word-wrapped in h rows from y; returns rows used. */
int	 ui_put_wrapped(int y, int x, int h, int w, const char *s, attr_t);
void	 ui_box(int y, int x, int h, int w);
/* The bottom bar with the F-keys of a screen (KS_* bit). */
void	 ui_bar(unsigned screen, bool typing);

/* A message as a sentence on the status line: no leading spaces, a capital
 * first letter (the register's and the core's messages start in lower
 * case for the command line's "qarau: ..."). */
void	 ui_sentence(char *);

/* 1 for a "yes" key (y, and д for Russian, и for Kazakh), 0 for a "no"
 * key (n, н, ж), -1 for any other: the answer must not wait for a switch
 * of keyboard layout. */
int	 ui_yes_no(int key);

/* Dates typed in any field: the forms of qdate_parse_human against the
 * frozen or real today set once at start. */
void	 ui_set_today(qdate);
qdate	 ui_today(void);
bool	 ui_date_parse(const char *, qdate *);
/* What to type, after '%s' was refused (NULL: nothing typed yet). */
void	 ui_date_hint(char *msg, size_t msgsz, const char *bad);

#endif
