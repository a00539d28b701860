/*
 * The condition language's compiler (checklist.c describes the language):
 * the vocabulary's conditions, compiled once by core_init.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "core/checklist-cond.h"
/*
 * Compiled conditions.
 *
 * checklist_relevance runs on every decision, the register and the TUI,
 * and interpreting the text above for every key took nearly all of
 * decide()'s time.  So the conditions of the whole table are compiled
 * once, by core_init, into one straight run of instructions that computes
 * every key's relevance from the top down.  The interpreter stays for
 * checking conditions (its messages are part of the interface) and for
 * checklist_eval, which takes arbitrary text.
 *
 * A test compiles to the key's index and a bitmask of the answer states
 * that satisfy it, computed with the very string comparisons the
 * interpreter makes, so the two cannot disagree.  The states of an enum or
 * bool key are: no answer (the fallback, which may be none), an "unknown"
 * answer, or value i.  For a set the mask holds the values to look for,
 * plus one bit for "unknown" and one for "none".  During a pass each
 * tested key's answer is turned into the same kind of bits, which stand in
 * its slot once its own relevance is known (or the bits of no answer, if
 * it is irrelevant), so a test is one AND.
 *
 * Every instruction is the same: the AND of two operands, each a slot
 * ANDed with a mask and possibly negated, possibly negated again ("or" is
 * an AND by De Morgan, "not" only flips a bit).  Both sides are always
 * evaluated: there is nothing to branch on, and which keys are relevant
 * varies too much from one filing to the next for branches to be
 * predicted.  The interpreter's "and" and "or" evaluate both sides too.
 *
 * A named condition (@name) is computed once, where it is first used, and
 * its result reused below when every key it names lies above the key that
 * uses it: relevance is final for those keys, so the value cannot change.
 * Where that does not hold it is computed again in place.  A condition the
 * compiler does not cover (one that fails to check, a key with too many
 * values, no more room) is left to the interpreter.
 */

#define CNODE_MAX	512	/* the trees of the conditions */

#define UCODE_MAX	1024	/* instructions, for the whole table */

#define CMACRO_MAX	64

/* Answer states of an enum or bool key: bit positions in a test's mask. */
#define ST_NONE		FACT_STATE_NONE	/* unanswered or irrelevant */

#define ST_UNKNOWN	FACT_STATE_UNKNOWN

#define ST_VALUE	FACT_STATE_VALUE	/* + value index */

#define ST_MAX		62	/* values beyond this are left to the

				   interpreter */
/* Bits of a set test's mask besides the values. */
#define SB_UNKNOWN	((uint64_t)1 << 62)

#define SB_NONE		((uint64_t)1 << 63)

/* Slots: a key's state bits, then a constant, then each instruction's
 * result (0 or 1). */
#define SLOT_ONE	VOCAB_MAX

#define SLOT_RESULT	(VOCAB_MAX + 1)

#define SLOT_MAX	(SLOT_RESULT + UCODE_MAX)

enum cop { C_AND, C_OR, C_NOT, C_ENUM, C_BOOL, C_SET, C_MACRO };

/* The parse tree. */
struct cnode {
	uint8_t		 op;		/* enum cop */
	uint8_t		 neg;		/* "!=" */
	uint16_t	 arg;		/* key index, or macro index */
	uint16_t	 left;		/* C_AND, C_OR, C_NOT */
	uint16_t	 right;		/* C_AND, C_OR */
	uint64_t	 mask;		/* tests */
};

/* What an instruction reads: (slots[slot] & mask) != 0, xor neg. */
struct operand {
	uint16_t	 slot;
	uint8_t		 neg;
	uint64_t	 mask;
};

/* slots[dst] = (a && b) xor neg. */
struct uinsn {
	struct operand	 a;
	struct operand	 b;
	uint16_t	 dst;
	uint8_t		 neg;
};

enum { PROG_TRUE, PROG_CODE, PROG_INTERPRET };

