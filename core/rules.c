/*
 * The rules: law-brief.md section 4.1, one row each, ids exactly as there
 * (the letters have one template block per id, the scenarios name them).
 * R26 is ours.  A row holds all there is to a rule: its id and readable
 * name, its outcome, its citations (with the conditions of those that hold
 * only in some cases), what a return letter offers after it (remedies),
 * its flags, and its predicate, which comes above the table in the same
 * order.  The vocabulary's named conditions restate some flags in the
 * checklist's language (@barred, @no-right): tests/unit/test_rules.c
 * holds them to the rules over every scenario.
 *
 * Every rule reads the relevant answers in three values: it fires (1), it
 * does not (0), or it cannot tell because an answer it needs is "unknown"
 * (-1), which refers the point to the judge.  A missing answer is not the
 * rules' business: decision.c reports it as missing.  rules-apply.c runs
 * the table.
 *
 * Choices where the law is open (law-brief.md section 5):
 * - R8, R11 (Q2): the CPC 489 item comes from decide_options, default
 *   489.1.2 as the brief recommends.
 * - R5 for a protest (Q4): CPC 484.2 says the acts of its items 2 and 3
 *   "are not subject to review" at all (484.3 reopens only item 1 to a
 *   protest), so the outcome is certain: return.  489.1.5 speaks of
 *   complaints only; 489.1.2 covers a protest by a person who under 486 has
 *   no right to protest "this act", and no one has that right against an
 *   unreviewable act.  Default 489.1.2, configurable.
 * - R6, R6n from 1 July 2027 (Q12): see cpc484_text.
 * - R9c for a complaint that mixes the civil claim with more (law-brief.md
 *   4.1 "ASK if mixed"; Q10): refer.
 * - R27, any return by letter found at the hearing: refer for the form.
 * - R14 (Q5), R19 (Q7), R18 when the filer does not speak the language
 *   (Q8), R22 posted in time but received late (Q9a): refer.
 */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "core/rules-read.h"

/*
 * Conditional citations (struct rule, cite_if): the citation holds when
 * (or unless) the answer read holds.  They read quietly (holds()): a
 * citation never changes which "unknown" answer a ground refers for.
 */
#define CITE_IF(name, read, when)					\
static const char *							\
name(struct rules_ctx *x, const char *cite)				\
{									\
	return holds(x, read) == (when) ? cite : NULL;			\
}

CITE_IF(if_excluded_2, EXCLUDED_484_2_2, true)
CITE_IF(if_excluded_3, EXCLUDED_484_2_3, true)
CITE_IF(if_complaint, KIND_COMPLAINT, true)
CITE_IF(if_interested, ROLE_INTERESTED, true)
CITE_IF(if_refiled, REFILED_YES, true)
CITE_IF(if_cassation, INSTANCE_CASSATION, true)
CITE_IF(unless_cassation, INSTANCE_CASSATION, false)

/* NR 6 is about victims only (issue 10). */
static const char *
if_victim(struct rules_ctx *x, const char *cite)
{
	return holds(x, ROLE_VICTIM) || holds(x, ROLE_VICTIM_REP) ||
	    (holds(x, ROLE_LEGAL_REP) && holds(x, REPRESENTS_VICTIM)) ?
	    cite : NULL;
}

/* R14 cites the procedure the filing belongs to, or both when it is not
 * known which. */
static const char *
if_newcirc(struct rules_ctx *x, const char *cite)
{
	return holds(x, NEW_CIRCUMSTANCES_YES) ||
	    !holds(x, CIVIL_ARITHMETIC_YES) ? cite : NULL;
}

static const char *
if_arithmetic(struct rules_ctx *x, const char *cite)
{
	return holds(x, CIVIL_ARITHMETIC_YES) ||
	    !holds(x, NEW_CIRCUMSTANCES_YES) ? cite : NULL;
}

/* The items of CPC 489 the court chooses (decide_options); the row holds
 * the default. */
