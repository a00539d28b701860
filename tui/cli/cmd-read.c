/*
 * qarau read FILE...: the text of a filing's document and what it
 * proposes (issue 11), without touching the register.  For people, each
 * proposal as the question it answers, the value's label and where the
 * text says it; --porcelain as proposals_porcelain writes it (the form
 * the register stores); --json one object a file.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/json.h"
#include "core/propose.h"
#include "core/vocab.h"
#include "data/propose-load.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/extract/extract.h"

enum { READ_HUMAN, READ_PORCELAIN, READ_JSON };

static void
read_usage(void)
{
	fputs(_("Extract the text of filing documents (PDF, scans and images "
	    "through OCR, DOCX,\nODT, DOC, RTF, plain text in any encoding) "
	    "and print the answers the text\nproposes, each with the page, "
	    "the line and the words it comes from.  Nothing\nis recorded: "
	    "'qarau add --document' stores a document with its filing.\n\n"),
	    stdout);
	fputs(_("  --porcelain    text.* lines, then one line a proposal: "
	    "suggest.KEY=VALUE,\n"
	    "                 page=N, line=M, quote=... separated by tabs; "
	    "with several\n"
	    "                 files, each begins with file=PATH and ends "
	    "with an empty line\n"
	    "  --json         a JSON array, one object a file\n"
	    "  --text         print the extracted text instead (pages "
	    "separated by form feeds)\n"
	    "  -h, --help     show this help and exit\n"), stdout);
}

/* The key's question, for people; the keys outside the vocabulary. */
static const char *
read_label(const char *key, const struct fact_def **def)
{
	int i = vocab_index(key);

	*def = i >= 0 ? vocab_at((size_t)i) : NULL;
	if (*def != NULL)
		return _((*def)->question);
	if (strcmp(key, "filing.efiling-number") == 0)
		return _("The e-filing number");
	return key;
}

/* A set's value "1,5" as its labels. */
static void
read_set_label(const struct fact_def *def, const char *v, struct strbuf *sb)
{
	char item[16];
	size_t len;
	int i;

	while (*v != '\0') {
		len = strcspn(v, ",");
		snprintf(item, sizeof item, "%.*s", (int)len, v);
		i = vocab_value_index(def, item);
		strbuf_printf(sb, "%s%s (%s)", sb->len ? "; " : "", item,
		    i >= 0 ? _(vocab_value_label(def, i)) : "?");
		v += len + (v[len] == ',');
	}
}

static void
read_value_label(const struct fact_def *def, const char *v,
    struct strbuf *sb)
{
	char shown[QDATE_BUFSZ];
	qdate d;
	int i;

	if (def == NULL || def->type == FACT_TEXT) {
		strbuf_puts(sb, v);
	} else if (def->type == FACT_SET) {
		read_set_label(def, v, sb);
	} else if (def->type == FACT_DATE && qdate_parse(v, &d)) {
		qdate_format_shown(d, shown);
		strbuf_puts(sb, shown);
	} else if ((i = vocab_value_index(def, v)) >= 0) {
		strbuf_puts(sb, _(vocab_value_label(def, i)));
	} else
		strbuf_puts(sb, v);
}

static const char *
read_language_name(const char *lang)
{
	if (strcmp(lang, "kk") == 0)
		return _("Kazakh");
	if (strcmp(lang, "ru") == 0)
		return _("Russian");
	if (strcmp(lang, "mixed") == 0)
		return _("Kazakh and Russian");
	if (strcmp(lang, "other") == 0)
		return _("neither Kazakh nor Russian");
	return _("language not known");
}

static void
read_human(const char *path, const struct proposals *ps)
{
	const struct fact_def *def;
	struct strbuf v;
	size_t i;

	printf(_("%s: %d page(s), %s, %s%s\n"), cli_safe(path, false),
	    ps->pages, read_language_name(ps->language),
	    cli_safe(ps->format, false), ps->ocr ? _(", read by OCR") : "");
	if (ps->n == 0)
		printf("  %s\n", _("The text proposes no answer."));
	strbuf_init(&v);
	for (i = 0; i < ps->n; i++) {
		strbuf_reset(&v);
		printf("  %s — ", read_label(ps->v[i].key, &def));
		read_value_label(def, ps->v[i].value, &v);
		printf("%s\n    ", cli_safe(v.buf, false));
		if (ps->v[i].page == 0)
			fputs(_("from what the text lacks"), stdout);
		else
			printf(_("page %d, line %d: «%s»"), ps->v[i].page,
			    ps->v[i].line, cli_safe(ps->v[i].quote, false));
		putchar('\n');
	}
	strbuf_free(&v);
}

