/*
 * core/letter.c and core/rtf.c: the shipped templates load, every ground
 * of the core fills in both languages with its citations and without a
 * hole, and a broken template is refused with its file and line.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/decision.h"
#include "core/letter.h"
#include "core/letter-int.h"
#include "core/strbuf.h"
#include "core/text.h"

static const char *const langs[] = { "kk", "ru" };

static char *
read_template(const char *lang, size_t *len)
{
	const char *dir = getenv("QARAU_DATADIR");
	char path[1024], buf[4096], *text;
	struct strbuf sb;
	FILE *fp;
	size_t n;

	if (dir == NULL)
		dir = "data";
	snprintf(path, sizeof path, "%s/letters/%s.tpl", dir, lang);
	fp = fopen(path, "rb");
	if (fp == NULL)
		fail_msg("cannot open %s", path);
	strbuf_init(&sb);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(fp);
	text = strbuf_detach(&sb, len);
	strbuf_free(&sb);
	return text;
}

static struct letter_tpl *
load(const char *lang)
{
	struct letter_tpl *t;
	char err[512], file[32], *text;
	size_t len;

	text = read_template(lang, &len);
	snprintf(file, sizeof file, "%s.tpl", lang);
	if (letter_tpl_parse(file, text, len, &t, err, sizeof err) != 0)
		fail_msg("%s", err);
	free(text);
	return t;
}

/* Parses text as a template; returns the error message ("" if none). */
static const char *
parse_error(const char *text)
{
	static char err[512];
	struct letter_tpl *t;

	err[0] = '\0';
	if (letter_tpl_parse("bad.tpl", text, strlen(text), &t, err,
	    sizeof err) == 0)
		letter_tpl_free(t);
	return err;
}

/* The shipped template with one edit: old replaced by new (once). */
static char *
edited(const char *lang, const char *old, const char *new)
{
	struct strbuf sb;
	char *text, *at;
	size_t len;

	text = read_template(lang, &len);
	at = strstr(text, old);
	if (at == NULL)
		fail_msg("'%s' not in %s.tpl", old, lang);
	strbuf_init(&sb);
	strbuf_add(&sb, text, (size_t)(at - text));
	strbuf_puts(&sb, new);
	strbuf_puts(&sb, at + strlen(old));
	free(text);
	text = strbuf_detach(&sb, NULL);
	strbuf_free(&sb);
	return text;
}

/* The line of text that begins with start (1-based), 0 if none. */
static unsigned
line_of(const char *text, const char *start)
{
	const char *p = text;
	unsigned line = 1;

	for (; *p != '\0'; p++) {
		if ((p == text || p[-1] == '\n') &&
		    strncmp(p, start, strlen(start)) == 0)
			return line;
		line += *p == '\n';
	}
	return 0;
}

static const char *const all_missing[] = {
	"content.filer-data", "content.scope", "content.date-signature"
};

static void
full_values(struct letter_values *v, const struct ground *g, size_t n)
{
	static const char *const fields[LETTER_NFIELDS] = {
		"Қылмыстық істер жөніндегі кассациялық сот",
		"Астана қаласы, Қонаев көшесі, 39",
		"ККС-7/2025", "2025-10-03",
		"Серікбаев Е. М.", "Теміртау қаласы",
		"ЕЦ-166/11 мекемесі",
		"ККС-7/2025", "2025-09-29",
		"Қарағанды облыстық соты", "2025-05-14", "1-412/2025",
		"Н. Төлеуов", "Ж. Әбенова",
		NULL, NULL,	/* derived: filer.to, act.court.gen */
		"Қылмыстық істер жөніндегі кассациялық сот",
		"Кассационный суд по уголовным делам",
		"+7 7172 71-00-00", "kass@sud.kz", "+7 7172 71-00-12",
		"2025-10-15", "10:00", "Астана, Қонаев көшесі, 39, № 3 зал"
	};
	size_t i;

	memset(v, 0, sizeof *v);
	for (i = 0; i < LETTER_NFIELDS; i++)
		v->field[i] = fields[i];
	v->kind = "complaint";
	v->act_type = "verdict";
	v->act_instance = "appellate";
	v->grounds = g;
	v->n_grounds = n;
	v->missing = all_missing;
	v->n_missing = 3;
}

