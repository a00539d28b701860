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
 * - R6 after 1 July 2027 (Q12): the new wording of 484.2.1 is unverified;
 *   refer.
 * - R14 (Q5), R19 (Q7), R18 when the filer does not speak the language
 *   (Q8), R22 posted in time but received late (Q9a): refer.
 */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "core/rules-eval.h"

enum {
	R1, R2, R3, R4, R5, R6, R6P, R7, R8, R9, R9C, R10, R11, R12, R13, R14,
	R15, R16, R17, R18, R19, R20, R21, R21A, R22, R23, R24, R25, R26,
	NRULES
};

static const struct rule table[NRULES] = {
	[R1] = { "R1", OUTCOME_RETURN_RULING,
	  { "NR 9", "CPC 489.1.4", "CPC 488.6", "CPC 489.3" },
	  N_("The filing was withdrawn before its consideration on the "
	  "merits; it is returned by the court's ruling."),
	  N_("Was the filing withdrawn before its consideration on the "
	  "merits?") },
	[R2] = { "R2", OUTCOME_LEAVE_UNCONSIDERED,
	  { "NR 15.2", "CC 6" },
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
	  { "NR 2.3", "NR 6", "CPC 484.2.1", "CPC 484.3", "CPC 489.1.5" },
	  N_("Acts in cases of criminal misdemeanours and crimes of minor "
	  "gravity are reviewed in cassation only on a protest of the four "
	  "prosecutors named in CPC 484 part 3, not on a complaint."),
	  N_("The filing falls after 1 July 2027, when CPC 484 part 2 item 1 "
	  "is expected to change (unverified): does the new wording exclude "
	  "this case?") },
	[R6P] = { "R6p", OUTCOME_RETURN_LETTER,
	  { "CPC 484.3", "CPC 485.2", "CPC 489.1.1" },
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
	[R9] = { "R9", OUTCOME_RETURN_LETTER,
	  { "CPC 486.1", "CPC 414.1", "CPC 489.1.2" },
	  N_("The filer is not among the persons whom CPC 486 part 1 allows "
	  "to file a cassation complaint."),
	  N_("Who filed the complaint, and in what capacity?") },
	[R9C] = { "R9c", OUTCOME_RETURN_LETTER,
	  { "CPC 414.1", "CPC 486.1", "CPC 489.1.2" },
	  N_("A civil plaintiff or defendant may complain only of the part "
	  "of the act that concerns the civil claim."),
	  N_("Does the civil party contest more than the civil claim?") },
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
	[R19] = { "R19", OUTCOME_REFER,
	  { "NR 7", "NR 8.2", "CPC 489.1.1" },
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
	  { "CPC 488.3", "CPC 489.1.1" },
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
	  { "CPC 484.1", "CPC 417.1", "CPC 498-1" },
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
	  { "CPC 486.2" },
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
};

static const struct {
	const char	*id;
	const char	*text;
	const char	*cite;
} notes[] = {
	{ "N1", N_("Worsening is possible only on a protest of the four "
	  "prosecutors or a victim's complaint that asks for it, only for the "
	  "persons and grounds named there; an acquittal or termination "
	  "quashed goes to a new trial."), "NR 12; CPC 494.14, 494.7.4" },
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

static const char *
value_of(struct rules_ctx *x, const char *key)
{
	const struct fact_def *def;
	const struct fact_value *v;
	int idx;

	if ((idx = vocab_index(key)) < 0)
		return NULL;
	def = vocab_at((size_t)idx);
	v = &x->f->v[idx];
	if (!v->present)
		return def->fallback;
	if (v->unknown) {
		x->unknown = def->key;
		return "unknown";
	}
	if (def->type == FACT_BOOL)
		return v->num ? "yes" : "no";
	if (def->type == FACT_ENUM)
		return def->values[v->num];
	return NULL;
}

/* 1 if key = value, 0 if not or unanswered, -1 if "unknown". */
static int
is(struct rules_ctx *x, const char *key, const char *value)
{
	const char *v = value_of(x, key);

	if (v == NULL)
		return 0;
	if (strcmp(v, "unknown") == 0)
		return -1;
	return strcmp(v, value) == 0;
}

/* 1 if key is one of the NULL-terminated values. */
static int
is_in(struct rules_ctx *x, const char *key, const char *const *values)
{
	int r = 0, t;

	for (; *values != NULL; values++)
		if ((t = is(x, key, *values)) == 1)
			return 1;
		else if (t < 0)
			r = -1;
	return r;
}

/* For sets: 1 if it has item, 0 if not (or unanswered), -1 unknown; item
 * "none" asks for the empty set. */
static int
has(struct rules_ctx *x, const char *key, const char *item)
{
	const struct fact_value *v;
	int idx, i;

	if ((idx = vocab_index(key)) < 0 || !(v = &x->f->v[idx])->present)
		return 0;
	if (v->unknown) {
		x->unknown = vocab_at((size_t)idx)->key;
		return -1;
	}
	if (strcmp(item, "none") == 0)
		return v->num == 0;
	if ((i = vocab_value_index(vocab_at((size_t)idx), item)) < 0)
		return 0;
	return (v->num & (1 << i)) != 0;
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
date_of(const struct rules_ctx *x, const char *key)
{
	int idx = vocab_index(key);

	if (idx < 0 || !x->f->v[idx].present || x->f->v[idx].unknown)
		return QDATE_NONE;
	return x->f->v[idx].num;
}

static const char *const prosecutors4[] = { "prosecutor-general",
    "deputy-prosecutor-general", "chief-military-prosecutor",
    "chief-transport-prosecutor", NULL };
static const char *const no_complainants[] = { "prosecutor-general",
    "deputy-prosecutor-general", "chief-military-prosecutor",
    "chief-transport-prosecutor", "other-prosecutor", "court-chair", "other",
    NULL };
static const char *const minor_cats[] = { "misdemeanour", "minor", NULL };
static const char *const heavier_cats[] = { "medium", "grave",
    "especially-grave", NULL };
static const char *const not_observed[] = { "not-filed", "withdrawn",
    "returned-late", "reviewed-for-others", NULL };
static const char *const content9[] = { "content.filer-data",
    "content.acts-and-courts", "content.scope", "content.ground-reference",
    "content.arguments", "content.evidence", "content.participation",
    "content.attachments", "content.date-signature", NULL };

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
	t = t_or(is(x, "filing.withdrawn", "yes"),
	    is(x, "filing.withdrawn-by-convicted", "yes"));
	ground(x, R1, t, false, NULL);
	if (t == 1)
		return 1;
	x->unknown = NULL;
	t = t_and(is(x, "filing.stage", "hearing"),
	    is(x, "subject.retroactive-or-amnesty-only", "yes"));
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
	int complaint = is(x, "filing.kind", "complaint") == 1;
	int t;

	x->unknown = NULL;
	ground(x, R3, t_and(is(x, "filing.kind", "protest"),
	    t_not(is_in(x, "filer.role", prosecutors4))), false, NULL);
	x->unknown = NULL;
	t = t_and(is(x, "filing.kind", "submission"),
	    t_or(t_not(is(x, "filer.role", "court-chair")),
	    t_not(is(x, "submission.conflict-446-3", "yes"))));
	ground(x, R4, t, t < 0 && x->unknown == NULL, NULL);
	x->unknown = NULL;
	ground(x, R9, complaint ? is_in(x, "filer.role", no_complainants) : 0,
	    false, NULL);
	x->unknown = NULL;
	ground(x, R9C, complaint ? is(x, "filer.beyond-civil-claim", "yes") :
	    0, false, NULL);
	x->unknown = NULL;
	ground(x, R10, t_and(is(x, "filer.role", "legal-representative"),
	    is(x, "filer.principal-adult", "yes")), false, NULL);
}

/* What act, what case: R5, R6, R6p, R7, R8, R11, R23. */
static void
rules_act(struct rules_ctx *x)
{
	static const char *const excl[] = { "484.2.2", "484.2.3", NULL };
	int complaint = is(x, "filing.kind", "complaint") == 1;
	int protest = is(x, "filing.kind", "protest") == 1;
	const char *cites[DECISION_MAX_CITES + 1];
	int t, minor, heavier, route, n;
	qdate rcv, change = qdate_from_ymd(2027, 7, 1);

	/* R23 first in reading, though not in order: its answers matter to
	 * the others only through relevance. */
	x->unknown = NULL;
	t = t_or(is(x, "act.in-force", "no"), is(x, "act.instance",
	    "cassation"));
	if (t != 0) {
		n = 0;
		cites[n++] = "CPC 484.1";
		cites[n++] = is(x, "act.instance", "cassation") == 1 ?
		    "CPC 498-1" : "CPC 417.1";
		cites[n] = NULL;
		ground(x, R23, t, x->unknown == NULL, cites);
	}

	x->unknown = NULL;
	t = is_in(x, "act.excluded", excl);
	if (t != 0 && (complaint || protest)) {
		n = 0;
		cites[n++] = "NR 2.2";
		if (t > 0)
			cites[n++] = is(x, "act.excluded", "484.2.2") == 1 ?
			    "CPC 484.2.2" : "CPC 484.2.3";
		cites[n++] = complaint ? "CPC 489.1.5" : excluded_item(x);
		cites[n] = NULL;
		ground(x, R5, t, false, cites);
	}

	/* R6 and R7: misdemeanours and minor crimes (NR 2, 3, 6). */
	x->unknown = NULL;
	minor = is_in(x, "case.category", minor_cats);
	heavier = is_in(x, "case.charged-category", heavier_cats);
	if (complaint && minor != 0 && heavier == 1) {
		x->unknown = NULL;
		ground(x, R7, t_and(minor, is(x,
		    "grounds.requalification-heavier", "no")), false, NULL);
	} else if (complaint && minor != 0) {
		rcv = date_of(x, "filing.received");
		if (minor == 1 && ((rcv != QDATE_NONE && rcv >= change) ||
		    x->today >= change))
			ground(x, R6, -1, true, NULL);
		else
			ground(x, R6, t_and(minor, t_not(heavier)), false,
			    NULL);
		if (minor == 1)
			rules_note(x->d, "N7");
	}

	/* R6p: a protest on an act of 484.3 rests on 485.2 items. */
	x->unknown = NULL;
	route = t_and(is(x, "act.instance", "first"),
	    is_in(x, "appeal.route", not_observed));
	if (protest && t_or(minor, route) != 0) {
		x->unknown = NULL;
		t = has(x, "grounds.cpc485-2", "none");
		if (t == 1 && has(x, "grounds.cpc485-1", "none") == 0 &&
		    vocab_index("grounds.cpc485-1") >= 0 &&
		    x->f->v[vocab_index("grounds.cpc485-1")].present)
			ground(x, R6P, -1, true, NULL);
		else
			ground(x, R6P, t_and(t_or(minor, route), t), false,
			    NULL);
	}

	/* R8 and R11: the appellate route (NR 4, 5.4, 10). */
	x->unknown = NULL;
	t = t_and(is(x, "act.type", "private-ruling"),
	    is(x, "act.instance", "first"));
	if (complaint && t != 0) {
		x->unknown = NULL;
		cites[0] = "NR 10";
		cites[1] = "CPC 485.1.7-1";
		cites[2] = route_item(x);
		cites[3] = NULL;
		ground(x, R11, t_and(t, t_or(is(x, "filer.affected", "no"),
		    is_in(x, "appeal.route", not_observed))), false, cites);
	} else if (complaint) {
		x->unknown = NULL;
		t = t_and(is(x, "act.instance", "first"),
		    is_in(x, "appeal.route", not_observed));
		n = 0;
		cites[n++] = "NR 2.3";
		cites[n++] = "NR 4";
		if (is(x, "filer.role", "interested-person") == 1)
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

	x->unknown = NULL;
	t = t_and(t_not(is(x, "filing.stage", "hearing")),
	    is(x, "subject.retroactive-or-amnesty-only", "yes"));
	ground(x, R13, t, false, NULL);
	if (t == 1)
		rules_note(x->d, "N8");

	x->unknown = NULL;
	nc = is(x, "subject.new-circumstances-only", "yes");
	ar = is(x, "subject.civil-arithmetic-only", "yes");
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
	int t, i, any;

	x->unknown = NULL;
	for (t = 0, i = 0; content9[i] != NULL; i++)
		t = t_or(t, is(x, content9[i], "no"));
	ground(x, R15, t, false, NULL);

	/* R16: no item of 485 part 1; a protest on a 484.3 act is R6p's. */
	x->unknown = NULL;
	t = has(x, "grounds.cpc485-1", "none");
	if (vocab_index("grounds.cpc485-2") >= 0 &&
	    x->f->v[vocab_index("grounds.cpc485-2")].present)
		t = 0;
	ground(x, R16, t, false, NULL);

	x->unknown = NULL;
	ground(x, R17, is(x, "content.copies-attached", "no"), false, NULL);

	x->unknown = NULL;
	t = is(x, "content.language-ok", "no");
	any = is(x, "filer.speaks-language", "yes");
	if (t == 1 && any == 0)
		ground(x, R18, -1, true, NULL);	/* CPC 30.3: Q8 */
	else
		ground(x, R18, t_and(t, any), false, NULL);

	x->unknown = NULL;
	t = t_and(is(x, "filer.in-custody", "yes"),
	    is(x, "filing.via-institution", "no"));
	ground(x, R19, t, x->unknown == NULL, NULL);

	x->unknown = NULL;
	ground(x, R20, t_and(t_or(has(x, "grounds.cpc485-2", "1"),
	    has(x, "grounds.cpc485-2", "4")), is(x, "protest.justified", "no")),
	    false, NULL);

	x->unknown = NULL;
	ground(x, R21, is(x, "content.abusive", "yes"), false, NULL);
	x->unknown = NULL;
	ground(x, R21A, is(x, "content.addressed-elsewhere", "yes"), false,
	    NULL);
	x->unknown = NULL;
	ground(x, R12, t_and(is(x, "filer.role", "interested-person"),
	    is(x, "interested.statement-complete", "no")), false, NULL);

	x->unknown = NULL;
	t = t_and(is(x, "protest.on-petition", "yes"),
	    is(x, "protest.petition-attached", "no"));
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
	static const char *const worse_roles[] = { "convicted", "acquitted",
	    "defender", "civil-plaintiff", "civil-defendant",
	    "interested-person", NULL };
	const char *cites[DECISION_MAX_CITES + 1];
	qdate force, filed, rcv, limit;
	int worse, refiled, t, n = 0;

	x->unknown = NULL;
	worse = t_or(is(x, "grounds.worsening", "yes"),
	    t_and(is(x, "filing.kind", "complaint"),
	    is(x, "grounds.requalification-heavier", "yes")));
	if (worse == 1) {
		rules_note(x->d, "N1");
		if (is(x, "act.plea-agreement", "yes") == 1)
			rules_note(x->d, "N2");
	}

	/* R26: worsening asked by someone on whose complaint it is barred
	 * (CPC 494.14, NR 12). */
	x->unknown = NULL;
	if (is(x, "filing.kind", "complaint") == 1 &&
	    is(x, "grounds.worsening", "yes") == 1) {
		t = t_or(is_in(x, "filer.role", worse_roles),
		    t_and(is(x, "filer.role", "legal-representative"),
		    t_not(is(x, "filer.represents", "victim"))));
		ground(x, R26, t, false, NULL);
	}

	force = date_of(x, "act.in-force-date");
	if (worse != 1 || force == QDATE_NONE)
		return;
	limit = cpc48_add_months(x->cal, force, 12);
	rcv = date_of(x, "filing.received");
	filed = date_of(x, "filing.posted");
	if (filed == QDATE_NONE)
		filed = rcv;
	refiled = is(x, "filing.refiled", "yes") == 1;
	if (refiled && date_of(x, "filing.first-received") != QDATE_NONE) {
		filed = date_of(x, "filing.first-received");
		rcv = filed;
		ground(x, R24, 1, false, NULL);
	}
	x->d->worsening_limit = limit;
	x->d->worsening_filed = filed;
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

void
rules_apply(struct rules_ctx *x)
{
	x->potential = OUTCOME_ADMIT;
	x->d->worsening_limit = x->d->worsening_filed = QDATE_NONE;
	if (rules_final(x))
		return;
	rules_standing(x);
	rules_act(x);
	rules_subject(x);
	rules_content(x);
	rules_time(x);
}