static const char *
route_item(struct rules_ctx *x, const char *cite)
{
	const char *s = x->opt != NULL ? x->opt->route_not_observed_item : NULL;

	return s != NULL && *s != '\0' ? s : cite;
}

/* NR 15.1 returns "under CPC 489.1.5", which names complaints only; a
 * protest cites what R5 cites for the same gap (Q4; issue 10). */
static const char *
if_complaint_else_protest_item(struct rules_ctx *x, const char *cite)
{
	const char *s = x->opt != NULL ? x->opt->protest_excluded_act_item :
	    NULL;

	if (complaint(x) || !protest(x))
		return cite;
	return s != NULL && *s != '\0' ? s : DECIDE_PROTEST_EXCLUDED_DEFAULT;
}

static const char *
protest_excluded_item(struct rules_ctx *x, const char *cite)
{
	const char *s = x->opt != NULL ? x->opt->protest_excluded_act_item :
	    NULL;

	if (complaint(x))
		return NULL;
	return s != NULL && *s != '\0' ? s : cite;
}

/* The predicates, in the table's order. */

/* R1, R2: withdrawal and a hearing-stage CC 6 filing decide alone.  The
 * convicted person withdraws only what was filed for him (CPC 488.6):
 * whether the filer stands for him may be "unknown". */
static int
r1(struct rules_ctx *x)
{
	return t_or(is(x, WITHDRAWN_YES), t_and(is(x,
	    WITHDRAWN_BY_CONVICTED_YES), t_or(is(x, DEFENDS_CONVICTED),
	    is(x, REPRESENTS_CONVICTED))));
}

static int
r2(struct rules_ctx *x)
{
	return t_and(is(x, STAGE_HEARING), is(x, RETRO_ONLY_YES));
}

static int
r3(struct rules_ctx *x)
{
	return t_and(is(x, KIND_PROTEST), t_not(is_in(x, ROLE_PROSECUTORS4)));
}

static int
r4(struct rules_ctx *x)
{
	return open_unless_unknown(x, t_and(is(x, KIND_SUBMISSION),
	    t_or(t_not(is(x, ROLE_COURT_CHAIR)),
	    t_not(is(x, CONFLICT_446_3_YES)))));
}

static int
r5(struct rules_ctx *x)
{
	if (!complaint(x) && !protest(x))
		return 0;
	return is_in(x, EXCLUDED_ANY);
}

/*
 * R6 and R6n: CPC 484.2.1 changes on 1 July 2027 (Law of 21.11.2024
 * No. 136-VIII; law-brief.md 2.1 and section 6).  Until then it bars
 * complaints "in cases of criminal misdemeanours and crimes of minor
 * gravity" (R6; NR 2 para 3, NR 6 for victims); from then, "in cases of
 * criminal offences tried in summary-order or conciliatory proceedings or
 * under CPC 382" (R6n), by a published wording whose enactment clause is
 * unverified: it is applied only once the court has recorded that it
 * confirmed it (decide_options).  Which date chooses the wording, the
 * filing's or the act's, is open (Q12): the judge answers
 * case.transition-date (cpc484_text, rules-read.c).  R7 (NR 3.2) is left
 * as it is.
 */
static int
r6(struct rules_ctx *x)
{
	enum cpc484_text text;
	const char *saved;
	int old, now;

	if (!complaint(x) || heavier(x) == 1)
		return 0;
	text = cpc484_text(x);
	old = old_bar(x);
	if (text == CPC484_NEW)
		return 0;
	if (text == CPC484_OLD) {
		if (minor(x) == 1)
			rules_note(x->d, "N7");
		return old;
	}
	saved = x->unknown;
	now = is_in(x, PROCEDURE_BARRED);
	x->unknown = saved;
	if (minor(x) == 1 || now == 1)
		rules_note(x->d, "N7");
	return old != 0 || now != 0 ? RULE_OPEN : 0;
}