struct entry_prog {
	uint8_t		 kind;		/* PROG_... */
	uint16_t	 end;		/* where its code ends */
	struct operand	 result;	/* PROG_CODE */
};

enum { CM_TODO, CM_BUSY, CM_DONE, CM_FAILED };

struct cmacro {
	uint8_t		 state;		/* CM_... */
	uint16_t	 root;		/* its tree */
	int		 maxkey;	/* highest key index named, or -1 */
	bool		 computed;	/* result good from computed_at */
	int		 computed_at;
	struct operand	 result;
};

static struct cnode cnodes[CNODE_MAX];
static size_t n_cnodes;
static struct uinsn ucode[UCODE_MAX];
static size_t n_ucode;
static struct entry_prog entry_prog[VOCAB_MAX];
static struct cmacro cmacros[CMACRO_MAX];
/* Per key: C_ENUM, C_BOOL or C_SET when a compiled test reads it, else 0;
 * and its state bits while it is irrelevant. */
static uint8_t key_kind[VOCAB_MAX];
static uint64_t key_irrelevant[VOCAB_MAX];

struct comp {
	struct cond	 tok;		/* the tokenizer's state only */
	int		 maxkey;
	int		 failed;
};

static int comp_or(struct comp *);

static int
comp_node(struct comp *k, enum cop op)
{
	if (n_cnodes >= CNODE_MAX) {
		k->failed = 1;
		return -1;
	}
	memset(&cnodes[n_cnodes], 0, sizeof cnodes[0]);
	cnodes[n_cnodes].op = (uint8_t)op;
	return (int)n_cnodes++;
}

static int
comp_binary(struct comp *k, enum cop op, int left, int right)
{
	int n;

	if (left < 0 || right < 0 || (n = comp_node(k, op)) < 0)
		return -1;
	cnodes[n].left = (uint16_t)left;
	cnodes[n].right = (uint16_t)right;
	return n;
}

/* Adds the states or set bits that value val matches to *mask. */
static int
comp_value(struct comp *k, const struct fact_def *def, size_t vstart,
    size_t vlen, int has, uint64_t *mask)
{
	char val[64];
	const char *t;
	unsigned st, nst;
	int i;

	if (vlen >= sizeof val) {
		k->failed = 1;
		return -1;
	}
	memcpy(val, k->tok.s + vstart, vlen);
	val[vlen] = '\0';
	if (!cond_valid_value(def, val, has)) {
		k->failed = 1;
		return -1;
	}
	if (def->type == FACT_SET) {
		if (strcmp(val, "unknown") == 0)
			*mask |= SB_UNKNOWN;
		else if (strcmp(val, "none") == 0)
			*mask |= SB_NONE;
		else if ((i = vocab_value_index(def, val)) >= 0 && i < 32)
			*mask |= (uint64_t)1 << i;
		else
			k->failed = 1;
		return k->failed ? -1 : 0;
	}
	if (def->type == FACT_BOOL)
		nst = ST_VALUE + 2;
	else
		for (nst = ST_VALUE; def->values[nst - ST_VALUE] != NULL; nst++)
			;
	if (nst > ST_MAX) {
		k->failed = 1;
		return -1;
	}
	for (st = 0; st < nst; st++)
		if ((t = vocab_state_text(def, st)) != NULL &&
		    strcmp(t, val) == 0)
			*mask |= (uint64_t)1 << st;
	return 0;
}

/* key in (v, ...), after "in": adds each value's states to *mask. */
static int
comp_test_in(struct comp *k, const struct fact_def *def, uint64_t *mask)
{
	size_t s, l;
	enum tok t;

	if (cond_next(&k->tok, &s, &l) != T_LPAREN) {
		k->failed = 1;
		return -1;
	}
	do {
		if (cond_next(&k->tok, &s, &l) != T_WORD ||
		    comp_value(k, def, s, l, 0, mask) != 0) {
			k->failed = 1;
			return -1;
		}
	} while ((t = cond_next(&k->tok, &s, &l)) == T_COMMA);
	if (t != T_RPAREN) {
		k->failed = 1;
		return -1;
	}
	return 0;
}

