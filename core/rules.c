/*
 * The rules: law-brief.md section 4.1, one row each, ids exactly as there
 * (the letters have one template block per id).  R26 is ours.
 *
 * Every rule reads the relevant answers in three values: it fires (1), it
 * does not (0), or it cannot tell because an answer it needs is "unknown"
 * (-1), which refers the point to the judge.  A missing answer is not the
 * rules' business: decision.c reports it as missing.
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
 * - R6, R6n from 1 July 2027 (Q12): see rules_cpc484_text.
 * - R14 (Q5), R19 (Q7), R18 when the filer does not speak the language
 *   (Q8), R22 posted in time but received late (Q9a): refer.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "core/i18n.h"
#include "core/rules-eval.h"

enum {
	R1, R2, R3, R4, R5, R6, R6N, R6P, R7, R8, R9, R9C, R10, R11, R12, R13, R14,
	R15, R16, R17, R18, R19, R20, R21, R21A, R22, R23, R24, R25, R26,
	R27, NRULES
};

static const struct rule table[NRULES] = {
	[R1] = { "R1", OUTCOME_RETURN_RULING,
	  { "NR 9", "CPC 489.1.4", "CPC 488.6", "CPC 489.3" },
	  N_("The filing was withdrawn before its consideration on the "
	  "merits; it is returned by the court's ruling."),
	  N_("Was the filing withdrawn before its consideration on the "
	  "merits?") },
	[R2] = { "R2", OUTCOME_LEAVE_UNCONSIDERED,
	  { "NR 15.2", "CPC 476.15", "CC 6" },
	  N_("Found at the hearing: the filing asks only for a retroactive "
	  "law or an amnesty, which the court executing the verdict applies; "
	  "it is left without consideration by ruling."),
	  N_("Does the filing ask only for a retroactive law or an amnesty?") },
	[R3] = { "R3", OUTCOME_RETURN_LETTER,
	  { "NR 1", "CPC 486.2", "CPC 489.1.2" },
	  N_("Only the Prosecutor General, his deputies, the Chief Military "
	  "and the Chief Transport Prosecutor may protest in cassation."),
	  N_("Who is the author of the protest?") },
	[R4] = { "R4", OUTCOME_REFER,
	  { "NR 1", "CPC 446.3", "CPC 485.1.8" },
	  N_("A submission is provided for only from the chair of a regional "
	  "or equal court on conflicting appellate acts (CPC 446 part 3); "
	  "CPC 489 says nothing of other submissions."),
	  N_("The submission falls outside CPC 446 part 3: how is it to be "
	  "dealt with?") },
	[R5] = { "R5", OUTCOME_RETURN_LETTER,
	  { "NR 2.2", "CPC 484.2.2", "CPC 484.2.3", "CPC 489.1.5",
	    DECIDE_PROTEST_EXCLUDED_DEFAULT },
	  N_("The act is one that CPC 484 part 2 excludes from review in "
	  "cassation."),
	  N_("Is the act one of CPC 484 part 2 items 2 or 3?") },
	[R6] = { "R6", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "CPC 484.2.1", "CPC 484.3", "CPC 489.1.5" },
	  N_("Acts in cases of criminal misdemeanours and crimes of minor "
	  "gravity are reviewed in cassation only on a protest of the four "
	  "prosecutors named in CPC 484 part 3, not on a complaint."),
	  N_("From 1 July 2027 CPC 484 part 2 item 1 bars complaints only in "
	  "cases tried in summary-order or conciliatory proceedings or under "
	  "CPC 382. The court has not confirmed that wording, or which date "
	  "chooses the wording (the filing's or the act's) is not settled: "
	  "which wording applies?") },
	[R6N] = { "R6n", OUTCOME_RETURN_LETTER,
	  { "CPC 484.2.1", "CPC 484.3", "CPC 489.1.5" },
	  N_("From 1 July 2027, acts in cases tried in summary-order or "
	  "conciliatory proceedings or under CPC 382 are reviewed in "
	  "cassation only on a protest of the four prosecutors named in CPC "
	  "484 part 3, not on a complaint."),
	  N_("How was the case tried?") },
	[R6P] = { "R6p", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "CPC 484.3", "CPC 485.2", "CPC 489.1.1" },
	  N_("A protest on an act of CPC 484 part 3 must rest on an item of "
	  "CPC 485 part 2 (1, 2 or 4); it invokes none."),
	  N_("The protest on an act of CPC 484 part 3 invokes only CPC 485 "
	  "part 1: is it to be returned?") },
	[R7] = { "R7", OUTCOME_RETURN_LETTER,
	  { "NR 3.2", "CPC 484.2.1", "CPC 489.1.5" },
	  N_("The act was requalified to a misdemeanour or a minor crime; a "
	  "complaint is admissible only if it contests that requalification "
	  "and asks for the former heavier article."),
	  N_("Does the complaint contest the requalification and ask for "
	  "the heavier article?") },
	[R8] = { "R8", OUTCOME_RETURN_LETTER,
	  { "NR 2.3", "NR 4", "NR 5.4", "CPC 484.1", "CPC 486.1",
	    DECIDE_ROUTE_ITEM_DEFAULT },
	  N_("A first-instance act whose appellate route was not observed "
	  "may be complained of in cassation only after its review on "
	  "appeal."),
	  N_("Was the appellate route observed for this person?") },
	/* NR 5.1 is about persons who took no part below, not strangers to
	 * the case: only the Code is cited (issue 10). */
	[R9] = { "R9", OUTCOME_RETURN_LETTER,
	  { "CPC 486.1", "CPC 489.1.2" },
	  N_("The filer is not among the persons whom CPC 486 part 1 allows "
	  "to file a cassation complaint."),
	  N_("Who filed the complaint, and in what capacity?") },
	[R9C] = { "R9c", OUTCOME_RETURN_LETTER,
	  { "NR 1", "CPC 414.1", "CPC 486.1", "CPC 489.1.2" },
	  N_("A civil plaintiff or defendant may complain only of the part "
	  "of the act that concerns the civil claim."),
	  N_("The civil party contests the civil claim and more besides: is "
	  "the complaint returned whole, or considered in the part that "
	  "concerns the civil claim?") },
	[R10] = { "R10", OUTCOME_RETURN_LETTER,
	  { "NR 5.5", "CPC 486.1", "CPC 489.1.2" },
	  N_("A minor's legal representative may file only until the person "
	  "represented comes of age."),
	  N_("Had the person represented come of age by the day of "
	  "filing?") },
	[R11] = { "R11", OUTCOME_RETURN_LETTER,
	  { "NR 10", "CPC 485.1.7-1", DECIDE_ROUTE_ITEM_DEFAULT },
	  N_("A first-instance private ruling is reviewed only on the "
	  "complaint of a person whose rights it affects, and only after "
	  "appeal."),
	  N_("Does the private ruling affect the filer, and was it "
	  "appealed?") },
	[R12] = { "R12", OUTCOME_RETURN_LETTER,
	  { "NR 5.2", "NR 5.3", "CPC 489.1.1" },
	  N_("An interested person's complaint must state the part of the "
	  "act that affects him, the norms violated, the grounds and the "
	  "request."),
	  N_("Does the interested person's complaint state all that NR 5.3 "
	  "requires?") },
	[R13] = { "R13", OUTCOME_RETURN_LETTER,
	  { "NR 15.1", "CPC 489.1.5", "CPC 476.15", "CPC 477.1", "CC 6" },
	  N_("A filing that asks only for a retroactive law or an amnesty is "
	  "not for cassation: the district court where the sentence is "
	  "executed decides it."),
	  N_("Does the filing ask only for a retroactive law or an "
	  "amnesty?") },
	[R14] = { "R14", OUTCOME_REFER,
	  { "NR 13", "NR 16", "CPC 406-1", "CPC 476.23", "CPC 477.3",
	    "CPC 499" },
	  N_("The filing belongs to another procedure: new circumstances go "
	  "to reopening (CPC chapter 53), arithmetic errors in a civil claim "
	  "to the court that issued the verdict."),
	  N_("The resolution says where the filing belongs but not which item "
	  "of CPC 489 returns it: how is it to be returned?") },
	[R15] = { "R15", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 488.1", "CPC 423.1", "CPC 489.1.1" },
	  N_("The filing lacks elements that CPC 488 and NR 7 require."),
	  N_("Does the filing contain every element of NR 7?") },
	[R16] = { "R16", OUTCOME_RETURN_LETTER,
	  { "NR 2.1", "NR 7", "CPC 485", "CPC 488.1", "CPC 489.1.1" },
	  N_("The filing invokes no ground of the exhaustive list of CPC "
	  "485."),
	  N_("Which grounds of CPC 485 does the filing invoke?") },
	[R17] = { "R17", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 489.1.1" },
	  N_("Copies of the acts complained of are not attached."),
	  N_("Are copies of the acts attached?") },
	[R18] = { "R18", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 30.3", "CPC 489.1.1" },
	  N_("The filing is not written in the language of the "
	  "proceedings."),
	  N_("The filer does not speak the language of the proceedings, and "
	  "CPC 30.3 lets him file in his own: return, or accept with a "
	  "translation?") },
	/* NR 7 governs the custody route; NR 8.2 follows NR 8.1 on protests
	 * (issue 10). */
	[R19] = { "R19", OUTCOME_REFER,
	  { "NR 7", "CPC 489.1.1" },
	  N_("A convicted person serving imprisonment files through the "
	  "administration of the penal institution."),
	  N_("The imprisoned convict did not file through the institution: "
	  "is that a defect of content (return) or only a question of the "
	  "filing date?") },
	[R20] = { "R20", OUTCOME_RETURN_LETTER,
	  { "NR 8.1", "NR 8.2", "CPC 485.2", "CPC 489.1.1" },
	  N_("A protest on CPC 485 part 2 items 1 or 4 must justify how the "
	  "act touches state or public interests or breaks the uniformity of "
	  "practice."),
	  N_("Does the protest give the justification of NR 8?") },
	[R21] = { "R21", OUTCOME_RETURN_LETTER,
	  { "NR 8.3", "CPC 488.1", "CPC 489.1.1" },
	  N_("The filing contains obscene or insulting words, or matters "
	  "unrelated to the case."),
	  N_("Does the filing contain abusive or unrelated matter?") },
	[R21A] = { "R21a", OUTCOME_RETURN_LETTER,
	  { "NR 7", "CPC 488.3", "CPC 489.1.1" },
	  N_("A complaint addressed to another state body or a public "
	  "organisation cannot be taken up by the cassation court."),
	  N_("To whom is the filing addressed?") },
	[R22] = { "R22", OUTCOME_RETURN_LETTER,
	  { "CPC 487.2", "CPC 489.1.3", "NR 8.4" },
	  N_("A filing that seeks to worsen the position of the convicted or "
	  "acquitted person was made after the year of CPC 487 part 2, which "
	  "cannot be restored."),
	  N_("The filing was posted within the year but reached the court "
	  "after it: does CPC 49.1 save it?") },
	[R23] = { "R23", OUTCOME_REFER,
	  { "NR 1", "CPC 484.1", "CPC 417.1", "CPC 498-1" },
	  N_("Only final acts of the first and appellate instances are "
	  "reviewed in cassation."),
	  N_("The act is not final, or is an act of the cassation court: "
	  "CPC 489 has no item for it; how is it to be dealt with?") },
	[R24] = { "R24", OUTCOME_ADMIT,
	  { "NR 8.4", "CPC 487.2", "CPC 489.2" },
	  N_("A filing returned for its defects and filed again keeps the "
	  "date of its first receipt for the time limit of CPC 487 part 2."),
	  N_("When was the first filing received?") },
	[R25] = { "R25", OUTCOME_REFER,
	  { "NR 1", "CPC 486.2" },
	  N_("A protest brought on a person's petition must have the "
	  "petition attached."),
	  N_("The petition is not attached to the protest; CPC 489 has no "
	  "item for it: is the protest to be returned?") },
	[R26] = { "R26", OUTCOME_REFER,
	  { "NR 12", "CPC 494.14" },
	  N_("Worsening may be sought only by a prosecutor's protest or a "
	  "victim's complaint; the court cannot grant it on this filer's "
	  "complaint."),
	  N_("The complaint seeks a worse result from a filer on whose "
	  "complaint the court cannot worsen the position: how is that part "
	  "to be treated?") },
	/* Ours: a return by letter is an intake step (CPC 489.3, NR 9); at
	 * the hearing NR 15.2 shows the court's ruling as the form, but says
	 * so only of CC 6 and amnesty filings (issue 10, item 5). */
	[R27] = { "R27", OUTCOME_REFER,
	  { "CPC 489.3", "NR 9", "NR 15.2" },
	  N_("Found at the hearing: a return by the judge's letter is a step "
	  "on receipt (CPC 489 part 3, NR 9); at the hearing the court "
	  "decides by ruling (NR 15 para 2)."),
	  N_("The ground was found at the hearing, where a return by letter "
	  "no longer fits: in what form is the filing to be disposed of?") },
};

