/*
 * The fact vocabulary: the one table that names every fact a filing can
 * have (design.md section 3).  The facts-file parser, the checklist, the
 * decision, 'qarau questions', the register and the TUI all read it; none
 * of them repeats a key, a value or a question.
 */
#ifndef QARAU_VOCAB_H
#define QARAU_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

enum fact_type {
	FACT_ENUM,	/* one of values[] (every enum also takes "unknown") */
	FACT_SET,	/* comma-separated subset of values[] */
	FACT_BOOL,	/* yes / no (and "unknown") */
	FACT_DATE,	/* YYYY-MM-DD */
	FACT_TEXT	/* free UTF-8 text, one line */
};

struct fact_def {
	const char		 *key;		/* "filer.role" */
	enum fact_type		  type;
	const char *const	 *values;	/* NULL-terminated; enum and set */
	const char *const	 *labels;	/* N_() label per value, or NULL */
	const char		 *question;	/* N_() question text */
	const char		 *help;		/* N_() one-line hint, or NULL */
	/*
	 * When the question is asked, in the condition language of
	 * checklist.c (printed verbatim by 'qarau questions'); NULL = always.
	 * A fact whose condition is false is irrelevant: not asked, and
	 * ignored by the decision even if it was answered earlier.
	 */
	const char		 *when;
	const char		 *cite;		/* "NR 7; CPC 488.1" */
	const char		 *fallback;	/* value when unanswered, or NULL */
	unsigned		  flags;
};

/* flags */
#define FACT_WORKFLOW	0x01	/* a workflow date set by events, not asked */
#define FACT_OPTIONAL	0x02	/* never makes a decision incomplete */
/* One of the nine elements of CPC 488 as NR 7 lists them (rule R15, the
 * letters' list of what is missing, the content checklist). */
#define FACT_CPC488	0x04
/*
 * On the identity form, the screen after the kind of filing (who filed and
 * against which act).  With FACT_OPTIONAL, asked there and nowhere else,
 * an empty answer allowed; without it (act.instance), asked on its own
 * too when the form left it open.
 */
#define FACT_IDENTITY	0x08

#define VOCAB_MAX	128	/* upper bound on the table's size */
#define SET_MAX		16	/* upper bound on values of a set */

/*
 * Named conditions ("@content") usable in a key's "when": each stands for a
 * condition of the same language, so that the table states once what makes
 * a group of questions moot (vocab.c).
 */
struct vocab_macro {
	const char	*name;		/* without the '@' */
	const char	*cond;
	const char	*help;		/* N_() what it means, for the manual */
};

/* Builds the key index (core_init; a repeated call rebuilds it). */
void			 vocab_init(void);
size_t			 vocab_count(void);
const struct fact_def	*vocab_at(size_t);
int			 vocab_index(const char *key);	/* -1 if unknown */
/* Index of value in def->values, -1 if not there ("unknown" is -1 too). */
int			 vocab_value_index(const struct fact_def *, const char *);
const char		*fact_type_name(enum fact_type);	/* "enum" ... */

/*
 * Answer states of an enum or bool key, as the compiled conditions
 * (checklist.c) and the rules (rules.c) read them: unanswered, where the
 * fallback applies; answered "unknown"; or value i as FACT_STATE_VALUE + i
 * (for a bool, 0 is "no" and 1 "yes").
 */
#define FACT_STATE_NONE		0
#define FACT_STATE_UNKNOWN	1
#define FACT_STATE_VALUE	2

/* The text an answer in state st reads as ("yes", "unknown", a value, the
 * fallback), or NULL for an unanswered key without a fallback. */
const char		*vocab_state_text(const struct fact_def *, unsigned st);
/* The condition a macro name stands for, or NULL; name without '@'. */
const char		*vocab_macro(const char *name, size_t len);
size_t			 vocab_macro_count(void);
const struct vocab_macro *vocab_macro_at(size_t);
/* The label of value i of def for people (N_(), untranslated), or the
 * value itself when the table has no label. */
const char		*vocab_value_label(const struct fact_def *, int i);

#endif