/* key = v, key != v, key in (...), key has v: as cond_test. */
static int
comp_test(struct comp *k, size_t kstart, size_t klen)
{
	char key[64];
	const struct fact_def *def;
	uint64_t mask = 0;
	size_t s, l;
	enum tok t;
	int idx, n, has;

	if (klen >= sizeof key) {
		k->failed = 1;
		return -1;
	}
	memcpy(key, k->tok.s + kstart, klen);
	key[klen] = '\0';
	if ((idx = vocab_index(key)) < 0 ||
	    (def = vocab_at((size_t)idx))->type == FACT_DATE ||
	    def->type == FACT_TEXT) {
		k->failed = 1;
		return -1;
	}
	if (idx > k->maxkey)
		k->maxkey = idx;
	t = cond_next(&k->tok, &s, &l);
	has = t == T_WORD && is_word(&k->tok, s, l, "has");
	if (has && def->type != FACT_SET) {
		k->failed = 1;
		return -1;
	}
	if (t == T_WORD && is_word(&k->tok, s, l, "in")) {
		if (comp_test_in(k, def, &mask) != 0)
			return -1;
		t = T_EQ;
	} else if ((t != T_EQ && t != T_NE && !has) ||
	    cond_next(&k->tok, &s, &l) != T_WORD ||
	    comp_value(k, def, s, l, has, &mask) != 0) {
		k->failed = 1;
		return -1;
	}
	if ((n = comp_node(k, def->type == FACT_SET ? C_SET :
	    def->type == FACT_BOOL ? C_BOOL : C_ENUM)) < 0)
		return -1;
	key_kind[idx] = cnodes[n].op;
	key_irrelevant[idx] = def->type == FACT_SET ? 0 :
	    (uint64_t)1 << ST_NONE;
	cnodes[n].neg = t == T_NE;
	cnodes[n].arg = (uint16_t)idx;
	cnodes[n].mask = mask;
	return n;
}

/* The index of the first macro of that name, as vocab_macro finds it, or
 * CMACRO_MAX when there is none (or too many macros to compile). */
static size_t
macro_find(const char *name, size_t len)
{
	const struct vocab_macro *mac;
	size_t m;

	for (m = 0; m < vocab_macro_count() && m < CMACRO_MAX; m++) {
		mac = vocab_macro_at(m);
		if (strlen(mac->name) == len &&
		    strncmp(mac->name, name, len) == 0)
			return m;
	}
	return CMACRO_MAX;
}

static int
comp_macro(struct comp *k, size_t start, size_t len)
{
	size_t m = macro_find(k->tok.s + start, len);
	int n;

	if (m >= CMACRO_MAX || cmacros[m].state != CM_DONE ||
	    (n = comp_node(k, C_MACRO)) < 0) {
		k->failed = 1;
		return -1;
	}
	cnodes[n].arg = (uint16_t)m;
	if (cmacros[m].maxkey > k->maxkey)
		k->maxkey = cmacros[m].maxkey;
	return n;
}

static int
comp_factor(struct comp *k)
{
	size_t s, l;
	int r, n;

	if (k->failed)
		return -1;
	switch (cond_next(&k->tok, &s, &l)) {
	case T_WORD:
		if (!is_word(&k->tok, s, l, "not"))
			return comp_test(k, s, l);
		if ((r = comp_factor(k)) < 0 || (n = comp_node(k, C_NOT)) < 0)
			return -1;
		cnodes[n].left = (uint16_t)r;
		return n;
	case T_MACRO:
		return comp_macro(k, s, l);
	case T_LPAREN:
		r = comp_or(k);
		if (cond_next(&k->tok, &s, &l) != T_RPAREN) {
			k->failed = 1;
			return -1;
		}
		return r;
	default:
		k->failed = 1;
		return -1;
	}
}

