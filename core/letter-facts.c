/*
 * From a filing to what its letter says (core/letter-facts.h).  The front
 * end adds only what the register knows: the court, the numbers, the
 * judge and the date.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/letter-facts.h"
#include "core/vocab.h"

/* The placeholders that the filing's facts fill. */
static const struct {
	enum letter_field	 field;
	const char		*key;
} letter_facts_table[] = {
	{ LETTER_FILER_NAME,		"filer.name" },
	{ LETTER_FILER_ADDRESS,		"filer.address" },
	{ LETTER_FILER_INSTITUTION,	"filer.institution" },
	{ LETTER_FILING_RECEIVED,	"filing.received" },
	{ LETTER_ACT_COURT,		"act.court" },
	{ LETTER_ACT_DATE,		"act.date" },
	{ LETTER_ACT_NUMBER,		"act.number" },
	{ LETTER_HEARING_DATE,		"hearing.date" },
};

/* The paragraphs a fact switches on. */
static const struct {
	const char	*key;
	const char	*value;
	unsigned	 flag;
} letter_facts_flags[] = {
	{ "filer.in-custody",			"yes",	LETTER_CUSTODY },
	{ "filer.role",				"interested-person",
						LETTER_INTERESTED },
	{ "grounds.worsening",			"yes",	LETTER_WORSENING },
	/* CPC 494.14: no worsening on the defence's own complaint (the
	 * legal representative's, below). */
	{ "filer.role",				"convicted",	LETTER_DEFENCE },
	{ "filer.role",				"acquitted",	LETTER_DEFENCE },
	{ "filer.role",				"defender",	LETTER_DEFENCE },
	{ "subject.civil-arithmetic-only",	"yes",	LETTER_CIVIL },
	{ "subject.new-circumstances-only",	"yes",	LETTER_NEWCIRC },
};

int
letter_facts_outcome(enum outcome outcome, const char *number, char *err,
    size_t errsz)
{
	switch (outcome) {
	case OUTCOME_RETURN_LETTER:
		return 0;
	case OUTCOME_RETURN_RULING:
		snprintf(err, errsz, _("filing %s was withdrawn: it is returned "
		    "by the court's ruling (CPC 489 part 1 item 4, NR 9), not "
		    "by a letter"), number);
		break;
	case OUTCOME_LEAVE_UNCONSIDERED:
		snprintf(err, errsz, _("filing %s is left without "
		    "consideration by the court's ruling at the hearing "
		    "(NR 15), not by a letter"), number);
		break;
	case OUTCOME_REFER:
		snprintf(err, errsz, _("filing %s is referred to the judge: "
		    "there is no return letter until the judge decides"),
		    number);
		break;
	case OUTCOME_INCOMPLETE:
		snprintf(err, errsz, _("filing %s is not fully screened: "
		    "answer the missing questions first"), number);
		break;
	default:
		snprintf(err, errsz, _("filing %s is admitted: there is no "
		    "return letter"), number);
		break;
	}
	return -1;
}

static const char *const letter_kinds[] = {
	"return", "case-request", "notice", NULL
};

const char *const *
letter_facts_kinds(void)
{
	return letter_kinds;
}

/*
 * Which letter a filing's state allows: the return only for a return by
 * letter (CPC 489.3); the request of the case, and the notices once the
 * case is here and the hearing is set, only for an admitted filing
 * (CPC 492.1; NR 11).
 */
int
letter_facts_kind(const char *kind, enum outcome outcome,
    const struct facts *f, const char *number, char *err, size_t errsz)
{
	if (kind == NULL || strcmp(kind, "return") == 0)
		return letter_facts_outcome(outcome, number, err, errsz);
	if (strcmp(kind, "case-request") != 0 && strcmp(kind, "notice") != 0) {
		snprintf(err, errsz, _("unknown letter kind '%s' (return, "
		    "case-request or notice)"), kind);
		return -1;
	}
	if (outcome != OUTCOME_ADMIT) {
		snprintf(err, errsz, _("filing %s is not admitted: its case is "
		    "requested and the parties notified only when it is "
		    "(CPC 492 part 1)"), number);
		return -1;
	}
	if (strcmp(kind, "case-request") == 0)
		return 0;
	if (facts_date(f, "case.received") == QDATE_NONE) {
		snprintf(err, errsz, _("filing %s: the parties are notified "
		    "once the case has arrived; record the case-received "
		    "event first"), number);
		return -1;
	}
	if (facts_date(f, "hearing.date") == QDATE_NONE) {
		snprintf(err, errsz, _("filing %s: set the hearing first "
		    "(the hearing-set event, its note the time and the "
		    "place)"), number);
		return -1;
	}
	return 0;
}

/* A fact as text, or NULL when absent or not in the vocabulary. */
static const char *
letter_facts_text(const struct facts *f, const char *key, char *buf,
    size_t bufsz)
{
	int idx = vocab_index(key);

	if (idx < 0)
		return NULL;
	return facts_value_text(f, (size_t)idx, buf, bufsz);
}

/* The value of an enumerated fact as the vocabulary spells it (a word
 * selector of the templates), NULL when absent or unknown. */
static const char *
letter_facts_word(const struct facts *f, const char *key)
{
	char buf[FACT_TEXT_MAX];
	const struct fact_def *def;
	const char *s;
	int i;

	s = letter_facts_text(f, key, buf, sizeof buf);
	if (s == NULL || strcmp(s, "unknown") == 0)
		return NULL;
	def = vocab_at((size_t)vocab_index(key));
	if ((i = vocab_value_index(def, s)) < 0)
		return NULL;
	return def->values[i];
}

const char *
letter_facts_language(const struct facts *f)
{
	return letter_facts_word(f, "case.language");
}

void
letter_facts_fields(const struct facts *f,
    struct strbuf field[LETTER_NFIELDS])
{
	char buf[FACT_TEXT_MAX];
	const char *s;
	size_t i;

	for (i = 0; i < sizeof letter_facts_table /
	    sizeof letter_facts_table[0]; i++) {
		s = letter_facts_text(f, letter_facts_table[i].key, buf,
		    sizeof buf);
		if (s != NULL)
			strbuf_puts(&field[letter_facts_table[i].field], s);
	}
}

void
letter_facts_values(const struct facts *f, const struct decision *d,
    struct letter_values *v, const char **missing)
{
	const struct fact_def *def;
	size_t i;

	v->kind = letter_facts_word(f, "filing.kind");
	v->act_type = letter_facts_word(f, "act.type");
	v->act_instance = letter_facts_word(f, "act.instance");
	for (i = 0; i < sizeof letter_facts_flags /
	    sizeof letter_facts_flags[0]; i++)
		if (facts_is(f, letter_facts_flags[i].key,
		    letter_facts_flags[i].value))
			v->flags |= letter_facts_flags[i].flag;
	if (facts_is(f, "filer.role", "legal-representative") &&
	    !facts_is(f, "filer.represents", "victim"))
		v->flags |= LETTER_DEFENCE;
	v->n_missing = 0;
	for (i = 0; i < vocab_count(); i++) {
		def = vocab_at(i);
		if ((def->flags & FACT_CPC488) != 0 &&
		    v->n_missing < LETTER_FACTS_MAX_MISSING &&
		    facts_bool(f, def->key) == 0)
			missing[v->n_missing++] = def->key;
	}
	v->missing = missing;
	v->grounds = d->grounds;
	v->n_grounds = d->n_grounds;
}