static const struct {
	const char	*id;
	const char	*text;
	const char	*cite;
} notes[] = {
	/* CPC 494.14 names the submission, the protest and the victim's
	 * complaint. */
	{ "N1", N_("Worsening is possible only on a submission, a protest of "
	  "the four prosecutors or a victim's complaint that asks for it, only "
	  "for the persons and grounds named there; an acquittal or "
	  "termination quashed goes to a new trial."),
	  "NR 12; CPC 494.14, 494.7.4" },
	{ "N2", N_("An act of conciliatory proceedings on a plea agreement may "
	  "be changed to the person's detriment only for substantial "
	  "violations in concluding the agreement and hearing the case."),
	  "NR 14" },
	{ "N3", N_("A supplement filed after the year of CPC 487 part 2 may "
	  "not add a request to worsen the position that the filing did not "
	  "make."), "CPC 488.5" },
	{ "N4", N_("Filing does not suspend execution; only the Chair of the "
	  "Supreme Court or the Prosecutor General may suspend it, for at "
	  "most six months."), "CPC 488.4, 493" },
	{ "N5", N_("If a retroactive law or an amnesty also applies, the "
	  "cassation court applies it in its decision."), "NR 15.3; CC 6" },
	{ "N6", N_("The filer may ask the court that issued the act to "
	  "restore the missed time limit for appeal."), "NR 5.4; CPC 419" },
	{ "N7", N_("The four prosecutors may protest such an act, and a "
	  "person may petition them to do so."), "CPC 484.3, 486.2" },
	{ "N8", N_("The filer may apply to the district court where the "
	  "sentence is executed."), "NR 15.1; CPC 476.15, 477.1" },
	{ "N9", N_("The six months for deciding are counted from the day the "
	  "case file reached the court, not the filing."),
	  "CPC 492.3; NR 11" },
};

