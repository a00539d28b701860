/*
 * Names as a letter writes them: the addressee in the dative with
 * initials, and the court that made the act in the genitive.  The rules
 * are those of Russian and Kazakh grammar for the endings that surnames
 * and court names have; a name they cannot read (one word, digits, an
 * institution) is copied as it is, since a wrong ending is worse than
 * the nominative, and the clerk may type over either.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>
#include <uchar.h>

#include "core/letter.h"
#include "core/text.h"

#define NAME_MAXCP	64
#define NAME_MAXW	6

struct word {
	uint32_t	 cp[NAME_MAXCP];
	size_t		 n;
};

static bool
cp_upper(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42f))
		return true;
	/* Cyrillic extensions, Kazakh letters among them: capital even. */
	return c >= 0x460 && c <= 0x4ff && c != 0x4c0 &&
	    ((c >= 0x4c1 && c <= 0x4ce) ? (c & 1) : !(c & 1));
}

static bool
cp_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0x400 && c <= 0x4ff);
}

static size_t
word_split(const char *s, struct word *w, size_t max)
{
	size_t n = 0, len = strlen(s), off = 0, k;
	bool in = false;
	uint32_t c;

	while (off < len) {
		if ((k = utf8_decode(s + off, len - off, &c)) == 0)
			return 0;
		off += k;
		if (c == ' ' || c == 0xa0 || c == '\t' || c == '\n') {
			in = false;
			continue;
		}
		if (!in) {
			if (n == max)
				return 0;
			w[n++].n = 0;
			in = true;
		}
		if (w[n - 1].n >= NAME_MAXCP)
			return 0;
		w[n - 1].cp[w[n - 1].n++] = c;
	}
	return n;
}

static bool
ends(const struct word *w, const char32_t *suf)
{
	size_t k = 0, i;

	while (suf[k] != 0)
		k++;
	if (k > w->n)
		return false;
	for (i = 0; i < k; i++)
		if (w->cp[w->n - k + i] != suf[i])
			return false;
	return true;
}

/* Drops the last n letters and appends suf. */
static void
word_swap(struct word *w, size_t n, const char32_t *suf)
{
	w->n -= n < w->n ? n : w->n;
	for (; *suf != 0 && w->n < NAME_MAXCP; suf++)
		w->cp[w->n++] = *suf;
}

static bool
word_any(const struct word *w, const char32_t *const *list)
{
	for (; *list != NULL; list++)
		if (ends(w, *list))
			return true;
	return false;
}

static void
word_put(struct strbuf *out, const struct word *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		utf8_encode(out, w->cp[i]);
}

/* A word a name may hold: a capital, then letters (and a hyphen). */
static bool
word_is_name(const struct word *w)
{
	size_t i;

	if (w->n < 2 || !cp_upper(w->cp[0]))
		return false;
	for (i = 1; i < w->n; i++)
		if (!cp_letter(w->cp[i]) && w->cp[i] != '-')
			return false;
	return true;
}

/* "И." or "И.П.": initials written already. */
static bool
word_is_initials(const struct word *w)
{
	size_t i;

	if (w->n < 2 || w->n % 2 != 0)
		return false;
	for (i = 0; i < w->n; i += 2)
		if (!cp_upper(w->cp[i]) || w->cp[i + 1] != '.')
			return false;
	return true;
}

static const char32_t *const male_patr[] = { U"вич", U"ич", U"ұлы",
	U"улы", U"оглы", U"угли", NULL };
static const char32_t *const female_patr[] = { U"вна", U"чна", U"қызы",
	U"кызы", U"кизи", NULL };

