/*
 * The fact vocabulary (design.md section 3): one table, in the order the
 * checklist asks.  A key's "when" may name only keys above it, so that
 * relevance is decided in one pass from the top (tests/unit/test_vocab.c
 * checks this).  The condition language is described in checklist.c and
 * qarau-facts(5).
 */
#include "config.h"

#include <string.h>

#include "core/i18n.h"
#include "core/vocab.h"

static const char *const v_kind[] = { "complaint", "protest", "submission",
    NULL };
static const char *const l_kind[] = { N_("cassation complaint"),
    N_("prosecutor's protest"), N_("court chair's submission") };

static const char *const v_stage[] = { "intake", "hearing", NULL };
static const char *const l_stage[] = { N_("on receipt"),
    N_("at the cassation hearing") };

static const char *const v_role[] = {
	"prosecutor-general", "deputy-prosecutor-general",
	"chief-military-prosecutor", "chief-transport-prosecutor",
	"other-prosecutor", "court-chair", "convicted", "acquitted",
	"defender", "victim", "victim-representative",
	"legal-representative", "civil-plaintiff", "civil-defendant",
	"interested-person", "other", NULL
};
static const char *const l_role[] = {
	N_("Prosecutor General"), N_("Deputy Prosecutor General"),
	N_("Chief Military Prosecutor"), N_("Chief Transport Prosecutor"),
	N_("another prosecutor"), N_("chair of a regional or equal court"),
	N_("convicted person"), N_("acquitted person"), N_("defender"),
	N_("victim"), N_("victim's representative"),
	N_("legal representative"), N_("civil plaintiff"),
	N_("civil defendant"), N_("interested person"), N_("someone else")
};

static const char *const v_represents[] = { "convicted", "acquitted",
    "victim", NULL };
static const char *const l_represents[] = { N_("a convicted person"),
    N_("an acquitted person"), N_("a victim") };

/* CPC 414.1 names the defenders of the convicted and of the acquitted. */
static const char *const v_defends[] = { "convicted", "acquitted", NULL };
static const char *const l_defends[] = { N_("a convicted person"),
    N_("an acquitted person") };

static const char *const v_act_type[] = { "verdict", "ruling",
    "private-ruling", NULL };
static const char *const l_act_type[] = { N_("verdict"), N_("ruling"),
    N_("private ruling") };

static const char *const v_instance[] = { "first", "appellate",
    "cassation", NULL };
static const char *const l_instance[] = { N_("first instance"),
    N_("appellate instance"), N_("cassation instance") };

static const char *const v_excluded[] = { "none", "484.2.2", "484.2.3",
    NULL };
static const char *const l_excluded[] = { N_("neither"),
    N_("a ruling of CPC 484 part 2 item 2 (in-trial questions, execution "
    "of the verdict)"),
    N_("an act of an investigating judge (CPC 484 part 2 item 3)") };

static const char *const v_category[] = { "misdemeanour", "minor",
    "medium", "grave", "especially-grave", NULL };
static const char *const l_category[] = { N_("criminal misdemeanour"),
    N_("crime of minor gravity"), N_("crime of medium gravity"),
    N_("grave crime"), N_("especially grave crime") };

static const char *const v_procedure[] = { "ordinary", "summary",
    "conciliatory", "cpc382", NULL };
static const char *const l_procedure[] = {
	N_("in the ordinary procedure"),
	N_("in summary-order proceedings"),
	N_("in conciliatory proceedings"),
	N_("in the procedure of CPC 382")
};

static const char *const v_transition[] = { "filing", "act", NULL };
static const char *const l_transition[] = {
	N_("the filing's date: the wording in force when it was filed"),
	N_("the act's date: the wording in force when the act was issued")
};

static const char *const v_language[] = { "kk", "ru", NULL };
static const char *const l_language[] = { N_("Kazakh"), N_("Russian") };

static const char *const v_route[] = { "reviewed", "not-filed",
    "withdrawn", "returned-late", "reviewed-for-others", NULL };
static const char *const l_route[] = {
	N_("reviewed on appeal for this person"),
	N_("no appeal was filed"),
	N_("the appeal was withdrawn before it was heard"),
	N_("the appeal was returned as filed late"),
	N_("the appeal was heard for other persons only")
};

