/* The facts-file parser (qarau-facts(5)) and the fact readers. */
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
#include "core/facts.h"

struct diags {
	int	 n;
	char	 text[4096];
};

static void
collect(void *ctx, const char *file, unsigned line, const char *msg)
{
	struct diags *d = ctx;
	size_t len = strlen(d->text);

	d->n++;
	snprintf(d->text + len, sizeof d->text - len, "%s:%u: %s\n", file,
	    line, msg);
}

static int
parse(struct facts *f, const char *text, struct diags *d)
{
	memset(d, 0, sizeof *d);
	return facts_parse(f, "t.facts", text, strlen(text), collect, d);
}

/* One bad line: exactly one message, on that line, containing want. */
static void
expect_error(const char *text, unsigned line, const char *want)
{
	struct facts f;
	struct diags d;
	char prefix[32];

	facts_init(&f);
	assert_int_equal(parse(&f, text, &d), 1);
	assert_int_equal(d.n, 1);
	snprintf(prefix, sizeof prefix, "t.facts:%u: ", line);
	if (strncmp(d.text, prefix, strlen(prefix)) != 0 ||
	    strstr(d.text, want) == NULL)
		fail_msg("expected '%s%s', got '%s'", prefix, want, d.text);
	/* Nothing half-parsed. */
	assert_int_equal(vocab_index("filing.kind") >= 0, 1);
	assert_false(f.v[vocab_index("filing.kind")].present);
	facts_free(&f);
}

static void
test_good_file(void **state)
{
	struct facts f;
	struct diags d;
	char buf[FACT_TEXT_MAX];

	(void)state;
	facts_init(&f);
	assert_int_equal(parse(&f,
	    "# NR 7: a complete complaint\r\n"
	    "\n"
	    "   filing.kind   =   complaint   # a comment\r\n"
	    "filing.received=2025-09-10\n"
	    "grounds.cpc485-1 = 7-1, 3 ,1\n"
	    "filer.name = Әлиев Ә. # not a comment in text\n"
	    "act.in-force = unknown\n"
	    "filer.in-custody = no", &d), 0);
	assert_int_equal(d.n, 0);
	assert_true(facts_is(&f, "filing.kind", "complaint"));
	assert_int_equal(facts_date(&f, "filing.received"),
	    qdate_from_ymd(2025, 9, 10));
	assert_string_equal(facts_value_text(&f, (size_t)vocab_index(
	    "grounds.cpc485-1"), buf, sizeof buf), "1,3,7-1");
	assert_true(facts_is(&f, "grounds.cpc485-1", "7-1"));
	assert_false(facts_is(&f, "grounds.cpc485-1", "2"));
	assert_string_equal(facts_value_text(&f, (size_t)vocab_index(
	    "filer.name"), buf, sizeof buf), "Әлиев Ә. # not a comment in text");
	assert_int_equal(facts_bool(&f, "act.in-force"), FACT_UNKNOWN);
	assert_true(facts_is(&f, "act.in-force", "unknown"));
	assert_int_equal(facts_bool(&f, "filer.in-custody"), 0);
	/* Fallbacks: stage intake, speaks-language yes; none: -1. */
	assert_true(facts_is(&f, "filing.stage", "intake"));
	assert_int_equal(facts_bool(&f, "filer.speaks-language"), 1);
	assert_int_equal(facts_enum(&f, "filer.role"), FACT_UNKNOWN);
	assert_int_equal(facts_date(&f, "filing.posted"), QDATE_NONE);
	facts_free(&f);
}

