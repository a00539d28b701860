/*
 * Unit tests of core/resolution.c: the three shipped files in
 * $QARAU_DATADIR/resolution/ (read through data/datafile.c), the repairs
 * of the Kazakh text, search, citations and malformed files.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/resolution.h"
#include "core/strbuf.h"
#include "data/datafile.h"

static struct resolution *
load(const char *rel)
{
	struct resolution *r;
	struct strbuf sb;
	char err[512];

	strbuf_init(&sb);
	if (datafile_read(rel, &sb, err, sizeof err) != 0)
		fail_msg("%s", err);
	r = resolution_parse(rel, sb.buf, sb.len, err, sizeof err);
	if (r == NULL)
		fail_msg("%s", err);
	strbuf_free(&sb);
	return r;
}

/* Parses text that must fail; returns the message. */
static const char *
parse_error(const char *text)
{
	static char err[512];
	struct resolution *r;

	err[0] = '\0';
	r = resolution_parse("t.txt", text, strlen(text), err, sizeof err);
	if (r != NULL) {
		resolution_free(r);
		fail_msg("parsed: %s", text);
	}
	return err;
}

static void
assert_contains(const char *hay, const char *needle)
{
	if (hay == NULL || strstr(hay, needle) == NULL)
		fail_msg("\"%s\" not found in \"%.200s...\"", needle,
		    hay != NULL ? hay : "(null)");
}

static void
assert_lacks(const char *hay, const char *needle)
{
	if (hay != NULL && strstr(hay, needle) != NULL)
		fail_msg("\"%s\" found in \"%.200s...\"", needle, hay);
}

static void
test_all_files_complete(void **state)
{
	static const char *files[] = {
		"resolution/kk.txt", "resolution/ru.txt", "resolution/en.txt"
	};
	struct resolution *r;
	const char *t;
	size_t i;
	int n;

	(void)state;
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		r = load(files[i]);
		assert_int_equal(resolution_count(r), 18);
		assert_non_null(resolution_title(r));
		assert_true(strlen(resolution_title(r)) > 0);
		for (n = 1; n <= 18; n++) {
			t = resolution_text(r, n);
			if (t == NULL || strlen(t) < 100)
				fail_msg("%s: paragraph %d missing or short",
				    files[i], n);
			/* no stray lines, no leftovers of the PDF layout */
			assert_true(t[0] != '\n' && t[strlen(t) - 1] != '\n');
			assert_lacks(t, "\n\n\n");
			assert_lacks(t, "  ");
			assert_lacks(t, " \n");
		}
		assert_null(resolution_text(r, 0));
		assert_null(resolution_text(r, 19));
		assert_null(resolution_text(r, -1));
		resolution_free(r);
	}
}

static void
test_summaries_say_so(void **state)
{
	struct resolution *r;

	(void)state;
	r = load("resolution/en.txt");
	assert_contains(resolution_title(r), "Summary, not the official text");
	assert_contains(resolution_text(r, 9), "CPC art. 489 part 3");
	assert_contains(resolution_text(r, 9), "three days");
	resolution_free(r);
	r = load("resolution/ru.txt");
	assert_contains(resolution_title(r),
	    "Краткое изложение, не официальный текст");
	assert_contains(resolution_text(r, 9),
	    "возвращаются без рассмотрения письмом судьи");
	assert_contains(resolution_text(r, 5), "заинтересованное лицо");
	assert_contains(resolution_text(r, 14), "согласительном производстве");
	assert_contains(resolution_text(r, 14), "процессуального соглашения "
	    "в форме сделки о признании вины");
	/* Nothing the Kazakh text does not say: the summary's own
	 * conclusions were taken out (NR 3, 4, 9, 14, 17). */
	assert_lacks(resolution_text(r, 3), "годичный");
	assert_lacks(resolution_text(r, 4), "пунктов 2, 5 и 10");
	assert_lacks(resolution_text(r, 9), "а не с поступления");
	assert_lacks(resolution_text(r, 14), "иного пункт не ограничивает");
	assert_lacks(resolution_text(r, 17), "то же название");
	/* NR 15 returns complaints (CPC 489.1.5 names no protest). */
	assert_contains(resolution_text(r, 15), "Такие жалобы в соответствии "
	    "с требованиями пункта 5) части первой статьи 489 УПК");
	resolution_free(r);
}