static int
r6n(struct rules_ctx *x)
{
	int t;

	if (!complaint(x) || heavier(x) == 1 ||
	    cpc484_text(x) != CPC484_NEW)
		return 0;
	if ((t = is_in(x, PROCEDURE_BARRED)) != 0)
		rules_note(x->d, "N7");
	return t;
}

/* NR 2.3 (and NR 6) read the old wording. */
static const char *
if_old_bar(struct rules_ctx *x, const char *cite)
{
	const char *saved = x->unknown;
	int t = old_bar(x);

	x->unknown = saved;
	return t != 0 ? cite : NULL;
}

static const char *
if_old_bar_victim(struct rules_ctx *x, const char *cite)
{
	return if_old_bar(x, cite) != NULL ? if_victim(x, cite) : NULL;
}

/* R6p: a protest on an act of 484.3 rests on 485.2 items. */
static int
r6p(struct rules_ctx *x)
{
	int scope = t_or(minor(x), route(x)), t;

	if (!protest(x) || scope == 0)
		return 0;
	t = has(x, CPC485_2_NONE);
	if (t == 1 && has(x, CPC485_1_NONE) == 0 && answered(x, CPC485_1))
		return RULE_OPEN;
	return t_and(scope, t);
}

static int
r7(struct rules_ctx *x)
{
	int m = minor(x);

	if (!complaint(x) || m == 0 || heavier(x) != 1)
		return 0;
	return t_and(m, is(x, REQUALIFICATION_NO));
}

/* R8 and R11: the appellate route (NR 4, 5.4, 10). */
static int
r8(struct rules_ctx *x)
{
	if (!complaint(x) || private_first(x) != 0)
		return 0;
	return t_and(is(x, INSTANCE_FIRST), is_in(x, ROUTE_NOT_OBSERVED));
}

static int
r9(struct rules_ctx *x)
{
	return complaint(x) ? is_in(x, ROLE_NO_COMPLAINANT) : 0;
}

/* R9c: only beyond the civil claim, return (CPC 414.1, 489.1.2); the
 * claim and more besides, refer (law-brief.md 4.1 R9c; Q10). */
static int
r9c(struct rules_ctx *x)
{
	int t = complaint(x) ? is(x, BEYOND_CIVIL_YES) : 0;

	if (t == 1 && holds(x, CIVIL_ALSO_YES))
		return RULE_OPEN;
	return t_and(t, is(x, CIVIL_ALSO_NO));
}

static int
r10(struct rules_ctx *x)
{
	return t_and(is(x, ROLE_LEGAL_REP), is(x, PRINCIPAL_ADULT_YES));
}

static int
r11(struct rules_ctx *x)
{
	int t = private_first(x);

	if (!complaint(x) || t == 0)
		return 0;
	return t_and(t, t_or(is(x, AFFECTED_NO), is_in(x, ROUTE_NOT_OBSERVED)));
}

static int
r12(struct rules_ctx *x)
{
	return t_and(is(x, ROLE_INTERESTED), is(x, STATEMENT_COMPLETE_NO));
}

static int
r13(struct rules_ctx *x)
{
	return t_and(t_not(is(x, STAGE_HEARING)), is(x, RETRO_ONLY_YES));
}

static int
r14(struct rules_ctx *x)
{
	return t_or(is(x, NEW_CIRCUMSTANCES_YES), is(x, CIVIL_ARITHMETIC_YES));
}

/* R15: any element of CPC 488 (FACT_CPC488) answered "no". */
static int
r15(struct rules_ctx *x)
{
	size_t i, n = rules_read_content_count();
	int t = 0;

	for (i = 0; i < n; i++)
		t = t_or(t, is(x, (enum read)(CONTENT_NO + i)));
	return t;
}

/* R16: no item of 485 part 1; a protest on a 484.3 act is R6p's. */
static int
r16(struct rules_ctx *x)
{
	int t = has(x, CPC485_1_NONE);

	return answered(x, CPC485_2) ? 0 : t;
}