static void
ground_of(const struct rule *r, struct ground *g)
{
	size_t i;

	memset(g, 0, sizeof *g);
	g->rule = r;
	for (i = 0; i < DECISION_MAX_CITES && r->cites[i] != NULL; i++)
		g->cites[i] = r->cites[i];
}

/* The letter's paragraphs joined: text as filled, before wrapping; the
 * no-break hyphens (test_names checks where) read as plain ones. */
static char *
doc_text(const struct letter_doc *d)
{
	struct strbuf sb;
	char *text;
	const char *s;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < d->n; i++) {
		for (s = d->paras[i].text; *s != '\0'; s++)
			if (strncmp(s, "\xe2\x80\x91", 3) == 0) {
				strbuf_putc(&sb, '-');
				s += 2;
			} else
				strbuf_putc(&sb, *s);
		strbuf_putc(&sb, '\n');
	}
	text = strbuf_detach(&sb, NULL);
	strbuf_free(&sb);
	return text;
}

/* The case's request and the notice, in both languages: they load, and
 * a filing whose values are known fills them without a hole. */
static void
test_other_kinds(void **state)
{
	static const char *const kinds[] = { "case-request", "notice" };
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	char err[512], name[64], *text, *tpl;
	size_t i, k, len;

	(void)state;
	for (i = 0; i < 2; i++)
		for (k = 0; k < 2; k++) {
			snprintf(name, sizeof name, "%s.%s", kinds[i],
			    langs[k]);
			tpl = read_template(name, &len);
			if (letter_tpl_parse(name, tpl, len, &t, err,
			    sizeof err) != 0)
				fail_msg("%s", err);
			free(tpl);
			assert_string_equal(letter_tpl_kind(t), kinds[i]);
			full_values(&v, NULL, 0);
			assert_int_equal(letter_fill(t, &v, &d, err,
			    sizeof err), 0);
			text = doc_text(&d);
			if (strchr(text, '{') != NULL ||
			    strstr(text, "____________") != NULL)
				fail_msg("%s: hole in\n%s", name, text);
			free(text);
			letter_doc_free(&d);
			letter_tpl_free(t);
		}
}

static void
test_templates_load(void **state)
{
	struct letter_tpl *t;
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		t = load(langs[i]);
		assert_string_equal(letter_tpl_lang(t), langs[i]);
		letter_tpl_free(t);
	}
}

/*
 * Every rule of the core that can stand in a letter, alone, in both
 * languages: its own block (or, for refer rules without one, nothing),
 * each citation present, no placeholder or blank left.
 */
static void
test_every_ground(void **state)
{
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct strbuf cite, out;
	struct ground g;
	const struct rule *r;
	char err[256], *text;
	size_t i, k;

	(void)state;
	for (k = 0; k < 2; k++) {
		t = load(langs[k]);
		for (i = 0; i < rules_count(); i++) {
			r = rules_at(i);
			if (r->outcome == OUTCOME_RETURN_LETTER)
				assert_true(letter_tpl_has_ground(t, r->id));
			if (!letter_tpl_has_ground(t, r->id))
				continue;
			ground_of(r, &g);
			full_values(&v, &g, 1);
			v.flags = LETTER_CIVIL | LETTER_NEWCIRC;
			assert_int_equal(letter_fill(t, &v, &d, err,
			    sizeof err), 0);
			text = doc_text(&d);
			if (strchr(text, '{') != NULL ||
			    strchr(text, '}') != NULL ||
			    strstr(text, "____________") != NULL)
				fail_msg("%s %s: hole in\n%s", langs[k], r->id,
				    text);
			strbuf_init(&cite);
			letter_cites_format(t, g.cites, &cite);
			if ((r->outcome == OUTCOME_RETURN_LETTER ||
			    r->outcome == OUTCOME_REFER) &&
			    strstr(text, cite.buf) == NULL)
				fail_msg("%s %s: no '%s'", langs[k], r->id,
				    cite.buf);
			strbuf_free(&cite);
			strbuf_init(&out);
			letter_render_text(&d, 72, &out);
			assert_true(utf8_valid(out.buf, out.len, NULL));
			strbuf_free(&out);
			free(text);
			letter_doc_free(&d);
		}
		letter_tpl_free(t);
	}
}

/*
 * Every rule that returns by letter has a block of its own in each
 * template (letter_tpl_has_ground): a new rule needs its kk and ru
 * paragraphs.  The log lists which ids the templates cover.
 */