/* Number of sub-paragraphs (blank-line separated parts) of s. */
static int
subparagraphs(const char *s)
{
	const char *p;
	int n = 1;

	for (p = s; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	return n;
}

/*
 * The Russian summary keeps the Kazakh text's sub-paragraphs, one for
 * one, so that a citation "абз. 3 п. 5 НП" points to the same place in
 * both.
 */
static void
test_ru_subparagraphs(void **state)
{
	struct resolution *kk, *ru;
	int n;

	(void)state;
	kk = load("resolution/kk.txt");
	ru = load("resolution/ru.txt");
	for (n = 1; n <= 18; n++)
		if (subparagraphs(resolution_text(kk, n)) !=
		    subparagraphs(resolution_text(ru, n)))
			fail_msg("paragraph %d: %d sub-paragraphs in kk, %d in "
			    "ru", n, subparagraphs(resolution_text(kk, n)),
			    subparagraphs(resolution_text(ru, n)));
	assert_int_equal(subparagraphs(resolution_text(ru, 7)), 13);
	resolution_free(kk);
	resolution_free(ru);
}

static void
test_kk_sentences(void **state)
{
	struct resolution *r;
	const char *t;

	(void)state;
	r = load("resolution/kk.txt");
	/* The title named before "нормативтік қаулысы", as the letters do. */
	assert_contains(resolution_title(r), "2025 жылғы 29 мамырдағы № 1 "
	    "«Қылмыстық істерді");
	assert_contains(resolution_title(r), "туралы» нормативтік қаулысы");
	assert_contains(resolution_title(r), "қаулы етеді:");
	/* NR 9: three days from the hand-over to the judge */
	t = resolution_text(r, 9);
	assert_contains(t, "судьяға табысталған уақытынан үш тәуліктен "
	    "аспайтын мерзім ішінде кассациялық сот судьясының хатымен");
	assert_contains(t, "соттың қаулысымен қараусыз кері қайтарылады.");
	/* NR 11: six months */
	assert_contains(resolution_text(r, 11), "алты айдан аспайтын");
	/* NR 18: in force from 1 July 2025; the chair's signature */
	assert_contains(resolution_text(r, 18),
	    "2025 жылғы 1 шілдеден бастап қолданысқа енгізіледі.");
	assert_contains(resolution_text(r, 18), "А. Мерғалиев");
	/* sub-paragraphs: NR 4 is an introduction and four cases */
	t = resolution_text(r, 4);
	assert_contains(t, "соттың сот актісіне:\n\nшағым жасалмаған");
	/* lines rejoined across page breaks and wrapped parentheses */
	assert_contains(resolution_text(r, 4), "шағым жасалған (өтінішхат "
	    "келтірілген) және осы іс бойынша");
	assert_contains(resolution_text(r, 3), "саралаған кезде, сот актілерін");
	assert_contains(resolution_text(r, 7), "дәлелдемелер;\n\n"
	    "кассациялық шағымды берген адамның қатысуымен");
	/* Latin "i" of the source replaced by the Kazakh letter */
	assert_contains(resolution_text(r, 11), "объективтілікті");
	resolution_free(r);
}

/* Every article number that the PDF extraction had moved, back in place. */
static void
test_kk_repairs(void **state)
{
	static const struct {
		int		 n;
		const char	*s;
	} fixed[] = {
		{ 1, "76-бабы 3-тармағының талаптарына сәйкес" },
		{ 1, "(бұдан әрі – ҚПК) 472-бабы бірінші бөлігіне сәйкес" },
		{ 1, "ҚПК-нің 446-бабының үшінші бөлігінде көзделген" },
		{ 1, "ҚПК-нің 486-бабының бірінші бөлігінде көрсетілген "
		    "адамдардың" },
		{ 2, "ҚПК-нің 485-бабының бірінші және екінші бөліктерінде" },
		{ 2, "484-бабы екінші бөлігінің 2) және 3) тармақтарында "
		    "санамаланған" },
		{ 2, "олар ҚПК-нің 485-бабында көзделген негіздер болған кезде" },
		{ 3, "ҚПК-нің 485-бабында көзделген негіздер болған кезде Бас "
		    "Прокурор" },
		{ 3, "ҚПК-нің 486-бабының бірінші бөлігінде көрсетілген "
		    "адамдар" },
		{ 5, "ҚПК-нің 486-бабының бірінші бөлігінде санамаланған" },
		{ 5, "ҚПК-нің 484-бабының бірінші бөлігінің талаптары" },
		{ 5, "ҚПК-нің 484-бабы бірінші бөлігінің сот актілеріне" },
		{ 5, "ҚПК-нің 419-бабының тәртібімен" },
		{ 6, "ҚПК-нің 484-бабы бірінші бөлігінде көрсетілген" },
		{ 6, "ҚПК-нің 485-бабы бірінші бөлігінде көзделген негіздер" },
		{ 6, "485-бабы бірінші бөлігінің 4) тармағында көзделген негіз" },
		{ 6, "ҚПК-нің 71-бабының алтыншы бөлігінде, 72-бабының үшінші "
		    "және төртінші бөліктерінде және 76-бабының үшінші "
		    "бөлігінде" },
		{ 7, "ҚПК-нің 488-бабының талаптарына сәйкес келуге тиіс." },
		{ 7, "ҚПК-нің 485-бабы бірінші бөлігінің тиісті тармағына" },
		{ 8, "485-бабы екінші бөлігінің 1), 4) тармақтарының негізінде" },
		{ 8, "489-бабы бірінші бөлігінің 1) тармағы бойынша" },
		{ 8, "ҚПК-нің 487-бабының екінші бөлігінде белгіленген" },
		{ 9, "ҚПК-нің 489-бабының үшінші бөлігінің ережелеріне" },
		{ 9, "489-бабы бірінші бөлігінің 1), 2), 3), 5) тармақтарында "
		    "көзделген" },
		{ 9, "489-бабы бірінші бөлігінің 4) тармағында көзделген "
		    "жағдайда" },
		{ 11, "ҚПК-нің 492-бабының бірінші бөлігіне сәйкес" },
		{ 11, "ҚПК-нің 23-бабының алтыншы бөлігіне сәйкес" },
		{ 12, "ҚПК-нің 494-бабының жетінші бөлігінде" },
		{ 12, "494-бабы жетінші бөлігінің 4) тармағына сәйкес" },
		{ 13, "ҚПК-нің 494-бабы он төртінші бөлігінің талаптарына "
		    "сәйкес" },
		{ 13, "ҚПК-нің 53-тарауында көзделген қағидалармен" },
		{ 15, "Қылмыстық кодексінің 6-бабы (бұдан әрі – ҚК)) не "
		    "рақымшылық" },
		{ 15, "489-бабының бірінші бөлігі 5) тармағының талаптарына" },
		{ 15, "ҚПК-нің 476, 477-баптарында көзделген" },
		{ 15, "ҚПК-нің 485-бабында көзделген негіздер бойынша "
		    "қаралатын" },
		{ 15, "ҚК-нің 6-бабының нормаларын" },
		{ 16, "ҚПК-нің 406-1-бабының тәртібімен" },
		{ 16, "ҚПК-нің 476-бабының 23) тармағында көзделген" },
		{ 17, "Жоғарғы Сотының нормативтік қаулысының күші жойылды деп "
		    "танылсын." },
		{ 18, "Конституцияның 4-бабына сәйкес" },
	};
	/* What the extraction produced: none of it may remain. */
	static const char *broken[] = {
		"бірінші 472-бабы", "өзге де 3-тармағының", "ҚПК-нің  ",
		"ҚПК-нің бірінші", "ҚПК-нің үшінші", "ҚПК-нің екінші",
		"ҚПК-нің алтыншы", "ҚПК-нің он", "ҚПК-нің көзделген",
		"ҚПК-нің талаптарына", "ҚК-нің нормаларын", " ,", "( ",
		"тиіс.488", "танылсын.нормативтік", "Сотының күші",
		"тармақтарында\n", "бабының\n", "бабы\n",
	};
	struct resolution *r;
	size_t i;
	int n;

	(void)state;
	r = load("resolution/kk.txt");
	for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		assert_contains(resolution_text(r, fixed[i].n), fixed[i].s);
	for (n = 1; n <= 18; n++)
		for (i = 0; i < sizeof broken / sizeof broken[0]; i++)
			assert_lacks(resolution_text(r, n), broken[i]);
	resolution_free(r);
}

static void
test_search(void **state)
{
	struct resolution *r;

	(void)state;
	r = load("resolution/kk.txt");
	/* Kazakh capitals and lower case, either way */
	assert_int_equal(resolution_search(r, "ҮШ ТӘУЛІКТЕН", 0), 9);
	assert_int_equal(resolution_search(r, "үш тәуліктен", 0), 9);
	assert_int_equal(resolution_search(r, "Үш Тәуліктен", 0), 9);
	assert_int_equal(resolution_search(r, "ЖЕКЕШЕ ҚАУЛЫҒА", 0), 10);
	assert_int_equal(resolution_search(r, "МЕРҒАЛИЕВ", 0), 18);
	assert_int_equal(resolution_search(r, "ӨТІНІШХАТ", 0), 4);
	assert_int_equal(resolution_search(r, "ҰСЫНУЫ", 0), 1);
	assert_int_equal(resolution_search(r, "ҮКІМ ЗАҢДЫ", 0), 13);
	/* "рақымшылық" (amnesty) is in NR 15 only */
	assert_int_equal(resolution_search(r, "РАҚЫМШЫЛЫҚ", 0), 15);
	assert_int_equal(resolution_search(r, "рақымшылық", 15), 0);
	/* successive matches */
	assert_int_equal(resolution_search(r, "489-бабы", 0), 8);
	assert_int_equal(resolution_search(r, "489-бабы", 8), 9);
	assert_int_equal(resolution_search(r, "489-бабы", 9), 15);
	assert_int_equal(resolution_search(r, "489-бабы", 15), 0);
	assert_int_equal(resolution_search(r, "no such text", 0), 0);
	assert_int_equal(resolution_search(r, "", 0), 0);
	resolution_free(r);

	r = load("resolution/ru.txt");
	assert_int_equal(resolution_search(r, "ЗАИНТЕРЕСОВАННОЕ ЛИЦО", 0), 5);
	assert_int_equal(resolution_search(r, "Амнистии", 0), 15);
	resolution_free(r);
	r = load("resolution/en.txt");
	assert_int_equal(resolution_search(r, "PLEA AGREEMENT", 0), 14);
	assert_int_equal(resolution_search(r, "amnesty", 0), 15);
	resolution_free(r);
}

static void
test_search_folding(void **state)
{
	static const char text[] =
	    "## 1\nӘ Ғ Қ Ң Ө Ұ Ү Һ І Ё Ж Straße ÀÉ\n"
	    "## 2\nә ғ қ ң ө ұ ү һ і ё ж STRASSE àé\n";
	struct resolution *r;
	char err[256];

	(void)state;
	r = resolution_parse("t.txt", text, strlen(text), err, sizeof err);
	assert_non_null(r);
	assert_int_equal(resolution_search(r, "ә ғ қ ң ө ұ ү һ і ё ж", 0), 1);
	assert_int_equal(resolution_search(r, "Ә Ғ Қ Ң Ө Ұ Ү Һ І Ё Ж", 1), 2);
	assert_int_equal(resolution_search(r, "strasse", 0), 2);
	assert_int_equal(resolution_search(r, "STRAßE", 0), 1);
	assert_int_equal(resolution_search(r, "àé", 0), 1);
	assert_int_equal(resolution_search(r, "ÀÉ", 1), 2);
	/* a needle with invalid UTF-8 simply does not match */
	assert_int_equal(resolution_search(r, "\xd2", 0), 0);
	resolution_free(r);
}

static void
check_cited(const char *cites, const int *want, size_t nwant)
{
	int got[32];
	size_t n, i;

	n = resolution_cited(cites, got, 32);
	if (n != nwant)
		fail_msg("\"%s\": %zu paragraphs, want %zu", cites, n, nwant);
	for (i = 0; i < n; i++)
		if (got[i] != want[i])
			fail_msg("\"%s\": [%zu] = %d, want %d", cites, i,
			    got[i], want[i]);
}

#define CITED(s, ...) do {						\
	static const int w_[] = { __VA_ARGS__ };			\
	check_cited(s, w_, sizeof w_ / sizeof w_[0]);			\
} while (0)

