/* core/text.c: UTF-8 checks, widths and iconv conversions. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <iconv.h>
#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "core/core.h"
#include "core/strbuf.h"
#include "core/text.h"

/* Every Kazakh letter outside Russian, small and capital. */
#define KK_LETTERS "әғқңөұүһі ӘҒҚҢӨҰҮҺІ"

static void
test_utf8_valid(void **state)
{
	static const struct {
		const char	*s;
		size_t		 bad;	/* (size_t)-1: valid */
	} cases[] = {
		{ "", (size_t)-1 },
		{ "plain", (size_t)-1 },
		{ KK_LETTERS, (size_t)-1 },
		{ "Қазақстан Республикасы", (size_t)-1 },
		{ "ab\xc0\x80", 2 },		/* overlong NUL */
		{ "\xed\xa0\x80", 0 },		/* surrogate */
		{ "x\xd2", 1 },			/* truncated ғ */
		{ "\xf5\x80\x80\x80", 0 },	/* beyond U+10FFFF */
		{ "ok\x80", 2 },		/* stray continuation */
	};
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bad = (size_t)-1;
		if (cases[i].bad == (size_t)-1)
			assert_true(utf8_valid(cases[i].s, strlen(cases[i].s),
			    &bad));
		else {
			assert_false(utf8_valid(cases[i].s,
			    strlen(cases[i].s), &bad));
			assert_int_equal(bad, cases[i].bad);
		}
	}
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("әғқңөұүһі"), 9);
	assert_int_equal(text_width("ӘҒҚҢӨҰҮҺІ"), 9);
	assert_int_equal(text_width("Кассационный суд"), 16);
	assert_int_equal(text_width("漢字"), 4);
	assert_int_equal(text_width(""), 0);
}

/* text_fit never ends inside a character, whatever the width. */
static void
test_fit(void **state)
{
	const char *samples[] = {
		"Қылмыстық істер жөніндегі кассациялық сот",
		"Кассационный суд по уголовным делам",
		"ӘҒҚҢӨҰҮҺІ漢字x",
	};
	size_t i, cols, n;

	(void)state;
	assert_int_equal(text_fit("қазақ", 3), 6);
	assert_int_equal(text_fit("қазақ", 10), strlen("қазақ"));
	assert_int_equal(text_fit("漢字", 3), 3);	/* not half of 字 */
	assert_int_equal(text_fit("abc", 0), 0);
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++)
		for (cols = 0; cols < 50; cols++) {
			n = text_fit(samples[i], cols);
			assert_true(utf8_valid(samples[i], n, NULL));
			assert_true(n == strlen(samples[i]) ||
			    ((unsigned char)samples[i][n] & 0xc0) != 0x80);
			assert_true(text_width(samples[i]) <= cols ||
			    n < strlen(samples[i]));
		}
}

/* RK1048 holds every Kazakh letter: out and back again unchanged. */
static void
test_rk1048_round_trip(void **state)
{
	const char *text = KK_LETTERS "\nҚазақстан Республикасы Жоғарғы "
	    "Сотының нормативтік қаулысы\nВерховный Суд, «№ 1» – ё Ё";
	struct strbuf out;
	char err[256], back[512], *in, *o;
	size_t inleft, oleft;
	iconv_t cd;

	(void)state;
	strbuf_init(&out);
	assert_int_equal(text_convert(text, strlen(text), "RK1048", &out,
	    err, sizeof err), 0);
	assert_null(memchr(out.buf, '?', out.len));
	cd = iconv_open("UTF-8", "RK1048");
	assert_true(cd != (iconv_t)-1);
	in = out.buf;
	inleft = out.len;
	o = back;
	oleft = sizeof back - 1;
	assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
	*o = '\0';
	iconv_close(cd);
	assert_string_equal(back, text);
	strbuf_free(&out);
}

/* One byte per character in a single-byte code page. */
static void
test_rk1048_single_byte(void **state)
{
	struct strbuf out;
	char err[256];

	(void)state;
	strbuf_init(&out);
	assert_int_equal(text_convert(KK_LETTERS, strlen(KK_LETTERS),
	    "RK1048", &out, err, sizeof err), 0);
	assert_int_equal(out.len, 19);
	strbuf_free(&out);
}