static int
r17(struct rules_ctx *x)
{
	return is(x, COPIES_NO);
}

/* R18: a filer who does not speak the language may file in his own
 * (CPC 30.3, Q8). */
static int
r18(struct rules_ctx *x)
{
	int t = is(x, LANGUAGE_OK_NO), speaks = is(x, SPEAKS_LANGUAGE_YES);

	if (t == 1 && speaks == 0)
		return RULE_OPEN;
	return t_and(t, speaks);
}

static int
r19(struct rules_ctx *x)
{
	return open_unless_unknown(x, t_and(is(x, IN_CUSTODY_YES),
	    is(x, VIA_INSTITUTION_NO)));
}

static int
r20(struct rules_ctx *x)
{
	return t_and(t_or(has(x, CPC485_2_1), has(x, CPC485_2_4)),
	    is(x, JUSTIFIED_NO));
}

static int
r21(struct rules_ctx *x)
{
	return is(x, ABUSIVE_YES);
}

static int
r21a(struct rules_ctx *x)
{
	return is(x, ADDRESSED_ELSEWHERE_YES);
}

/* R22: posted in time but received late is Q9a. */
static int
r22(struct rules_ctx *x)
{
	if (x->worse != 1 || x->filed == QDATE_NONE)
		return 0;
	if (x->filed > x->d->worsening_limit)
		return 1;
	if (x->received != QDATE_NONE && x->received > x->d->worsening_limit)
		return RULE_OPEN;
	return 0;
}

static int
r23(struct rules_ctx *x)
{
	return open_unless_unknown(x, t_or(is(x, IN_FORCE_NO),
	    is(x, INSTANCE_CASSATION)));
}

static int
r24(struct rules_ctx *x)
{
	return x->worse == 1 && x->refiled;
}

static int
r25(struct rules_ctx *x)
{
	return open_unless_unknown(x, t_and(is(x, ON_PETITION_YES),
	    is(x, PETITION_ATTACHED_NO)));
}

/* R26: worsening asked by someone on whose complaint it is barred
 * (CPC 494.14, NR 12). */
static int
r26(struct rules_ctx *x)
{
	if (!complaint(x) || !holds(x, WORSENING_YES))
		return 0;
	return t_or(is_in(x, ROLE_WORSE), t_and(is(x, ROLE_LEGAL_REP),
	    t_not(is(x, REPRESENTS_VICTIM))));
}

/*
 * R27, the table's last row, so read after every other rule: at the
 * hearing every ground that would return by letter is the judge's.  The
 * letter of CPC 489.3 and NR 9 belongs to the intake, and the form at the
 * hearing is open but for NR 15.2 (R2); no return-by follows, since
 * nothing returns by letter.
 */
static int
r27(struct rules_ctx *x)
{
	struct ground *g = x->d->grounds;
	size_t i;
	bool any = false;

	if (!holds(x, STAGE_HEARING))
		return 0;
	for (i = 0; i < x->d->n_grounds; i++)
		if (g[i].rule->outcome == OUTCOME_RETURN_LETTER) {
			g[i].outcome = OUTCOME_REFER;
			any = true;
		}
	if (x->potential == OUTCOME_RETURN_LETTER)
		x->potential = OUTCOME_REFER;
	return any ? RULE_OPEN : 0;
}

enum {
	R1, R2, R3, R4, R5, R6, R6N, R6P, R7, R8, R9, R9C, R10, R11, R12, R13,
	R14, R15, R16, R17, R18, R19, R20, R21, R21A, R22, R23, R24, R25, R26,
	R27, NRULES
};