#define NNOTES	(sizeof notes / sizeof notes[0])

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

static size_t
note_rank(const char *id)
{
	size_t i;

	for (i = 0; i < NNOTES; i++)
		if (strcmp(notes[i].id, id) == 0)
			break;
	return i;
}

void
rules_note(struct decision *d, const char *id)
{
	size_t i, j;

	for (j = 0; j < d->n_notes; j++)
		if (strcmp(d->notes[j].id, id) == 0)
			return;
	for (i = 0; i < NNOTES; i++) {
		if (strcmp(notes[i].id, id) != 0)
			continue;
		if (d->n_notes >= DECISION_MAX_NOTES)
			return;
		/* Keep the table's order whatever the order of adding. */
		for (j = d->n_notes; j > 0 &&
		    note_rank(d->notes[j - 1].id) > i; j--)
			d->notes[j] = d->notes[j - 1];
		d->notes[j].id = notes[i].id;
		d->notes[j].text = notes[i].text;
		d->notes[j].cite = notes[i].cite;
		d->n_notes++;
		return;
	}
}

/* Three-valued reading of the relevant answers. */

static const char *const prosecutors4[] = { "prosecutor-general",
    "deputy-prosecutor-general", "chief-military-prosecutor",
    "chief-transport-prosecutor", NULL };
static const char *const no_complainants[] = { "prosecutor-general",
    "deputy-prosecutor-general", "chief-military-prosecutor",
    "chief-transport-prosecutor", "other-prosecutor", "court-chair", "other",
    NULL };
static const char *const worse_roles[] = { "convicted", "acquitted",
    "defender", "civil-plaintiff", "civil-defendant", "interested-person",
    NULL };
static const char *const minor_cats[] = { "misdemeanour", "minor", NULL };
static const char *const heavier_cats[] = { "medium", "grave",
    "especially-grave", NULL };
static const char *const not_observed[] = { "not-filed", "withdrawn",
    "returned-late", "reviewed-for-others", NULL };
static const char *const excluded_acts[] = { "484.2.2", "484.2.3", NULL };
static const char *const procedure_barred[] = { "summary", "conciliatory",
    "cpc382", NULL };

/*
 * Every answer the rules read, named once.  decide() runs the rules for
 * every filing of the register, so on first use each read is resolved to
 * its key's index and to the answer states that satisfy it (below); the
 * rules then compare no strings.
 */
enum read {
	/* is(): key = value */
	WITHDRAWN_YES, WITHDRAWN_BY_CONVICTED_YES, STAGE_HEARING,
	RETRO_ONLY_YES, KIND_COMPLAINT, KIND_PROTEST, KIND_SUBMISSION,
	ROLE_COURT_CHAIR, ROLE_LEGAL_REP, ROLE_INTERESTED, REPRESENTS_VICTIM,
	ROLE_VICTIM, ROLE_VICTIM_REP, TRANSITION_FILING, TRANSITION_ACT,
	CONFLICT_446_3_YES, BEYOND_CIVIL_YES, CIVIL_ALSO_YES,
	PRINCIPAL_ADULT_YES,
	IN_FORCE_NO, INSTANCE_FIRST, INSTANCE_CASSATION, EXCLUDED_484_2_2,
	REQUALIFICATION_NO, TYPE_PRIVATE_RULING, AFFECTED_NO,
	NEW_CIRCUMSTANCES_YES, CIVIL_ARITHMETIC_YES, FILER_DATA_NO,
	ACTS_AND_COURTS_NO, SCOPE_NO, GROUND_REFERENCE_NO, ARGUMENTS_NO,
	EVIDENCE_NO, PARTICIPATION_NO, ATTACHMENTS_NO, DATE_SIGNATURE_NO,
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
	NREADS
};