/* Russian: "Сидоров" -> "Сидорову", "Петрова" -> "Петровой". */
static void
dative_ru(struct word *w, bool female)
{
	static const char32_t *const fixed[] = { U"о", U"е", U"и", U"у",
		U"ю", U"ы", U"э", U"ых", U"их", NULL };
	static const char32_t *const poss[] = { U"ова", U"ева", U"ёва",
		U"ина", U"ына", NULL };
	uint32_t prev;

	if (word_any(w, fixed))
		return;
	if (female) {
		if (word_any(w, poss))
			word_swap(w, 1, U"ой");
		else if (ends(w, U"ая"))
			word_swap(w, 2, U"ой");
		else if (ends(w, U"яя"))
			word_swap(w, 2, U"ей");
		else if (ends(w, U"ия"))
			word_swap(w, 1, U"и");
		else if (ends(w, U"а") || ends(w, U"я"))
			word_swap(w, 1, U"е");
		return;
	}
	prev = w->n >= 3 ? w->cp[w->n - 3] : 0;
	if (ends(w, U"ой") || ends(w, U"ый") || (ends(w, U"ий") &&
	    (prev == U'к' || prev == U'г' || prev == U'х' || prev == U'ж' ||
	    prev == U'ш' || prev == U'ч' || prev == U'щ')))
		word_swap(w, 2, U"ому");
	else if (ends(w, U"ий"))
		word_swap(w, 2, U"ему");
	else if (ends(w, U"ь") || ends(w, U"й"))
		word_swap(w, 1, U"ю");
	else if (ends(w, U"ия"))
		word_swap(w, 1, U"и");
	else if (ends(w, U"а") || ends(w, U"я"))
		word_swap(w, 1, U"е");
	else
		word_swap(w, 0, U"у");
}

static bool
cp_in(uint32_t c, const char32_t *set)
{
	for (; *set != 0; set++)
		if (*set == c)
			return true;
	return false;
}

#define KK_VOWELS	U"аәеоөұүыіиуэюяё"

static int
kk_vowel(uint32_t c)
{
	if (cp_in(c, U"аоұыяёю" U"АОҰЫЯЁЮ"))
		return 'b';
	if (cp_in(c, U"әеөүіэ" U"ӘЕӨҮІЭ"))
		return 'f';
	if (c == U'у' || c == U'У')
		return 'B';	/* a semivowel: back only when alone */
	if (c == U'и' || c == U'И')
		return 'F';
	return 0;
}

/*
 * Whether the suffix takes its front form (Kazakh vowel harmony): by the
 * last vowel of the word, у and и counting only when there is no other;
 * a Russian "-ов", "-ев" follows the stem ("Серіков" -> "Серіковке"), a
 * soft sign makes it front ("Гогольге").
 */
static bool
kk_front(const struct word *w)
{
	size_t i = w->n;
	int v, semi = 0;

	if (ends(w, U"ь"))
		return true;
	if (ends(w, U"ов") || ends(w, U"ев") || ends(w, U"ёв"))
		i -= 2;
	while (i-- > 0) {
		v = kk_vowel(w->cp[i]);
		if (v == 'b' || v == 'f')
			return v == 'f';
		if (v != 0 && semi == 0)
			semi = v;
	}
	return semi == 'F';
}

/* The last letter, a soft sign skipped. */
static uint32_t
kk_last(const struct word *w)
{
	size_t i = w->n;

	while (i-- > 0)
		if (w->cp[i] != U'ь' && w->cp[i] != U'ъ')
			return w->cp[i];
	return 0;
}

/*
 * Kazakh dative (барыс септік): -на/-не after the possessive of "ұлы",
 * "қызы"; -ға/-ге after a vowel or a voiced consonant; -қа/-ке after a
 * voiceless one and after б, в, г, д, which sound voiceless at the end
 * ("Серіков" -> "Серіковке").
 */
static void
dative_kk(struct word *w)
{
	static const char32_t *const possessive[] = { U"ұлы", U"улы",
		U"қызы", U"кызы", NULL };
	bool front = kk_front(w);
	uint32_t last = kk_last(w);

	if (word_any(w, possessive))
		word_swap(w, 0, front ? U"не" : U"на");
	else if (cp_in(last, KK_VOWELS U"лрймнңзж"))
		word_swap(w, 0, front ? U"ге" : U"ға");
	else
		word_swap(w, 0, front ? U"ке" : U"қа");
}

static void
put_initial(struct strbuf *out, const struct word *w)
{
	utf8_encode(out, w->cp[0]);
	strbuf_putc(out, '.');
}

