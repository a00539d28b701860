/*
 * Unit tests of the reader's proposals (core/propose*.c) with the shipped
 * tables of $QARAU_DATADIR/read/ (data/propose-load.c): for every kind of
 * proposal a text that fires it and a near miss, in Russian and in
 * Kazakh; the porcelain and its parser; bad tables and bad text.
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
#include "core/propose.h"
#include "core/strbuf.h"
#include "data/propose-load.h"

/* Long enough for the language to be told (40 Cyrillic letters). */
#define RU_FILL "Считаю приговор незаконным и необоснованным по доводам, " \
	"изложенным ниже.\n"
#define KK_FILL "Үкімді заңсыз және негізсіз деп санаймын, дәлелдерім " \
	"төменде келтірілген.\n"

static void
read_text(const char *text, struct proposals *ps)
{
	const struct propose_table *const *tables;
	size_t n;
	char err[512];

	if (propose_load_tables(&tables, &n, err, sizeof err) != 0)
		fail_msg("%s", err);
	if (propose(text, strlen(text), tables, n, ps, err, sizeof err) != 0)
		fail_msg("%s", err);
}

static const struct proposal *
find(const struct proposals *ps, const char *key)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (strcmp(ps->v[i].key, key) == 0)
			return &ps->v[i];
	return NULL;
}

/* A text, a key, and the value it must propose (NULL: nothing, or for
 * a near miss "!yes": anything but yes). */
struct pcase {
	const char	*text;
	const char	*key;
	const char	*value;
};

static void
check_cases(const struct pcase *c, size_t n)
{
	struct proposals ps;
	const struct proposal *p;
	size_t i;

	for (i = 0; i < n; i++) {
		read_text(c[i].text, &ps);
		p = find(&ps, c[i].key);
		if (c[i].value == NULL && p != NULL)
			fail_msg("case %zu: %s proposed '%s' from «%s»", i,
			    c[i].key, p->value, p->quote);
		else if (c[i].value != NULL && c[i].value[0] == '!') {
			if (p != NULL && strcmp(p->value, c[i].value + 1) == 0)
				fail_msg("case %zu: %s proposed '%s'", i,
				    c[i].key, p->value);
		} else if (c[i].value != NULL && p == NULL)
			fail_msg("case %zu: %s not proposed", i, c[i].key);
		else if (c[i].value != NULL && strcmp(p->value, c[i].value))
			fail_msg("case %zu: %s = '%s', expected '%s'", i,
			    c[i].key, p->value, c[i].value);
		if (p != NULL && p->page > 0 && (p->line < 1 ||
		    p->quote[0] == '\0'))
			fail_msg("case %zu: no line or quote", i);
		proposals_free(&ps);
	}
}

