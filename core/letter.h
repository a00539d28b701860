/*
 * Return letters (design.md section 7).  A template per language (the
 * format is in data/letters/README) is parsed from text the caller hands
 * in; every defect of a template (bad syntax, an unknown placeholder, a
 * missing block) is an error at load that names the file and line, so a
 * printed letter never has a hole.  A parsed template is filled from
 * struct letter_values into a document of paragraphs, which is written as
 * plain text or RTF here, and as PDF by the front end.
 */
#ifndef QARAU_LETTER_H
#define QARAU_LETTER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/decision.h"
#include "core/strbuf.h"

/* Text fields of a letter; the placeholder is the name in the table of
 * letter.c ("court.name", ...).  NULL or "" prints the template's blank
 * ("________") for the clerk to fill in by hand. */
enum letter_field {
	LETTER_COURT_NAME,		/* {court.name} */
	LETTER_COURT_ADDRESS,		/* {court.address} */
	LETTER_OUT_NUMBER,		/* {out.number}: outgoing number */
	LETTER_OUT_DATE,		/* {out.date}: YYYY-MM-DD or text */
	LETTER_FILER_NAME,		/* {filer.name} */
	LETTER_FILER_ADDRESS,		/* {filer.address} */
	LETTER_FILER_INSTITUTION,	/* {filer.institution} */
	LETTER_FILING_NUMBER,		/* {filing.number}: register number */
	LETTER_FILING_RECEIVED,		/* {filing.received} */
	LETTER_ACT_COURT,		/* {act.court} */
	LETTER_ACT_DATE,		/* {act.date} */
	LETTER_ACT_NUMBER,		/* {act.number} */
	LETTER_JUDGE,			/* {judge} */
	LETTER_ASSISTANT,		/* {assistant} */
	/* Derived when blank: the addressee in the dative with initials
	 * ("Сидорову И.П.", "Н.А. Серіковке") and the act's court in the
	 * genitive ("Павлодарского областного суда"); typed over, kept. */
	LETTER_FILER_TO,		/* {filer.to} */
	LETTER_ACT_COURT_GEN,		/* {act.court.gen} */
	/* The letterhead (never in a template: letter_fill draws it) and
	 * the executor's telephone beside his name. */
	LETTER_COURT_NAME_KK,		/* {court.name.kk} */
	LETTER_COURT_NAME_RU,		/* {court.name.ru} */
	LETTER_COURT_PHONE,		/* {court.telephone} */
	LETTER_COURT_EMAIL,		/* {court.email} */
	LETTER_EXECUTOR_PHONE,		/* {executor.telephone} */
	/* The hearing, for the notice: from the hearing-set event. */
	LETTER_HEARING_DATE,		/* {hearing.date} */
	LETTER_HEARING_TIME,		/* {hearing.time} */
	LETTER_HEARING_PLACE,		/* {hearing.place} */
	LETTER_NFIELDS
};

/* The field a placeholder name stands for ("out.number"), or -1. */
int	letter_field_lookup(const char *name);
/* The placeholder name of a field. */
const char *letter_field_name(enum letter_field);

/* Conditions for @if in templates (and for choosing remedies). */
#define LETTER_CUSTODY		0x01	/* filer serves imprisonment */
#define LETTER_INTERESTED	0x02	/* filer is an interested person */
#define LETTER_WORSENING	0x04	/* it seeks a worse result */
#define LETTER_CIVIL		0x08	/* only civil-claim arithmetic */
#define LETTER_NEWCIRC		0x10	/* only new circumstances */
/* The filer is the convicted (acquitted) person, his defender or legal
 * representative: never a filer on worsening grounds (CPC 494.14). */
#define LETTER_DEFENCE		0x20

/* The court's letterhead: its names in Kazakh and Russian side by side
 * (the default) or one above the other, as the court's blank has them;
 * or the paper is printed with it already, and its place stays blank. */
enum letter_letterhead {
	LETTERHEAD_SIDE = 0,
	LETTERHEAD_STACKED,
	LETTERHEAD_PREPRINTED
};

struct letter_values {
	const char		*field[LETTER_NFIELDS];
	enum letter_letterhead	 letterhead;
	/* Word selectors: vocabulary values, NULL when unknown. */
	const char		*kind;		/* filing.kind */
	const char		*act_type;	/* act.type */
	const char		*act_instance;	/* act.instance */
	unsigned		 flags;		/* LETTER_* above */
	const struct ground	*grounds;	/* every ground, in order */
	size_t			 n_grounds;
	/* The content.* keys answered "no" (for R15's list). */
	const char *const	*missing;
	size_t			 n_missing;
};

enum letter_align {
	LETTER_BODY,		/* justified, first line indented */
	LETTER_LEFT,		/* lines kept; a tab right-aligns the rest */
	LETTER_RIGHT,		/* lines kept, in the right half (addressee) */
	LETTER_CENTER,		/* lines kept, centred, bold (title) */
	LETTER_ITEM,		/* list item, hanging dash */
	/* The letterhead: the name in Kazakh, the name in Russian and the
	 * contacts, one a line; side by side or stacked.  BLANK: the space
	 * of a pre-printed letterhead, text empty. */
	LETTER_HEAD_SIDE,
	LETTER_HEAD_STACKED,
	LETTER_HEAD_BLANK
};
#define LETTER_NALIGN	(LETTER_HEAD_BLANK + 1)

