/*
 * The act's title for the register's list (act-title.h).  The words and
 * their order are the translation's: Russian puts the act first
 * ("приговор ... суда от ..."), Kazakh last and possessed ("... сотының
 * ... үкімі"), so each form is one message with numbered arguments.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/act-title.h"
#include "core/i18n.h"
#include "core/letter.h"
#include "core/vocab.h"

static const char *const act_types[] = { "verdict", "ruling",
    "private-ruling" };

/* The act's word, plain or as the court's (after a genitive). */
static const char *
act_word(const char *type, bool owned)
{
	size_t i;

	for (i = 0; type != NULL && i < sizeof act_types /
	    sizeof act_types[0]; i++)
		if (strcmp(type, act_types[i]) == 0)
			break;
	/* The contexts keep the owned forms apart from the vocabulary's
	 * labels, which are the same English words. */
	switch (type == NULL ? 3 : i) {
	case 0:
		return owned ? C_("act of the court", "verdict") : _("verdict");
	case 1:
		return owned ? C_("act of the court", "ruling") : _("ruling");
	case 2:
		return owned ? C_("act of the court", "private ruling") :
		    _("private ruling");
	default:
		return owned ? C_("act of the court", "act") :
		    C_("act title", "judicial act");
	}
}

/* The date and number part: "от 15.07.2025 № 1-112/2025". */
static void
act_details(qdate date, const char *number, struct strbuf *out)
{
	char d[QDATE_BUFSZ];

	if (date != QDATE_NONE) {
		qdate_format_shown(date, d);
		strbuf_printf(out, C_("act title", "of %s"), d);
	}
	if (number != NULL && *number != '\0') {
		if (out->len > 0)
			strbuf_putc(out, ' ');
		strbuf_printf(out, C_("act title", "No. %s"), number);
	}
}

/* Spaces the forms leave around an empty part: one between words. */
static void
act_squeeze(const char *s, struct strbuf *out)
{
	bool space = false;

	for (; *s != '\0'; s++) {
		if (*s == ' ') {
			space = true;
			continue;
		}
		if (space && out->len > 0)
			strbuf_putc(out, ' ');
		space = false;
		strbuf_putc(out, *s);
	}
}

void
act_title(const char *type, const char *court, qdate date,
    const char *number, struct strbuf *out)
{
	/* TRANSLATORS: the language whose grammar court names follow in
	 * the register's list: "kk" or "ru" exactly. */
	const char *lang = C_("language", "en");
	struct strbuf details, gen, sb;
	bool has_court = court != NULL && *court != '\0';

	if (type != NULL && (*type == '\0' || strcmp(type, "unknown") == 0))
		type = NULL;
	if (type == NULL && !has_court && date == QDATE_NONE &&
	    (number == NULL || *number == '\0'))
		return;
	strbuf_init(&details);
	strbuf_init(&gen);
	strbuf_init(&sb);
	act_details(date, number, &details);
	if (has_court && (strcmp(lang, "kk") == 0 || strcmp(lang, "ru") == 0) &&
	    letter_court_genitive_regular(lang, court, &gen))
		/* TRANSLATORS: 1: the act as the court's ("verdict"), 2: the
		 * court in the genitive, 3: "of DATE No. NUMBER". */
		strbuf_printf(&sb, C_("act title", "%1$s of %2$s %3$s"),
		    act_word(type, true), gen.buf, details.buf);
	else {
		/* TRANSLATORS: 1: the act ("verdict"), 2: "of DATE No. N". */
		strbuf_printf(&sb, C_("act title", "%1$s %2$s"),
		    act_word(type, false), details.buf);
		if (has_court)
			strbuf_printf(&sb, " (%s)", court);
	}
	act_squeeze(sb.buf, out);
	strbuf_free(&details);
	strbuf_free(&gen);
	strbuf_free(&sb);
}

const char *
filer_title(const char *stored)
{
	int k = vocab_index("filer.role"), v;
	const struct fact_def *def;

	if (stored == NULL || k < 0)
		return stored != NULL ? stored : "";
	def = vocab_at((size_t)k);
	if ((v = vocab_value_index(def, stored)) < 0)
		return stored;
	return _(vocab_value_label(def, v));
}
