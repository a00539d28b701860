/*
 * Translation macros.  English is the source language; kk and ru come from
 * po/.  Tables of strings (questions, value labels, ground explanations,
 * key captions) mark their strings with N_() and are translated with _()
 * where they are shown, so that the table itself stays constant data.
 */
#ifndef QARAU_I18N_H
#define QARAU_I18N_H

#include <libintl.h>

#define _(s)  gettext(s)
#define N_(s) (s)
/* A string translated in a given context (msgctxt), for words that mean
 * different things on different screens. */
#define C_(ctx, s) qarau_pgettext(ctx "\004" s, s)

/* C_() for a table: the string keeps its context; qarau_pgettext_joined()
 * translates it where it is shown. */
#define NC_(ctx, s) (ctx "\004" s)

/* format_arg: a C_() format is checked as its English text is. */
const char *qarau_pgettext(const char *ctx_and_id, const char *id)
	    __attribute__((format_arg(2)));

const char *qarau_pgettext_joined(const char *ctx_and_id);

#endif
