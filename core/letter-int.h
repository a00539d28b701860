/*
 * Between the parts of the letters (letter.c: the letter's words and
 * lookups; letter-tpl.c: the template parser; letter-fill.c: filling;
 * letter-text.c: plain text).  Not for use outside core/letter*.c.
 */
#ifndef QARAU_LETTER_INT_H
#define QARAU_LETTER_INT_H

#include "core/letter.h"

/* Fields holding a date: YYYY-MM-DD is written the template's way. */
#define LETTER_DATE_FIELD(f) \
	((f) == LETTER_OUT_DATE || (f) == LETTER_FILING_RECEIVED || \
	 (f) == LETTER_ACT_DATE || (f) == LETTER_HEARING_DATE)

/* Conditions of @if: the caller's flags, then the ones derived here. */
#define LF_COMPLAINT	0x0100
#define LF_PROTEST	0x0200
#define LF_SUBMISSION	0x0400
#define LF_ITEM1	0x0800	/* a ground cites CPC 489.1.1 */
#define LF_ITEM2	0x1000	/* a ground cites CPC 489.1.2 */
#define LF_MISSING	0x2000	/* R15's list is not empty */


enum tl_kind { TL_TEXT, TL_IF, TL_ELSE, TL_ENDIF };

struct tpl_line {
	enum tl_kind	 kind;
	unsigned	 lineno;
	bool		 neg;		/* @if !name */
	unsigned	 flag;
	char		*text;
};

enum blk_kind { BLK_BLOCK, BLK_GROUND, BLK_REMEDY };

struct tpl_block {
	enum blk_kind	 kind;
	char		*name;
	unsigned	 lineno;
	struct tpl_line	*lines;
	size_t		 n;
};

/* @word, @element, @cite, @ordinal, @month: a key and a text. */
struct tpl_kv {
	char		*key;
	char		*text;
	unsigned	 lineno;
};

struct tpl_list {
	struct tpl_kv	*v;
	size_t		 n;
};

struct letter_tpl {
	char		*file;
	char		 lang[8];
	char		 kind[16];	/* @kind: "return" unless said */
	struct tpl_block *blocks;
	size_t		 nblocks;
	struct tpl_list	 words;		/* key "doc.nom complaint" */
	struct tpl_list	 elements;
	struct tpl_list	 cites;		/* key "CPC 3" */
	struct tpl_list	 groups;	/* @citegroup: key "CPC" */
	struct tpl_list	 ordinals;	/* key "1" */
	struct tpl_list	 months;	/* key "1" */
	char		*date;
	char		*textdate;	/* dates in running text, or NULL */
	char		*blank;
	const char	**ground_ids;
};

/* Placeholders naming a text field, in enum letter_field order. */
extern const char *const letter_field_names[LETTER_NFIELDS];

/* The remedies, in the order a letter states them: their block names
 * and the bit of struct rule's remedies (decision.h). */
struct letter_remedy {
	const char	*name;
	unsigned	 bit;
	unsigned	 needs;	/* an @if condition it also needs, or 0 */
};
extern const struct letter_remedy letter_remedy_table[];
extern const size_t letter_nremedies;

/* Whether key is one of the elements of CPC 488 (FACT_CPC488). */
bool	letter_element_known(const char *key);

/*
 * Calls fn for each {name} of s; "{{" and "}}" are literal braces.  An
 * unbalanced brace is an error of the template (fn gets NULL and the
 * offset).  fn returning non-zero stops the scan.
 */
typedef int (*tpl_ph_fn)(void *ctx, const char *name, size_t len,
    const char *lit, size_t litlen);
int	tpl_scan(const char *, tpl_ph_fn, void *ctx);
int	letter_field_index(const char *name, size_t len);
const struct tpl_kv *tpl_list_find(const struct tpl_list *, const char *key);

/*
 * The forms citations are written in (letter-cite.c): a template's @cite,
 * @citegroup and @ordinal lists, or the interface's (cite.c).  alt: two
 * items of one part are alternatives ("CODE 3-or", "CODE in-3-or").
 */
struct cite_forms {
	const struct tpl_list	*cites;
	const struct tpl_list	*groups;
	const struct tpl_list	*ordinals;
	bool			 alt;
};
void	cite_forms_format(const struct cite_forms *, const char *const *cites,
	    struct strbuf *out);
const struct tpl_block *tpl_find_block(const struct letter_tpl *,
	    enum blk_kind, const char *name);
/* The block of a ground id, or the generic one (if generic) or NULL. */
const struct tpl_block *letter_ground_block(const struct letter_tpl *,
	    const char *id, bool generic);

#endif