static void
test_sets(void **state)
{
	struct facts f;
	char buf[64], err[256];
	size_t i = (size_t)vocab_index("grounds.cpc485-2");

	(void)state;
	facts_init(&f);
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "none", err,
	    sizeof err), 0);
	assert_string_equal(facts_value_text(&f, i, buf, sizeof buf), "none");
	assert_true(facts_is(&f, "grounds.cpc485-2", "none"));
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "3", err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "1, 2, 4"));
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "1,1", err,
	    sizeof err), -1);
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "1,", err,
	    sizeof err), -1);
	/* The failed sets left the earlier answer. */
	assert_string_equal(facts_value_text(&f, i, buf, sizeof buf), "none");
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "4, 1", err,
	    sizeof err), 0);
	assert_string_equal(facts_value_text(&f, i, buf, sizeof buf), "1,4");
	assert_int_equal(facts_set(&f, "grounds.cpc485-2", "unknown", err,
	    sizeof err), 0);
	assert_string_equal(facts_value_text(&f, i, buf, sizeof buf),
	    "unknown");
	facts_free(&f);
}

static void
test_each_error_kind(void **state)
{
	(void)state;
	expect_error("filing.kind = complaint\nno.such.key = yes\n", 2,
	    "unknown key 'no.such.key'");
	expect_error("filing.kind = parcel\n", 1,
	    "'parcel' is not one of complaint, protest, submission");
	/* The longest domain is named whole, not cut off. */
	expect_error("filer.role = convikted\n", 1,
	    "civil-defendant, interested-person, other, unknown");
	expect_error("act.in-force = maybe\n", 1, "not yes, no or unknown");
	expect_error("filing.received = 2025-02-29\n", 1,
	    "there is no such day");
	expect_error("filing.received = 2200-01-01\n", 1,
	    "the year is outside 1900-2199");
	expect_error("filing.received = 1899-12-31\n", 1,
	    "the year is outside 1900-2199");
	expect_error("filing.received = 25-01-01\n", 1,
	    "not a date of the form YYYY-MM-DD");
	expect_error("filing.received = 10.09.2025\n", 1, "YYYY-MM-DD");
	expect_error("filing.received = unknown\n", 1, "YYYY-MM-DD");
	expect_error("filing.kind = complaint\nfiling.kind = protest\n", 2,
	    "given again (first on line 1)");
	expect_error("filing.kind complaint\n", 1, "expected 'key = value'");
	expect_error("= complaint\n", 1, "expected a key");
	expect_error("filing.kind =\n", 1, "no value");
	expect_error("filing.kind = # only a comment\n", 1, "no value");
	expect_error("filer.name = \xc3\x28\n", 1, "invalid UTF-8");
	expect_error("filer.name = \xed\xa0\x80\n", 1, "invalid UTF-8");
	expect_error("filer.name = \xc0\xaf\n", 1, "invalid UTF-8");
	expect_error("grounds.cpc485-1 = 9\n", 1, "'9' is not one of");
}

static void
test_nul_and_every_problem(void **state)
{
	static const char text[] = "filing.kind = complaint\nfiler.name = a\0b\n"
	    "x\ny = 1\nfiling.kind = protest\n";
	struct facts f;
	struct diags d;
	char err[64];

	(void)state;
	facts_init(&f);
	facts_set(&f, "filing.kind", "submission", err, sizeof err);
	memset(&d, 0, sizeof d);
	assert_int_equal(facts_parse(&f, "t.facts", text, sizeof text - 1,
	    collect, &d), 4);
	assert_non_null(strstr(d.text, "t.facts:2: a NUL byte"));
	assert_non_null(strstr(d.text, "t.facts:3: expected 'key = value'"));
	assert_non_null(strstr(d.text, "t.facts:4: unknown key 'y'"));
	assert_non_null(strstr(d.text, "t.facts:5: filing.kind: given again"));
	/* The facts as they were. */
	assert_true(facts_is(&f, "filing.kind", "submission"));
	facts_free(&f);
}

/* Issue 15: text that could act on a terminal or forge a porcelain field
 * is refused with what it is, and a byte-order mark is skipped. */
