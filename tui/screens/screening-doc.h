/*
 * The filing's own documents in the screening (issue 11): the path prompt
 * before the first question, the text read from each document and what it
 * proposes, the review of the proposals, the mark on a proposed answer and
 * the document pane.  Nothing here records an answer by itself: the
 * screening sets a fact only when the clerk confirms it.
 */
#ifndef QARAU_SCREENING_DOC_H
#define QARAU_SCREENING_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/screens/keys.h"

struct answer;
struct facts;
struct reg;
struct reg_proposal_choice;
struct sdoc;
struct tui;

struct sdoc	*sdoc_new(void);
void		 sdoc_free(struct sdoc *);
size_t		 sdoc_count(const struct sdoc *);

/* The documents of a draft, read back when it is resumed; a message on
 * the status line when one cannot be read. */
void		 sdoc_load_draft(struct tui *, struct sdoc *,
		    const struct facts *, int64_t draft_id);

/* The prompt (and the review of what a document proposes after it). */
void		 sdoc_prompt(struct sdoc *);
bool		 sdoc_prompting(const struct sdoc *);
bool		 sdoc_typing(const struct sdoc *);
/* UI_* flags.  A document opened is stored with the draft (*draft_id is
 * made when 0); the proposals the clerk confirms in the review are set in
 * f (then *changed is true). */
int		 sdoc_prompt_key(struct tui *, struct sdoc *, enum action,
		    int key, int64_t *draft_id, struct facts *f,
		    bool *changed);
void		 sdoc_prompt_draw(struct tui *, struct sdoc *, int y, int h,
		    int w);

/* The question idx is shown: its proposal preselected in the answer, the
 * pane scrolled to the quoted line.  Not when the fact has an answer. */
void		 sdoc_preselect(struct sdoc *, struct answer *,
		    const struct facts *);
/* The list of CPC 488's elements is shown: each unanswered element that a
 * document proposes takes the proposed state, marked; each counts as
 * shown for the audit. */
struct elements;
void		 sdoc_elements(struct sdoc *, struct elements *,
		    const struct facts *);
/* A screen without a proposal of its own (the identity form). */
void		 sdoc_unmark(struct sdoc *);
/* The mark under the question: where the text says it; rows used. */
int		 sdoc_mark_draw(const struct sdoc *, size_t idx, int y, int x,
		    int h, int w);

/* The pane with the documents' text. */
void		 sdoc_pane_draw(struct sdoc *, int y, int x, int h, int w,
		    bool focus);
int		 sdoc_pane_key(struct sdoc *, enum action, int h);
void		 sdoc_resize(struct sdoc *);

/* What the clerk did with the proposals of the questions shown, against
 * the final facts; valid until sdoc_free.  *n 0 when none. */
const struct reg_proposal_choice *sdoc_choices(struct sdoc *,
		    const struct facts *, size_t *n);

#endif