static const char *const v_485_1[] = { "1", "2", "3", "4", "5", "6", "7",
    "7-1", "8", NULL };
static const char *const l_485_1[] = {
	N_("conviction of an innocent person"),
	N_("unfounded acquittal or termination"),
	N_("wrong qualification, recidivism or regime"),
	N_("victim deprived of judicial protection"),
	N_("wrong or unjust sentence"),
	N_("wrong decision of the civil claim or confiscation"),
	N_("unlawful compulsory medical measures"),
	N_("unlawful or unfounded private ruling"),
	N_("conflicting acts of CPC 446 part 3")
};

static const char *const v_485_2[] = { "1", "2", "4", NULL };
static const char *const l_485_2[] = {
	N_("state or public interests, security, grave consequences"),
	N_("the person serves life imprisonment"),
	N_("uniformity of the courts' practice")
};

/*
 * Condition fragments shared by many keys (see vocab_macro).  @no-right
 * and @barred restate, in the checklist's language, the rules flagged
 * RULE_NO_RIGHT and RULE_BARS (rules.c), and NOT_OBSERVED the routes R8
 * reads: the rules are C, the conditions text read before any rule runs,
 * so neither can be derived from the other.  tests/unit/test_rules.c holds
 * them together over every scenario (test_macros_match_flags,
 * test_route_not_observed): change both, or that test fails.
 */
#define PROSECUTORS4 "prosecutor-general, deputy-prosecutor-general, " \
	"chief-military-prosecutor, chief-transport-prosecutor"
#define NOT_OBSERVED "not-filed, withdrawn, returned-late, reviewed-for-others"

static const struct vocab_macro macros[] = {
	{ "live",
	  "filing.withdrawn != yes and filing.withdrawn-by-convicted != yes",
	  N_("the filing has not been withdrawn") },
	{ "no-right",
	  "(filing.kind = protest and not filer.role in (" PROSECUTORS4
	  ", unknown)) or (filing.kind = complaint and filer.role in ("
	  PROSECUTORS4 ", other-prosecutor, court-chair, other)) or "
	  "filer.principal-adult = yes or (filer.beyond-civil-claim = yes "
	  "and filer.civil-claim-also = no)",
	  N_("the filer certainly has no right to file it (CPC 486)") },
	{ "requalify",
	  "filing.kind = complaint and case.category in (misdemeanour, minor) "
	  "and case.charged-category in (medium, grave, especially-grave) "
	  "and grounds.requalification-heavier = yes",
	  N_("a complaint that contests a requalification to a lighter "
	  "category and asks for the heavier article (NR 3)") },
	{ "protest-484-3",
	  "filing.kind = protest and (case.category in (misdemeanour, minor) "
	  "or (act.instance = first and appeal.route in (" NOT_OBSERVED ")))",
	  N_("a protest on an act of CPC 484 part 3") },
	/* case.procedure is asked only of filings from 1 July 2027, when
	 * CPC 484.2.1 may no longer bar a case tried in the ordinary
	 * procedure (unless the judge chose the act's date, when the old
	 * wording does): then its content matters (rules.c, R6). */
	{ "barred",
	  "act.in-force = no or act.instance = cassation or "
	  "act.excluded in (484.2.2, 484.2.3) or "
	  "(filing.kind = complaint and case.category in (misdemeanour, minor) "
	  "and not @requalify and (case.procedure != ordinary or "
	  "case.transition-date = act)) or "
	  "(filing.kind = complaint and act.instance = first and "
	  "appeal.route in (" NOT_OBSERVED ")) or "
	  "(filing.kind = complaint and act.type = private-ruling and "
	  "act.instance = first and filer.affected = no) or "
	  "subject.retroactive-or-amnesty-only = yes",
	  N_("a ground that no correction can cure has been found") },
	{ "content",
	  "@live and filing.kind != submission and not @no-right and "
	  "not @barred",
	  N_("the form and content of the filing matter") },
};