static void
test_kind_and_filer(void **state)
{
	static const struct pcase c[] = {
		{ "КАССАЦИОННАЯ ЖАЛОБА\nна приговор", "filing.kind",
		  "complaint" },
		{ "АПЕЛЛЯЦИОННАЯ ЖАЛОБА\nна приговор", "filing.kind", NULL },
		{ "ПРОТЕСТ\nв порядке кассации", "filing.kind", "protest" },
		{ "КАССАЦИОННАЯ ЖАЛОБА\nКАССАЦИОННЫЙ ПРОТЕСТ", "filing.kind",
		  NULL },
		{ "КАССАЦИЯЛЫҚ ШАҒЫМ", "filing.kind", "complaint" },
		{ "АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ", "filing.kind", NULL },
		{ "КАССАЦИЯЛЫҚ НАРАЗЫЛЫҚ", "filing.kind", "protest" },
		{ "ҰСЫНУ\n(ҚПК-нің 446-бабы)", "filing.kind", "submission" },
		{ "от осужденного Иванова Ивана Ивановича", "filer.role",
		  "convicted" },
		{ "в интересах осужденного Иванова Ивана Ивановича",
		  "filer.role", NULL },
		{ "Защитник: адвокат Петров П.П.\nот осужденного Иванова",
		  "filer.role", NULL },
		{ "Заместитель Генерального Прокурора\nРеспублики Казахстан",
		  "filer.role", "deputy-prosecutor-general" },
		{ "Сотталған: Иванов Иван Иванович", "filer.role",
		  "convicted" },
		{ "Сотталған Иванов Иван Ивановичтің\nмүддесін қорғайтын "
		  "қорғаушы", "filer.role", "defender" },
		{ "Бас Прокурорының орынбасары", "filer.role",
		  "deputy-prosecutor-general" },
		{ "Бас Прокурорының көмекшісі", "filer.role", NULL },
		{ "от осужденного Иванова Ивана Ивановича,", "filer.name",
		  "Иванова Ивана Ивановича" },
		{ "от осужденного иванова ивана", "filer.name", NULL },
		{ "Сотталған: Жақсылықов Нұрлан Бекұлы", "filer.name",
		  "Жақсылықов Нұрлан Бекұлы" },
		{ "Сотталған: Жақсылықов", "filer.name", NULL },
		{ "отбывающего наказание в учреждении ЛА-155/14",
		  "filer.institution", "ЛА-155/14" },
		{ "в учреждении образования", "filer.institution", NULL },
		{ "ЛА-155/14 мекемесінде", "filer.institution",
		  "ЛА-155/14" },
		{ "мемлекеттік мекемеде", "filer.institution", NULL },
		{ "Жалоба подана через администрацию учреждения ЛА-155/14.",
		  "filing.via-institution", "yes" },
		{ "Жалоба подана через канцелярию суда.",
		  "filing.via-institution", NULL },
		{ "Шағым ЛА-155/14 мекемесінің әкімшілігі арқылы жіберілді.",
		  "filing.via-institution", "yes" },
		{ "Шағым пошта арқылы жіберілді.", "filing.via-institution",
		  NULL },
		{ "содержащегося в учреждении ЛА-155/14", "filer.in-custody",
		  "yes" },
		{ "содержащегося в следственном изоляторе", "filer.in-custody",
		  NULL },
		{ "ЛА-155/14 мекемесінде жазасын өтеп жатқан",
		  "filer.in-custody", "yes" },
		{ "мекемеде жұмыс істейді", "filer.in-custody", NULL },
		{ "проживающая: г. Караганда, пр. Бухар-Жырау,\nд. 38, кв. 17, "
		  "тел. 8 777 310 45 09", "filer.address",
		  "г. Караганда, пр. Бухар-Жырау, д. 38, кв. 17" },
		{ "проживающая: г. Караганда, пр. Бухар-Жырау", "filer.address",
		  NULL },
		{ "мекенжайы: Павлодар қ., Ломов к-сі,\n45-үй, тел. 8 (7182) "
		  "55 20 19", "filer.address", "Павлодар қ., Ломов к-сі, 45-үй" },
		{ "мекенжайы: Павлодар облысы, Екібастұз қ.", "filer.address",
		  NULL },
		{ "Защитник: адвокат Петров П.П.\nв интересах осужденного "
		  "Иванова И.И.", "filer.defends", "convicted" },
		{ "в интересах осужденного Иванова И.И.", "filer.defends",
		  NULL },
		{ "Сотталған Иванов И.И.-нің мүддесін қорғайтын қорғаушы",
		  "filer.defends", "convicted" },
		{ "Сотталған Иванов И.И.-нің мүддесін", "filer.defends", NULL },
		{ "от законного представителя несовершеннолетнего "
		  "осужденного", "filer.represents", "convicted" },
		{ "от законного представителя", "filer.represents", NULL },
		{ "жәбірленуші Маратова Аружан Дәуренқызының заңды өкілі",
		  "filer.represents", "victim" },
		{ "жәбірленушінің өкілі", "filer.represents", NULL },
	};

	(void)state;
	check_cases(c, sizeof c / sizeof c[0]);
}

#define RU_ACT "КАССАЦИОННАЯ ЖАЛОБА\nна приговор Павлодарского " \
	"городского суда от 12.03.2025 № 1-112/2025\n"
