/*
 * core/letter-name.c and core/letter-nobreak.c: the addressee in the
 * dative (Russian and Kazakh, men and women, the common endings), the
 * court in the genitive, and where a letter's line may not break.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core/act-title.h"
#include "core/letter.h"
#include "core/strbuf.h"

struct pair {
	const char	*in;
	const char	*out;
};

static const struct pair ru[] = {
	/* -ов, -ев, -ин, -ын and consonants take -у; women -ой. */
	{ "Сидоров Иван Петрович", "Сидорову И.П." },
	{ "Сидорова Анна Петровна", "Сидоровой А.П." },
	{ "Кенжебаев Ерлан Маратович", "Кенжебаеву Е.М." },
	{ "Кенжебаева Айгуль Маратовна", "Кенжебаевой А.М." },
	{ "Пушкин Александр Сергеевич", "Пушкину А.С." },
	{ "Пушкина Мария Сергеевна", "Пушкиной М.С." },
	{ "Солженицын Александр Исаевич", "Солженицыну А.И." },
	{ "Соловьёв Пётр Ильич", "Соловьёву П.И." },
	{ "Соловьёва Ольга Ильинична", "Соловьёвой О.И." },
	{ "Шевчук Андрей Олегович", "Шевчуку А.О." },
	{ "Шевчук Ирина Олеговна", "Шевчук И.О." },
	{ "Гольдберг Марк Яковлевич", "Гольдбергу М.Я." },
	{ "Гольдберг Роза Яковлевна", "Гольдберг Р.Я." },
	/* Adjectival surnames. */
	{ "Достоевский Фёдор Михайлович", "Достоевскому Ф.М." },
	{ "Достоевская Анна Григорьевна", "Достоевской А.Г." },
	{ "Толстой Лев Николаевич", "Толстому Л.Н." },
	{ "Толстая Софья Андреевна", "Толстой С.А." },
	{ "Горький Максим Алексеевич", "Горькому М.А." },
	{ "Белый Андрей Николаевич", "Белому А.Н." },
	{ "Троцкий Лев Давидович", "Троцкому Л.Д." },
	{ "Крайний Олег Петрович", "Крайнему О.П." },
	/* -ь, -й, -а, -я. */
	{ "Гоголь Николай Васильевич", "Гоголю Н.В." },
	{ "Гайдай Леонид Иович", "Гайдаю Л.И." },
	{ "Сковорода Григорий Саввич", "Сковороде Г.С." },
	{ "Зозуля Пётр Иванович", "Зозуле П.И." },
	{ "Берия Лаврентий Павлович", "Берии Л.П." },
	/* Not declined: -о, -их, -ых, -ко, Kazakh -ұлы. */
	{ "Шевченко Тарас Григорьевич", "Шевченко Т.Г." },
	{ "Черных Ольга Ивановна", "Черных О.И." },
	{ "Долгих Иван Иванович", "Долгих И.И." },
	{ "Дурново Пётр Николаевич", "Дурново П.Н." },
	{ "Байтұрсынұлы Ахмет Асқарұлы", "Байтұрсынұлы А.А." },
	/* Kazakh names in a Russian letter; the patronymic tells the sex. */
	{ "Серіков Нұрлан Асқарұлы", "Серікову Н.А." },
	{ "Серікова Айгүл Асқарқызы", "Серіковой А.А." },
	{ "Ахметов Болат", "Ахметову Б." },
	{ "Ахметова Жанна", "Ахметовой Ж." },
	/* Initials written already, on either side. */
	{ "И.П. Сидоров", "Сидорову И.П." },
	{ "Петрова А.С.", "Петровой А.С." },
	/* What is no person's name is left alone. */
	{ "ТОО «Ромашка»", "ТОО «Ромашка»" },
	{ "Иванов", "Иванов" },
	{ "адвокат Петров Олег", "адвокат Петров Олег" },
};