/*
 * Keys with a fallback (design.md: "defaults to") are decided without an
 * answer; the ones without are required when relevant, unless optional.
 */
static const struct fact_def table[] = {
	/* What arrived and when. */
	{ "filing.kind", FACT_ENUM, v_kind, l_kind,
	  N_("What has arrived?"), NULL,
	  NULL, "NR 1; CPC 486", NULL, 0 },

	/*
	 * Who filed and against which act, as the filing's heading states
	 * them: the identity form, the first screen after the kind of
	 * filing (FACT_IDENTITY).  Never required: no rule reads them, only
	 * the letters, the register's list and its search.  The penal
	 * institution is asked here with the address, although whether the
	 * convicted person is in custody is asked later: the heading names
	 * both at once, and a condition on a later answer would drop what
	 * was typed (checklist_prune).  The letters use it only in custody.
	 */
	{ "filer.name", FACT_TEXT, NULL, NULL,
	  N_("The filer's name"), N_("as written in the filing"),
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "filer.address", FACT_TEXT, NULL, NULL,
	  N_("The filer's address"), NULL,
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "filer.institution", FACT_TEXT, NULL, NULL,
	  N_("The penal institution's name and address"),
	  N_("when the convicted person is in custody"),
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "filing.efiling-number", FACT_TEXT, NULL, NULL,
	  N_("The e-filing number"),
	  N_("the number the courts' e-filing cabinet gave the filing, if "
	  "any"),
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "act.court", FACT_TEXT, NULL, NULL,
	  N_("The court that issued the act"), NULL,
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "act.number", FACT_TEXT, NULL, NULL,
	  N_("The case number"), N_("the number of the case in the court "
	  "below"),
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "act.date", FACT_DATE, NULL, NULL,
	  N_("The date of the act"), NULL,
	  NULL, "NR 7", NULL, FACT_OPTIONAL | FACT_IDENTITY },
	{ "filing.stage", FACT_ENUM, v_stage, l_stage,
	  N_("At what stage does the question arise?"),
	  N_("'hearing' when the question is found at the cassation hearing"),
	  NULL, "NR 15", "intake", 0 },
	{ "filing.received", FACT_DATE, NULL, NULL,
	  N_("On what day did the filing reach the cassation court?"), NULL,
	  NULL, "CPC 492.1; NR 11", NULL, 0 },
	{ "filing.posted", FACT_DATE, NULL, NULL,
	  N_("On what day was it posted or handed to the penal institution?"),
	  N_("the postmark or the institution's mark; defaults to the day "
	  "received"),
	  NULL, "CPC 49.1", NULL, FACT_OPTIONAL },

	/* Who filed. */
	{ "filer.role", FACT_ENUM, v_role, l_role,
	  N_("Who filed it?"), NULL,
	  NULL, "NR 1, 5; CPC 486, 414.1", NULL, 0 },
	{ "filer.represents", FACT_ENUM, v_represents, l_represents,
	  N_("Whose legal representative is the filer?"), NULL,
	  "filer.role = legal-representative", "CPC 414.1; NR 5.5", NULL, 0 },
	/* Only the convicted person may withdraw his defender's complaint
	 * (CPC 488.6), so whom a defender defends is asked. */
	{ "filer.defends", FACT_ENUM, v_defends, l_defends,
	  N_("Whom does the defender defend?"), NULL,
	  "filer.role = defender", "CPC 414.1, 488.6", NULL, 0 },
	{ "filer.principal-adult", FACT_BOOL, NULL, NULL,
	  N_("Had the represented minor come of age by the day of filing?"),
	  N_("'no' also when the person represented was never a minor"),
	  "filer.role = legal-representative", "NR 5.5", NULL, 0 },
	{ "filer.beyond-civil-claim", FACT_BOOL, NULL, NULL,
	  N_("Does the civil party contest more than the civil claim?"), NULL,
	  "filing.kind = complaint and filer.role in (civil-plaintiff, "
	  "civil-defendant)", "CPC 414.1, 486.1", "no", 0 },
	/* CPC 414.1 allows the civil part: a complaint that mixes it with
	 * more is referred (law-brief.md 4.1 R9c "ASK if mixed"; Q10). */
	{ "filer.civil-claim-also", FACT_BOOL, NULL, NULL,
	  N_("Does the complaint also contest the decision of the civil claim "
	  "itself?"), NULL,
	  "filer.beyond-civil-claim = yes", "CPC 414.1, 486.1", NULL, 0 },
	{ "filer.in-custody", FACT_BOOL, NULL, NULL,
	  N_("Is the convicted person serving imprisonment?"), NULL,
	  "filer.role = convicted", "NR 7; CPC 49.1", NULL, 0 },
	{ "filing.via-institution", FACT_BOOL, NULL, NULL,
	  N_("Was it filed through the administration of the penal "
	  "institution?"), NULL,
	  "filer.in-custody = yes", "NR 7", NULL, 0 },

	/* Withdrawal decides everything else (CPC 489.1.4). */
	{ "filing.withdrawn", FACT_BOOL, NULL, NULL,
	  N_("Has its author withdrawn it before consideration on the "
	  "merits?"), NULL,
	  NULL, "NR 9; CPC 488.6, 489.1.4", "no", 0 },
	/* CPC 488 part 6: "the convicted person may withdraw a complaint
	 * filed in his interests by his defender or legal representative";
	 * it names no one else: not a victim's legal representative (issue
	 * 10, item 1), nor the acquitted person's defender or legal
	 * representative.  Asked too when it is unknown whom the filer
	 * stands for. */
	{ "filing.withdrawn-by-convicted", FACT_BOOL, NULL, NULL,
	  N_("Has the convicted person withdrawn this complaint filed for "
	  "him by his defender or legal representative?"), NULL,
	  "filing.kind = complaint and ((filer.role = defender and "
	  "filer.defends in (convicted, unknown)) or (filer.role = "
	  "legal-representative and filer.represents in (convicted, "
	  "unknown))) and filing.withdrawn != yes",
	  "CPC 488.6, 489.1.4; NR 9", "no", 0 },

	/* The act complained of. */
	{ "act.type", FACT_ENUM, v_act_type, l_act_type,
	  N_("What act is complained of?"), NULL,
	  "@live", "CPC 484.1; NR 10", NULL, 0 },
	/* Also on the identity form, where it may be left for its own
	 * question. */
	{ "act.instance", FACT_ENUM, v_instance, l_instance,
	  N_("Which instance issued it?"), NULL,
	  "@live", "CPC 484.1, 498-1; NR 3", NULL, FACT_IDENTITY },
	{ "act.in-force", FACT_BOOL, NULL, NULL,
	  N_("Has the act entered into legal force?"), NULL,
	  "@live", "CPC 484.1", NULL, 0 },
	{ "act.excluded", FACT_ENUM, v_excluded, l_excluded,
	  N_("Is it an act that CPC 484 part 2 items 2 or 3 exclude from "
	  "cassation?"), NULL,
	  "@live", "NR 2; CPC 484.2.2, 484.2.3", NULL, 0 },
	{ "case.category", FACT_ENUM, v_category, l_category,
	  N_("Of what category is the offence as qualified by the courts "
	  "below?"), NULL,
	  "@live", "NR 2, 3, 6; CPC 484.2.1; CC 11", NULL, 0 },
	/* NR 3 para 2: a complaint on a case requalified to a misdemeanour
	 * or a minor crime is admissible if it contests the requalification;
	 * R7 cannot be reached unless this is asked (issue 10, item 2). */
	{ "case.charged-category", FACT_ENUM, v_category, l_category,
	  N_("Of what category was the offence as charged when the case went "
	  "to court?"),
	  N_("did the courts requalify it from a heavier article? If not, "
	  "the same category as qualified"),
	  "@live and filing.kind = complaint and case.category in "
	  "(misdemeanour, minor)", "NR 3", NULL, 0 },
	/* CPC 484.2.1 from 1 July 2027 (Law of 21.11.2024 No. 136-VIII, as
	 * published; law-brief.md section 6): complaints are barred "in cases
	 * of criminal offences tried in summary-order or conciliatory
	 * proceedings or under CPC 382", whatever the category. */
	{ "case.procedure", FACT_ENUM, v_procedure, l_procedure,
	  N_("How was the case tried?"),
	  N_("asked from 1 July 2027, when CPC 484 part 2 item 1 turns on the "
	  "procedure"),
	  "@live and filing.kind = complaint and "
	  "filing.received >= 2027-07-01", "CPC 484.2.1, 382", NULL, 0 },
	/* Which date chooses the wording is open (law-brief.md Q12): the
	 * judge says, filing by filing. */
	{ "case.transition-date", FACT_ENUM, v_transition, l_transition,
	  N_("CPC 484 part 2 item 1 changed on 1 July 2027, after the act and "
	  "before the filing: which date chooses the wording?"),
	  N_("an open question of law, for the judge to answer; 'unknown' "
	  "refers the filing"),
	  "@live and filing.kind = complaint and "
	  "filing.received >= 2027-07-01 and act.date < 2027-07-01",
	  "CPC 484.2.1", NULL, 0 },
	{ "act.plea-agreement", FACT_BOOL, NULL, NULL,
	  N_("Was the act issued in conciliatory proceedings on a plea "
	  "agreement?"), NULL,
	  "@live", "NR 14", "no", 0 },
	{ "case.language", FACT_ENUM, v_language, l_language,
	  N_("What is the language of the proceedings?"), NULL,
	  "@live", "NR 7; CPC 30", NULL, 0 },
	{ "appeal.route", FACT_ENUM, v_route, l_route,
	  N_("How did the act go through the appellate instance for this "
	  "person?"), NULL,
	  "@live and act.instance = first", "NR 4; CPC 484.1, 484.3", NULL, 0 },
	{ "filer.affected", FACT_BOOL, NULL, NULL,
	  N_("Does the private ruling affect the filer's own rights and "
	  "lawful interests?"), NULL,
	  "@live and filing.kind = complaint and act.type = private-ruling "
	  "and act.instance = first", "NR 10", NULL, 0 },

	/* What it asks for. */
	{ "subject.retroactive-or-amnesty-only", FACT_BOOL, NULL, NULL,
	  N_("Does it ask only for a retroactive criminal law (CC 6) or an "
	  "amnesty?"), NULL,
	  "@live and filing.kind != submission", "NR 15; CC 6", NULL, 0 },
	{ "subject.retroactive-or-amnesty-also", FACT_BOOL, NULL, NULL,
	  N_("Besides its CPC 485 grounds, could a retroactive law or an "
	  "amnesty apply?"), NULL,
	  "@live and filing.kind != submission and "
	  "subject.retroactive-or-amnesty-only = no", "NR 15.3; CC 6", "no", 0 },
	{ "subject.new-circumstances-only", FACT_BOOL, NULL, NULL,
	  N_("Does it rest only on circumstances found after the act became "
	  "final?"), NULL,
	  "@live and filing.kind != submission and "
	  "subject.retroactive-or-amnesty-only != yes", "NR 13", NULL, 0 },
	{ "subject.civil-arithmetic-only", FACT_BOOL, NULL, NULL,
	  N_("Does it concern only arithmetic or technical errors in a civil "
	  "claim?"), NULL,
	  "@live and filing.kind != submission and "
	  "subject.retroactive-or-amnesty-only != yes and "
	  "subject.new-circumstances-only != yes", "NR 16", NULL, 0 },
	{ "grounds.worsening", FACT_BOOL, NULL, NULL,
	  N_("Does it ask for a result worse for the convicted or acquitted "
	  "person?"),
	  N_("acquittal or termination to be quashed, a heavier law, a "
	  "harsher sentence"),
	  "@live and filing.kind != submission", "CPC 487.2; NR 12", NULL, 0 },
	{ "grounds.requalification-heavier", FACT_BOOL, NULL, NULL,
	  N_("Does it contest the requalification to a lighter category and "
	  "ask for the former heavier article?"), NULL,
	  "@live and filing.kind = complaint and case.category in "
	  "(misdemeanour, minor) and case.charged-category in (medium, grave, "
	  "especially-grave)", "NR 3", NULL, 0 },
	{ "act.in-force-date", FACT_DATE, NULL, NULL,
	  N_("On what day did the act enter into legal force?"), NULL,
	  "@live and act.in-force != no and (grounds.worsening = yes or "
	  "@requalify)", "CPC 487.2", NULL, 0 },
	{ "filing.refiled", FACT_BOOL, NULL, NULL,
	  N_("Is it a filing returned under CPC 489 part 1 item 1 that comes "
	  "back with its defects cured?"), NULL,
	  "@live and act.in-force != no and (grounds.worsening = yes or "
	  "@requalify)", "NR 8.4; CPC 489.2", "no", 0 },
	{ "filing.first-received", FACT_DATE, NULL, NULL,
	  N_("When was the first filing received?"), NULL,
	  "filing.refiled = yes", "NR 8.4", NULL, 0 },

	/* Grounds of review. */
	{ "grounds.cpc485-1", FACT_SET, v_485_1, l_485_1,
	  N_("Which items of CPC 485 part 1 does it invoke?"),
	  NULL,
	  "@content", "NR 2, 7; CPC 485.1, 488.1", NULL, 0 },
	{ "grounds.cpc485-2", FACT_SET, v_485_2, l_485_2,
	  N_("Which items of CPC 485 part 2 does the protest invoke?"),
	  NULL,
	  "@content and @protest-484-3", "CPC 484.3, 485.2", NULL, 0 },
	{ "protest.justified", FACT_BOOL, NULL, NULL,
	  N_("Does the protest justify how the act touches state or public "
	  "interests or breaks the uniformity of practice?"), NULL,
	  "@content and @protest-484-3 and (grounds.cpc485-2 has 1 or "
	  "grounds.cpc485-2 has 4)", "NR 8.1, 8.2", NULL, 0 },
	{ "protest.on-petition", FACT_BOOL, NULL, NULL,
	  N_("Was the protest brought on a person's petition?"), NULL,
	  "@content and filing.kind = protest", "CPC 486.2", "no", 0 },
	{ "protest.petition-attached", FACT_BOOL, NULL, NULL,
	  N_("Is that petition attached to the protest?"), NULL,
	  "protest.on-petition = yes", "CPC 486.2", NULL, 0 },
	{ "submission.conflict-446-3", FACT_BOOL, NULL, NULL,
	  N_("Does the submission concern conflicting appellate acts as in "
	  "CPC 446 part 3?"), NULL,
	  "@live and filing.kind = submission", "NR 1; CPC 446.3, 485.1.8",
	  NULL, 0 },

	/* Form and content (CPC 488, NR 7 and 8). */
	{ "content.filer-data", FACT_BOOL, NULL, NULL,
	  N_("Does it state the filer's status, residence and telephone?"),
	  NULL, "@content", "NR 7; CPC 488.1, 423.1", NULL, FACT_CPC488 },
	{ "content.acts-and-courts", FACT_BOOL, NULL, NULL,
	  N_("Does it name the acts complained of and the courts that issued "
	  "them?"), NULL, "@content", "NR 7; CPC 488.1, 423.1", NULL, FACT_CPC488 },
	{ "content.scope", FACT_BOOL, NULL, NULL,
	  N_("Does it say whether the act is contested in full or in part?"),
	  NULL, "@content", "NR 7; CPC 488.1, 423.1", NULL, FACT_CPC488 },
	{ "content.ground-reference", FACT_BOOL, NULL, NULL,
	  N_("Does it refer to the item of CPC 485 that is its ground?"), NULL,
	  "@content and grounds.cpc485-1 != none", "NR 7; CPC 488.1", NULL, FACT_CPC488 },
	{ "content.arguments", FACT_BOOL, NULL, NULL,
	  N_("Does it state its arguments (what is wrong, which norms were "
	  "violated, how) and its request?"), NULL,
	  "@content", "NR 7; CPC 488.1, 423.1", NULL, FACT_CPC488 },
	{ "content.evidence", FACT_BOOL, NULL, NULL,
	  N_("Does it give the evidence for its arguments?"), NULL,
	  "@content", "NR 7; CPC 488.1, 488.2", NULL, FACT_CPC488 },
	{ "content.participation", FACT_BOOL, NULL, NULL,
	  N_("Does it say whether it is to be heard with or without the "
	  "filer?"), NULL, "@content", "NR 7; CPC 488.1", NULL, FACT_CPC488 },
	{ "content.attachments", FACT_BOOL, NULL, NULL,
	  N_("Does it list the materials attached?"), NULL,
	  "@content", "NR 7; CPC 423.1", NULL, FACT_CPC488 },
	{ "content.date-signature", FACT_BOOL, NULL, NULL,
	  N_("Is it dated and signed by its author?"), NULL,
	  "@content", "NR 7; CPC 423.1", NULL, FACT_CPC488 },
	{ "content.language-ok", FACT_BOOL, NULL, NULL,
	  N_("Is it written in the language of the proceedings?"), NULL,
	  "@content", "NR 7; CPC 30.3", NULL, 0 },
	{ "filer.speaks-language", FACT_BOOL, NULL, NULL,
	  N_("Does the filer speak the language of the proceedings?"), NULL,
	  "@content and content.language-ok = no", "CPC 30.3", "yes", 0 },
	{ "content.copies-attached", FACT_BOOL, NULL, NULL,
	  N_("Are copies of the acts complained of attached?"), NULL,
	  "@content", "NR 7", NULL, 0 },
	{ "content.abusive", FACT_BOOL, NULL, NULL,
	  N_("Does it contain obscene or insulting words, or matters "
	  "unrelated to the case?"), NULL,
	  "@content", "NR 8.3; CPC 488.1", NULL, 0 },
	{ "content.addressed-elsewhere", FACT_BOOL, NULL, NULL,
	  N_("Is it addressed to another state body or a public organisation "
	  "rather than to the cassation court?"), NULL,
	  "@content", "CPC 488.3", "no", 0 },
	{ "interested.statement-complete", FACT_BOOL, NULL, NULL,
	  N_("Does the interested person state the part of the act that "
	  "affects him, the norms violated, the grounds and the request?"),
	  NULL, "@content and filer.role = interested-person", "NR 5.3",
	  NULL, 0 },

	/* Workflow dates: set from the register's events, never asked. */
	{ "filing.handed", FACT_DATE, NULL, NULL,
	  N_("Handed to the judge on"), NULL,
	  NULL, "CPC 489.3; NR 9", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "filing.returned", FACT_DATE, NULL, NULL,
	  N_("Returned on"), NULL,
	  NULL, "CPC 489.3; NR 9", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "case.requested", FACT_DATE, NULL, NULL,
	  N_("Case requested from the court below on"), NULL,
	  NULL, "CPC 486.4, 492.1", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	/* CPC 486.4 counts the court below's seven days from here; until it
	 * is known, from case.requested, provisionally (deadline.c). */
	{ "case.request-delivered", FACT_DATE, NULL, NULL,
	  N_("The request reached the court below on"), NULL,
	  NULL, "CPC 486.4", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "case.at-prosecutor", FACT_DATE, NULL, NULL,
	  N_("Case held by the prosecutor's office since"), NULL,
	  NULL, "CPC 486.3", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "case.received", FACT_DATE, NULL, NULL,
	  N_("Case received on"), NULL,
	  NULL, "CPC 492.1, 492.3; NR 11", NULL,
	  FACT_WORKFLOW | FACT_OPTIONAL },
	{ "parties.notified", FACT_DATE, NULL, NULL,
	  N_("Parties notified on"), NULL,
	  NULL, "CPC 492.1; NR 11", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "hearing.date", FACT_DATE, NULL, NULL,
	  N_("Hearing set for"), NULL,
	  NULL, "CPC 494; NR 11", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "execution.suspended", FACT_DATE, NULL, NULL,
	  N_("Execution suspended on"), NULL,
	  NULL, "CPC 493", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
	{ "filing.decided", FACT_DATE, NULL, NULL,
	  N_("Decided on"), NULL,
	  NULL, "CPC 492.3, 494", NULL, FACT_WORKFLOW | FACT_OPTIONAL },
};

_Static_assert(sizeof table / sizeof table[0] <= VOCAB_MAX,
    "vocabulary larger than VOCAB_MAX");

size_t
vocab_count(void)
{
	return sizeof table / sizeof table[0];
}

const struct fact_def *
vocab_at(size_t i)
{
	return i < vocab_count() ? &table[i] : NULL;
}

/*
 * vocab_index is on every path that reads an answer by name (the facts
 * parser, the register, the TUI), so keys are found through a small
 * open-addressing hash table built by core_init rather than by a linear
 * scan.  The program is single-threaded.
 */
#define KEY_HASH_SIZE	256	/* a power of two, >= 2 * VOCAB_MAX */

_Static_assert(VOCAB_MAX < 256 && KEY_HASH_SIZE >= 2 * VOCAB_MAX &&
    (KEY_HASH_SIZE & (KEY_HASH_SIZE - 1)) == 0, "KEY_HASH_SIZE");

/* Slot -> table index + 1; 0 is an empty slot. */
static unsigned char key_hash[KEY_HASH_SIZE];

/* FNV-1a: the keys are short, and this spreads "filing.*" well enough. */
static unsigned
key_hash_of(const char *key)
{
	unsigned h = 2166136261u;

	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return h;
}

void
vocab_init(void)
{
	unsigned slot;
	size_t i;

	for (i = 0; i < vocab_count(); i++) {
		slot = key_hash_of(table[i].key) & (KEY_HASH_SIZE - 1);
		/* A repeated key keeps its first entry, as a scan would. */
		while (key_hash[slot] != 0 &&
		    strcmp(table[key_hash[slot] - 1].key, table[i].key) != 0)
			slot = (slot + 1) & (KEY_HASH_SIZE - 1);
		if (key_hash[slot] == 0)
			key_hash[slot] = (unsigned char)(i + 1);
	}
}

int
vocab_index(const char *key)
{
	unsigned slot;

	if (key == NULL)
		return -1;
	slot = key_hash_of(key) & (KEY_HASH_SIZE - 1);
	while (key_hash[slot] != 0) {
		if (strcmp(table[key_hash[slot] - 1].key, key) == 0)
			return key_hash[slot] - 1;
		slot = (slot + 1) & (KEY_HASH_SIZE - 1);
	}
	return -1;
}

int
vocab_value_index(const struct fact_def *def, const char *value)
{
	static const char *const bools[] = { "no", "yes", NULL };
	const char *const *v;
	int i;

	v = def->type == FACT_BOOL ? bools : def->values;
	if (v == NULL || value == NULL)
		return -1;
	for (i = 0; v[i] != NULL; i++)
		if (strcmp(v[i], value) == 0)
			return i;
	return -1;
}

const char *
vocab_value_label(const struct fact_def *def, int i)
{
	static const char *const bools[] = { N_("no"), N_("yes") };

	if (def->type == FACT_BOOL)
		return i == 0 || i == 1 ? bools[i] : NULL;
	if (def->values == NULL || i < 0)
		return NULL;
	if (def->labels != NULL)
		return def->labels[i];
	return def->values[i];
}

const char *
fact_type_name(enum fact_type t)
{
	static const char *const names[] = { "enum", "set", "bool", "date",
	    "text" };

	if ((size_t)t < sizeof names / sizeof names[0])
		return names[t];
	return "?";
}

const char *
vocab_macro(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof macros / sizeof macros[0]; i++)
		if (strlen(macros[i].name) == len &&
		    strncmp(macros[i].name, name, len) == 0)
			return macros[i].cond;
	return NULL;
}

size_t
vocab_macro_count(void)
{
	return sizeof macros / sizeof macros[0];
}

const struct vocab_macro *
vocab_macro_at(size_t i)
{
	return i < vocab_macro_count() ? &macros[i] : NULL;
}

const char *
vocab_state_text(const struct fact_def *def, unsigned st)
{
	if (st == FACT_STATE_NONE)
		return def->fallback;
	if (st == FACT_STATE_UNKNOWN)
		return "unknown";
	if (def->type == FACT_BOOL)
		return st == FACT_STATE_VALUE ? "no" : "yes";
	return def->values[st - FACT_STATE_VALUE];
}
