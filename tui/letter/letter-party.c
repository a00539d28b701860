/*
 * Whom a notice may go to, as people read it: the filer, then each party
 * of the filing (qarau party), for the Letter screen's choice.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/vocab.h"
#include "data/register.h"
#include "tui/letter/letter-build.h"

static int
letter_party_collect(const struct reg_party *p, void *arg)
{
	struct letter_parties *lp = arg;
	const struct fact_def *def = vocab_at((size_t)vocab_index(
	    "filer.role"));
	int i = vocab_value_index(def, p->role);

	if (lp->count == LETTER_ADDRESSEES_MAX)
		return 1;
	strbuf_init(&lp->label[lp->count]);
	strbuf_printf(&lp->label[lp->count], "%s: %s", i >= 0 ?
	    _(vocab_value_label(def, i)) : p->role, p->name);
	lp->n[lp->count++] = p->n;
	return 0;
}

void
letter_parties_free(struct letter_parties *lp)
{
	size_t i;

	for (i = 0; i < lp->count; i++)
		strbuf_free(&lp->label[i]);
	lp->count = 0;
}

int
letter_parties_load(struct cli *cli, int64_t id, struct letter_parties *lp,
    char *err, size_t errsz)
{
	char buf[FACT_TEXT_MAX];
	struct reg_filing fl;
	const char *name;
	struct reg *r;

	lp->count = 0;
	if ((r = cli_register(cli)) == NULL) {
		snprintf(err, errsz, "%s", _("the register cannot be opened"));
		return -1;
	}
	if (reg_load(r, id, &fl, err, errsz) != 0)
		return -1;
	name = facts_value_text(&fl.facts, (size_t)vocab_index("filer.name"),
	    buf, sizeof buf);
	strbuf_init(&lp->label[0]);
	strbuf_printf(&lp->label[0], "%s%s%s", _("the filer"), name != NULL ?
	    ": " : "", name != NULL ? name : "");
	lp->n[lp->count++] = 0;
	reg_filing_free(&fl);
	if (reg_parties(r, id, letter_party_collect, lp, err, errsz) != 0) {
		letter_parties_free(lp);
		return -1;
	}
	return 0;
}
