/*
 * The answer to one question of the vocabulary, whatever its type: a list
 * of choices for an enum (its value labels, and "Don't know"), yes / no /
 * don't know for a bool, check boxes for a set, a field for a date
 * (typed in any form ui_date_parse takes, kept as YYYY-MM-DD) or for free
 * text.  The value comes out as the
 * text of a facts file, so the core validates it the same way everywhere.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/facts.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "tui/screens/tui.h"
#include "tui/screens/ui.h"
#include "tui/screens/widget.h"

/* After a choice read from the document: colour-blind and NO_COLOR
 * terminals see it as well as others do. */
#define ANSWER_MARK	"  \xe2\x97\x86"

static int
answer_n_values(const struct fact_def *def)
{
	int n = 0;

	if (def->values != NULL)
		while (def->values[n] != NULL && n < SET_MAX * 4)
			n++;
	return n;
}

/*
 * The date questions the answer of which is most likely today: the law has
 * the clerk record these on the day they happen (hand-over, the events of
 * the case).
 */
static const char *const answer_today_keys[] = {
	"filing.received", "filing.handed", "filing.returned",
	"case.requested", "case.received", "parties.notified",
	"execution.suspended", "filing.decided", NULL
};

static bool
answer_defaults_today(const struct fact_def *def)
{
	int i;

	for (i = 0; answer_today_keys[i] != NULL; i++)
		if (strcmp(def->key, answer_today_keys[i]) == 0)
			return true;
	return false;
}

/*
 * Choices in the order the case makes likely: who files a complaint is
 * mostly a party, who files a protest a prosecutor (the vocabulary lists
 * the prosecutors first).  The values named come first, the rest after in
 * the vocabulary's order.
 */
static const struct {
	const char		*key, *when_key, *when_value;
	const char *const	*first;
} answer_orders[] = {
	{ "filer.role", "filing.kind", "complaint", (const char *const[]) {
		"convicted", "acquitted", "defender", "victim",
		"victim-representative", "legal-representative",
		"civil-plaintiff", "civil-defendant", "interested-person",
		NULL } },
};

static void
answer_order(struct answer *an, const struct fact_def *def,
    const struct facts *f, int nv)
{
	char buf[FACT_TEXT_MAX];
	const char *const *first = NULL, *v;
	bool used[65] = { false };
	size_t k;
	int i, j, n = 0;

	for (k = 0; k < sizeof answer_orders / sizeof answer_orders[0]; k++) {
		if (strcmp(def->key, answer_orders[k].key) != 0 ||
		    vocab_index(answer_orders[k].when_key) < 0)
			continue;
		v = facts_value_text(f, (size_t)vocab_index(
		    answer_orders[k].when_key), buf, sizeof buf);
		if (v != NULL && strcmp(v, answer_orders[k].when_value) == 0)
			first = answer_orders[k].first;
	}
	for (i = 0; first != NULL && first[i] != NULL; i++)
		if ((j = vocab_value_index(def, first[i])) >= 0 && !used[j]) {
			used[j] = true;
			an->order[n++] = (unsigned char)j;
		}
	for (j = 0; j <= nv && j < 65; j++)
		if (!used[j])
			an->order[n++] = (unsigned char)j;
}

/* The value index (or n_values: "Don't know") of the row at pos. */
static int
answer_at(const struct answer *an, int pos)
{
	return vocab_at(an->idx)->type == FACT_ENUM ? an->order[pos] : pos;
}

/* The rows that are values of the fact: all but "Don't know" (and, for a
 * set, "None of them"). */
static int
answer_n_items(const struct answer *an)
{
	return an->n_choices - (vocab_at(an->idx)->type == FACT_SET ? 2 : 1);
}

const char *
answer_value_label(size_t idx, const char *value)
{
	static char shown[QDATE_BUFSZ];
	const struct fact_def *def = vocab_at(idx);
	qdate d;
	int i;

	if (value == NULL)
		return "";
	if (strcmp(value, "unknown") == 0)
		return _("Don't know");
	if (def->type == FACT_DATE && qdate_parse(value, &d)) {
		qdate_format_shown(d, shown);
		return shown;
	}
	if (def->type == FACT_BOOL)
		return strcmp(value, "yes") == 0 ? _("Yes") :
		    strcmp(value, "no") == 0 ? _("No") : value;
	if (def->type == FACT_SET && strcmp(value, "none") == 0)
		return _("None of them");
	if (def->type == FACT_ENUM && def->labels != NULL &&
	    (i = vocab_value_index(def, value)) >= 0 && def->labels[i] != NULL)
		return _(def->labels[i]);
	return value;
}