static int
comp_and(struct comp *k)
{
	size_t s, l;
	int r = comp_factor(k);

	while (r >= 0 && !k->failed && cond_peek(&k->tok, &s, &l) == T_WORD &&
	    is_word(&k->tok, s, l, "and")) {
		cond_next(&k->tok, &s, &l);
		r = comp_binary(k, C_AND, r, comp_factor(k));
	}
	return k->failed ? -1 : r;
}

static int
comp_or(struct comp *k)
{
	size_t s, l;
	int r = comp_and(k);

	while (r >= 0 && !k->failed && cond_peek(&k->tok, &s, &l) == T_WORD &&
	    is_word(&k->tok, s, l, "or")) {
		cond_next(&k->tok, &s, &l);
		r = comp_binary(k, C_OR, r, comp_and(k));
	}
	return k->failed ? -1 : r;
}

/* Parses checked text into a tree; returns its root or -1. */
static int
parse_text(const char *text, int *maxkey)
{
	struct comp k;
	size_t s, l;
	int root;

	memset(&k, 0, sizeof k);
	k.tok.s = text;
	k.maxkey = -1;
	root = comp_or(&k);
	if (root < 0 || k.failed || cond_next(&k.tok, &s, &l) != T_END)
		return -1;
	*maxkey = k.maxkey;
	return root;
}

/* Macros are parsed before the keys, so that their trees, which stay, come
 * before the keys' trees, which go once compiled. */
static void
parse_macro(size_t m)
{
	const char *cond = vocab_macro_at(m)->cond;
	size_t i, len, sub;
	int root;

	if (cmacros[m].state != CM_TODO)
		return;
	cmacros[m].state = CM_BUSY;
	/* The macros it names first; one naming itself fails below. */
	for (i = 0; cond[i] != '\0'; i++) {
		if (cond[i] != '@')
			continue;
		for (len = 0; word_char(cond[i + 1 + len]); len++)
			;
		if ((sub = macro_find(cond + i + 1, len)) < CMACRO_MAX)
			parse_macro(sub);
	}
	root = parse_text(cond, &cmacros[m].maxkey);
	cmacros[m].state = root < 0 ? CM_FAILED : CM_DONE;
	cmacros[m].root = (uint16_t)(root < 0 ? 0 : root);
}

/* Emits the code of tree node n for the key at index at; *out is what
 * reads its value. */
static int
emit(unsigned n, int at, struct operand *out)
{
	const struct cnode *c = &cnodes[n];
	struct cmacro *m;
	struct operand l, r;
	struct uinsn *u;
	int is_or;

	switch ((enum cop)c->op) {
	case C_ENUM:
	case C_BOOL:
	case C_SET:
		out->slot = c->arg;
		out->neg = c->neg;
		out->mask = c->mask;
		return 0;
	case C_NOT:
		if (emit(c->left, at, out) != 0)
			return -1;
		out->neg ^= 1;
		return 0;
	case C_MACRO:
		m = &cmacros[c->arg];
		if (m->computed && m->computed_at <= at) {
			*out = m->result;
			return 0;
		}
		if (emit(m->root, at, out) != 0)
			return -1;
		if (m->maxkey < at) {
			m->computed = true;
			m->computed_at = at;
			m->result = *out;
		}
		return 0;
	case C_AND:
	case C_OR:
		break;
	}
	if (emit(c->left, at, &l) != 0 || emit(c->right, at, &r) != 0 ||
	    n_ucode >= UCODE_MAX)
		return -1;
	/* a or b = not (not a and not b) */
	is_or = c->op == C_OR;
	u = &ucode[n_ucode];
	u->a = l;
	u->a.neg ^= (uint8_t)is_or;
	u->b = r;
	u->b.neg ^= (uint8_t)is_or;
	u->dst = (uint16_t)(SLOT_RESULT + n_ucode);
	u->neg = (uint8_t)is_or;
	out->slot = u->dst;
	out->neg = 0;
	out->mask = 1;
	n_ucode++;
	return 0;
}