static void
test_coverage(void **state)
{
	const char *const *ids;
	struct letter_tpl *t;
	const struct rule *r;
	size_t i, k;

	(void)state;
	for (k = 0; k < 2; k++) {
		t = load(langs[k]);
		print_message("%s.tpl blocks:", langs[k]);
		for (ids = letter_tpl_grounds(t); *ids != NULL; ids++)
			print_message(" %s", *ids);
		print_message("\n%s.tpl: core rules without a block (not "
		    "return-letter):", langs[k]);
		for (i = 0; i < rules_count(); i++) {
			r = rules_at(i);
			if (!letter_tpl_has_ground(t, r->id)) {
				assert_int_not_equal(r->outcome,
				    OUTCOME_RETURN_LETTER);
				print_message(" %s(%s)", r->id,
				    outcome_name(r->outcome));
			}
		}
		print_message("\n");
		letter_tpl_free(t);
	}
}

/* The remedies a ground alone opens, as its row says, joined by spaces. */
static void
check_remedies(const char *id, const char *kind, unsigned flags,
    const char *want)
{
	struct letter_values v;
	struct strbuf sb;
	struct ground g;
	const char *rem[8];
	size_t i, n;

	ground_of(rules_find(id), &g);
	memset(&v, 0, sizeof v);
	v.kind = kind;
	v.flags = flags;
	v.grounds = &g;
	v.n_grounds = 1;
	n = letter_remedies(&v, rem, sizeof rem / sizeof rem[0]);
	strbuf_init(&sb);
	for (i = 0; i < n; i++)
		strbuf_printf(&sb, "%s%s", i > 0 ? " " : "", rem[i]);
	assert_string_equal(sb.buf != NULL ? sb.buf : "", want);
	strbuf_free(&sb);
}

static void
test_remedies_from_rows(void **state)
{
	(void)state;
	check_remedies("R8", "complaint", 0, "refile restore prosecutor");
	check_remedies("R11", "complaint", 0, "refile restore");
	check_remedies("R13", "complaint", 0, "execution");
	check_remedies("R14", "complaint", LETTER_NEWCIRC, "newcirc");
	check_remedies("R14", "complaint", LETTER_CIVIL, "civil");
	check_remedies("R14", "complaint", 0, "");
	check_remedies("R6", "complaint", 0, "prosecutor");
	check_remedies("R6", "protest", 0, "");
	check_remedies("R7", NULL, 0, "prosecutor");
	check_remedies("R15", "protest", 0, "refile");
	check_remedies("R22", "complaint", 0, "");
}

/* Every ground of a decision makes its paragraph, in order. */
static void
test_all_grounds_stated(void **state)
{
	static const char *const ids[] = { "R15", "R17", "R21", "R22" };
	struct ground g[4];
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct strbuf c;
	const char *prev;
	char err[256], *text, *at;
	size_t i;

	(void)state;
	t = load("ru");
	for (i = 0; i < 4; i++)
		ground_of(rules_find(ids[i]), &g[i]);
	full_values(&v, g, 4);
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "отсутствуют"));		/* R15 */
	assert_non_null(strstr(text, "копии обжалуемых"));	/* R17 */
	assert_non_null(strstr(text, "нецензурные"));		/* R21 */
	assert_non_null(strstr(text, "одного года"));		/* R22 */
	prev = text;
	for (i = 0; i < 4; i++) {
		strbuf_init(&c);
		letter_cites_format(t, g[i].cites, &c);
		at = strstr(prev, c.buf);
		assert_non_null(at);
		prev = at;
		strbuf_free(&c);
	}
	/* R15's list: one item per missing element. */
	for (i = 0; i < d.n; i++)
		if (d.paras[i].align == LETTER_ITEM)
			break;
	assert_true(i + 3 <= d.n);
	assert_int_equal(d.paras[i + 2].align, LETTER_ITEM);
	assert_non_null(strstr(d.paras[i].text, "процессуальное"));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
}

