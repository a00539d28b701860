/*
 * The rules' reading of the answers, in three values (rules-read.h).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "core/rules-read.h"

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
/* CPC 484.2.1 from 1 July 2027 (rules.c, R6n). */
static const char *const procedure_barred[] = { "summary", "conciliatory",
    "cpc382", NULL };

/*
 * Every answer the rules read, named once (rules-read.h).  decide() runs
 * the rules for every filing of the register, so core_init resolves each
 * read to its key's index and to the answer states that satisfy it
 * (below); the rules then compare no strings.
 */
static const struct {
	const char		*key;
	const char		*value;		/* is(), has() */
	const char *const	*values;	/* is_in() */
} reads[CONTENT_NO] = {
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
	[REPRESENTS_CONVICTED] = { "filer.represents", "convicted", NULL },
	[DEFENDS_CONVICTED] = { "filer.defends", "convicted", NULL },
	[CONFLICT_446_3_YES] = { "submission.conflict-446-3", "yes", NULL },
	[BEYOND_CIVIL_YES] = { "filer.beyond-civil-claim", "yes", NULL },
	[CIVIL_ALSO_YES] = { "filer.civil-claim-also", "yes", NULL },
	[CIVIL_ALSO_NO] = { "filer.civil-claim-also", "no", NULL },
	[ROLE_VICTIM] = { "filer.role", "victim", NULL },
	[ROLE_VICTIM_REP] = { "filer.role", "victim-representative", NULL },
	[TRANSITION_FILING] = { "case.transition-date", "filing", NULL },
	[TRANSITION_ACT] = { "case.transition-date", "act", NULL },
	[PRINCIPAL_ADULT_YES] = { "filer.principal-adult", "yes", NULL },
	[IN_FORCE_NO] = { "act.in-force", "no", NULL },
	[INSTANCE_FIRST] = { "act.instance", "first", NULL },
	[INSTANCE_CASSATION] = { "act.instance", "cassation", NULL },
	[EXCLUDED_484_2_2] = { "act.excluded", "484.2.2", NULL },
	[EXCLUDED_484_2_3] = { "act.excluded", "484.2.3", NULL },
	[REQUALIFICATION_NO] = { "grounds.requalification-heavier", "no",
	    NULL },
	[TYPE_PRIVATE_RULING] = { "act.type", "private-ruling", NULL },
	[AFFECTED_NO] = { "filer.affected", "no", NULL },
	[NEW_CIRCUMSTANCES_YES] = { "subject.new-circumstances-only", "yes",
	    NULL },
	[CIVIL_ARITHMETIC_YES] = { "subject.civil-arithmetic-only", "yes",
	    NULL },
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
	[PROCEDURE_BARRED] = { "case.procedure", NULL, procedure_barred },

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
static size_t n_content;

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

/* The key of read r: the table's, or the r-th element of CPC 488. */
static const char *
read_key(size_t r)
{
	size_t i, n = 0;

	if (r < CONTENT_NO)
		return reads[r].key;
	for (i = 0; i < vocab_count(); i++)
		if ((vocab_at(i)->flags & FACT_CPC488) && n++ == r - CONTENT_NO)
			return vocab_at(i)->key;
	return NULL;
}

void
rules_read_init(void)
{
	const char *const *v, *value, *key;
	size_t r;

	memset(rd, 0, sizeof rd);
	n_content = 0;
	for (r = 0; r < NREADS; r++) {
		rd[r].item = -1;
		rd[r].idx = (key = read_key(r)) != NULL ? vocab_index(key) : -1;
		if (rd[r].idx < 0)
			continue;
		if (r >= CONTENT_NO)
			n_content++;
		rd[r].def = vocab_at((size_t)rd[r].idx);
		value = r < CONTENT_NO ? reads[r].value : "no";
		if (value != NULL) {
			rd_value(r, value);
			rd[r].none = strcmp(value, "none") == 0;
			rd[r].item = vocab_value_index(rd[r].def, value);
		}
		if (r < CONTENT_NO && reads[r].values != NULL) {
			rd[r].empty = reads[r].values[0] == NULL;
			for (v = reads[r].values; *v != NULL; v++)
				rd_value(r, *v);
		}
	}
}

size_t
rules_read_content_count(void)
{
	return n_content;
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
int
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
int
is_in(struct rules_ctx *x, enum read r)
{
	if (rd[r].empty)
		return 0;
	return is(x, r);
}

/* For sets: 1 if it has item, 0 if not (or unanswered), -1 unknown; item
 * "none" asks for the empty set. */
int
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
bool
answered(const struct rules_ctx *x, enum read r)
{
	return rd[r].idx >= 0 && x->f->v[rd[r].idx].present;
}

qdate
date_of(const struct rules_ctx *x, enum read r)
{
	const struct fact_value *v;

	if (rd[r].idx < 0 || !(v = &x->f->v[rd[r].idx])->present ||
	    v->unknown)
		return QDATE_NONE;
	return v->num;
}

bool
holds(struct rules_ctx *x, enum read r)
{
	const char *u = x->unknown;
	int t = is(x, r);

	x->unknown = u;
	return t == 1;
}

/*
 * Reads that decide whether a rule applies at all, rather than what it
 * finds: an "unknown" among them is not the rule's unknown.
 */
bool
complaint(struct rules_ctx *x)
{
	return holds(x, KIND_COMPLAINT);
}

bool
protest(struct rules_ctx *x)
{
	return holds(x, KIND_PROTEST);
}

static int
quietly(struct rules_ctx *x, int t, const char *saved)
{
	x->unknown = saved;
	return t;
}

int
minor(struct rules_ctx *x)
{
	const char *u = x->unknown;

	return quietly(x, is_in(x, CATEGORY_MINOR), u);
}

int
heavier(struct rules_ctx *x)
{
	const char *u = x->unknown;

	return quietly(x, is_in(x, CHARGED_HEAVIER), u);
}

/* A first-instance act whose appellate route was not observed (NR 4). */
int
route(struct rules_ctx *x)
{
	const char *u = x->unknown;

	return quietly(x, t_and(is(x, INSTANCE_FIRST),
	    is_in(x, ROUTE_NOT_OBSERVED)), u);
}

int
private_first(struct rules_ctx *x)
{
	const char *u = x->unknown;

	return quietly(x, t_and(is(x, TYPE_PRIVATE_RULING),
	    is(x, INSTANCE_FIRST)), u);
}

/* Refers where an answer is "unknown"; a -1 with no unknown answer is the
 * law's silence (RULE_OPEN). */
int
open_unless_unknown(struct rules_ctx *x, int t)
{
	return t < 0 && x->unknown == NULL ? RULE_OPEN : t;
}

/* The filing's date against 1 July 2027, and the act's where the judge
 * said which date decides (case.transition-date). */
enum cpc484_text
cpc484_text(struct rules_ctx *x)
{
	qdate change = qdate_from_ymd(2027, 7, 1);
	qdate rcv = date_of(x, RECEIVED), act = date_of(x, ACT_DATE);
	bool confirmed = x->opt != NULL && x->opt->cpc484_2_1_confirmed;

	if (rcv == QDATE_NONE || rcv < change)
		return CPC484_OLD;
	if (act == QDATE_NONE)
		return CPC484_OPEN;	/* Q12: which side is the act on? */
	if (act < change && holds(x, TRANSITION_ACT))
		return CPC484_OLD;
	if (act < change && !holds(x, TRANSITION_FILING))
		return CPC484_OPEN;	/* Q12 unanswered or "unknown" */
	return confirmed ? CPC484_NEW : CPC484_OPEN;
}

int
old_bar(struct rules_ctx *x)
{
	int m = is_in(x, CATEGORY_MINOR), h = is_in(x, CHARGED_HEAVIER);

	return h == 1 ? 0 : t_and(m, t_not(h));
}
