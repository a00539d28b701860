/*
 * The interactive front end (tui_main() is declared in tui/cli/cli.h).
 *
 * One file per screen (screen-*.c), each described by a struct screen: its
 * state (made by enter, released by free, kept by the tui: tui_state), a
 * draw function and a key handler that returns UI_* flags; tui.c owns the
 * loop, the screen stack, the modal dialog and the signals; ui.c owns the
 * terminal, colours and text drawing; keys.c is the table of keys.
 */
#ifndef QARAU_TUI_H
#define QARAU_TUI_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/facts.h"
#include "tui/cli/cli.h"
#include "tui/screens/keys.h"
#include "tui/screens/widget.h"

/* What a key handler asks of the loop. */
#define UI_HANDLED	0x01	/* the key was used */
#define UI_REDRAW	0x02	/* repaint */
#define UI_BACK		0x04	/* leave this screen */
#define UI_QUIT		0x08	/* leave the program */

struct tui;

struct screen {
	enum screen_id	 id;
	const char	*title;			/* N_() */
	/* The screen's state: enter makes it the first time the screen is
	 * used, free releases it when the interface ends. */
	void		*(*enter)(struct tui *);
	void		(*free)(void *);
	void		(*draw)(struct tui *);
	int		(*key)(struct tui *, enum action, int key);
	void		(*tick)(struct tui *);	/* every half second, or NULL */
	void		(*resize)(struct tui *);	/* or NULL */
	bool		(*typing)(struct tui *);	/* in a text field, or NULL */
	void		(*leave)(struct tui *);	/* popped, or NULL */
};

#define TUI_STACK_MAX	8

struct resolution;

struct tui {
	struct cli	*cli;
	struct reg	*reg;
	enum screen_id	 stack[TUI_STACK_MAX];
	int		 depth;
	void		*state[SCREEN_COUNT];	/* tui_state */
	struct dialog	 dialog;		/* modal, when dialog.active */
	char		 status[256];		/* one-line message */
	bool		 status_error;
	char		 lang[4];		/* UI language: kk, ru, en */
	/* The resolution, read on first use (NULL when missing). */
	bool		 res_loaded;
	struct resolution *res_kk;
	struct resolution *res_tr;		/* ru or en summary */
};

extern volatile sig_atomic_t tui_signalled;

/* tui.c */
enum screen_id tui_current(const struct tui *);
void	 tui_push(struct tui *, enum screen_id);
void	 tui_pop(struct tui *);
void	 tui_message(struct tui *, bool error, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
const struct screen *tui_screen(enum screen_id);
/* Paints the screen now: a message shown before a long piece of work. */
void	 tui_paint(struct tui *);
/* The state of screen id, made by its enter on first use. */
void	*tui_state(struct tui *, enum screen_id);
/* t->lang from LANGUAGE and the locale; drops the loaded resolution. */
void	 tui_language(struct tui *);
/* The resolutions (kk original and the summary in the UI language). */
void	 tui_resolution_load(struct tui *);
/* Cited paragraphs as text for a pane: summary, then the Kazakh original. */
void	 tui_resolution_cited(struct tui *, const char *cites,
	    struct strbuf *out);

/* ui-decision.c: a decision as pager text (grounds, citations,
 * deadlines with their states, notes, missing answers). */
struct decision;
struct calendar;
void	 ui_decision_text(const struct decision *, const struct calendar *,
	    qdate today, struct strbuf *out);

/* screen-register.c */
extern const struct screen screen_register;
void	 register_select(struct tui *, int64_t id);
void	 register_refresh(struct tui *);

/* screen-screening.c */
extern const struct screen screen_screening;
/* A new screening, or a draft's facts resumed (draft_id 0 = new). */
void	 screening_start(struct tui *, const struct facts *, int64_t draft_id);
void	 screening_save_draft(struct tui *);

/* drafts.c: the unfinished screenings, to resume, discard or leave.
 * offer: a dialog when there are drafts (start: "Later" among the
 * choices); false when there are none.  new: 'n', the list of drafts
 * first when there are any, else a new screening at once. */
bool	 drafts_offer(struct tui *, bool start);
void	 drafts_new(struct tui *);

/* screen-filing.c */
extern const struct screen screen_filing;
void	 filing_open(struct tui *, int64_t id);
void	 filing_reload(struct tui *);

/* screen-letter.c */
extern const struct screen screen_letter;
void	 letter_open(struct tui *, int64_t id, const char *lang);

/* screen-help.c */
extern const struct screen screen_help;
/* Keys of `of', or the resolution reader when resolution is true. */
void	 help_open(struct tui *, enum screen_id of, bool resolution);

/* screen-settings.c */
extern const struct screen screen_settings;
void	 settings_open(struct tui *);
/* LANGUAGE from the setting "ui.language" when the user set none. */
void	 settings_apply_language(struct tui *, bool startup);

/* screen-calendar.c: the court's calendar, a month at a time. */
extern const struct screen screen_calendar;
void	 calendar_open(struct tui *);

/* screen-stats.c: the report of this year, with bars. */
extern const struct screen screen_stats;
void	 stats_open(struct tui *);

#endif