/* An id the templates do not know: the generic block, with its cites. */
static void
test_unknown_ground(void **state)
{
	static const struct rule r99 = { .id = "R99", .name = "test",
	    .outcome = OUTCOME_RETURN_LETTER,
	    .cites = { "CPC 489.1.1", "NR 7", "XYZ 1" }, .explain = "test" };
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct ground g;
	char err[256], *text;

	(void)state;
	ground_of(&r99, &g);
	t = load("kk");
	full_values(&v, &g, 1);
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "ҚПК-нің\xc2\xa0" "489-бабы бірінші "
	    "бөлігінің 1)\xc2\xa0тармағы"));
	assert_non_null(strstr(text, "нормативтік қаулының 7-тармағы"));
	assert_non_null(strstr(text, "XYZ 1"));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
}

static void
test_cite_format(void **state)
{
	static const struct {
		const char *lang, *cite, *want;
	} cases[] = {
		{ "ru", "CPC 489.1.1", "п.\xc2\xa0" "1) ч.\xc2\xa0" "1 "
		    "ст.\xc2\xa0" "489\xc2\xa0УПК" },
		{ "ru", "CPC 485", "ст.\xc2\xa0" "485\xc2\xa0УПК" },
		{ "ru", "NR 8.4", "абз.\xc2\xa0" "4 п.\xc2\xa0" "8 "
		    "нормативного постановления" },
		{ "ru", "CC 6", "ст.\xc2\xa0" "6\xc2\xa0УК" },
		{ "kk", "CPC 487.2", "ҚПК-нің\xc2\xa0" "487-бабының екінші "
		    "бөлігі" },
		{ "kk", "CPC 485.1.7-1", "ҚПК-нің\xc2\xa0" "485-бабы бірінші "
		    "бөлігінің 7-1)\xc2\xa0тармағы" },
		{ "kk", "NR 15.1", "нормативтік қаулының 15-тармағының "
		    "бірінші абзацы" },
		/* CPC 476 has items, no parts; 477 has parts. */
		{ "ru", "CPC 476.15", "п.\xc2\xa0" "15) ст.\xc2\xa0" "476"
		    "\xc2\xa0УПК" },
		{ "kk", "CPC 476.23", "ҚПК-нің\xc2\xa0" "476-бабының 23)"
		    "\xc2\xa0тармағы" },
		{ "ru", "CPC 477.3", "ч.\xc2\xa0" "3 ст.\xc2\xa0" "477"
		    "\xc2\xa0УПК" },
		{ "kk", "CPC 477.1", "ҚПК-нің\xc2\xa0" "477-бабының бірінші "
		    "бөлігі" },
		{ "kk", "Law 136", "Law 136" },
		{ "kk", "CPC 1.2.3.4", "CPC 1.2.3.4" },
	};
	struct letter_tpl *t;
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		t = load(cases[i].lang);
		strbuf_init(&sb);
		letter_cite_format(t, cases[i].cite, &sb);
		assert_string_equal(sb.buf, cases[i].want);
		strbuf_free(&sb);
		letter_tpl_free(t);
	}
}

/* Issue 10: the Code first and named once, articles in order, then the
 * resolution; a repeat is dropped. */
