/*
 * How the rules read the answers (rules-read.c): in three values, 1 (it
 * holds), 0 (it does not, or the key is unanswered) and -1 (answered
 * "unknown", which refers the point to the judge and is remembered in
 * rules_ctx.unknown).  Every answer a rule reads is named once below.
 * Not for use outside rules*.c.
 */
#ifndef QARAU_RULES_READ_H
#define QARAU_RULES_READ_H

#include "core/rules-eval.h"

/* At most this many keys carry FACT_CPC488 (tests/unit/test_rules.c). */
#define READ_CONTENT_MAX	12

enum read {
	/* is(): key = value */
	WITHDRAWN_YES, WITHDRAWN_BY_CONVICTED_YES, STAGE_HEARING,
	RETRO_ONLY_YES, KIND_COMPLAINT, KIND_PROTEST, KIND_SUBMISSION,
	ROLE_COURT_CHAIR, ROLE_LEGAL_REP, ROLE_INTERESTED, REPRESENTS_VICTIM,
	REPRESENTS_CONVICTED, DEFENDS_CONVICTED,
	CONFLICT_446_3_YES, BEYOND_CIVIL_YES, CIVIL_ALSO_YES, CIVIL_ALSO_NO,
	PRINCIPAL_ADULT_YES, ROLE_VICTIM, ROLE_VICTIM_REP, TRANSITION_FILING,
	TRANSITION_ACT,
	IN_FORCE_NO, INSTANCE_FIRST, INSTANCE_CASSATION, EXCLUDED_484_2_2,
	EXCLUDED_484_2_3, REQUALIFICATION_NO, TYPE_PRIVATE_RULING,
	AFFECTED_NO, NEW_CIRCUMSTANCES_YES, CIVIL_ARITHMETIC_YES,
	COPIES_NO, LANGUAGE_OK_NO, SPEAKS_LANGUAGE_YES, IN_CUSTODY_YES,
	VIA_INSTITUTION_NO, JUSTIFIED_NO, ABUSIVE_YES, ADDRESSED_ELSEWHERE_YES,
	STATEMENT_COMPLETE_NO, ON_PETITION_YES, PETITION_ATTACHED_NO,
	WORSENING_YES, PLEA_YES, REQUALIFICATION_YES, REFILED_YES,
	/* is_in(): key in values */
	ROLE_PROSECUTORS4, ROLE_NO_COMPLAINANT, ROLE_WORSE, EXCLUDED_ANY,
	CATEGORY_MINOR, CHARGED_HEAVIER, ROUTE_NOT_OBSERVED, PROCEDURE_BARRED,
	/* has(): a set's item */
	CPC485_1_NONE, CPC485_2_NONE, CPC485_2_1, CPC485_2_4,
	/* date_of(), answered(): the key alone */
	RECEIVED, POSTED, FIRST_RECEIVED, IN_FORCE_DATE, ACT_DATE, CPC485_1,
	CPC485_2,
	/* is(): "element = no" for each key flagged FACT_CPC488, in the
	 * vocabulary's order (R15) */
	CONTENT_NO,
	NREADS = CONTENT_NO + READ_CONTENT_MAX
};

/* Resolves every read to its key and answer states (core_init). */
void	rules_read_init(void);
/* How many CONTENT_NO + i reads there are. */
size_t	rules_read_content_count(void);

int	is(struct rules_ctx *, enum read);
int	is_in(struct rules_ctx *, enum read);
int	has(struct rules_ctx *, enum read);
bool	answered(const struct rules_ctx *, enum read);
qdate	date_of(const struct rules_ctx *, enum read);
/* is(r) == 1 without remembering an "unknown": for the reads that decide
 * whether a rule applies at all rather than what it finds. */
bool	holds(struct rules_ctx *, enum read);

/* Whether a rule applies at all, read quietly as holds() does. */
bool	complaint(struct rules_ctx *);
bool	protest(struct rules_ctx *);
int	minor(struct rules_ctx *);	/* case.category in (minor ones) */
int	heavier(struct rules_ctx *);	/* charged with a heavier one */
int	route(struct rules_ctx *);	/* first instance, route not observed */
int	private_first(struct rules_ctx *); /* a first-instance private ruling */
/*
 * Which wording of CPC 484.2.1 applies (rules.c, R6 and R6n): the one in
 * force until 30 June 2027; the one from 1 July 2027, once the court has
 * confirmed it (decide_options); or neither is settled (the confirmation,
 * or which date chooses the wording: Q12).
 */
enum cpc484_text { CPC484_OLD, CPC484_NEW, CPC484_OPEN };
enum cpc484_text cpc484_text(struct rules_ctx *);
/* The old wording's bar: a minor category, not requalified (R7's). */
int	old_bar(struct rules_ctx *);
/* Refers where an answer is "unknown"; a -1 with no unknown answer is the
 * law's silence (RULE_OPEN). */
int	open_unless_unknown(struct rules_ctx *, int t);

static inline int
t_and(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

static inline int
t_or(int a, int b)
{
	if (a == 1 || b == 1)
		return 1;
	return a < 0 || b < 0 ? -1 : 0;
}

static inline int
t_not(int a)
{
	return a < 0 ? -1 : !a;
}

#endif