static void
test_cited(void **state)
{
	int buf[2];

	(void)state;
	CITED("NR 7; CPC 488.1", 7);
	CITED("NR 5.2", 5);
	CITED("NR 8.1-8.2", 8);
	CITED("NR 8.1\xe2\x80\x93" "8.2", 8);
	CITED("NR 5.2–5.3; CPC 489.1.1", 5);
	CITED("NR 2.3, 6; CPC 484.2.1, 484.3, 489.1.5", 2, 6);
	CITED("NR 7, 8.2", 7, 8);
	CITED("NR 12-14", 12, 13, 14);
	CITED("NR 1; CPC 486.2; 489.1.2", 1);
	CITED("CPC 489.1.4, 488.6, 489.3; NR 9", 9);
	CITED("NR 9; NR 15.2; NR 9", 9, 15);
	CITED("cite=NR 7\ncite=CPC 488.1\ncite=NR 15.1\n", 7, 15);
	CITED("NR 2.2; CPC 484.2.2-3, 489.1.5", 2);
	CITED("NR 16, 13.3", 16, 13);
	CITED("NR7", 7);
	CITED("NR 7, CPC 488", 7);

	/* nothing cited, or nothing in range */
	assert_int_equal(resolution_cited("CPC 489.1.1", buf, 2), 0);
	assert_int_equal(resolution_cited("", buf, 2), 0);
	assert_int_equal(resolution_cited(NULL, buf, 2), 0);
	assert_int_equal(resolution_cited("NR", buf, 2), 0);
	assert_int_equal(resolution_cited("NR x", buf, 2), 0);
	assert_int_equal(resolution_cited("NR 0; NR 19; NR 99999999", buf, 2),
	    0);
	assert_int_equal(resolution_cited("SNR 7; NRX 8", buf, 2), 0);
	/* max is respected */
	assert_int_equal(resolution_cited("NR 1-18", buf, 2), 2);
	assert_int_equal(buf[0], 1);
	assert_int_equal(buf[1], 2);
	assert_int_equal(resolution_cited("NR 4", buf, 0), 0);
}