#define RU_NOACT "КАССАЦИОННАЯ ЖАЛОБА\nприговор был вынесен давно\n"
#define KK_ACT "КАССАЦИЯЛЫҚ ШАҒЫМ\nПавлодар облысы Екібастұз қалалық " \
	"сотының 2025 жылғы 11 ақпандағы\n№ 1-64/2025 үкімімен мен сотталдым.\n"
#define KK_NOACT "КАССАЦИЯЛЫҚ ШАҒЫМ\nСот үкімі заңсыз.\n"

static void
test_act(void **state)
{
	static const struct pcase c[] = {
		{ RU_ACT, "act.type", "verdict" },
		{ RU_NOACT, "act.type", NULL },
		{ RU_ACT, "act.instance", "first" },
		{ RU_NOACT, "act.instance", NULL },
		{ RU_ACT, "act.court", "Павлодарского городского суда" },
		{ RU_NOACT, "act.court", NULL },
		{ RU_ACT, "act.date", "2025-03-12" },
		{ RU_NOACT, "act.date", NULL },
		{ RU_ACT, "act.number", "1-112/2025" },
		{ RU_NOACT, "act.number", NULL },
		{ KK_ACT, "act.type", "verdict" },
		{ KK_NOACT, "act.type", NULL },
		{ KK_ACT, "act.instance", "first" },
		{ KK_NOACT, "act.instance", NULL },
		{ KK_ACT, "act.court", "Павлодар облысы Екібастұз қалалық "
		  "сотының" },
		{ KK_NOACT, "act.court", NULL },
		{ KK_ACT, "act.date", "2025-02-11" },
		{ KK_NOACT, "act.date", NULL },
		{ KK_ACT, "act.number", "1-64/2025" },
		{ KK_NOACT, "act.number", NULL },
		/* Dates in words; a day the calendar lacks is no date. */
		{ "на приговор Алмалинского районного суда от «15» июля "
		  "2025 года", "act.date", "2025-07-15" },
		{ "на приговор Алмалинского районного суда от 31.02.2025",
		  "act.date", NULL },
		{ "на постановление апелляционной судебной коллегии",
		  "act.instance", "appellate" },
		{ "на постановление апелляционной судебной коллегии",
		  "act.type", "ruling" },
		{ "на частное постановление суда", "act.type",
		  "private-ruling" },
		{ "Алматы облыстық сотының апелляциялық сот алқасының 2025 "
		  "жылғы 24 маусымдағы қаулысымен", "act.instance",
		  "appellate" },
		{ "на вступивший в законную силу приговор", "act.in-force",
		  "yes" },
		{ "на не вступивший в законную силу приговор",
		  "act.in-force", NULL },
		{ "заңды күшіне енген үкімге", "act.in-force", "yes" },
		{ "заңды күшіне енбеген үкімге", "act.in-force", NULL },
		/* The request to leave the verdict as it is: not the act. */
		{ RU_ACT "Прошу приговор оставить без изменения.", "act.type",
		  NULL },
		{ "КАССАЦИОННАЯ ЖАЛОБА\nПостановлением апелляционной "
		  "коллегии от 20.05.2025 приговор оставлен без изменения.",
		  "appeal.route", "reviewed" },
		{ "КАССАЦИОННАЯ ЖАЛОБА\nПрошу приговор оставить без "
		  "изменения.", "appeal.route", NULL },
		{ "КАССАЦИЯЛЫҚ ШАҒЫМ\nқаулысымен үкім өзгеріссіз "
		  "қалдырылды.", "appeal.route", "reviewed" },
		{ "КАССАЦИЯЛЫҚ ШАҒЫМ\nүкімді өзгеріссіз қалдыруды сұраймын.",
		  "appeal.route", NULL },
	};

	(void)state;
	check_cases(c, sizeof c / sizeof c[0]);
}