void
checklist_init(void)
{
	struct cmacro saved[CMACRO_MAX];
	size_t i, mark, code;
	const char *when;
	int r, root, maxkey;

	for (i = 0; i < vocab_macro_count() && i < CMACRO_MAX; i++)
		parse_macro(i);
	mark = n_cnodes;
	for (i = 0; i < vocab_count(); i++) {
		when = vocab_at(i)->when;
		entry_prog[i].kind = PROG_INTERPRET;
		if (when == NULL) {
			entry_prog[i].kind = PROG_TRUE;
			continue;
		}
		code = n_ucode;
		memcpy(saved, cmacros, sizeof saved);
		if (cond_run(when, NULL, NULL, vocab_count(), NULL, 0,
		    &r) == 0 && (root = parse_text(when, &maxkey)) >= 0 &&
		    emit((unsigned)root, (int)i, &entry_prog[i].result) == 0)
			entry_prog[i].kind = PROG_CODE;
		else {
			/* Nothing of a failed key may be reused. */
			n_ucode = code;
			memcpy(cmacros, saved, sizeof saved);
		}
		entry_prog[i].end = (uint16_t)n_ucode;
		n_cnodes = mark;
	}
}

static uint64_t
operand_value(const uint64_t *slots, const struct operand *o)
{
	return ((slots[o->slot] & o->mask) != 0) ^ o->neg;
}

/*
 * The state bits of a key's answer, as cond_value and cond_match read it:
 * for an enum or bool, the bit of its one state; for a set, the bits of
 * its values, or SB_UNKNOWN, or SB_NONE for the empty set, or nothing at
 * all when it has no answer or is irrelevant.  Written to select rather
 * than branch.
 */
static uint64_t
key_state(const struct fact_value *v, bool relevant, size_t idx)
{
	uint64_t w, num = (uint32_t)v->num;

	if (key_kind[idx] == C_SET) {
		w = num == 0 ? SB_NONE : num & ~(SB_UNKNOWN | SB_NONE);
		w = v->unknown ? SB_UNKNOWN : w;
	} else {
		if (key_kind[idx] == C_BOOL)
			num = v->num != 0;
		w = num < ST_MAX - ST_VALUE ? (uint64_t)1 << (ST_VALUE + num) :
		    0;	/* not a value: matches nothing */
		w = v->unknown ? (uint64_t)1 << ST_UNKNOWN : w;
	}
	return (relevant && v->present) ? w : key_irrelevant[idx];
}

void
checklist_relevance(const struct facts *f, bool rel[VOCAB_MAX])
{
	uint64_t slots[SLOT_MAX];
	const struct uinsn *u;
	size_t i, pc = 0, n = vocab_count();

	/* Each rel[i] below n is set in its turn; until then it is false,
	 * which the interpreter reads for a key not yet decided. */
	memset(rel, 0, VOCAB_MAX * sizeof rel[0]);
	memcpy(slots, key_irrelevant, n * sizeof slots[0]);
	slots[SLOT_ONE] = ~(uint64_t)0;
	for (i = 0; i < n; i++) {
		switch (entry_prog[i].kind) {
		case PROG_TRUE:
			rel[i] = true;
			break;
		case PROG_CODE:
			for (; pc < entry_prog[i].end; pc++) {
				u = &ucode[pc];
				slots[u->dst] = (operand_value(slots, &u->a) &
				    operand_value(slots, &u->b)) ^ u->neg;
			}
			rel[i] = operand_value(slots, &entry_prog[i].result);
			break;
		default:
			rel[i] = checklist_eval(vocab_at(i)->when, f, rel);
			break;
		}
		if (key_kind[i] != 0)
			slots[i] = key_state(&f->v[i], rel[i], i);
	}
}