static const struct pair kk[] = {
	/* After б, в, г, д and voiceless consonants: -қа/-ке. */
	{ "Серіков Нұрлан Асқарұлы", "Н.А. Серіковке" },
	{ "Сидоров Иван Петрович", "И.П. Сидоровқа" },
	{ "Ахметов Болат Серікұлы", "Б.С. Ахметовке" },
	{ "Әлиев Марат Әліұлы", "М.Ә. Әлиевке" },
	{ "Бекмұхамбетов Ерлан Маратұлы", "Е.М. Бекмұхамбетовке" },
	{ "Төлеуов Ғалым Әбенұлы", "Ғ.Ә. Төлеуовке" },
	{ "Жақып Ахмет Оралұлы", "А.О. Жақыпқа" },
	{ "Мұрат Дәулет Серікұлы", "Д.С. Мұратқа" },
	{ "Есет Бекзат Нұрұлы", "Б.Н. Есетке" },
	{ "Ахмед Руслан Ибрагимович", "Р.И. Ахмедке" },
	{ "Оспанов Қайрат", "Қ. Оспановқа" },
	{ "Кенжебаев Ерлан Маратұлы", "Е.М. Кенжебаевқа" },
	/* After a vowel: -ға/-ге. */
	{ "Серікова Айгүл Асқарқызы", "А.А. Серіковаға" },
	{ "Ахметова Жанна Болатқызы", "Ж.Б. Ахметоваға" },
	{ "Иванова Анна Петровна", "А.П. Ивановаға" },
	{ "Сүлейменова Динара Қанатқызы", "Д.Қ. Сүлейменоваға" },
	{ "Әлиева Гүлнәр Маратқызы", "Г.М. Әлиеваға" },
	{ "Бектеміс Әсел Ерланқызы", "Ә.Е. Бектеміске" },
	{ "Нұрпейісова Сәуле", "С. Нұрпейісоваға" },
	{ "Шевченко Тарас Григорьевич", "Т.Г. Шевченкоға" },
	{ "Әбіш Нұрлан Әлібекұлы", "Н.Ә. Әбішке" },
	/* After л, р, й, м, н, ң, з, ж: -ға/-ге. */
	{ "Пушкин Александр Сергеевич", "А.С. Пушкинге" },
	{ "Сейітжан Ерлан Маратұлы", "Е.М. Сейітжанға" },
	{ "Темірхан Айдос Болатұлы", "А.Б. Темірханға" },
	{ "Гоголь Николай Васильевич", "Н.В. Гогольге" },
	{ "Бекмырза Ерлан Асқарұлы", "Е.А. Бекмырзаға" },
	{ "Кенжебай Мұрат Асқарұлы", "М.А. Кенжебайға" },
	{ "Қасым Жанар Серікқызы", "Ж.С. Қасымға" },
	{ "Әбілқайыр Ерлан Маратұлы", "Е.М. Әбілқайырға" },
	{ "Ерназар Дина Асқарқызы", "Д.А. Ерназарға" },
	{ "Төлеген Айым Серікқызы", "А.С. Төлегенге" },
	{ "Мыңбай Ерлан Асқарұлы", "Е.А. Мыңбайға" },
	/* The possessive of -ұлы, -қызы: -на/-не. */
	{ "Байтұрсынұлы Ахмет Асқарұлы", "А.А. Байтұрсынұлына" },
	{ "Серікқызы Айгүл Болатқызы", "А.Б. Серікқызына" },
	{ "Нұрланұлы Ержан", "Е. Нұрланұлына" },
	/* Initials written already. */
	{ "Н.А. Серіков", "Н.А. Серіковке" },
	/* Left alone. */
	{ "ЕЦ-166/11 мекемесі", "ЕЦ-166/11 мекемесі" },
};