static const struct {
	const char		*key;
	const char		*value;		/* is(), has() */
	const char *const	*values;	/* is_in() */
} reads[NREADS] = {
	[WITHDRAWN_YES] = { "filing.withdrawn", "yes", NULL },
	[WITHDRAWN_BY_CONVICTED_YES] = { "filing.withdrawn-by-convicted",
	    "yes", NULL },
	[STAGE_HEARING] = { "filing.stage", "hearing", NULL },
	[RETRO_ONLY_YES] = { "subject.retroactive-or-amnesty-only", "yes",
	    NULL },
	[KIND_COMPLAINT] = { "filing.kind", "complaint", NULL },
	[KIND_PROTEST] = { "filing.kind", "protest", NULL },
	[KIND_SUBMISSION] = { "filing.kind", "submission", NULL },
	[ROLE_COURT_CHAIR] = { "filer.role", "court-chair", NULL },
	[ROLE_LEGAL_REP] = { "filer.role", "legal-representative", NULL },
	[ROLE_INTERESTED] = { "filer.role", "interested-person", NULL },
	[REPRESENTS_VICTIM] = { "filer.represents", "victim", NULL },
	[ROLE_VICTIM] = { "filer.role", "victim", NULL },
	[ROLE_VICTIM_REP] = { "filer.role", "victim-representative", NULL },
	[TRANSITION_FILING] = { "case.transition-date", "filing", NULL },
	[TRANSITION_ACT] = { "case.transition-date", "act", NULL },
	[PROCEDURE_BARRED] = { "case.procedure", NULL, procedure_barred },
	[CONFLICT_446_3_YES] = { "submission.conflict-446-3", "yes", NULL },
	[BEYOND_CIVIL_YES] = { "filer.beyond-civil-claim", "yes", NULL },
	[CIVIL_ALSO_YES] = { "filer.civil-claim-also", "yes", NULL },
	[PRINCIPAL_ADULT_YES] = { "filer.principal-adult", "yes", NULL },
	[IN_FORCE_NO] = { "act.in-force", "no", NULL },
	[INSTANCE_FIRST] = { "act.instance", "first", NULL },
	[INSTANCE_CASSATION] = { "act.instance", "cassation", NULL },
	[EXCLUDED_484_2_2] = { "act.excluded", "484.2.2", NULL },
	[REQUALIFICATION_NO] = { "grounds.requalification-heavier", "no",
	    NULL },
	[TYPE_PRIVATE_RULING] = { "act.type", "private-ruling", NULL },
	[AFFECTED_NO] = { "filer.affected", "no", NULL },
	[NEW_CIRCUMSTANCES_YES] = { "subject.new-circumstances-only", "yes",
	    NULL },
	[CIVIL_ARITHMETIC_YES] = { "subject.civil-arithmetic-only", "yes",
	    NULL },
	[FILER_DATA_NO] = { "content.filer-data", "no", NULL },
	[ACTS_AND_COURTS_NO] = { "content.acts-and-courts", "no", NULL },
	[SCOPE_NO] = { "content.scope", "no", NULL },
	[GROUND_REFERENCE_NO] = { "content.ground-reference", "no", NULL },
	[ARGUMENTS_NO] = { "content.arguments", "no", NULL },
	[EVIDENCE_NO] = { "content.evidence", "no", NULL },
	[PARTICIPATION_NO] = { "content.participation", "no", NULL },
	[ATTACHMENTS_NO] = { "content.attachments", "no", NULL },
	[DATE_SIGNATURE_NO] = { "content.date-signature", "no", NULL },
	[COPIES_NO] = { "content.copies-attached", "no", NULL },
	[LANGUAGE_OK_NO] = { "content.language-ok", "no", NULL },
	[SPEAKS_LANGUAGE_YES] = { "filer.speaks-language", "yes", NULL },
	[IN_CUSTODY_YES] = { "filer.in-custody", "yes", NULL },
	[VIA_INSTITUTION_NO] = { "filing.via-institution", "no", NULL },
	[JUSTIFIED_NO] = { "protest.justified", "no", NULL },
	[ABUSIVE_YES] = { "content.abusive", "yes", NULL },
	[ADDRESSED_ELSEWHERE_YES] = { "content.addressed-elsewhere", "yes",
	    NULL },
	[STATEMENT_COMPLETE_NO] = { "interested.statement-complete", "no",
	    NULL },
	[ON_PETITION_YES] = { "protest.on-petition", "yes", NULL },
	[PETITION_ATTACHED_NO] = { "protest.petition-attached", "no", NULL },
	[WORSENING_YES] = { "grounds.worsening", "yes", NULL },
	[PLEA_YES] = { "act.plea-agreement", "yes", NULL },
	[REQUALIFICATION_YES] = { "grounds.requalification-heavier", "yes",
	    NULL },
	[REFILED_YES] = { "filing.refiled", "yes", NULL },

	[ROLE_PROSECUTORS4] = { "filer.role", NULL, prosecutors4 },
	[ROLE_NO_COMPLAINANT] = { "filer.role", NULL, no_complainants },
	[ROLE_WORSE] = { "filer.role", NULL, worse_roles },
	[EXCLUDED_ANY] = { "act.excluded", NULL, excluded_acts },
	[CATEGORY_MINOR] = { "case.category", NULL, minor_cats },
	[CHARGED_HEAVIER] = { "case.charged-category", NULL, heavier_cats },
	[ROUTE_NOT_OBSERVED] = { "appeal.route", NULL, not_observed },

	[CPC485_1_NONE] = { "grounds.cpc485-1", "none", NULL },
	[CPC485_2_NONE] = { "grounds.cpc485-2", "none", NULL },
	[CPC485_2_1] = { "grounds.cpc485-2", "1", NULL },
	[CPC485_2_4] = { "grounds.cpc485-2", "4", NULL },

	[RECEIVED] = { "filing.received", NULL, NULL },
	[POSTED] = { "filing.posted", NULL, NULL },
	[FIRST_RECEIVED] = { "filing.first-received", NULL, NULL },
	[IN_FORCE_DATE] = { "act.in-force-date", NULL, NULL },
	[ACT_DATE] = { "act.date", NULL, NULL },
	[CPC485_1] = { "grounds.cpc485-1", NULL, NULL },
	[CPC485_2] = { "grounds.cpc485-2", NULL, NULL },
};