static const struct rule table[NRULES] = {
	[R1] = { "R1", "withdrawn", OUTCOME_RETURN_RULING,
	  { "NR 9", "CPC 489.1.4", "CPC 488.6", "CPC 489.3" },
	  N_("The filing was withdrawn before its consideration on the "
	  "merits; it is returned by the court's ruling."),
	  N_("Was the filing withdrawn before its consideration on the "
	  "merits?"),
	  .test = r1, .flags = RULE_FINAL },
	[R2] = { "R2", "retroactive-only-at-hearing", OUTCOME_LEAVE_UNCONSIDERED,
	  { "NR 15.2", "CPC 476.15", "CC 6" },
	  N_("Found at the hearing: the filing asks only for a retroactive "
	  "law or an amnesty, which the court executing the verdict applies; "
	  "it is left without consideration by ruling."),
	  N_("Does the filing ask only for a retroactive law or an amnesty?"),
	  .test = r2, .flags = RULE_FINAL, .note = "N8" },
	[R3] = { "R3", "protest-not-by-four-prosecutors", OUTCOME_RETURN_LETTER,
	  { "NR 1", "CPC 486.2", "CPC 489.1.2" },
	  N_("Only the Prosecutor General, his deputies, the Chief Military "
	  "and the Chief Transport Prosecutor may protest in cassation."),
	  N_("Who is the author of the protest?"),
	  .test = r3, .flags = RULE_NO_RIGHT },
	[R4] = { "R4", "submission-outside-446-3", OUTCOME_REFER,
	  { "NR 1", "CPC 446.3", "CPC 485.1.8" },
	  N_("A submission is provided for only from the chair of a regional "
	  "or equal court on conflicting appellate acts (CPC 446 part 3); "
	  "CPC 489 says nothing of other submissions."),
	  N_("The submission falls outside CPC 446 part 3: how is it to be "
	  "dealt with?"),
	  .test = r4 },
	[R5] = { "R5", "act-excluded-from-review", OUTCOME_RETURN_LETTER,
	  { "NR 2.2", "CPC 484.2.2", "CPC 484.2.3", "CPC 489.1.5",
	    DECIDE_PROTEST_EXCLUDED_DEFAULT },
	  N_("The act is one that CPC 484 part 2 excludes from review in "
	  "cassation."),
	  N_("Is the act one of CPC 484 part 2 items 2 or 3?"),
	  .test = r5, .flags = RULE_BARS,
	  .cite_if = { [1] = if_excluded_2, [2] = if_excluded_3,
	  [3] = if_complaint, [4] = protest_excluded_item } },
	[R6] = { "R6", "complaint-in-minor-case", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "NR 6", "CPC 484.2.1", "CPC 484.3", "CPC 489.1.5" },
	  N_("Acts in cases of criminal misdemeanours and crimes of minor "
	  "gravity are reviewed in cassation only on a protest of the four "
	  "prosecutors named in CPC 484 part 3, not on a complaint."),
	  N_("From 1 July 2027 CPC 484 part 2 item 1 bars complaints only in "
	  "cases tried in summary-order or conciliatory proceedings or under "
	  "CPC 382. The court has not confirmed that wording, or which date "
	  "chooses the wording (the filing's or the act's) is not settled: "
	  "which wording applies?"),
	  .test = r6, .flags = RULE_BARS, .remedies = RULE_REMEDY_PROSECUTOR,
	  .cite_if = { [0] = if_old_bar, [1] = if_old_bar_victim } },
	/* Not RULE_BARS: @barred cannot read the court's confirmation. */
	[R6N] = { "R6n", "complaint-in-summary-case", OUTCOME_RETURN_LETTER,
	  { "CPC 484.2.1", "CPC 484.3", "CPC 489.1.5" },
	  N_("From 1 July 2027, acts in cases tried in summary-order or "
	  "conciliatory proceedings or under CPC 382 are reviewed in "
	  "cassation only on a protest of the four prosecutors named in CPC "
	  "484 part 3, not on a complaint."),
	  N_("How was the case tried?"),
	  .test = r6n, .remedies = RULE_REMEDY_PROSECUTOR },
	[R6P] = { "R6p", "protest-484-3-without-485-2", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "CPC 484.3", "CPC 485.2", "CPC 489.1.1" },
	  N_("A protest on an act of CPC 484 part 3 must rest on an item of "
	  "CPC 485 part 2 (1, 2 or 4); it invokes none."),
	  N_("The protest on an act of CPC 484 part 3 invokes only CPC 485 "
	  "part 1: is it to be returned?"),
	  .test = r6p },
	[R7] = { "R7", "requalification-not-contested", OUTCOME_RETURN_LETTER,
	  { "NR 3.2", "CPC 484.2.1", "CPC 489.1.5" },
	  N_("The act was requalified to a misdemeanour or a minor crime; a "
	  "complaint is admissible only if it contests that requalification "
	  "and asks for the former heavier article."),
	  N_("Does the complaint contest the requalification and ask for "
	  "the heavier article?"),
	  .test = r7, .flags = RULE_BARS, .remedies = RULE_REMEDY_PROSECUTOR },
	[R8] = { "R8", "appeal-route-not-observed", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "NR 4", "NR 5.4", "CPC 484.1", "CPC 486.1",
	    DECIDE_ROUTE_ITEM_DEFAULT },
	  N_("A first-instance act whose appellate route was not observed "
	  "may be complained of in cassation only after its review on "
	  "appeal."),
	  N_("Was the appellate route observed for this person?"),
	  .test = r8, .flags = RULE_BARS, .note = "N6",
	  .remedies = RULE_REMEDY_RESTORE | RULE_REMEDY_PROSECUTOR,
	  .cite_if = { [2] = if_interested, [5] = route_item } },
	/* NR 5.1 is about persons who took no part below, not strangers to
	 * the case: the Code alone (issue 10). */
	[R9] = { "R9", "filer-without-right", OUTCOME_RETURN_LETTER,
	  { "CPC 486.1", "CPC 489.1.2" },
	  N_("The filer is not among the persons whom CPC 486 part 1 allows "
	  "to file a cassation complaint."),
	  N_("Who filed the complaint, and in what capacity?"),
	  .test = r9, .flags = RULE_NO_RIGHT },
	[R9C] = { "R9c", "civil-party-beyond-claim", OUTCOME_RETURN_LETTER,
	  { "NR 1", "CPC 414.1", "CPC 486.1", "CPC 489.1.2" },
	  N_("A civil plaintiff or defendant may complain only of the part "
	  "of the act that concerns the civil claim."),
	  N_("The civil party contests the civil claim and more besides: is "
	  "the complaint returned whole, or considered in the part that "
	  "concerns the civil claim?"),
	  .test = r9c, .flags = RULE_NO_RIGHT },
	[R10] = { "R10", "representative-of-adult", OUTCOME_RETURN_LETTER,
	  { "NR 5.5", "CPC 486.1", "CPC 489.1.2" },
	  N_("A minor's legal representative may file only until the person "
	  "represented comes of age."),
	  N_("Had the person represented come of age by the day of "
	  "filing?"),
	  .test = r10, .flags = RULE_NO_RIGHT },
	[R11] = { "R11", "private-ruling-not-appealed", OUTCOME_RETURN_LETTER,
	  { "NR 10", "CPC 485.1.7-1", DECIDE_ROUTE_ITEM_DEFAULT },
	  N_("A first-instance private ruling is reviewed only on the "
	  "complaint of a person whose rights it affects, and only after "
	  "appeal."),
	  N_("Does the private ruling affect the filer, and was it "
	  "appealed?"),
	  .test = r11, .flags = RULE_BARS, .remedies = RULE_REMEDY_RESTORE,
	  .cite_if = { [2] = route_item } },
	[R12] = { "R12", "interested-statement-incomplete", OUTCOME_RETURN_LETTER,
	  { "NR 5.2", "NR 5.3", "CPC 489.1.1" },
	  N_("An interested person's complaint must state the part of the "
	  "act that affects him, the norms violated, the grounds and the "
	  "request."),
	  N_("Does the interested person's complaint state all that NR 5.3 "
	  "requires?"),
	  .test = r12 },
	[R13] = { "R13", "retroactive-or-amnesty-only", OUTCOME_RETURN_LETTER,
	  { "NR 15.1", "CPC 489.1.5", "CPC 476.15", "CPC 477.1", "CC 6" },
	  N_("A filing that asks only for a retroactive law or an amnesty is "
	  "not for cassation: the district court where the sentence is "
	  "executed decides it."),
	  N_("Does the filing ask only for a retroactive law or an "
	  "amnesty?"),
	  .test = r13, .flags = RULE_BARS, .note = "N8", .remedies = RULE_REMEDY_EXECUTION,
	  .cite_if = { [1] = if_complaint_else_protest_item } },
	[R14] = { "R14", "other-procedure", OUTCOME_REFER,
	  { "NR 13", "NR 16", "CPC 406-1", "CPC 476.23", "CPC 477.3",
	    "CPC 499" },
	  N_("The filing belongs to another procedure: new circumstances go "
	  "to reopening (CPC chapter 53), arithmetic errors in a civil claim "
	  "to the court that issued the verdict."),
	  N_("The resolution says where the filing belongs but not which item "
	  "of CPC 489 returns it: how is it to be returned?"),
	  .test = r14, .remedies = RULE_REMEDY_NEWCIRC | RULE_REMEDY_CIVIL,
	  .cite_if = { [0] = if_newcirc, [1] = if_arithmetic, [2] = if_arithmetic,
	  [3] = if_arithmetic, [4] = if_arithmetic, [5] = if_newcirc } },
	[R15] = { "R15", "content-incomplete", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 488.1", "CPC 423.1", "CPC 489.1.1" },
	  N_("The filing lacks elements that CPC 488 and NR 7 require."),
	  N_("Does the filing contain every element of NR 7?"),
	  .test = r15 },
	[R16] = { "R16", "no-ground-of-485", OUTCOME_RETURN_LETTER,
	  { "NR 2.1", "NR 7", "CPC 485", "CPC 488.1", "CPC 489.1.1" },
	  N_("The filing invokes no ground of the exhaustive list of CPC "
	  "485."),
	  N_("Which grounds of CPC 485 does the filing invoke?"),
	  .test = r16 },
	[R17] = { "R17", "copies-missing", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 489.1.1" },
	  N_("Copies of the acts complained of are not attached."),
	  N_("Are copies of the acts attached?"),
	  .test = r17 },
	[R18] = { "R18", "wrong-language", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 30.3", "CPC 489.1.1" },
	  N_("The filing is not written in the language of the "
	  "proceedings."),
	  N_("The filer does not speak the language of the proceedings, and "
	  "CPC 30.3 lets him file in his own: return, or accept with a "
	  "translation?"),
	  .test = r18 },
	/* NR 7 governs the custody route; NR 8.2 follows NR 8.1 on
	 * protests (issue 10). */
	[R19] = { "R19", "not-via-institution", OUTCOME_REFER,
	  { "NR 7", "CPC 489.1.1" },
	  N_("A convicted person serving imprisonment files through the "
	  "administration of the penal institution."),
	  N_("The imprisoned convict did not file through the institution: "
	  "is that a defect of content (return) or only a question of the "
	  "filing date?"),
	  .test = r19 },
	[R20] = { "R20", "protest-not-justified", OUTCOME_RETURN_LETTER,
	  { "NR 8.1", "NR 8.2", "CPC 485.2", "CPC 489.1.1" },
	  N_("A protest on CPC 485 part 2 items 1 or 4 must justify how the "
	  "act touches state or public interests or breaks the uniformity of "
	  "practice."),
	  N_("Does the protest give the justification of NR 8?"),
	  .test = r20 },
	[R21] = { "R21", "abusive-or-unrelated", OUTCOME_RETURN_LETTER,
	  { "NR 8.3", "CPC 488.1", "CPC 489.1.1" },
	  N_("The filing contains obscene or insulting words, or matters "
	  "unrelated to the case."),
	  N_("Does the filing contain abusive or unrelated matter?"),
	  .test = r21 },
	[R21A] = { "R21a", "addressed-elsewhere", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 488.3", "CPC 489.1.1" },
	  N_("A complaint addressed to another state body or a public "
	  "organisation cannot be taken up by the cassation court."),
	  N_("To whom is the filing addressed?"),
	  .test = r21a },
	[R22] = { "R22", "worsening-too-late", OUTCOME_RETURN_LETTER,
	  { "CPC 487.2", "CPC 489.1.3", "NR 8.4" },
	  N_("A filing that seeks to worsen the position of the convicted or "
	  "acquitted person was made after the year of CPC 487 part 2, which "
	  "cannot be restored."),
	  N_("The filing was posted within the year but reached the court "
	  "after it: does CPC 49.1 save it?"),
	  .test = r22, .cite_if = { [2] = if_refiled } },
	[R23] = { "R23", "act-not-final", OUTCOME_REFER,
	  { "NR 1", "CPC 484.1", "CPC 417.1", "CPC 498-1" },
	  N_("Only final acts of the first and appellate instances are "
	  "reviewed in cassation."),
	  N_("The act is not final, or is an act of the cassation court: "
	  "CPC 489 has no item for it; how is it to be dealt with?"),
	  .test = r23, .flags = RULE_BARS,
	  .cite_if = { [2] = unless_cassation, [3] = if_cassation } },
	[R24] = { "R24", "refiled-keeps-first-date", OUTCOME_ADMIT,
	  { "NR 8.4", "CPC 487.2", "CPC 489.2" },
	  N_("A filing returned for its defects and filed again keeps the "
	  "date of its first receipt for the time limit of CPC 487 part 2."),
	  N_("When was the first filing received?"),
	  .test = r24 },
	[R25] = { "R25", "petition-not-attached", OUTCOME_REFER,
	  { "NR 1", "CPC 486.2" },
	  N_("A protest brought on a person's petition must have the "
	  "petition attached."),
	  N_("The petition is not attached to the protest; CPC 489 has no "
	  "item for it: is the protest to be returned?"),
	  .test = r25 },
	[R26] = { "R26", "worsening-not-open-to-filer", OUTCOME_REFER,
	  { "NR 12", "CPC 494.14" },
	  N_("Worsening may be sought only by a prosecutor's protest or a "
	  "victim's complaint; the court cannot grant it on this filer's "
	  "complaint."),
	  N_("The complaint seeks a worse result from a filer on whose "
	  "complaint the court cannot worsen the position: how is that part "
	  "to be treated?"),
	  .test = r26 },
	/* Ours: a return by letter is an intake step (CPC 489.3, NR 9); at
	 * the hearing NR 15.2 shows the court's ruling as the form, but says
	 * so only of CC 6 and amnesty filings (issue 10, item 5). */
	[R27] = { "R27", "letter-ground-at-hearing", OUTCOME_REFER,
	  { "CPC 489.3", "NR 9", "NR 15.2" },
	  N_("Found at the hearing: a return by the judge's letter is a step "
	  "on receipt (CPC 489 part 3, NR 9); at the hearing the court "
	  "decides by ruling (NR 15 para 2)."),
	  N_("The ground was found at the hearing, where a return by letter "
	  "no longer fits: in what form is the filing to be disposed of?"),
	  .test = r27 },
};

size_t
rules_count(void)
{
	return NRULES;
}

const struct rule *
rules_at(size_t i)
{
	return i < NRULES ? &table[i] : NULL;
}

const struct rule *
rules_find(const char *id)
{
	size_t i;

	for (i = 0; id != NULL && i < NRULES; i++)
		if (strcmp(table[i].id, id) == 0)
			return &table[i];
	return NULL;
}