static void
check_pairs(const char *lang, const struct pair *p, size_t n)
{
	struct strbuf sb;
	size_t i;

	for (i = 0; i < n; i++) {
		strbuf_init(&sb);
		letter_name_dative(lang, p[i].in, &sb);
		if (strcmp(sb.buf, p[i].out) != 0)
			fail_msg("%s: \"%s\" -> \"%s\", expected \"%s\"", lang,
			    p[i].in, sb.buf, p[i].out);
		strbuf_free(&sb);
	}
}

static void
test_dative_ru(void **state)
{
	(void)state;
	assert_true(sizeof ru / sizeof ru[0] >= 30);
	check_pairs("ru", ru, sizeof ru / sizeof ru[0]);
}

static void
test_dative_kk(void **state)
{
	(void)state;
	assert_true(sizeof kk / sizeof kk[0] >= 30);
	check_pairs("kk", kk, sizeof kk / sizeof kk[0]);
}

static void
test_court_genitive(void **state)
{
	static const struct { const char *lang, *in, *out; } c[] = {
		{ "ru", "Павлодарский областной суд",
		  "Павлодарского областного суда" },
		{ "ru", "Специализированный межрайонный суд по уголовным "
		  "делам города Павлодара", "Специализированного "
		  "межрайонного суда по уголовным делам города Павлодара" },
		{ "ru", "Верховный Суд Республики Казахстан",
		  "Верховного Суда Республики Казахстан" },
		{ "ru", "Алмалинский районный суд города Алматы",
		  "Алмалинского районного суда города Алматы" },
		{ "ru", "Судебная коллегия", "Судебная коллегия" },
		{ "kk", "Павлодар облыстық соты",
		  "Павлодар облыстық сотының" },
		{ "kk", "Қарағанды облыстық сотының қылмыстық істер "
		  "жөніндегі алқасы", "Қарағанды облыстық сотының "
		  "қылмыстық істер жөніндегі алқасының" },
		{ "kk", "Павлодарский областной суд",
		  "Павлодарский областной суд" },
	};
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		strbuf_init(&sb);
		letter_court_genitive(c[i].lang, c[i].in, &sb);
		if (strcmp(sb.buf, c[i].out) != 0)
			fail_msg("%s: \"%s\" -> \"%s\"", c[i].lang, c[i].in,
			    sb.buf);
		strbuf_free(&sb);
	}
}

#define NB	"\xc2\xa0"
#define NH	"\xe2\x80\x91"

static void
test_nobreak(void **state)
{
	static const struct pair p[] = {
		{ "рег. № 12", "рег. №" NB "12" },
		{ "ст. 489 УПК", "ст." NB "489 УПК" },
		{ "(п. 7 нормативного", "(п." NB "7 нормативного" },
		{ "ч. 1 ст. 423", "ч." NB "1 ст." NB "423" },
		{ "г. Павлодар", "г." NB "Павлодар" },
		{ "12.09.2025 ж. бастап", "12.09.2025" NB "ж. бастап" },
		{ "2025 г. Далее", "2025" NB "г. Далее" },
		{ "2025 жылғы 15 шілдедегі", "2025" NB "жылғы 15" NB
		  "шілдедегі" },
		{ "от 1 июля 2025 года", "от 1" NB "июля 2025" NB "года" },
		{ "в 15 томах", "в 15 томах" },
		{ "ҚПК-нің 488-бабының", "ҚПК" NH "нің 488" NH "бабының" },
		{ "№ 1-112/2025", "№" NB "1" NH "112/2025" },
		{ "Сидорову И.П. через", "Сидорову" NB "И.П. через" },
		{ "Н.А. Серіковке", "Н.А." NB "Серіковке" },
		{ "И. П. Сидоров", "И." NB "П." NB "Сидоров" },
		/* Left alone: ordinary words, a dash, hyphenated words. */
		{ "Нұр-Сұлтан қаласы", "Нұр-Сұлтан қаласы" },
		{ "кодекса – УПК", "кодекса – УПК" },
		{ "Судья Бекова А.", "Судья Бекова" NB "А." },
		{ "по делу и", "по делу и" },
	};
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof p / sizeof p[0]; i++) {
		strbuf_init(&sb);
		letter_nobreak(p[i].in, &sb);
		if (strcmp(sb.buf, p[i].out) != 0)
			fail_msg("\"%s\" -> \"%s\"", p[i].in, sb.buf);
		strbuf_free(&sb);
	}
}