static const char *
answer_choice_label(const struct answer *an, int i)
{
	const struct fact_def *def = vocab_at(an->idx);
	int nv = answer_n_values(def);

	if (def->type == FACT_BOOL)
		return i == 0 ? _("Yes") : i == 1 ? _("No") : _("Don't know");
	i = answer_at(an, i);
	if (def->type == FACT_SET && i == nv)
		return _("None of them");
	if (i >= nv)
		return _("Don't know");
	if (def->labels != NULL && def->labels[i] != NULL)
		return _(def->labels[i]);
	return def->values[i];
}

void
answer_init(struct answer *an, size_t idx, const struct facts *f)
{
	const struct fact_def *def = vocab_at(idx);
	char buf[FACT_TEXT_MAX];
	const char *cur;
	int nv = answer_n_values(def), i;
	qdate d;

	memset(an, 0, sizeof *an);
	an->idx = idx;
	cur = facts_value_text(f, idx, buf, sizeof buf);
	switch (def->type) {
	case FACT_BOOL:
		an->n_choices = 3;
		if (cur != NULL)
			an->cursor = strcmp(cur, "yes") == 0 ? 0 :
			    strcmp(cur, "no") == 0 ? 1 : 2;
		break;
	case FACT_ENUM:
		an->n_choices = nv + 1;
		answer_order(an, def, f, nv);
		if (cur != NULL) {
			i = vocab_value_index(def, cur);
			if (i < 0)
				i = nv;
			while (an->order[an->cursor] != i &&
			    an->cursor < nv)
				an->cursor++;
		}
		break;
	case FACT_SET:
		/* The items, then "None of them" (an empty set is an answer:
		 * the filing invokes no item), then "Don't know". */
		an->n_choices = nv + 2;
		if (cur != NULL && f->v[idx].present) {
			if (f->v[idx].unknown)
				an->cursor = nv + 1;
			else if (f->v[idx].num == 0)
				an->cursor = nv;
			else
				an->marked = (uint32_t)f->v[idx].num;
		}
		break;
	case FACT_DATE:
		an->field = true;
		if (cur != NULL && qdate_parse(cur, &d)) {
			qdate_format_shown(d, buf);
			input_set(&an->input, buf);
		} else if (cur == NULL && answer_defaults_today(def) &&
		    ui_today() != QDATE_NONE) {
			qdate_format_shown(ui_today(), buf);
			input_offer(&an->input, buf);
		} else {
			input_set(&an->input, "");
		}
		break;
	case FACT_TEXT:
		an->field = true;
		input_set(&an->input, cur != NULL && strcmp(cur, "unknown") != 0 ?
		    cur : "");
		break;
	}
}

/* The row whose value is v (-1: none). */
static int
answer_row(const struct answer *an, const char *v)
{
	const struct fact_def *def = vocab_at(an->idx);
	int i;

	if (def->type == FACT_BOOL)
		return strcmp(v, "yes") == 0 ? 0 : strcmp(v, "no") == 0 ? 1 :
		    strcmp(v, "unknown") == 0 ? 2 : -1;
	for (i = 0; i < an->n_choices; i++)
		if (strcmp(v, i < answer_n_items(an) ?
		    def->values[answer_at(an, i)] : i < an->n_choices - 1 ?
		    "none" : "unknown") == 0)
			return i;
	return -1;
}