static const enum read content9[] = { FILER_DATA_NO, ACTS_AND_COURTS_NO,
    SCOPE_NO, GROUND_REFERENCE_NO, ARGUMENTS_NO, EVIDENCE_NO,
    PARTICIPATION_NO, ATTACHMENTS_NO, DATE_SIGNATURE_NO };

/*
 * The state of an answer, as a bit position: unanswered (the reading is
 * the key's fallback, if any), answered "unknown", or value i of an enum
 * or bool (tests/unit/test_vocab.c holds every enum to SET_MAX values,
 * well below ST_NOVALUE).  Anything else (a set, a date, text) reads as
 * no value at all.
 */
#define ST_NONE		FACT_STATE_NONE
#define ST_UNKNOWN	FACT_STATE_UNKNOWN
#define ST_VALUE	FACT_STATE_VALUE
#define ST_NOVALUE	31

_Static_assert(ST_VALUE + SET_MAX < ST_NOVALUE, "answer states");

static struct {
	int			 idx;	/* -1: no such key */
	const struct fact_def	*def;
	uint32_t		 match;	/* states equal to a value */
	uint32_t		 unknown; /* states that read "unknown" */
	int			 item;	/* has(): value index or -1 */
	bool			 none;	/* has(): the empty set */
	bool			 empty;	/* is_in(): no values */
} rd[NREADS];
static bool rd_done;

/* Sorts every state of r's key by what is(key, value) made of it. */
static void
rd_value(size_t r, const char *value)
{
	const struct fact_def *def = rd[r].def;
	const char *t;
	unsigned st, n = ST_VALUE;

	if (def->type == FACT_BOOL)
		n += 2;
	else if (def->type == FACT_ENUM)
		while (n < ST_NOVALUE && def->values[n - ST_VALUE] != NULL)
			n++;
	for (st = 0; st < n; st++) {
		if ((t = vocab_state_text(def, st)) == NULL)
			continue;
		if (strcmp(t, "unknown") == 0)
			rd[r].unknown |= (uint32_t)1 << st;
		else if (strcmp(t, value) == 0)
			rd[r].match |= (uint32_t)1 << st;
	}
}

static void
rd_resolve(void)
{
	const char *const *v;
	size_t r;

	for (r = 0; r < NREADS; r++) {
		rd[r].idx = vocab_index(reads[r].key);
		rd[r].item = -1;
		if (rd[r].idx < 0)
			continue;
		rd[r].def = vocab_at((size_t)rd[r].idx);
		if (reads[r].value != NULL) {
			rd_value(r, reads[r].value);
			rd[r].none = strcmp(reads[r].value, "none") == 0;
			rd[r].item = vocab_value_index(rd[r].def,
			    reads[r].value);
		}
		if (reads[r].values != NULL) {
			rd[r].empty = reads[r].values[0] == NULL;
			for (v = reads[r].values; *v != NULL; v++)
				rd_value(r, *v);
		}
	}
	rd_done = true;
}

/* The state of read r's answer; an "unknown" answer is remembered. */
static unsigned
state_of(struct rules_ctx *x, enum read r)
{
	const struct fact_value *v = &x->f->v[rd[r].idx];

	if (!v->present)
		return ST_NONE;
	if (v->unknown) {
		x->unknown = rd[r].def->key;
		return ST_UNKNOWN;
	}
	if (rd[r].def->type == FACT_BOOL)
		return v->num ? ST_VALUE + 1 : ST_VALUE;
	if (rd[r].def->type == FACT_ENUM && v->num >= 0 &&
	    v->num < ST_NOVALUE - ST_VALUE)
		return ST_VALUE + (unsigned)v->num;
	return ST_NOVALUE;
}

/* 1 if key = value, 0 if not or unanswered, -1 if "unknown". */
static int
is(struct rules_ctx *x, enum read r)
{
	uint32_t st;

	if (rd[r].idx < 0)
		return 0;
	st = (uint32_t)1 << state_of(x, r);
	if (rd[r].unknown & st)
		return -1;
	return (rd[r].match & st) != 0;
}

/* 1 if key is one of the values, -1 if "unknown", else 0. */
static int
is_in(struct rules_ctx *x, enum read r)
{
	if (rd[r].empty)
		return 0;
	return is(x, r);
}

/* For sets: 1 if it has item, 0 if not (or unanswered), -1 unknown; item
 * "none" asks for the empty set. */
static int
has(struct rules_ctx *x, enum read r)
{
	const struct fact_value *v;

	if (rd[r].idx < 0 || !(v = &x->f->v[rd[r].idx])->present)
		return 0;
	if (v->unknown) {
		x->unknown = rd[r].def->key;
		return -1;
	}
	if (rd[r].none)
		return v->num == 0;
	if (rd[r].item < 0)
		return 0;
	return (v->num & (1 << rd[r].item)) != 0;
}

/* Whether the key has an answer at all. */
static bool
answered(const struct rules_ctx *x, enum read r)
{
	return rd[r].idx >= 0 && x->f->v[rd[r].idx].present;
}

