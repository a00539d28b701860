/*
 * The decision on one filing: outcome, every ground that fired with its
 * citations, deadlines and notes (design.md section 4).
 */
#ifndef QARAU_DECISION_H
#define QARAU_DECISION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/calendar.h"
#include "core/deadline.h"
#include "core/facts.h"
#include "core/strbuf.h"

struct rules_ctx;

/* Ordered by precedence: a higher value wins when rules disagree. */
enum outcome {
	OUTCOME_ADMIT = 0,
	OUTCOME_REFER,
	OUTCOME_RETURN_LETTER,
	OUTCOME_RETURN_RULING,
	OUTCOME_LEAVE_UNCONSIDERED,
	OUTCOME_INCOMPLETE	/* not a precedence level: facts are missing */
};

#define DECISION_MAX_GROUNDS	48
#define DECISION_MAX_CITES	8
#define DECISION_MAX_MISSING	VOCAB_MAX
#define DECISION_MAX_DEADLINES	12
#define DECISION_MAX_NOTES	16

/* One row of the rule table (rules.c): what fired and why. */
struct rule {
	const char	*id;		/* "R15": law-brief.md 4.1, in porcelain */
	const char	*name;		/* readable, stable: "withdrawn" */
	enum outcome	 outcome;
	const char	*cites[DECISION_MAX_CITES];	/* "NR 7", "CPC 489.1.1" */
	const char	*explain;	/* N_() one sentence for people */
	const char	*ask;		/* N_() for refer: what the judge weighs */
	unsigned	 remedies;	/* RULE_REMEDY_* */
	unsigned	 flags;		/* RULE_* */
	const char	*note;		/* added when it fires ("N8"), or NULL */
	/* 1 fires, 0 does not, -1 an answer it needs is "unknown", or
	 * RULE_OPEN: the law leaves the point open (rules.c). */
	int		(*test)(struct rules_ctx *);
	/* Where non-NULL, cites[i] holds only in some cases: the citation
	 * is what cite_if[i] returns (NULL drops it; a court-configurable
	 * item of decide_options replaces the default). */
	const char	*(*cite_if[DECISION_MAX_CITES])(struct rules_ctx *,
			    const char *);
};

#define RULE_OPEN	(-2)

/* What a ground opens to the filer in a return letter, in the letter's
 * order (letter.c names them).  Refiling is opened by the citation of CPC
 * 489.1 items 1 or 2 (489.2), whatever the rule. */
#define RULE_REMEDY_REFILE	0x01
#define RULE_REMEDY_RESTORE	0x02	/* the missed appeal (CPC 419) */
#define RULE_REMEDY_EXECUTION	0x04	/* the execution court (NR 15) */
#define RULE_REMEDY_NEWCIRC	0x08	/* new circumstances (NR 13) */
#define RULE_REMEDY_CIVIL	0x10	/* civil-claim arithmetic (NR 16) */
#define RULE_REMEDY_PROSECUTOR	0x20	/* a protest (CPC 484.3, 486.2) */

/* Flags of a rule. */
#define RULE_FINAL	0x01	/* when it fires, no other rule is read */
#define RULE_BARS	0x02	/* no correction cures it: content is moot */
#define RULE_NO_RIGHT	0x04	/* the filer has no right to file it */

struct ground {
	const struct rule *rule;
	/* What this ground does here: the rule's outcome, or OUTCOME_REFER
	 * when a fact it needs was answered "unknown" (fact names it) or the
	 * law leaves the point open. */
	enum outcome	 outcome;
	const char	*fact;		/* the "unknown" key, or NULL */
	/* Citations as decided (a configurable CPC 489 item replaces the
	 * table's default); NULL-terminated. */
	const char	*cites[DECISION_MAX_CITES + 1];
};

struct deadline {
	const char	*name;		/* "return-by", "decide-by", ... */
	qdate		 date;
	/* A second start (deadline_alt, issue 10): provisional, the date
	 * runs from that start until the law's is known; or info, the date
	 * from it shown beside, for information (QDATE_NONE: none).  from
	 * and info_from name the facts counted from; remark, N_(), says
	 * which is which (NULL: no second start). */
	bool		 provisional;
	const char	*from;
	qdate		 info;
	const char	*info_from;
	const char	*remark;
	const char	*cite;		/* "CPC 489.3; NR 9" */
	const char	*label;		/* N_() for people */
	bool		 met;		/* a later workflow fact closed it */
};

struct note {
	const char	*id;		/* "N1": law-brief.md 4.2; N6... ours */
	const char	*text;		/* N_() English; porcelain prints it */
	const char	*cite;
};

struct decision {
	enum outcome	 outcome;
	size_t		 n_grounds;
	struct ground	 grounds[DECISION_MAX_GROUNDS];
	size_t		 n_missing;
	const char	*missing[DECISION_MAX_MISSING];	/* vocabulary keys */
	size_t		 n_deadlines;
	struct deadline	 deadlines[DECISION_MAX_DEADLINES];
	size_t		 n_notes;
	struct note	 notes[DECISION_MAX_NOTES];
	/* The CPC 487.2 limit (D6) and the date it was measured against
	 * (posting, or the first receipt of a refiled filing: NR 8.4), or
	 * QDATE_NONE when no worsening is sought. */
	qdate		 worsening_limit;
	qdate		 worsening_filed;
	bool		 worsening_refiled;	/* NR 8.4 applies */
	/* Calendar years a deadline fell in with no calendar loaded. */
	size_t		 n_missing_years;
	int		 missing_years[8];
};

/*
 * Where the law is certain about the outcome but leaves the cited item of
 * CPC 489 open (law-brief.md questions 2 and 4), the court chooses it.
 * NULL fields take the brief's recommendation.
 */
struct decide_options {
	const char	*route_not_observed_item;	/* default "CPC 489.1.2" */
	/* default "CPC 489.1.2": see rules.c, R5 */
	const char	*protest_excluded_act_item;
	/* The court has recorded that it confirmed the wording of CPC
	 * 484.2.1 from 1 July 2027 (who, when, the source: the register's
	 * settings); until then R6 refers (rules.c). */
	bool		 cpc484_2_1_confirmed;
};

/* The defaults of struct decide_options. */
#define DECIDE_ROUTE_ITEM_DEFAULT	"CPC 489.1.2"
#define DECIDE_PROTEST_EXCLUDED_DEFAULT	"CPC 489.1.2"

void	decide(const struct facts *, const struct calendar *,
	    const struct decide_options *, qdate today, struct decision *);

/* "admit", "return-letter", ... as in the porcelain format. */
const char	*outcome_name(enum outcome);
int		 outcome_from_name(const char *);	/* -1 if none */
const char	*outcome_label(enum outcome);		/* N_() for people */
const char	*outcome_short_label(enum outcome);	/* N_(), a list column */

/* The rule table, for 'qarau rules', the letters and the tests. */
size_t		 rules_count(void);
const struct rule *rules_at(size_t);
const struct rule *rules_find(const char *id);

/* The nearest deadline still to be met (the register's sort key), or NULL.
 * Deadlines met by a later event are not "still to be met". */
const struct deadline *decision_next_deadline(const struct decision *);

/* The state of a decision's deadline: met, or as deadline_state says. */
enum deadline_state decision_deadline_state(const struct deadline *,
	    qdate today);

/* design.md section 4, exactly. */
void	decision_write_porcelain(const struct decision *, struct strbuf *);
void	decision_write_json(const struct decision *, struct strbuf *);

#endif