static void
test_grounds(void **state)
{
	static const struct pcase c[] = {
		{ "(п. 1) ч. 1 ст. 485 УПК РК) и (пп. 3), 5) ч.1 ст.485 УПК)",
		  "grounds.cpc485-1", "1,3,5" },
		{ "осужден по п. 2) ч. 3 ст. 188 УК", "grounds.cpc485-1",
		  NULL },
		{ "п. 7-1) ч. 1 ст. 485 УПК", "grounds.cpc485-1", "7-1" },
		{ "п. 1) и 4) ч. 2 ст. 485 УПК", "grounds.cpc485-2", "1,4" },
		{ "п. 1) и 4) ч. 2 ст. 485 УПК", "grounds.cpc485-1", NULL },
		{ "ҚПК-нің 485-бабы бірінші бөлігінің 3) және 5) тармақтары",
		  "grounds.cpc485-1", "3,5" },
		{ "ҚК-нің 190-бабы 3-бөлігінің 2) тармағы",
		  "grounds.cpc485-1", NULL },
		{ "ҚПК-нің 485-бабы екінші бөлігінің 4) тармағы",
		  "grounds.cpc485-2", "4" },
	};

	(void)state;
	check_cases(c, sizeof c / sizeof c[0]);
}

static void
test_content(void **state)
{
	static const struct pcase c[] = {
		{ "Прошу рассмотреть жалобу с моим участием.",
		  "content.participation", "yes" },
		{ "Дело рассмотрено с участием прокурора.",
		  "content.participation", NULL },
		{ "Шағымды менің қатысуыммен қарауды сұраймын.",
		  "content.participation", "yes" },
		{ "Прокурордың қатысуы міндетті.", "content.participation",
		  NULL },
		{ "Приложение:\n1. Копия приговора на 9 л.",
		  "content.attachments", "yes" },
		{ "согласно приложению к протоколу", "content.attachments",
		  NULL },
		{ "Қосымша:\n1. Үкімнің көшірмесі.", "content.attachments",
		  "yes" },
		{ "қосымша дәлелдер бар", "content.attachments", NULL },
		{ "Приложение:\n1. Копия приговора на 9 л.",
		  "content.copies-attached", "yes" },
		{ "Приложение:\n1. Характеристика на 1 л.",
		  "content.copies-attached", "!yes" },
		{ "Приложение:\n1. Копию приговора не получил.",
		  "content.copies-attached", "!yes" },
		{ "Қосымша:\n1. Үкімнің көшірмесі.",
		  "content.copies-attached", "yes" },
		{ "Қосымша:\n1. Мінездеме.", "content.copies-attached",
		  "!yes" },
		{ RU_FILL "15.07.2025                 Иванов И.И.",
		  "content.date-signature", "yes" },
		{ RU_FILL "Прошу отменить приговор.", "content.date-signature",
		  "no" },
		{ KK_FILL "2025 жылғы 15 шілде           Н.Б. Жақсылықов",
		  "content.date-signature", "yes" },
		{ KK_FILL "Үкімнің күшін жоюды сұраймын.",
		  "content.date-signature", "no" },
		{ RU_FILL "Прошу отменить приговор.", "content.attachments",
		  "no" },
		{ KK_FILL "Үкімнің күшін жоюды сұраймын.",
		  "content.attachments", "no" },
		{ "Электронное обращение № 25-0014872 от 18.08.2025",
		  "filing.efiling-number", "25-0014872" },
		{ "Обращение гражданина № 25", "filing.efiling-number", NULL },
		{ "Электрондық өтініш № 25-0017306, 26.08.2025",
		  "filing.efiling-number", "25-0017306" },
		{ "Өтініш № 25", "filing.efiling-number", NULL },
	};

	(void)state;
	check_cases(c, sizeof c / sizeof c[0]);
}