/* Which words are surname, given name, patronymic, or given initials. */
struct name_parts {
	struct word	*surname;
	struct word	*given;		/* NULL when initials are written */
	struct word	*patr;
	struct word	*initials;
	bool		 female;
};

static bool
name_parse(struct word *w, size_t n, struct name_parts *p)
{
	static const char32_t *const fem_surname[] = { U"ова", U"ева",
		U"ёва", U"ина", U"ына", U"ская", U"цкая", U"ая", NULL };
	size_t i;

	memset(p, 0, sizeof *p);
	if (n < 2 || n > 3)
		return false;
	if (word_is_initials(&w[0]) && n == 2 && word_is_name(&w[1])) {
		p->initials = &w[0];
		p->surname = &w[1];
	} else if (word_is_initials(&w[1]) && n == 2 &&
	    word_is_name(&w[0])) {
		p->initials = &w[1];
		p->surname = &w[0];
	} else {
		for (i = 0; i < n; i++)
			if (!word_is_name(&w[i]))
				return false;
		p->surname = &w[0];
		p->given = &w[1];
		p->patr = n == 3 ? &w[2] : NULL;
	}
	if (p->patr != NULL && word_any(p->patr, female_patr))
		p->female = true;
	else if (p->patr != NULL && word_any(p->patr, male_patr))
		p->female = false;
	else if (p->given != NULL && p->patr == NULL)
		p->female = ends(p->given, U"а") || ends(p->given, U"я");
	else
		p->female = word_any(p->surname, fem_surname);
	return true;
}

/* Kazakh declines the last word of a name only: "Бекұлынан" (from),
 * "Бекұлының" (of), "Бекұлына" (to), "Бекұлымен" (with), "Бекұлын". */
static const char32_t *const kk_patr_stem[] = { U"ұлы", U"улы", U"қызы",
	U"кызы", NULL };
static const char32_t *const kk_case_end[] = { U"нан", U"ның", U"на",
	U"мен", U"н", U"нда", NULL };

/* A Russian patronymic with a Kazakh ending: "Петровичтен", "-внаның". */
static const char32_t *const kk_ru_patr_stem[] = { U"ич", U"вна", U"чна",
	NULL };
static const char32_t *const kk_ru_case_end[] = { U"тен", U"тің", U"ке",
	U"пен", U"ті", U"те", U"дан", U"ның", U"ға", U"мен", U"ны", U"да",
	NULL };

/* The length of the ending after one of stems (the "нан" of
 * "Бекұлынан"), 0 when the word has none. */
static size_t
stem_case(const struct word *w, const char32_t *const *stems,
    const char32_t *const *endings)
{
	struct word stem;
	size_t i, k;

	for (i = 0; endings[i] != NULL; i++) {
		if (!ends(w, endings[i]))
			continue;
		for (k = 0; endings[i][k] != 0; k++)
			;
		stem = *w;
		stem.n -= k;
		/* A father's name before "ұлы", "ич": "Құлын" is a name. */
		if (stem.n >= 5 && word_any(&stem, stems))
			return k;
	}
	return 0;
}

static size_t
kk_patr_case(const struct word *w)
{
	return stem_case(w, kk_patr_stem, kk_case_end);
}

/*
 * Whether a word shows the name is in an oblique case, as a heading
 * writes it ("от осужденного ... Маратовича", "сотталған ... Бекұлынан"):
 * declining it again would make nonsense, or a man a woman.
 */
static bool
word_oblique(const struct word *w)
{
	static const char32_t *const ru[] = { U"ича", U"ичу", U"ичем",
		U"иче", U"вны", U"чны", U"вне", U"чне", U"вной", U"чной",
		NULL };

	return word_any(w, ru) || kk_patr_case(w) > 0 ||
	    stem_case(w, kk_ru_patr_stem, kk_ru_case_end) > 0;
}

bool
letter_name_oblique(const char *name)
{
	struct word w[NAME_MAXW + 1];
	size_t n, i;

	n = name != NULL ? word_split(name, w, NAME_MAXW) : 0;
	for (i = 0; i < n; i++)
		if (word_oblique(&w[i]))
			return true;
	return false;
}