static void
test_cites_grouped(void **state)
{
	static const char *const r15[] = { "NR 7", "CPC 489.1.1",
	    "CPC 423.1", "CPC 488.1", "CPC 488.1", NULL };
	static const char *const mixed[] = { "NR 15.1", "CC 6",
	    "CPC 489.1.5", "CPC 477.1", "NR 2.3", "XYZ 1", NULL };
	/* One article's parts and items name it once (issue 10). */
	static const char *const r6n[] = { "CPC 484.2.1", "CPC 484.3",
	    "CPC 489.1.5", "NR 15.2", "NR 15.1", NULL };
	static const char *const whole[] = { "CPC 485.2", "CPC 485", NULL };
	struct letter_tpl *t;
	struct strbuf sb;

	(void)state;
	t = load("kk");
	strbuf_init(&sb);
	letter_cites_format(t, r15, &sb);
	assert_string_equal(sb.buf, "ҚПК-нің\xc2\xa0" "423-бабының бірінші "
	    "бөлігі, 488-бабының бірінші бөлігі, 489-бабы бірінші бөлігінің "
	    "1)\xc2\xa0тармағы; нормативтік қаулының 7-тармағы");
	letter_tpl_free(t);
	t = load("ru");
	strbuf_reset(&sb);
	letter_cites_format(t, r15, &sb);
	assert_string_equal(sb.buf, "ч.\xc2\xa0" "1 ст.\xc2\xa0" "423, "
	    "ч.\xc2\xa0" "1 ст.\xc2\xa0" "488, п.\xc2\xa0" "1) "
	    "ч.\xc2\xa0" "1 ст.\xc2\xa0" "489\xc2\xa0УПК; "
	    "п.\xc2\xa0" "7 нормативного постановления");
	strbuf_reset(&sb);
	letter_cites_format(t, mixed, &sb);
	assert_string_equal(sb.buf, "ч.\xc2\xa0" "1 ст.\xc2\xa0" "477, "
	    "п.\xc2\xa0" "5) ч.\xc2\xa0" "1 ст.\xc2\xa0" "489\xc2\xa0УПК; "
	    "ст.\xc2\xa0" "6\xc2\xa0УК; абз.\xc2\xa0" "3 п.\xc2\xa0" "2, "
	    "абз.\xc2\xa0" "1 п.\xc2\xa0" "15 нормативного постановления; "
	    "XYZ 1");
	strbuf_reset(&sb);
	letter_cites_format(t, r6n, &sb);
	assert_string_equal(sb.buf, "п.\xc2\xa0" "1) ч.\xc2\xa0" "2, "
	    "ч.\xc2\xa0" "3 ст.\xc2\xa0" "484, п.\xc2\xa0" "5) "
	    "ч.\xc2\xa0" "1 ст.\xc2\xa0" "489\xc2\xa0УПК; абз.\xc2\xa0"
	    "1, 2 п.\xc2\xa0" "15 нормативного постановления");
	letter_tpl_free(t);
	t = load("kk");
	strbuf_reset(&sb);
	letter_cites_format(t, r6n, &sb);
	assert_string_equal(sb.buf, "ҚПК-нің\xc2\xa0" "484-бабының екінші "
	    "бөлігінің 1)\xc2\xa0тармағы, үшінші бөлігі, 489-бабы бірінші "
	    "бөлігінің 5)\xc2\xa0тармағы; нормативтік қаулының 15-тармағының "
	    "бірінші, екінші абзацтары");
	/* A whole article is not joined with its parts. */
	strbuf_reset(&sb);
	letter_cites_format(t, whole, &sb);
	assert_string_equal(sb.buf, "ҚПК-нің\xc2\xa0" "485-бабы, 485-бабының "
	    "екінші бөлігі");
	strbuf_free(&sb);
	letter_tpl_free(t);
}

/* The engine the interface shares (cite.c): its forms are given, not a
 * template's; with alt, two items of one part are alternatives, named
 * once, alone or among the article's other parts; without, as ever. */
static void
test_cite_forms_alt(void **state)
{
	static const char *const fc[][2] = {
		{ "CPC 2", "ч. {p} ст. {a}" },
		{ "CPC 3", "п. {i}) ч. {p} ст. {a}" },
		{ "CPC 3-or", "п. {i}) или {j}) ч. {p} ст. {a}" },
		{ "CPC in-2", "ч. {p}" },
		{ "CPC in-3", "п. {i}) ч. {p}" },
		{ "CPC in-3-or", "п. {i}) или {j}) ч. {p}" },
		{ "CPC article", "{list} ст. {a}" },
		{ "NR 1", "п. {a}" },
	};
	static const char *const fg[][2] = {
		{ "CPC", "{list} УПК" }, { "NR", "{list} НП" },
	};
	struct tpl_kv kc[sizeof fc / sizeof fc[0]], kg[2];
	static const char *const two[] = { "NR 2", "CPC 484.2.3",
	    "CPC 484.2.2", NULL };
	static const char *const three[] = { "CPC 484.3", "CPC 484.2.2",
	    "CPC 484.2.3", NULL };
	struct tpl_list c = { kc, sizeof kc / sizeof kc[0] };
	struct tpl_list g = { kg, sizeof kg / sizeof kg[0] };
	struct tpl_list none = { NULL, 0 };
	struct cite_forms f = { &c, &g, &none, true };
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof fc / sizeof fc[0]; i++)
		kc[i] = (struct tpl_kv){ (char *)fc[i][0], (char *)fc[i][1], 0 };
	for (i = 0; i < sizeof fg / sizeof fg[0]; i++)
		kg[i] = (struct tpl_kv){ (char *)fg[i][0], (char *)fg[i][1], 0 };
	strbuf_init(&sb);
	cite_forms_format(&f, two, &sb);
	assert_string_equal(sb.buf, "п. 2) или 3) ч. 2 ст. 484 УПК; п. 2 НП");
	strbuf_reset(&sb);
	cite_forms_format(&f, three, &sb);
	assert_string_equal(sb.buf, "п. 2) или 3) ч. 2, ч. 3 ст. 484 УПК");
	strbuf_reset(&sb);
	f.alt = false;
	cite_forms_format(&f, two, &sb);
	assert_string_equal(sb.buf, "п. 2) ч. 2, п. 3) ч. 2 ст. 484 УПК; "
	    "п. 2 НП");
	strbuf_free(&sb);
}