static void
test_format(void **state)
{
	static const char text[] =
	    "\xef\xbb\xbf# First title line\r\n"
	    "# Second\r\n"
	    "\r\n"
	    "## 2\r\n"
	    "\r\n"
	    "Intro line.  \r\n"
	    "\r\n"
	    "\r\n"
	    "Second sub-paragraph\r\n"
	    "continues here.\r\n"
	    "\r\n"
	    "## 1\n"
	    "One.";
	struct resolution *r;
	char err[256];

	(void)state;
	r = resolution_parse("t.txt", text, strlen(text), err, sizeof err);
	if (r == NULL)
		fail_msg("%s", err);
	assert_string_equal(resolution_title(r), "First title line\nSecond");
	assert_int_equal(resolution_count(r), 2);
	assert_string_equal(resolution_text(r, 1), "One.");
	assert_string_equal(resolution_text(r, 2),
	    "Intro line.\n\nSecond sub-paragraph\ncontinues here.");
	resolution_free(r);

	/* gaps are allowed: the count is the highest paragraph */
	r = resolution_parse("t.txt", "## 5\nfive\n", 10, err, sizeof err);
	assert_non_null(r);
	assert_int_equal(resolution_count(r), 5);
	assert_null(resolution_text(r, 4));
	assert_string_equal(resolution_title(r), "");
	resolution_free(r);
}