static void
test_cp1251_refuses(void **state)
{
	const char *text = "Сот\nСотының шешімі";
	struct strbuf out;
	char err[256];

	(void)state;
	strbuf_init(&out);
	strbuf_puts(&out, "kept");
	assert_int_equal(text_convert(text, strlen(text), "CP1251", &out,
	    err, sizeof err), -1);
	assert_non_null(strstr(err, "'ң'"));
	assert_non_null(strstr(err, "U+04A3"));
	assert_non_null(strstr(err, "line 2"));
	assert_non_null(strstr(err, "column 7"));
	assert_non_null(strstr(err, "CP1251"));
	assert_string_equal(out.buf, "kept");	/* out unchanged */
	/* Russian text goes through. */
	strbuf_reset(&out);
	assert_int_equal(text_convert("Суд", 6, "CP1251", &out, err,
	    sizeof err), 0);
	assert_int_equal(out.len, 3);
	assert_null(memchr(out.buf, '?', out.len));
	strbuf_free(&out);
}

static void
test_invalid_input(void **state)
{
	struct strbuf out;
	char err[256];

	(void)state;
	strbuf_init(&out);
	assert_int_equal(text_convert("ab\ncd\xff", 6, "RK1048", &out, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "UTF-8"));
	assert_non_null(strstr(err, "line 2"));
	assert_int_equal(text_convert("ab\xff", 3, "UTF-8", &out, err,
	    sizeof err), -1);
	assert_int_equal(text_convert("ab", 2, "NO-SUCH-CODESET", &out, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "NO-SUCH-CODESET"));
	assert_int_equal(out.len, 0);
	strbuf_free(&out);
}

/* Issue 15: one check of incoming text, one escape for outgoing text. */
static void
test_check_and_escape(void **state)
{
	char err[256];
	struct strbuf sb;

	(void)state;
	assert_int_equal(text_check("Қасымов А.", strlen("Қасымов А."), 64, 0,
	    err, sizeof err), 0);
	assert_int_equal(text_check("a\x1b[2J", 5, 64, 0, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "U+001B"));
	assert_int_equal(text_check("a\xc2\x9b", 3, 64, 0, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "U+009B"));
	assert_int_equal(text_check("a\nb", 3, 64, 0, err, sizeof err), -1);
	assert_non_null(strstr(err, "line break"));
	assert_int_equal(text_check("a\nb", 3, 64, TEXT_LINES, err,
	    sizeof err), 0);
	assert_int_equal(text_check("a\rb", 3, 64, TEXT_LINES, err,
	    sizeof err), -1);
	assert_int_equal(text_check("abcdef", 6, 5, 0, err, sizeof err), -1);
	assert_non_null(strstr(err, "too long"));
	assert_int_equal(text_check("a\xe2\x82", 3, 64, 0, err, sizeof err),
	    -1);
	assert_non_null(strstr(err, "UTF-8"));
	strbuf_init(&sb);
	text_escape("J\x1b]0;x\x07\tя\xc2\x9b\xff\n", 14, &sb);
	assert_string_equal(sb.buf, "J\\x1b]0;x\\x07\\tя\\u009b\\xff\\n");
	strbuf_free(&sb);
}

/* The search's fold: case, and Kazakh letters as their Russian
 * look-alikes, so that "сериков" finds "Серіков" and "СЕРІКОВ". */
static void
test_fold(void **state)
{
	static const struct { const char *in, *out; } c[] = {
		{ "Серіков", "сериков" },
		{ "СЕРІКОВ", "сериков" },
		{ "Қасымов", "касымов" },
		{ "ӘҒҚҢӨҰҮҺІ әғқңөұүһі", "агкноуухи агкноуухи" },
		{ "Ёлкин", "елкин" },
		{ "ABC-1/2025", "abc-1/2025" },
	};
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		strbuf_init(&sb);
		text_fold(c[i].in, strlen(c[i].in), &sb);
		assert_string_equal(sb.buf, c[i].out);
		strbuf_free(&sb);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_rk1048_round_trip),
		cmocka_unit_test(test_rk1048_single_byte),
		cmocka_unit_test(test_cp1251_refuses),
		cmocka_unit_test(test_invalid_input),
		cmocka_unit_test(test_check_and_escape),
	};

	setlocale(LC_ALL, "C.UTF-8");
	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
