/*
 * Between decision.c and rules.c: the rules read the relevant answers and
 * add grounds and notes to a decision; decision.c does the rest (missing
 * facts, precedence, deadlines).  Not for use outside core/.
 */
#ifndef QARAU_RULES_EVAL_H
#define QARAU_RULES_EVAL_H

#include "core/decision.h"

struct rules_ctx {
	const struct facts	*f;	/* relevant answers only */
	const struct calendar	*cal;
	const struct decide_options *opt;
	qdate			 today;
	struct decision		*d;
	/* The highest outcome a rule could have given but for an answer
	 * "unknown" (decision.c turns it into a refer when it beats the
	 * rest). */
	enum outcome		 potential;
	const char		*unknown;	/* last key read as unknown */
	/* The year of CPC 487.2, read once for R22 and R24: a worse result
	 * is sought (1) and the act's entry into force is known; when the
	 * filing counts as made and when it was received (the first receipt
	 * of a refiling: refiled). */
	int			 worse;
	qdate			 filed;
	qdate			 received;
	bool			 refiled;
};

/* Resolves the rules' reads against the vocabulary (core_init). */
void	rules_init(void);
/* Resolves the keys decide() reads (core_init, after rules_init). */
void	decision_init(void);
/* Adds the grounds and notes of every rule (each rule's per-rule state,
 * such as unknown, is reset here). */
void	rules_apply(struct rules_ctx *);
/* Adds note id (N1...) once. */
void	rules_note(struct decision *, const char *id);

#endif