static void
test_malformed(void **state)
{
	char small[12];

	(void)state;
	assert_string_equal(parse_error("# Title\nstray text\n## 1\nx\n"),
	    "t.txt:2: text before the first paragraph "
	    "(expected \"# title\" or \"## N\")");
	assert_string_equal(parse_error("#Title\n## 1\nx\n"),
	    "t.txt:1: text before the first paragraph "
	    "(expected \"# title\" or \"## N\")");
	assert_string_equal(parse_error("# T\n\n## 1\ntext\n## x\nmore\n"),
	    "t.txt:5: bad paragraph header \"## x\" "
	    "(expected \"## N\", N from 1 to 18)");
	assert_string_equal(parse_error("## 1\na\n## 19\nb\n"),
	    "t.txt:3: bad paragraph header \"## 19\" "
	    "(expected \"## N\", N from 1 to 18)");
	assert_string_equal(parse_error("## 0\na\n"),
	    "t.txt:1: bad paragraph header \"## 0\" "
	    "(expected \"## N\", N from 1 to 18)");
	assert_string_equal(parse_error("## 1\na\n##2\nb\n"),
	    "t.txt:3: bad paragraph header \"##2\" "
	    "(expected \"## N\", N from 1 to 18)");
	assert_string_equal(parse_error("## 3 three\na\n"),
	    "t.txt:1: bad paragraph header \"## 3 three\" "
	    "(expected \"## N\", N from 1 to 18)");
	assert_string_equal(parse_error("# T\n## 1\na\n## 2\nb\n\n## 1\nc\n"),
	    "t.txt:7: paragraph 1 repeated (first at line 2)");
	assert_string_equal(parse_error("## 1\n\n\n## 2\nb\n"),
	    "t.txt:1: paragraph 1 has no text");
	assert_string_equal(parse_error("## 1\na\n## 2\n  \n"),
	    "t.txt:3: paragraph 2 has no text");
	assert_string_equal(parse_error("# Only a title\n"),
	    "t.txt:1: no paragraphs (expected \"## N\" lines)");
	assert_string_equal(parse_error(""),
	    "t.txt:1: no paragraphs (expected \"## N\" lines)");
	assert_string_equal(parse_error("## 1\nok\nbad \xd2 byte\n"),
	    "t.txt:3: invalid UTF-8 or NUL byte");
	assert_string_equal(parse_error("## 1\nok\n\xe0\x80\x80 overlong\n"),
	    "t.txt:3: invalid UTF-8 or NUL byte");
	/* a long header is cut on a character boundary */
	assert_string_equal(parse_error("## ққққққққққққққққққққ\n"),
	    "t.txt:1: bad paragraph header \"## ққққққққққққққққққ\" "
	    "(expected \"## N\", N from 1 to 18)");
	/* a NUL byte inside the given length */
	{
		static const char nul[] = "## 1\na\0b\n";
		char err[128];

		assert_null(resolution_parse("t.txt", nul, sizeof nul - 1,
		    err, sizeof err));
		assert_string_equal(err, "t.txt:2: invalid UTF-8 or NUL byte");
	}
	/* a small error buffer is truncated, not overrun; NULL is allowed */
	assert_null(resolution_parse("t.txt", "x\n", 2, small, sizeof small));
	assert_string_equal(small, "t.txt:1: te");
	assert_null(resolution_parse("t.txt", "x\n", 2, NULL, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_files_complete),
		cmocka_unit_test(test_summaries_say_so),
		cmocka_unit_test(test_ru_subparagraphs),
		cmocka_unit_test(test_kk_sentences),
		cmocka_unit_test(test_kk_repairs),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_search_folding),
		cmocka_unit_test(test_cited),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_malformed),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