struct letter_para {
	enum letter_align	 align;
	char			*text;	/* UTF-8; '\n' between kept lines */
};

struct letter_doc {
	size_t			 n;
	struct letter_para	*paras;
	char			 lang[8];
};

struct letter_tpl;

/*
 * Parses a template.  file names it in messages ("kk.tpl:12: ...").
 * Checks, besides the syntax, that every placeholder is known, every word
 * exists for every selector value, and that there is a block for every
 * rule of the core's table that returns by letter.
 */
int	letter_tpl_parse(const char *file, const char *text, size_t len,
	    struct letter_tpl **, char *err, size_t errsz);
void	letter_tpl_free(struct letter_tpl *);
const char *letter_tpl_lang(const struct letter_tpl *);
/* Its @kind: "return" (the default), "case-request", "notice".  Only a
 * return letter has grounds and remedies, and must word every rule. */
const char *letter_tpl_kind(const struct letter_tpl *);
/* True if the template has a block of its own for this ground id. */
bool	letter_tpl_has_ground(const struct letter_tpl *, const char *id);
/* The ground ids with a block, NULL-terminated (owned by the template). */
const char *const *letter_tpl_grounds(const struct letter_tpl *);

/* Fills the template; -1 with a message only on a value that is not
 * UTF-8. */
int	letter_fill(const struct letter_tpl *, const struct letter_values *,
	    struct letter_doc *, char *err, size_t errsz);
void	letter_doc_free(struct letter_doc *);

/* "CPC 489.1.1" as the template's language writes it. */
void	letter_cite_format(const struct letter_tpl *, const char *cite,
	    struct strbuf *);
/* A NULL-terminated list of citations, as a ground's {cites}: grouped by
 * code in the template's @citegroup order, each code named once, articles
 * in order, repeats dropped. */
void	letter_cites_format(const struct letter_tpl *,
	    const char *const *cites, struct strbuf *);
/* The remedies (what the filer may do next) the grounds make relevant,
 * NULL-terminated ids: "refile", "execution", ... */
size_t	letter_remedies(const struct letter_values *, const char **out,
	    size_t max);

/* The addressee in the dative, lang "kk" or "ru": "Сидоров Иван
 * Петрович" -> "Сидорову И.П.", "Серіков Нұрлан Асқарұлы" -> "Н.А.
 * Серіковке".  A name not of two or three capitalised words (or a
 * surname and initials) is copied as it is (letter-name.c). */
void	letter_name_dative(const char *lang, const char *name,
	    struct strbuf *out);
/* The nominative of a three-word name a heading writes in an oblique
 * case: "Серикбаева Айдоса Маратовича" -> "Серикбаев Айдос Маратович",
 * "Ахметовой Сауле Каримовны" -> "Ахметова Сауле Каримовна" (ru),
 * "Жақсылықов Нұрлан Бекұлынан" -> "Жақсылықов Нұрлан Бекұлы" (kk); a
 * name already in the nominative is appended as it is.  false, with
 * nothing appended, when the endings do not tell the nominative surely
 * (initials, Игоря, Павла, an unknown patronymic). */
bool	letter_name_nominative(const char *lang, const char *name,
	    struct strbuf *out);
/* Whether a word of the name shows an oblique case: a Russian patronymic
 * in -ича, -вны, -вичу, -вне, ..., a Kazakh one in -ұлынан, -қызының,
 * -ұлына, ... (letter_name_dative leaves such a name as written). */
bool	letter_name_oblique(const char *name);
/* A court's name in the genitive: "Павлодарский областной суд" ->
 * "Павлодарского областного суда", "Павлодар облыстық соты" ->
 * "Павлодар облыстық сотының"; copied when not understood. */
void	letter_court_genitive(const char *lang, const char *court,
	    struct strbuf *out);
/* The same for a regular name only: Russian adjectives and "суд"
 * ("Павлодарский областной суд", "-ский" / "-ской" / "-ной" -> "-ого",
 * "суд" -> "суда"), Kazakh words ending with "соты" (-> "сотының");
 * false, with nothing appended, for any other name, so that the caller
 * can name the court in a form that needs no declension. */
bool	letter_court_genitive_regular(const char *lang, const char *court,
	    struct strbuf *out);
/* The penal institution without the word for institution, which the
 * template writes in the case it needs: "учреждение ЛА-155/14",
 * "учреждении ЛА-155/14", "ЛА-155/14 мекемесі" -> "ЛА-155/14"; a name
 * without that word is copied. */
void	letter_institution(const char *inst, struct strbuf *out);
/* Copies s with U+00A0 and U+2011 where a line must not break: after
 * "№", "ст.", "ч.", "п.", "г.", before "ж."/"г." after a number, inside
 * "ҚПК-нің", "488-бабының", between initials and surname
 * (letter-nobreak.c).  letter_fill applies it to every paragraph. */
void	letter_nobreak(const char *s, struct strbuf *out);

/* Plain text, lines of at most width columns (0 = 72). */
void	letter_render_text(const struct letter_doc *, size_t width,
	    struct strbuf *);
/* RTF: A4, margins, Unicode escapes with ASCII fallback (rtf.c). */
void	letter_render_rtf(const struct letter_doc *, struct strbuf *);

/* The document as bytes for qarau-pdf, and back (letter-wire.c). */
void	letter_doc_serialize(const struct letter_doc *, struct strbuf *);
int	letter_doc_deserialize(const char *, size_t, struct letter_doc *,
	    char *err, size_t errsz);

#endif