static int
t_and(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

static int
t_or(int a, int b)
{
	if (a == 1 || b == 1)
		return 1;
	return a < 0 || b < 0 ? -1 : 0;
}

static int
t_not(int a)
{
	return a < 0 ? -1 : !a;
}

static qdate
date_of(const struct rules_ctx *x, enum read r)
{
	const struct fact_value *v;

	if (rd[r].idx < 0 || !(v = &x->f->v[rd[r].idx])->present ||
	    v->unknown)
		return QDATE_NONE;
	return v->num;
}

/*
 * Records rule r as a ground: t = 1 fires with its outcome, t = -1 refers
 * for an unknown answer (or, with open = true, because the law is open);
 * cites NULL takes the table's.
 */
static void
ground(struct rules_ctx *x, int r, int t, bool open,
    const char *const *cites)
{
	struct decision *d = x->d;
	struct ground *g;
	size_t i;

	if (t == 0 || d->n_grounds >= DECISION_MAX_GROUNDS)
		return;
	g = &d->grounds[d->n_grounds++];
	memset(g, 0, sizeof *g);
	g->rule = &table[r];
	g->outcome = t > 0 ? table[r].outcome : OUTCOME_REFER;
	if (t < 0 && !open) {
		g->fact = x->unknown;
		if (table[r].outcome > x->potential)
			x->potential = table[r].outcome;
	}
	if (cites == NULL)
		cites = table[r].cites;
	for (i = 0; i < DECISION_MAX_CITES && cites[i] != NULL; i++)
		g->cites[i] = cites[i];
	g->cites[i] = NULL;
}

static const char *
route_item(const struct rules_ctx *x)
{
	const char *s = x->opt != NULL ? x->opt->route_not_observed_item : NULL;

	return s != NULL && *s != '\0' ? s : DECIDE_ROUTE_ITEM_DEFAULT;
}

static const char *
excluded_item(const struct rules_ctx *x)
{
	const char *s = x->opt != NULL ? x->opt->protest_excluded_act_item :
	    NULL;

	return s != NULL && *s != '\0' ? s : DECIDE_PROTEST_EXCLUDED_DEFAULT;
}

/* R1, R2: withdrawal and a hearing-stage CC 6 filing decide alone. */
static int
rules_final(struct rules_ctx *x)
{
	int t;

	x->unknown = NULL;
	t = t_or(is(x, WITHDRAWN_YES),
	    is(x, WITHDRAWN_BY_CONVICTED_YES));
	ground(x, R1, t, false, NULL);
	if (t == 1)
		return 1;
	x->unknown = NULL;
	t = t_and(is(x, STAGE_HEARING),
	    is(x, RETRO_ONLY_YES));
	ground(x, R2, t, false, NULL);
	if (t == 1) {
		rules_note(x->d, "N8");
		return 1;
	}
	return 0;
}

/* Who may file: R3, R4, R9, R9c, R10, R26. */
static void
rules_standing(struct rules_ctx *x)
{
	int complaint = is(x, KIND_COMPLAINT) == 1;
	int t;

	x->unknown = NULL;
	ground(x, R3, t_and(is(x, KIND_PROTEST),
	    t_not(is_in(x, ROLE_PROSECUTORS4))), false, NULL);
	x->unknown = NULL;
	t = t_and(is(x, KIND_SUBMISSION),
	    t_or(t_not(is(x, ROLE_COURT_CHAIR)),
	    t_not(is(x, CONFLICT_446_3_YES))));
	ground(x, R4, t, t < 0 && x->unknown == NULL, NULL);
	x->unknown = NULL;
	ground(x, R9, complaint ? is_in(x, ROLE_NO_COMPLAINANT) : 0,
	    false, NULL);
	/* R9c: only beyond the civil claim, return (CPC 414.1, 489.1.2);
	 * the claim and more, refer (law-brief.md 4.1 R9c; Q10). */
	x->unknown = NULL;
	t = complaint ? is(x, BEYOND_CIVIL_YES) : 0;
	if (t == 1 && is(x, CIVIL_ALSO_YES) == 1)
		ground(x, R9C, -1, true, NULL);
	else
		ground(x, R9C, t_and(t, t_not(is(x, CIVIL_ALSO_YES))), false,
		    NULL);
	x->unknown = NULL;
	ground(x, R10, t_and(is(x, ROLE_LEGAL_REP),
	    is(x, PRINCIPAL_ADULT_YES)), false, NULL);
}

/* What act, what case: R5, R6, R6p, R7, R8, R11, R23. */
/*
 * CPC 484.2.1 changes on 1 July 2027 (Law of 21.11.2024 No. 136-VIII;
 * law-brief.md 2.1 and section 6).  Until then it bars complaints "in
 * cases of criminal misdemeanours and crimes of minor gravity" (R6, NR 2
 * para 3, NR 6 for victims); from then, "in cases of criminal offences
 * tried in summary-order or conciliatory proceedings or under CPC 382"
 * (R6n), by a published wording whose enactment clause is unverified, so
 * the new text is applied only once the court has confirmed it
 * (decide_options).  Which date chooses the wording, the filing's or the
 * act's, is open (Q12): the judge answers case.transition-date.
 */
enum cpc484_text { CPC484_OLD, CPC484_NEW, CPC484_OPEN };

static enum cpc484_text
rules_cpc484_text(struct rules_ctx *x)
{
	qdate change = qdate_from_ymd(2027, 7, 1);
	qdate rcv = date_of(x, RECEIVED), act = date_of(x, ACT_DATE);
	bool confirmed = x->opt != NULL && x->opt->cpc484_2_1_confirmed;

	if (rcv == QDATE_NONE || rcv < change)
		return CPC484_OLD;
	if (act == QDATE_NONE)
		return CPC484_OPEN;	/* Q12: which side is the act on? */
	if (act < change && is(x, TRANSITION_ACT) == 1)
		return CPC484_OLD;
	if (act < change && is(x, TRANSITION_FILING) != 1)
		return CPC484_OPEN;	/* Q12 unanswered or "unknown" */
	return confirmed ? CPC484_NEW : CPC484_OPEN;
}

static void
rules_cpc484_2_1(struct rules_ctx *x, int minor, int heavier)
{
	const char *cites[DECISION_MAX_CITES + 1];
	enum cpc484_text text = rules_cpc484_text(x);
	int old, now, n = 0;

	/* x->unknown still names an "unknown" category, if any. */
	old = t_and(minor, t_not(heavier));
	now = 0;
	if (text != CPC484_OLD) {
		x->unknown = NULL;
		now = is_in(x, PROCEDURE_BARRED);
	}
	if (old != 0)		/* NR 2.3 and 6 read the old wording */
		cites[n++] = "NR 2.3";
	if (old != 0 && (is(x, ROLE_VICTIM) == 1 ||
	    is(x, ROLE_VICTIM_REP) == 1 || (is(x, ROLE_LEGAL_REP) == 1 &&
	    is(x, REPRESENTS_VICTIM) == 1)))
		cites[n++] = "NR 6";	/* NR 6 is about victims only */
	cites[n++] = "CPC 484.2.1";
	cites[n++] = "CPC 484.3";
	cites[n++] = "CPC 489.1.5";
	cites[n] = NULL;
	if (text == CPC484_OLD)
		ground(x, R6, old, false, cites);
	else if (text == CPC484_NEW)
		ground(x, R6N, now, false, NULL);
	else if (old != 0 || now != 0)
		ground(x, R6, -1, true, cites);
	if ((text == CPC484_NEW ? now : text == CPC484_OLD ? old :
	    t_or(old, now)) != 0)
		rules_note(x->d, "N7");
}

static void
rules_act(struct rules_ctx *x)
{
	int complaint = is(x, KIND_COMPLAINT) == 1;
	int protest = is(x, KIND_PROTEST) == 1;
	const char *cites[DECISION_MAX_CITES + 1];
	int t, minor, heavier, route, n;

	/* R23 first in reading, though not in order: its answers matter to
	 * the others only through relevance. */
	x->unknown = NULL;
	t = t_or(is(x, IN_FORCE_NO), is(x, INSTANCE_CASSATION));
	if (t != 0) {
		n = 0;
		cites[n++] = "NR 1";
		cites[n++] = "CPC 484.1";
		cites[n++] = is(x, INSTANCE_CASSATION) == 1 ?
		    "CPC 498-1" : "CPC 417.1";
		cites[n] = NULL;
		ground(x, R23, t, x->unknown == NULL, cites);
	}

	x->unknown = NULL;
	t = is_in(x, EXCLUDED_ANY);
	if (t != 0 && (complaint || protest)) {
		n = 0;
		cites[n++] = "NR 2.2";
		if (t > 0)
			cites[n++] = is(x, EXCLUDED_484_2_2) == 1 ?
			    "CPC 484.2.2" : "CPC 484.2.3";
		cites[n++] = complaint ? "CPC 489.1.5" : excluded_item(x);
		cites[n] = NULL;
		ground(x, R5, t, false, cites);
	}

	/* R6 and R7: misdemeanours and minor crimes (NR 2, 3, 6). */
	x->unknown = NULL;
	minor = is_in(x, CATEGORY_MINOR);
	heavier = is_in(x, CHARGED_HEAVIER);
	if (complaint && minor != 0 && heavier == 1) {
		x->unknown = NULL;
		ground(x, R7, t_and(minor, is(x, REQUALIFICATION_NO)), false,
		    NULL);
	} else if (complaint)
		rules_cpc484_2_1(x, minor, heavier);

	/* R6p: a protest on an act of 484.3 rests on 485.2 items. */
	x->unknown = NULL;
	route = t_and(is(x, INSTANCE_FIRST),
	    is_in(x, ROUTE_NOT_OBSERVED));
	if (protest && t_or(minor, route) != 0) {
		x->unknown = NULL;
		t = has(x, CPC485_2_NONE);
		if (t == 1 && has(x, CPC485_1_NONE) == 0 &&
		    answered(x, CPC485_1))
			ground(x, R6P, -1, true, NULL);
		else
			ground(x, R6P, t_and(t_or(minor, route), t), false,
			    NULL);
	}

	/* R8 and R11: the appellate route (NR 4, 5.4, 10). */
	x->unknown = NULL;
	t = t_and(is(x, TYPE_PRIVATE_RULING),
	    is(x, INSTANCE_FIRST));
	if (complaint && t != 0) {
		x->unknown = NULL;
		cites[0] = "NR 10";
		cites[1] = "CPC 485.1.7-1";
		cites[2] = route_item(x);
		cites[3] = NULL;
		ground(x, R11, t_and(t, t_or(is(x, AFFECTED_NO),
		    is_in(x, ROUTE_NOT_OBSERVED))), false, cites);
	} else if (complaint) {
		x->unknown = NULL;
		t = t_and(is(x, INSTANCE_FIRST),
		    is_in(x, ROUTE_NOT_OBSERVED));
		n = 0;
		cites[n++] = "NR 2.3";
		cites[n++] = "NR 4";
		if (is(x, ROLE_INTERESTED) == 1)
			cites[n++] = "NR 5.4";
		cites[n++] = "CPC 484.1";
		cites[n++] = "CPC 486.1";
		cites[n++] = route_item(x);
		cites[n] = NULL;
		ground(x, R8, t, false, cites);
		if (t == 1)
			rules_note(x->d, "N6");
	}
}

/* What it asks for: R13, R14. */
static void
rules_subject(struct rules_ctx *x)
{
	const char *cites[DECISION_MAX_CITES + 1];
	int t, nc, ar, n = 0;

	/* R13 returns by letter "under CPC 489.1.5" (NR 15.1), which names
	 * complaints only; a protest cites what R5 cites for the same gap
	 * (decide_options, law-brief.md Q4; issue 10, item 4). */
	x->unknown = NULL;
	t = t_and(t_not(is(x, STAGE_HEARING)),
	    is(x, RETRO_ONLY_YES));
	cites[n++] = "NR 15.1";
	cites[n++] = is(x, KIND_PROTEST) == 1 ? excluded_item(x) :
	    "CPC 489.1.5";
	cites[n++] = "CPC 476.15";
	cites[n++] = "CPC 477.1";
	cites[n++] = "CC 6";
	cites[n] = NULL;
	ground(x, R13, t, false, cites);
	n = 0;
	if (t == 1)
		rules_note(x->d, "N8");

	x->unknown = NULL;
	nc = is(x, NEW_CIRCUMSTANCES_YES);
	ar = is(x, CIVIL_ARITHMETIC_YES);
	if (nc == 1) {
		cites[n++] = "NR 13";
		cites[n++] = "CPC 499";
	}
	if (ar == 1) {
		cites[n++] = "NR 16";
		cites[n++] = "CPC 406-1";
		cites[n++] = "CPC 476.23";
		cites[n++] = "CPC 477.3";
	}
	cites[n] = NULL;
	t = t_or(nc, ar);
	ground(x, R14, t, t > 0, n > 0 ? cites : NULL);
}

/* Form and content: R12, R15-R21a, R25. */
static void
rules_content(struct rules_ctx *x)
{
	size_t i;
	int t, any;

	x->unknown = NULL;
	for (t = 0, i = 0; i < sizeof content9 / sizeof content9[0]; i++)
		t = t_or(t, is(x, content9[i]));
	ground(x, R15, t, false, NULL);

	/* R16: no item of 485 part 1; a protest on a 484.3 act is R6p's. */
	x->unknown = NULL;
	t = has(x, CPC485_1_NONE);
	if (answered(x, CPC485_2))
		t = 0;
	ground(x, R16, t, false, NULL);

	x->unknown = NULL;
	ground(x, R17, is(x, COPIES_NO), false, NULL);

	x->unknown = NULL;
	t = is(x, LANGUAGE_OK_NO);
	any = is(x, SPEAKS_LANGUAGE_YES);
	if (t == 1 && any == 0)
		ground(x, R18, -1, true, NULL);	/* CPC 30.3: Q8 */
	else
		ground(x, R18, t_and(t, any), false, NULL);

	x->unknown = NULL;
	t = t_and(is(x, IN_CUSTODY_YES),
	    is(x, VIA_INSTITUTION_NO));
	ground(x, R19, t, x->unknown == NULL, NULL);

	x->unknown = NULL;
	ground(x, R20, t_and(t_or(has(x, CPC485_2_1),
	    has(x, CPC485_2_4)), is(x, JUSTIFIED_NO)),
	    false, NULL);

	x->unknown = NULL;
	ground(x, R21, is(x, ABUSIVE_YES), false, NULL);
	x->unknown = NULL;
	ground(x, R21A, is(x, ADDRESSED_ELSEWHERE_YES), false,
	    NULL);
	x->unknown = NULL;
	ground(x, R12, t_and(is(x, ROLE_INTERESTED),
	    is(x, STATEMENT_COMPLETE_NO)), false, NULL);

	x->unknown = NULL;
	t = t_and(is(x, ON_PETITION_YES),
	    is(x, PETITION_ATTACHED_NO));
	ground(x, R25, t, x->unknown == NULL, NULL);
}

/*
 * The year of CPC 487.2 (R22, R24, D6).  The filing counts as made when
 * posted or handed to the institution (CPC 49.1), a refiled one when first
 * received (NR 8.4).
 */
static void
rules_time(struct rules_ctx *x)
{
	const char *cites[DECISION_MAX_CITES + 1];
	qdate force, filed, rcv, limit;
	int worse, refiled, t, n = 0;

	x->unknown = NULL;
	worse = t_or(is(x, WORSENING_YES),
	    t_and(is(x, KIND_COMPLAINT),
	    is(x, REQUALIFICATION_YES)));
	if (worse == 1) {
		rules_note(x->d, "N1");
		if (is(x, PLEA_YES) == 1)
			rules_note(x->d, "N2");
	}

	/* R26: worsening asked by someone on whose complaint it is barred
	 * (CPC 494.14, NR 12). */
	x->unknown = NULL;
	if (is(x, KIND_COMPLAINT) == 1 &&
	    is(x, WORSENING_YES) == 1) {
		t = t_or(is_in(x, ROLE_WORSE),
		    t_and(is(x, ROLE_LEGAL_REP),
		    t_not(is(x, REPRESENTS_VICTIM))));
		ground(x, R26, t, false, NULL);
	}

	force = date_of(x, IN_FORCE_DATE);
	if (worse != 1 || force == QDATE_NONE)
		return;
	limit = cpc48_add_months(x->cal, force, 12);
	rcv = date_of(x, RECEIVED);
	filed = date_of(x, POSTED);
	if (filed == QDATE_NONE)
		filed = rcv;
	refiled = is(x, REFILED_YES) == 1;
	if (refiled && date_of(x, FIRST_RECEIVED) != QDATE_NONE) {
		filed = date_of(x, FIRST_RECEIVED);
		rcv = filed;
		ground(x, R24, 1, false, NULL);
	}
	x->d->worsening_limit = limit;
	x->d->worsening_filed = filed;
	x->d->worsening_refiled = refiled;
	if (filed == QDATE_NONE)
		return;
	cites[n++] = "CPC 487.2";
	cites[n++] = "CPC 489.1.3";
	if (refiled)
		cites[n++] = "NR 8.4";
	cites[n] = NULL;
	if (filed > limit)
		ground(x, R22, 1, false, cites);
	else if (rcv != QDATE_NONE && rcv > limit)
		ground(x, R22, -1, true, cites);	/* Q9a */
}

/*
 * At the hearing every ground that would return by letter is the judge's:
 * the letter of CPC 489.3 and NR 9 belongs to the intake, and the form at
 * the hearing is open but for NR 15.2 (R2).  No return-by follows, since
 * nothing returns by letter.
 */
static void
rules_hearing(struct rules_ctx *x)
{
	size_t i, n = x->d->n_grounds;
	bool any = false;

	x->unknown = NULL;
	if (is(x, STAGE_HEARING) != 1)
		return;
	for (i = 0; i < n; i++)
		if (x->d->grounds[i].rule->outcome == OUTCOME_RETURN_LETTER) {
			x->d->grounds[i].outcome = OUTCOME_REFER;
			any = true;
		}
	if (x->potential == OUTCOME_RETURN_LETTER)
		x->potential = OUTCOME_REFER;
	if (any)
		ground(x, R27, -1, true, NULL);
}

void
rules_apply(struct rules_ctx *x)
{
	if (!rd_done)
		rd_resolve();
	x->potential = OUTCOME_ADMIT;
	x->d->worsening_limit = x->d->worsening_filed = QDATE_NONE;
	if (rules_final(x))
		return;
	rules_standing(x);
	rules_act(x);
	rules_subject(x);
	rules_content(x);
	rules_time(x);
	rules_hearing(x);
}