/* Issue 10: dates in running text written out, the signature element
 * by the kind of filing, the worsening sentence not for the defence. */
static void
test_wording(void **state)
{
	static const char *const sig[] = { "content.date-signature" };
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct ground g;
	char err[256], *text;

	(void)state;
	ground_of(rules_find("R15"), &g);
	t = load("ru");
	full_values(&v, &g, 1);
	v.missing = sig;
	v.n_missing = 1;
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "от 14\xc2\xa0мая 2025\xc2\xa0года"));
	assert_non_null(strstr(text, "29\xc2\xa0сентября 2025\xc2\xa0года в "
	    "кассационный"));
	assert_non_null(strstr(text, "от 03.10.2025"));
	assert_non_null(strstr(text, "(далее – УПК), с учётом"));
	assert_non_null(strstr(text, "Возвращаю Вашу кассационную жалобу без "
	    "рассмотрения по следующим основаниям."));
	assert_non_null(strstr(text, "подпись автора жалобы."));
	assert_non_null(strstr(text, "абзац четвёртый"));
	free(text);
	letter_doc_free(&d);
	v.flags = LETTER_DEFENCE;
	v.kind = "protest";
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "подпись прокурора, принёсшего протест"));
	assert_null(strstr(text, "автора жалобы"));
	assert_null(strstr(text, "абзац четвёртый"));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
	t = load("kk");
	v.flags = 0;
	v.kind = "complaint";
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "2025\xc2\xa0жылғы 14\xc2\xa0мамырдағы"));
	assert_non_null(strstr(text, "шағым авторының қолтаңбасы."));
	assert_null(strstr(text, "наразылық келтірген прокурордың"));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
}

/* Unknown values print a visible blank; custody goes via the institution. */
static void
test_blank_and_custody(void **state)
{
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct ground g;
	char err[256], *text;

	(void)state;
	ground_of(rules_find("R17"), &g);
	t = load("kk");
	full_values(&v, &g, 1);
	v.field[LETTER_FILER_NAME] = NULL;
	v.field[LETTER_ACT_NUMBER] = "";
	v.act_type = NULL;
	v.flags = LETTER_CUSTODY;
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	/* The template writes the word for institution itself, in the
	 * case it needs: the one typed with the name is left out. */
	assert_non_null(strstr(text, "ЕЦ-166/11 мекемесінің\nәкімшілігі "
	    "арқылы\n____________"));
	assert_non_null(strstr(text, "№\xc2\xa0____________ ____________"));
	free(text);
	letter_doc_free(&d);
	v.field[LETTER_FILER_INSTITUTION] = "ЛА-155/14";
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "ЛА-155/14 мекемесінің\nәкімшілігі "));
	free(text);
	letter_doc_free(&d);
	v.field[LETTER_FILER_INSTITUTION] = NULL;
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "____________ мекемесінің\nәкімшілігі "));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
	t = load("ru");
	v.field[LETTER_FILER_INSTITUTION] = "учреждение ЛА-155/14";
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	text = doc_text(&d);
	assert_non_null(strstr(text, "\nчерез администрацию учреждения "
	    "ЛА-155/14\n"));
	free(text);
	letter_doc_free(&d);
	letter_tpl_free(t);
}

static void
test_remedies(void **state)
{
	struct letter_values v;
	struct ground g[2];
	const char *rem[8];
	size_t n;

	(void)state;
	ground_of(rules_find("R13"), &g[0]);
	full_values(&v, g, 1);
	n = letter_remedies(&v, rem, 8);
	assert_int_equal(n, 1);
	assert_string_equal(rem[0], "execution");

	ground_of(rules_find("R8"), &g[0]);
	ground_of(rules_find("R15"), &g[1]);
	full_values(&v, g, 2);
	n = letter_remedies(&v, rem, 8);
	assert_int_equal(n, 3);
	assert_string_equal(rem[0], "refile");
	assert_string_equal(rem[1], "restore");
	assert_string_equal(rem[2], "prosecutor");

	ground_of(rules_find("R14"), &g[0]);
	full_values(&v, g, 1);
	v.flags = LETTER_CIVIL;
	n = letter_remedies(&v, rem, 8);
	assert_int_equal(n, 1);
	assert_string_equal(rem[0], "civil");
}