static void
test_abusive(void **state)
{
	static const struct pcase c[] = {
		{ "Следователь — мразь, которая выбивала показания.",
		  "content.abusive", "yes" },
		{ RU_FILL RU_FILL RU_FILL "Костюм из сукна был изъят.",
		  "content.abusive", "no" },
		{ "Костюм из сукна был изъят.", "content.abusive", NULL },
		{ "Айыптаушы — өтірікші, оңбаған біреу.", "content.abusive",
		  "yes" },
		{ KK_FILL KK_FILL KK_FILL "Ақ көйлек куәгерде болды.",
		  "content.abusive", "no" },
	};
	struct proposals ps;
	size_t i, hits = 0;

	(void)state;
	check_cases(c, sizeof c / sizeof c[0]);
	/* Each hit is its own proposal, quoted. */
	read_text("Судья — подонок.\nПрокурор — сволочь.", &ps);
	for (i = 0; i < ps.n; i++)
		if (strcmp(ps.v[i].key, "content.abusive") == 0) {
			hits++;
			assert_string_equal(ps.v[i].value, "yes");
			assert_int_equal(ps.v[i].line, (int)hits);
			assert_non_null(strstr(ps.v[i].quote, hits == 1 ?
			    "подонок" : "сволочь"));
		}
	assert_int_equal(hits, 2);
	proposals_free(&ps);
}

static void
test_language(void **state)
{
	struct proposals ps;
	const struct proposal *p;

	(void)state;
	read_text(RU_FILL RU_FILL, &ps);
	assert_string_equal(ps.language, "ru");
	assert_null(find(&ps, "content.language-ok"));
	assert_string_equal(proposals_language_ok(&ps, "ru"), "yes");
	assert_string_equal(proposals_language_ok(&ps, "kk"), "no");
	assert_null(proposals_language_ok(&ps, NULL));
	proposals_free(&ps);
	read_text(KK_FILL KK_FILL, &ps);
	assert_string_equal(ps.language, "kk");
	assert_string_equal(proposals_language_ok(&ps, "kk"), "yes");
	proposals_free(&ps);
	read_text("Men o'zbek tilida so'zlashaman, davlat tilini va rus "
	    "tilini yaxshi bilmayman. Hukmni bekor qilishni so'rayman.", &ps);
	assert_string_equal(ps.language, "other");
	p = find(&ps, "content.language-ok");
	assert_non_null(p);
	assert_string_equal(p->value, "no");
	assert_int_equal(p->page, 0);
	proposals_free(&ps);
	/* Pages split by form feeds; lines count within a page. */
	read_text("первая страница\n\fвторая\nКАССАЦИОННАЯ ЖАЛОБА", &ps);
	assert_int_equal(ps.pages, 2);
	p = find(&ps, "filing.kind");
	assert_non_null(p);
	assert_int_equal(p->page, 2);
	assert_int_equal(p->line, 2);
	assert_string_equal(p->quote, "КАССАЦИОННАЯ ЖАЛОБА");
	proposals_free(&ps);
}