/* The register's list: a regular name in the genitive, any other refused
 * (nothing written) so that the caller names it without declension. */
static void
test_court_genitive_regular(void **state)
{
	static const struct { const char *lang, *in, *out; } c[] = {
		{ "ru", "Павлодарский областной суд",
		  "Павлодарского областного суда" },
		{ "ru", "Есильский районный суд города Астаны",
		  "Есильского районного суда города Астаны" },
		{ "ru", "Алматинской городской суд",
		  "Алматинского городского суда" },
		{ "ru", "Верховный Суд Республики Казахстан",
		  "Верховного Суда Республики Казахстан" },
		{ "kk", "Павлодар облыстық соты",
		  "Павлодар облыстық сотының" },
		{ "kk", "Астана қалалық соты", "Астана қалалық сотының" },
		/* Not regular: refused. */
		{ "ru", "Судебная коллегия", NULL },
		{ "ru", "Павлодар облыстық соты", NULL },
		{ "ru", "Суд № 2 района", "Суда № 2 района" },
		{ "ru", "Районный 2 суд", NULL },
		{ "ru", "Мировой судья участка № 5", NULL },
		{ "kk", "Павлодарский областной суд", NULL },
		{ "kk", "Қарағанды облыстық сотының қылмыстық істер "
		  "жөніндегі алқасы", NULL },
		{ "kk", "", NULL },
	};
	struct strbuf sb;
	size_t i;
	bool ok;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		strbuf_init(&sb);
		ok = letter_court_genitive_regular(c[i].lang, c[i].in, &sb);
		if (ok != (c[i].out != NULL) ||
		    strcmp(sb.buf != NULL ? sb.buf : "", c[i].out != NULL ?
		    c[i].out : "") != 0)
			fail_msg("%s: \"%s\" -> %d \"%s\"", c[i].lang, c[i].in,
			    ok, sb.buf != NULL ? sb.buf : "");
		strbuf_free(&sb);
	}
}

/* The act's title without a translation (English): the court, not
 * declined, in parentheses; missing parts left out. */
static void
test_act_title(void **state)
{
	static const struct {
		const char *type, *court, *date, *number, *out;
	} c[] = {
		{ "verdict", "Павлодарский областной суд", "2025-07-15",
		  "1-112/2025", "verdict of 2025-07-15 No. 1-112/2025 "
		  "(Павлодарский областной суд)" },
		{ "ruling", NULL, NULL, "1-5/2024", "ruling No. 1-5/2024" },
		{ "private-ruling", NULL, "2025-01-02", NULL,
		  "private ruling of 2025-01-02" },
		{ NULL, "Суд", NULL, NULL, "judicial act (Суд)" },
		{ "unknown", NULL, NULL, NULL, "" },
		{ NULL, NULL, NULL, "", "" },
	};
	struct strbuf sb;
	qdate d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		strbuf_init(&sb);
		d = QDATE_NONE;
		if (c[i].date != NULL)
			assert_true(qdate_parse(c[i].date, &d));
		act_title(c[i].type, c[i].court, d, c[i].number, &sb);
		assert_string_equal(sb.buf != NULL ? sb.buf : "", c[i].out);
		strbuf_free(&sb);
	}
	assert_string_equal(filer_title("Серіков Н."), "Серіков Н.");
	assert_string_equal(filer_title("convicted"), "convicted person");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dative_ru),
		cmocka_unit_test(test_dative_kk),
		cmocka_unit_test(test_court_genitive),
		cmocka_unit_test(test_court_genitive_regular),
		cmocka_unit_test(test_act_title),
		cmocka_unit_test(test_nobreak),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