static void
test_rtf(void **state)
{
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct strbuf out;
	struct ground g;
	char err[256];
	size_t i;

	(void)state;
	ground_of(rules_find("R15"), &g);
	t = load("kk");
	full_values(&v, &g, 1);
	assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
	strbuf_init(&out);
	letter_render_rtf(&d, &out);
	assert_true(strncmp(out.buf, "{\\rtf1", 6) == 0);
	assert_non_null(strstr(out.buf, "\\paperw11906\\paperh16838"));
	assert_non_null(strstr(out.buf, "\\u1179?"));	/* қ */
	assert_non_null(strstr(out.buf, "\\u1241?"));	/* ә */
	for (i = 0; i < out.len; i++)
		assert_true((unsigned char)out.buf[i] < 0x80);
	strbuf_free(&out);
	letter_doc_free(&d);
	letter_tpl_free(t);
}

static void
assert_error(const char *text, const char *want1, const char *want2)
{
	const char *err = parse_error(text);

	if (strstr(err, want1) == NULL || strstr(err, want2) == NULL)
		fail_msg("error '%s' lacks '%s' or '%s'", err, want1, want2);
}

static void
test_template_errors(void **state)
{
	char *text;
	const char *err;
	char where[32];

	(void)state;
	assert_error("@lang kk\n@block head\nhello {nobody}\n@end\n",
	    "bad.tpl:3:", "{nobody}");
	assert_error("@lang kk\n@block head\nopen {court.name\n@end\n",
	    "bad.tpl:3:", "unbalanced");
	assert_error("@lang kk\n@block head\nstray } brace\n@end\n",
	    "bad.tpl:3:", "unbalanced");
	assert_error("@lang kk\n\n@block head\nno end\n",
	    "bad.tpl:3:", "@end");
	assert_error("@lang kk\n@block head\n@if custody\nx\n@end\n",
	    "bad.tpl:3:", "@endif");
	assert_error("@lang kk\n@block head\n@endif\n@end\n",
	    "bad.tpl:3:", "without @if");
	assert_error("@lang kk\n@block head\n@if nosuch\n@endif\n@end\n",
	    "bad.tpl:3:", "nosuch");
	assert_error("@lang kk\nloose text\n", "bad.tpl:2:", "outside");
	assert_error("@lang kk\n@block bogus\n@end\n", "bad.tpl:2:",
	    "bogus");
	assert_error("@lang kk\n@frob x\n", "bad.tpl:2:", "@frob");
	assert_error("@lang kk\n@block head\n@end\n@block head\n@end\n",
	    "bad.tpl:4:", "line 2");
	assert_error("@lang kk\n@block head\nбар \xff\n@end\n",
	    "bad.tpl:3:", "UTF-8");

	/* Placeholder errors inside the real template. */
	text = edited("kk", "{filer.address}", "{filer.adress}");
	err = parse_error(text);
	assert_non_null(strstr(err, "bad.tpl:"));
	assert_non_null(strstr(err, "{filer.adress}"));
	free(text);
	text = edited("ru", "{doc.loc}", "{doc.abl}");
	assert_non_null(strstr(parse_error(text), "{doc.abl}"));
	free(text);
	/* The errors of @date and @textdate, found once the whole file is
	 * read, name their line (issue 15). */
	text = edited("ru", "@date {dd}.{mm}.{yyyy}", "@date {dd}.{mon}.{yyyy}");
	snprintf(where, sizeof where, "bad.tpl:%u:", line_of(text, "@date "));
	assert_non_null(strstr(parse_error(text), where));
	free(text);
	text = edited("ru", "@month 1 января\n", "");
	err = parse_error(text);
	snprintf(where, sizeof where, "bad.tpl:%u:", line_of(text,
	    "@textdate "));
	assert_non_null(strstr(err, where));
	assert_non_null(strstr(err, "@month 1"));
	free(text);
	/* A word form missing for one value. */
	text = edited("ru", "@word doc.gen protest протеста\n", "");
	assert_non_null(strstr(parse_error(text), "protest"));
	free(text);
	/* {cites} outside a ground block. */
	text = edited("ru", "Вместе с тем", "{cites} Вместе с тем");
	assert_non_null(strstr(parse_error(text), "@ground"));
	free(text);
	/* A missing block for a rule that returns by letter. */
	text = edited("kk", "@ground R15\n", "@ground R15x\n");
	err = parse_error(text);
	assert_non_null(strstr(err, "bad.tpl: "));
	assert_non_null(strstr(err, "R15"));
	free(text);
	text = edited("ru", "@remedy civil\n", "@block closing\n");
	assert_non_null(strstr(parse_error(text), "closing"));
	free(text);
	text = edited("ru", "@element content.scope ", "@element content.x ");
	assert_non_null(strstr(parse_error(text), "content.x"));
	free(text);
}