void
letter_name_dative(const char *lang, const char *name, struct strbuf *out)
{
	struct word w[NAME_MAXW + 1];
	struct name_parts p;
	struct strbuf ini;
	size_t n, i;
	bool kk = lang != NULL && strcmp(lang, "kk") == 0;

	n = name != NULL ? word_split(name, w, NAME_MAXW) : 0;
	for (i = 0; i < n; i++)
		if (word_oblique(&w[i]))
			n = 0;	/* as written: see word_oblique */
	if (!name_parse(w, n, &p)) {
		if (name != NULL)
			strbuf_puts(out, name);
		return;
	}
	strbuf_init(&ini);
	if (p.initials != NULL)
		word_put(&ini, p.initials);
	else {
		put_initial(&ini, p.given);
		if (p.patr != NULL)
			put_initial(&ini, p.patr);
	}
	if (kk) {
		dative_kk(p.surname);
		strbuf_puts(out, ini.buf);
		strbuf_putc(out, ' ');
		word_put(out, p.surname);
	} else {
		dative_ru(p.surname, p.female);
		word_put(out, p.surname);
		strbuf_putc(out, ' ');
		strbuf_puts(out, ini.buf);
	}
	strbuf_free(&ini);
}

/*
 * The nominative of a name a heading writes in the genitive ("от
 * осужденного Серикбаева Айдоса Маратовича").  Only the regular endings
 * are undone; a word whose nominative the ending does not tell (Игоря:
 * Игорь or Игоря?  Павла: Павел) makes the whole name unsure.
 */
#define RU_CONS	U"бвгджзйклмнпрстфхцчшщ"
#define RU_VOW	U"аеёиоуыэюя"

static uint32_t
word_at(const struct word *w, size_t from_end)
{
	return w->n > from_end ? w->cp[w->n - 1 - from_end] : 0;
}

/* "-Cа" of a masculine genitive whose stem the ending shows whole: a
 * vowel before the consonant, or a cluster no vowel drops out of
 * (Павла from Павел, Льва, Кравца are unsure). */
static bool
ru_masc_a(const struct word *w)
{
	uint32_t c = word_at(w, 1), before = word_at(w, 2);

	if (!ends(w, U"а") || w->n < 4 || !cp_in(c, RU_CONS) || c == U'й')
		return false;
	return cp_in(before, RU_VOW) || !cp_in(c, U"лвцкнмр");
}

/* Indeclinable: the word is its own nominative (Ким, Шевченко, Черных);
 * a man's surname in -ов, -ин written undeclined is one too. */
static bool
ru_fixed(const struct word *w, bool female)
{
	static const char32_t *const poss[] = { U"ов", U"ев", U"ёв", U"ин",
		U"ын", NULL };
	uint32_t last = word_at(w, 0);

	if (ends(w, U"ого"))
		return false;	/* an adjective's genitive: ru_nom_surname */
	if (ends(w, U"их") || ends(w, U"ых") || cp_in(last, U"оеуюэ"))
		return true;
	return cp_in(last, RU_CONS) && last != U'й' &&
	    !(female && word_any(w, poss));
}

static bool
ru_nom_surname(struct word *w, bool female)
{
	if (!female && (ends(w, U"ского") || ends(w, U"цкого"))) {
		word_swap(w, 3, U"ий");
		return true;
	}
	if (ru_fixed(w, female))
		return true;
	if (female) {
		if (ends(w, U"овой") || ends(w, U"евой") || ends(w, U"ёвой") ||
		    ends(w, U"иной") || ends(w, U"ыной"))
			word_swap(w, 2, U"а");
		else if (ends(w, U"ской") || ends(w, U"цкой"))
			word_swap(w, 2, U"ая");
		else
			return false;
		return true;
	}
	if (!ru_masc_a(w))
		return false;
	word_swap(w, 1, U"");
	return true;
}