static void
read_json(struct strbuf *sb, const char *path, const struct proposals *ps)
{
	size_t i;

	strbuf_putc(sb, '{');
	json_member(sb, "file", path);
	strbuf_printf(sb, ",\"pages\":%d,", ps->pages);
	json_member(sb, "language", ps->language);
	strbuf_printf(sb, ",\"ocr\":%s,", ps->ocr ? "true" : "false");
	json_member(sb, "format", ps->format);
	strbuf_putc(sb, ',');
	json_member(sb, "encoding", ps->encoding);
	strbuf_puts(sb, ",\"proposals\":[");
	for (i = 0; i < ps->n; i++) {
		strbuf_puts(sb, i ? ",{" : "{");
		json_member(sb, "key", ps->v[i].key);
		strbuf_putc(sb, ',');
		json_member(sb, "value", ps->v[i].value);
		strbuf_printf(sb, ",\"page\":%d,\"line\":%d,", ps->v[i].page,
		    ps->v[i].line);
		json_member(sb, "quote", ps->v[i].quote);
		strbuf_putc(sb, '}');
	}
	strbuf_puts(sb, "]}");
}

/* Reads one file; its proposals in ps.  -1 after printing why. */
static int
read_one(const char *path, const struct propose_table *const *tables,
    size_t ntables, struct extracted *x, struct proposals *ps)
{
	char err[512];

	if (extract_file(path, x, err, sizeof err) != 0) {
		cli_error("%s", err);
		return -1;
	}
	if (propose(x->text.buf, x->text.len, tables, ntables, ps, err,
	    sizeof err) != 0) {
		cli_error("%s: %s", cli_safe(path, false), err);
		return -1;
	}
	ps->ocr = x->ocr;
	snprintf(ps->format, sizeof ps->format, "%s", x->format);
	snprintf(ps->encoding, sizeof ps->encoding, "%s", x->encoding);
	if (x->pages > ps->pages)
		ps->pages = x->pages;
	return 0;
}

static void
read_print(int mode, int argc, const char *path, const struct proposals *ps,
    struct strbuf *json)
{
	struct strbuf sb;

	if (mode == READ_JSON) {
		if (json->len > 1)
			strbuf_putc(json, ',');
		read_json(json, path, ps);
		return;
	}
	if (mode == READ_HUMAN) {
		read_human(path, ps);
		return;
	}
	strbuf_init(&sb);
	if (argc > 1) {
		strbuf_puts(&sb, "file=");
		strbuf_puts(&sb, cli_safe(path, false));
		strbuf_putc(&sb, '\n');
	}
	proposals_porcelain(ps, &sb);
	if (argc > 1)
		strbuf_putc(&sb, '\n');
	fputs(sb.buf, stdout);
	strbuf_free(&sb);
}

static const struct option read_options[] = {
	{ "porcelain",	no_argument,	NULL, 'p' },
	{ "json",	no_argument,	NULL, 'j' },
	{ "text",	no_argument,	NULL, 't' },
	{ NULL, 0, NULL, 0 }
};

static int
read_exec(struct cli *cli, struct cmd_args *args)
{
	const struct propose_table *const *tables;
	struct proposals ps;
	struct extracted x;
	struct strbuf json;
	char err[512];
	size_t ntables, i;
	int mode = READ_HUMAN, text = 0, rc = EXIT_OK, k;

	(void)cli;
	for (i = 0; i < args->nopt; i++) {
		if (args->opt[i].id == 't')
			text = 1;
		else
			mode = args->opt[i].id == 'j' ? READ_JSON :
			    READ_PORCELAIN;
	}
	if (propose_load_tables(&tables, &ntables, err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	strbuf_init(&json);
	strbuf_putc(&json, '[');
	for (k = 0; k < args->argc; k++) {
		extract_init(&x);
		memset(&ps, 0, sizeof ps);
		if (read_one(args->argv[k], tables, ntables, &x, &ps) != 0)
			rc = EXIT_FAIL;
		else if (text)
			fwrite(x.text.buf, 1, x.text.len, stdout);
		else
			read_print(mode, args->argc, args->argv[k], &ps, &json);
		proposals_free(&ps);
		extract_free(&x);
	}
	if (mode == READ_JSON && !text)
		printf("%s]\n", json.buf);
	strbuf_free(&json);
	return rc;
}

const struct cmd_entry cmd_read_entry = {
	.name = "read",
	.usage = N_("read [--porcelain | --json | --text] FILE..."),
	.summary = N_("read filing documents and print the answers their "
	    "text proposes"),
	.longopts = read_options,
	.lower = 1,
	.upper = -1,
	.args_error = N_("name the documents to read"),
	.help = read_usage,
	.exec = read_exec,
};