bool
answer_propose(struct answer *an, const char *value)
{
	const struct fact_def *def = vocab_at(an->idx);
	char buf[FACT_TEXT_MAX], *tok, *save;
	uint32_t marked = 0;
	uint64_t rows = 0;
	int i;
	qdate d;

	if (an->field) {
		if (def->type == FACT_DATE) {
			if (!qdate_parse(value, &d))
				return false;
			qdate_format_shown(d, buf);
			value = buf;
		}
		input_offer(&an->input, value);
		an->proposed = 1;
		return true;
	}
	if (def->type != FACT_SET) {
		if ((i = answer_row(an, value)) < 0 || i >= 64)
			return false;
		an->cursor = i;
		an->proposed = (uint64_t)1 << i;
		return true;
	}
	snprintf(buf, sizeof buf, "%s", value);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if ((i = answer_row(an, tok)) < 0 || i >= answer_n_items(an))
			return false;
		marked |= 1u << i;
		rows |= (uint64_t)1 << i;
	}
	if (marked == 0)
		return false;
	an->marked = marked;
	an->proposed = rows;
	return true;
}

int
answer_draw(struct answer *an, int y, int x, int h, int w, bool focused)
{
	const struct fact_def *def = vocab_at(an->idx);
	char line[512];
	int i, row = 0, list;
	attr_t a;

	if (an->field) {
		snprintf(line, sizeof line, _("Date (%s):"),
		    qdate_shown_pattern()[0] == 'Y' ? _("YYYY-MM-DD") :
		    _("DD.MM.YYYY"));
		ui_puts(y, x, w, def->type == FACT_DATE ? line : _("Answer:"),
		    A_BOLD);
		input_draw(&an->input, y + 1, x, w < 40 ? w : 40, false);
		row = 3;
		if (an->msg[0] != '\0')
			row += ui_put_wrapped(y + row, x, h - row, w, an->msg,
			    ui_attr(R_ERROR));
		if (focused)
			input_draw(&an->input, y + 1, x, w < 40 ? w : 40, true);
		return row;
	}
	list = h - (an->msg[0] != '\0' ? 2 : 0);
	if (list < 1)
		list = 1;
	if (an->cursor < an->top)
		an->top = an->cursor;
	if (an->cursor >= an->top + list)
		an->top = an->cursor - list + 1;
	for (i = an->top; i < an->n_choices && row < list; i++, row++) {
		if (def->type == FACT_SET && i < answer_n_items(an))
			snprintf(line, sizeof line, "%c [%c] %s%s",
			    i < 9 ? '1' + i : ' ',
			    (an->marked >> i) & 1 ? 'x' : ' ',
			    answer_choice_label(an, i),
			    i < 64 && (an->proposed >> i) & 1 ? ANSWER_MARK : "");
		else
			snprintf(line, sizeof line, "%c  %s%s",
			    i < 9 ? '1' + i : ' ', answer_choice_label(an, i),
			    i < 64 && (an->proposed >> i) & 1 ? ANSWER_MARK : "");
		a = i == an->cursor && focused ? ui_attr(R_SELECTED) :
		    i == an->cursor ? A_BOLD : A_NORMAL;
		ui_put_cut(y + row, x, w, line, a, i == an->cursor);
	}
	/* The letters of the keyboard's layout answer too: say which. */
	if (def->type == FACT_BOOL && row + 1 < h)
		ui_puts(y + row++, x, w, _("y: yes   n: no"), ui_attr(R_DIM));
	if (an->msg[0] != '\0')
		row += ui_put_wrapped(y + row + 1, x, h - row - 1, w, an->msg,
		    ui_attr(R_ERROR)) + 1;
	return row;
}

static int
answer_enter_field(struct answer *an, char *value, size_t valuesz)
{
	const struct fact_def *def = vocab_at(an->idx);
	qdate d;

	input_get(&an->input, value, valuesz);
	if (value[0] == '\0') {
		if (def->fallback != NULL) {
			snprintf(value, valuesz, "%s", def->fallback);
			return ANSWER_DONE;
		}
		if (def->type == FACT_DATE)
			ui_date_hint(an->msg, sizeof an->msg, NULL);
		else
			snprintf(an->msg, sizeof an->msg, "%s",
			    _("Type the answer, then Enter."));
		return ANSWER_REDRAW;
	}
	if (def->type != FACT_DATE)
		return ANSWER_DONE;
	if (!ui_date_parse(value, &d)) {
		ui_date_hint(an->msg, sizeof an->msg, value);
		return ANSWER_REDRAW;
	}
	/* A filing cannot have come in after today (events are refused
	 * the same way when recorded). */
	if (strcmp(def->key, "filing.received") == 0 &&
	    ui_today() != QDATE_NONE && d > ui_today()) {
		qdate_format_shown(d, value);
		snprintf(an->msg, sizeof an->msg, _("The filing cannot have "
		    "been received after today (%s)."), value);
		return ANSWER_REDRAW;
	}
	/* The facts keep ISO, whatever form was typed. */
	qdate_format(d, value);
	return ANSWER_DONE;
}