static bool
ru_nom_given(struct word *w, bool female)
{
	uint32_t prev = word_at(w, 1);

	if (!female) {
		if (ru_masc_a(w))
			word_swap(w, 1, U"");
		else if (ends(w, U"я") && cp_in(prev, U"еи"))
			word_swap(w, 1, U"й");	/* Сергея, Виталия */
		else
			return false;
		return true;
	}
	if (ends(w, U"ии") || ends(w, U"ьи"))
		word_swap(w, 1, U"я");		/* Марии, Натальи */
	else if (ends(w, U"ы") && cp_in(prev, RU_CONS))
		word_swap(w, 1, U"а");
	else if (ends(w, U"и") && cp_in(prev, U"гкхжшчщ"))
		word_swap(w, 1, U"а");		/* Ольги */
	else if (!cp_in(word_at(w, 0), U"оеуэ") &&
	    !(cp_in(word_at(w, 0), RU_CONS) && word_at(w, 0) != U'й'))
		return false;			/* Сауле, Айгерим stay */
	return true;
}

/* The patronymic tells the sex and the case; the nominative one leaves
 * the name as it is. */
static bool
ru_nominative(struct word *w, bool *same)
{
	struct word *patr = &w[2];
	bool female;

	*same = ends(patr, U"вич") || ends(patr, U"ич") ||
	    ends(patr, U"вна") || ends(patr, U"чна");
	if (*same)
		return true;
	if (ends(patr, U"ича"))
		female = false;
	else if (ends(patr, U"вны") || ends(patr, U"чны"))
		female = true;
	else
		return false;
	if (!ru_nom_surname(&w[0], female) || !ru_nom_given(&w[1], female))
		return false;
	word_swap(patr, 1, female ? U"а" : U"");
	return true;
}

/* Kazakh: the patronymic, last, carries the case ("Бекұлынан"); a
 * Russian one ("Петрович") in its nominative says the name is in it. */
static bool
kk_nominative(struct word *w, size_t n, bool *same)
{
	static const char32_t *const nom[] = { U"ич", U"вна", U"чна", NULL };
	size_t k = kk_patr_case(&w[n - 1]);

	*same = k == 0 && (word_any(&w[n - 1], kk_patr_stem) ||
	    word_any(&w[n - 1], nom));
	if (k > 0)
		word_swap(&w[n - 1], k, U"");
	return *same || k > 0;
}

/* A double name ("Иванова-Петрова") declines both halves: not read. */
static bool
word_hyphened(const struct word *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		if (w->cp[i] == '-')
			return true;
	return false;
}

bool
letter_name_nominative(const char *lang, const char *name,
    struct strbuf *out)
{
	struct word w[NAME_MAXW + 1];
	size_t n, i;
	bool kk = lang != NULL && strcmp(lang, "kk") == 0, same;

	n = name != NULL ? word_split(name, w, NAME_MAXW) : 0;
	if (n != 3)
		return false;
	for (i = 0; i < n; i++)
		if (!word_is_name(&w[i]) || word_hyphened(&w[i]))
			return false;
	if (!(kk ? kk_nominative(w, n, &same) : ru_nominative(w, &same)))
		return false;
	if (same) {
		strbuf_puts(out, name);
		return true;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_putc(out, ' ');
		word_put(out, &w[i]);
	}
	return true;
}

/* A Russian adjective of a court's name in the genitive: "областной" ->
 * "областного"; false when w is no adjective. */
static bool
genitive_ru_adj(struct word *w)
{
	uint32_t prev = w->n >= 3 ? w->cp[w->n - 3] : 0;

	if (ends(w, U"ой") || ends(w, U"ый") || (ends(w, U"ий") &&
	    (prev == U'к' || prev == U'г' || prev == U'х')))
		word_swap(w, 2, U"ого");
	else if (ends(w, U"ий"))
		word_swap(w, 2, U"его");
	else
		return false;
	return true;
}

/* Kazakh genitive (ілік септік) of the last word: "соты" -> "сотының". */
static void
genitive_kk(struct word *w)
{
	bool front = kk_front(w);
	uint32_t last = kk_last(w);

	if (cp_in(last, KK_VOWELS))
		word_swap(w, 0, front ? U"нің" : U"ның");
	else if (cp_in(last, U"лрймнңзж"))
		word_swap(w, 0, front ? U"дің" : U"дың");
	else
		word_swap(w, 0, front ? U"тің" : U"тың");
}