static void
test_controls_and_bom(void **state)
{
	static const char bom[] = "\xef\xbb\xbf" "filing.kind = complaint\n";
	struct facts f;
	struct diags d;

	(void)state;
	expect_error("filer.name = J\x1b]0;pwned\x07\n", 1,
	    "a control character (U+001B) at character 2");
	expect_error("filer.name = a\x7f\n", 1, "(U+007F)");
	expect_error("filer.name = a\xc2\x9b" "2J\n", 1, "(U+009B)");
	expect_error("filer.name = a\tb\n", 1, "a TAB at character 2");
	expect_error("filer.name = a\xff\n", 1, "invalid UTF-8");
	expect_error("filing.kind = a\x1b[2J\n", 1, "(U+001B)");
	expect_error("x\x1b[2J = 1\n", 1, "unknown key 'x\\x1b[2J'");
	facts_init(&f);
	memset(&d, 0, sizeof d);
	assert_int_equal(facts_parse(&f, "t.facts", bom, sizeof bom - 1,
	    collect, &d), 0);
	assert_true(facts_is(&f, "filing.kind", "complaint"));
	facts_free(&f);
}

static void
test_no_crash_on_junk(void **state)
{
	struct facts f;
	char junk[3000];
	unsigned seed = 12345;
	size_t i, n;

	(void)state;
	for (n = 0; n < 200; n++) {
		for (i = 0; i < sizeof junk; i++) {
			seed = seed * 1103515245u + 12345u;
			junk[i] = "=\n#, a.-9\xc3\xff yes"[(seed >> 16) % 16];
		}
		facts_init(&f);
		(void)facts_parse(&f, "junk", junk, n * 15, NULL, NULL);
		facts_free(&f);
	}
	facts_init(&f);
	assert_int_equal(facts_parse(&f, "empty", "", 0, NULL, NULL), 0);
	assert_int_equal(facts_parse(&f, "null", NULL, 0, NULL, NULL), 0);
	facts_free(&f);
}

static void
test_long_lines(void **state)
{
	struct facts f;
	struct diags d;
	char *big = malloc(5000);

	(void)state;
	memcpy(big, "filer.name = ", 13);
	memset(big + 13, 'a', 4000);
	big[4013] = '\0';
	facts_init(&f);
	assert_int_equal(parse(&f, big, &d), 1);
	assert_non_null(strstr(d.text, "filer.name"));
	memset(big, 'k', 4000);
	memcpy(big + 4000, " = 1", 5);
	assert_int_equal(parse(&f, big, &d), 1);
	assert_non_null(strstr(d.text, "unknown key"));
	assert_true(strlen(d.text) < 300);
	free(big);
	facts_free(&f);
}

static void
test_write_round_trip(void **state)
{
	struct facts f, g;
	struct strbuf sb;
	struct diags d;

	(void)state;
	facts_init(&f);
	facts_init(&g);
	assert_int_equal(parse(&f, "filing.kind = protest\n"
	    "filer.name = A  B\ngrounds.cpc485-2 = 4,1\n"
	    "filing.received = 2025-09-10\nact.in-force = unknown\n", &d), 0);
	strbuf_init(&sb);
	facts_write(&f, &sb);
	assert_string_equal(sb.buf, "filing.kind = protest\n"
	    "filer.name = A  B\nfiling.received = 2025-09-10\n"
	    "act.in-force = unknown\ngrounds.cpc485-2 = 1,4\n");
	assert_int_equal(parse(&g, sb.buf, &d), 0);
	facts_copy(&f, &g);
	facts_unset(&f, (size_t)vocab_index("filer.name"));
	assert_false(f.v[vocab_index("filer.name")].present);
	assert_true(g.v[vocab_index("filer.name")].present);
	strbuf_free(&sb);
	facts_free(&f);
	facts_free(&g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file),
		cmocka_unit_test(test_sets),
		cmocka_unit_test(test_each_error_kind),
		cmocka_unit_test(test_nul_and_every_problem),
		cmocka_unit_test(test_controls_and_bom),
		cmocka_unit_test(test_no_crash_on_junk),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_write_round_trip),
	};

	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