static void
test_porcelain(void **state)
{
	struct proposals ps, back;
	struct strbuf sb, sb2;
	char err[256];
	size_t i;

	(void)state;
	read_text("Электронное обращение № 25-0014872\n" RU_ACT
	    "(п. 1) ч. 1 ст. 485 УПК)", &ps);
	assert_true(ps.n >= 5);
	ps.ocr = 1;
	snprintf(ps.format, sizeof ps.format, "pdf");
	/* A quote as odd as text gets: TAB, newline, backslash, C1. */
	free(ps.v[0].quote);
	ps.v[0].quote = strdup("a\tb\nc\\t \\x41 \xc2\x9b end");
	strbuf_init(&sb);
	proposals_porcelain(&ps, &sb);
	assert_non_null(strstr(sb.buf, "text.pages=1\ntext.language=ru\n"
	    "text.ocr=yes\ntext.encoding=\ntext.format=pdf\n"));
	assert_non_null(strstr(sb.buf, "suggest.act.date=2025-03-12\tpage=1"
	    "\tline=3\tquote="));
	assert_int_equal(proposals_parse(sb.buf, &back, err, sizeof err), 0);
	assert_int_equal(back.n, ps.n);
	assert_int_equal(back.pages, ps.pages);
	assert_int_equal(back.ocr, 1);
	assert_string_equal(back.language, "ru");
	assert_string_equal(back.format, "pdf");
	for (i = 0; i < ps.n; i++) {
		assert_string_equal(back.v[i].key, ps.v[i].key);
		assert_string_equal(back.v[i].value, ps.v[i].value);
		assert_string_equal(back.v[i].quote, ps.v[i].quote);
		assert_int_equal(back.v[i].page, ps.v[i].page);
		assert_int_equal(back.v[i].line, ps.v[i].line);
	}
	strbuf_init(&sb2);
	proposals_porcelain(&back, &sb2);
	assert_string_equal(sb.buf, sb2.buf);
	strbuf_free(&sb2);
	strbuf_free(&sb);
	proposals_free(&back);
	proposals_free(&ps);
	assert_int_equal(proposals_parse("text.pages=1\nsuggest.a=b\tpage=x"
	    "\tline=1\tquote=\n", &back, err, sizeof err), -1);
	assert_string_equal(err, "line 2: not a proposal's porcelain");
	assert_int_equal(back.n, 0);
	assert_int_equal(proposals_parse("suggest.a=b\tpage=1\tline=1\t"
	    "quote=\\q\n", &back, err, sizeof err), -1);
	assert_int_equal(proposals_parse("hello\n", &back, err, sizeof err),
	    -1);
	assert_int_equal(proposals_parse("", &back, err, sizeof err), 0);
	assert_int_equal(back.n, 0);
}

static void
test_bad_input(void **state)
{
	static const struct {
		const char	*text;
		const char	*msg;
	} bad[] = {
		{ "filing.kind complaint", "no TAB" },
		{ "no.such.key x\tfoo", "unknown fact key" },
		{ "filing.kind nonsense\tfoo", "not a value" },
		{ "act.date $\tот", "needs a capture" },
		{ "act.date $\t{ от", "unbalanced" },
		{ "act.date $ middle\tот {date}", "unknown scope" },
		{ "act.date $\tот {when}", "bad pattern item" },
		{ "@month 13 foo", "@month" },
		{ "@frobnicate", "unknown directive" },
	};
	struct propose_table *t;
	struct proposals ps;
	char err[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(propose_table_parse(&t, "ru", "t.pat",
		    bad[i].text, err, sizeof err), -1);
		if (strncmp(err, "t.pat:1: ", 9) != 0 ||
		    strstr(err, bad[i].msg) == NULL)
			fail_msg("case %zu: '%s'", i, err);
	}
	assert_int_equal(propose_table_parse(&t, "ru", "t.pat",
	    "# ok\n\nfiling.kind complaint head\tкассационн* жалоб*\n", err,
	    sizeof err), 0);
	assert_int_equal(propose_table_lexicon(t, "t.abusive", "\xff\n",
	    err, sizeof err), -1);
	/* Invalid UTF-8 in the text is refused, not read around. */
	assert_int_equal(propose("КАССАЦИОННАЯ ЖАЛОБА \xff",
	    strlen("КАССАЦИОННАЯ ЖАЛОБА \xff"),
	    (const struct propose_table *const *)&t, 1, &ps, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "UTF-8"));
	assert_int_equal(ps.n, 0);
	assert_int_equal(propose("кассационная жалоба", 37,
	    (const struct propose_table *const *)&t, 1, &ps, err,
	    sizeof err), 0);
	assert_int_equal(ps.n, 1);
	proposals_free(&ps);
	/* An empty text proposes nothing, and has no pages. */
	assert_int_equal(propose("", 0, (const struct propose_table *const *)
	    &t, 1, &ps, err, sizeof err), 0);
	assert_int_equal(ps.n, 0);
	assert_int_equal(ps.pages, 0);
	propose_table_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_and_filer),
		cmocka_unit_test(test_act),
		cmocka_unit_test(test_grounds),
		cmocka_unit_test(test_content),
		cmocka_unit_test(test_abusive),
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_porcelain),
		cmocka_unit_test(test_bad_input),
	};
	int rc;

	core_init();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	propose_load_free();
	return rc;
}