/* "сот" or "соты", the court itself as a Kazakh name's last word. */
static bool
court_kk_head(const struct word *w)
{
	return (w->n == 3 && (ends(w, U"сот") || ends(w, U"Сот"))) ||
	    (w->n == 4 && (ends(w, U"соты") || ends(w, U"Соты")));
}

/*
 * Russian: the words up to the noun "суд" are declined, the rest ("по
 * уголовным делам города Павлодара") is already in its case.  Kazakh:
 * the name ends with its head noun ("соты"), which takes the ending.
 * strict: only names of that form alone (every Russian word before "суд"
 * an adjective, a Kazakh name ending with "сот(ы)"); false, and nothing
 * written, for any other.  Otherwise a name not understood is copied.
 */
static bool
court_genitive(const char *lang, const char *court, struct strbuf *out,
    bool strict)
{
	struct word w[NAME_MAXW * 2 + 1];
	size_t n, i, head;
	bool kk = lang != NULL && strcmp(lang, "kk") == 0;

	n = court != NULL ? word_split(court, w, NAME_MAXW * 2) : 0;
	for (head = 0; !kk && head < n; head++)
		if ((w[head].n == 3 && ends(&w[head], U"суд")) ||
		    (w[head].n == 3 && ends(&w[head], U"Суд")))
			break;
	/* A Kazakh name ends with its possessive head ("соты", "алқасы");
	 * one written in Russian is left as it is. */
	if (n == 0 || (!kk && head == n) || (kk && !ends(&w[n - 1], U"ы") &&
	    !ends(&w[n - 1], U"і") && !ends(&w[n - 1], U"сот")) ||
	    (strict && kk && !court_kk_head(&w[n - 1]))) {
		if (court != NULL && !strict)
			strbuf_puts(out, court);
		return false;
	}
	if (kk)
		genitive_kk(&w[n - 1]);
	else {
		for (i = 0; i < head; i++)
			if (!genitive_ru_adj(&w[i]) && strict)
				return false;
		word_swap(&w[head], 0, U"а");
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_putc(out, ' ');
		word_put(out, &w[i]);
	}
	return true;
}

void
letter_court_genitive(const char *lang, const char *court,
    struct strbuf *out)
{
	(void)court_genitive(lang, court, out, false);
}

bool
letter_court_genitive_regular(const char *lang, const char *court,
    struct strbuf *out)
{
	return court_genitive(lang, court, out, true);
}

/* Whether w starts with stem (lowercase), in either case. */
static bool
word_starts(const struct word *w, const char32_t *stem)
{
	size_t k;

	for (k = 0; stem[k] != 0; k++)
		if (k >= w->n || text_lower_char(w->cp[k]) != stem[k])
			return false;
	return true;
}

/*
 * The institution without its own word for institution: the clerk or
 * the reader may give the code alone ("ЛА-155/14"), or the name with
 * the word in some case ("учреждение ЛА-155/14 ДУИС по Павлодарской
 * области", "учреждении ЛА-155/14", "ЛА-155/14 мекемесі"), while the
 * template writes the word itself, in the case its sentence needs
 * ("через администрацию учреждения ...", "... мекемесінің әкімшілігі
 * арқылы").  Russian puts the word first, Kazakh last; either is taken
 * off whatever the letter's language.  The word alone, or a name not
 * read, is copied.
 */
void
letter_institution(const char *inst, struct strbuf *out)
{
	struct word w[NAME_MAXW * 2 + 1];
	size_t n, first = 0, last, i;

	n = inst != NULL ? word_split(inst, w, NAME_MAXW * 2) : 0;
	last = n;
	if (n > 1 && word_starts(&w[0], U"учреждени"))
		first = 1;
	if (last - first > 1 && word_starts(&w[last - 1], U"мекеме"))
		last--;
	if (first == 0 && last == n) {
		if (inst != NULL)
			strbuf_puts(out, inst);
		return;
	}
	for (i = first; i < last; i++) {
		if (i > first)
			strbuf_putc(out, ' ');
		word_put(out, &w[i]);
	}
}