/* Wrapped text: no line wider than asked, Kazakh letters intact. */
static void
test_text_render(void **state)
{
	struct letter_values v;
	struct letter_doc d;
	struct letter_tpl *t;
	struct strbuf out;
	struct ground g[3];
	char err[256], *line, *save;
	size_t k;

	(void)state;
	ground_of(rules_find("R15"), &g[0]);
	ground_of(rules_find("R8"), &g[1]);
	ground_of(rules_find("R13"), &g[2]);
	for (k = 0; k < 2; k++) {
		t = load(langs[k]);
		full_values(&v, g, 3);
		assert_int_equal(letter_fill(t, &v, &d, err, sizeof err), 0);
		strbuf_init(&out);
		letter_render_text(&d, 60, &out);
		assert_true(utf8_valid(out.buf, out.len, NULL));
		for (line = strtok_r(out.buf, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save))
			if (text_width(line) > 60)
				fail_msg("too wide: %s", line);
		strbuf_free(&out);
		letter_doc_free(&d);
		letter_tpl_free(t);
	}
}

/* The bytes handed to qarau-pdf are read within their length: a length
 * line the parser does not take whole (a blank one, a sign, a letter, an
 * overflow) is refused, never read past the end (the buffer is exact, so
 * AddressSanitizer sees an overread). */
static int
wire_try(const char *bytes)
{
	size_t len = strlen(bytes);
	char *exact = malloc(len), err[256];
	struct letter_doc doc;
	int rc;

	assert_non_null(exact);
	memcpy(exact, bytes, len);
	rc = letter_doc_deserialize(exact, len, &doc, err, sizeof err);
	if (rc == 0)
		letter_doc_free(&doc);
	free(exact);
	return rc;
}

static void
test_wire_bounds(void **state)
{
	(void)state;
	assert_int_equal(wire_try("qarau-letter 1 kk\n2 2\nab\n"), 0);
	assert_int_equal(wire_try("qarau-letter 1 kk\n3 \n\n"), -1);
	assert_int_equal(wire_try("qarau-letter 1 kk\n3 \n"), -1);
	assert_int_equal(wire_try("qarau-letter 1 kk\n2 +2\nab\n"), -1);
	assert_int_equal(wire_try("qarau-letter 1 kk\n2 2x\nab\n"), -1);
	assert_int_equal(wire_try("qarau-letter 1 kk\n2 "
	    "99999999999999999999999\nab\n"), -1);
	assert_int_equal(wire_try("qarau-letter 1 kk\n2 3\nab\n"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_templates_load),
		cmocka_unit_test(test_every_ground),
		cmocka_unit_test(test_coverage),
		cmocka_unit_test(test_remedies_from_rows),
		cmocka_unit_test(test_all_grounds_stated),
		cmocka_unit_test(test_unknown_ground),
		cmocka_unit_test(test_cite_format),
		cmocka_unit_test(test_cites_grouped),
		cmocka_unit_test(test_cite_forms_alt),
		cmocka_unit_test(test_wording),
		cmocka_unit_test(test_blank_and_custody),
		cmocka_unit_test(test_remedies),
		cmocka_unit_test(test_rtf),
		cmocka_unit_test(test_template_errors),
		cmocka_unit_test(test_other_kinds),
		cmocka_unit_test(test_text_render),
		cmocka_unit_test(test_wire_bounds),
	};

	setlocale(LC_ALL, "C.UTF-8");
	core_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