static int
answer_enter_set(struct answer *an, char *value, size_t valuesz)
{
	const struct fact_def *def = vocab_at(an->idx);
	size_t o = 0;
	int i;

	if (an->cursor >= answer_n_items(an) && an->marked == 0) {
		snprintf(value, valuesz, "%s", an->cursor == an->n_choices - 1 ?
		    "unknown" : "none");
		return ANSWER_DONE;
	}
	if (an->marked == 0) {
		snprintf(an->msg, sizeof an->msg, "%s",
		    _("Mark the items with Space (or their numbers), then "
		    "Enter; or choose \"None of them\"."));
		return ANSWER_REDRAW;
	}
	value[0] = '\0';
	for (i = 0; i < answer_n_items(an); i++) {
		if (!((an->marked >> i) & 1))
			continue;
		o += (size_t)snprintf(value + o, valuesz - o, "%s%s",
		    o > 0 ? "," : "", def->values[i]);
		if (o >= valuesz)
			break;
	}
	return ANSWER_DONE;
}

static int
answer_choose(struct answer *an, int i, char *value, size_t valuesz)
{
	const struct fact_def *def = vocab_at(an->idx);

	an->cursor = i;
	if (def->type == FACT_BOOL)
		snprintf(value, valuesz, "%s", i == 0 ? "yes" : i == 1 ? "no" :
		    "unknown");
	else if ((i = answer_at(an, i)) >= 0 && def->type == FACT_ENUM)
		snprintf(value, valuesz, "%s", i < an->n_choices - 1 ?
		    def->values[i] : "unknown");
	else
		snprintf(value, valuesz, "%s", i < an->n_choices - 1 ?
		    def->values[i] : "unknown");
	return ANSWER_DONE;
}

int
answer_key(struct answer *an, enum action a, int key, char *value,
    size_t valuesz)
{
	const struct fact_def *def = vocab_at(an->idx);

	if (an->field) {
		if (a == ACT_ENTER)
			return answer_enter_field(an, value, valuesz);
		if (input_key(&an->input, key)) {
			an->msg[0] = '\0';
			return ANSWER_REDRAW;
		}
		return ANSWER_NONE;
	}
	an->msg[0] = '\0';
	switch (a) {
	case ACT_UP:
		if (an->cursor > 0)
			an->cursor--;
		return ANSWER_REDRAW;
	case ACT_DOWN:
		if (an->cursor + 1 < an->n_choices)
			an->cursor++;
		return ANSWER_REDRAW;
	case ACT_HOME:
		an->cursor = 0;
		return ANSWER_REDRAW;
	case ACT_END:
		an->cursor = an->n_choices - 1;
		return ANSWER_REDRAW;
	case ACT_TOGGLE:
		if (def->type == FACT_SET && an->cursor < answer_n_items(an))
			an->marked ^= 1u << an->cursor;
		return ANSWER_REDRAW;
	case ACT_ENTER:
		if (def->type == FACT_SET)
			return answer_enter_set(an, value, valuesz);
		return answer_choose(an, an->cursor, value, valuesz);
	default:
		break;
	}
	if (key >= '1' && key <= '9' && key - '1' < an->n_choices) {
		if (def->type != FACT_SET)
			return answer_choose(an, key - '1', value, valuesz);
		an->cursor = key - '1';
		if (an->cursor < answer_n_items(an))
			an->marked ^= 1u << an->cursor;
		return ANSWER_REDRAW;
	}
	if (def->type == FACT_BOOL && ui_yes_no(key) >= 0)
		return answer_choose(an, ui_yes_no(key) == 1 ? 0 : 1, value,
		    valuesz);
	return ANSWER_NONE;
}
