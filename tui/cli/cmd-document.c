/*
 * qarau document ID [N] [-o FILE]: a filing's own documents (issue 11).
 * Without -o it lists them; with -o it writes document N back as it was
 * received, after the register has checked it against its SHA-256.
 * Without N it writes the filing's only document: of several, which one
 * is the clerk's to say, so it lists them and writes none.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/json.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/outfile.h"

static void
document_help(void)
{
	fputs(_("List the documents stored with a filing, or write one back "
	    "as it was\nreceived (checked against its SHA-256).  ID is the "
	    "numeric id or the\nregister number; N the document's number "
	    "(without N: the filing's only\ndocument).\n\n"
	    "  -o, --output FILE   write document N to FILE ('-': standard "
	    "output)\n"
	    "  --porcelain         list one document a line, fields "
	    "separated by tabs\n"
	    "  -h, --help          show this help\n"), stdout);
}

struct document_print {
	enum { DOC_HUMAN, DOC_PORCELAIN, DOC_JSON } mode;
	FILE		*fp;
	struct strbuf	*json;
	size_t		 n;
};

static int
document_print_one(const struct reg_document *d, void *ctx)
{
	struct document_print *p = ctx;

	if (p->mode == DOC_PORCELAIN)
		fprintf(p->fp, "document=%d\t%s\t%lld\t%d\t%s\t%s\t%s\n", d->n,
		    d->format, (long long)d->size, d->pages, d->ocr ? "yes" :
		    "no", d->sha256, cli_safe(d->name, false));
	else if (p->mode == DOC_JSON) {
		strbuf_printf(p->json, "%s{\"n\":%d,\"name\":", p->n > 0 ?
		    "," : "", d->n);
		json_string(p->json, d->name);
		strbuf_printf(p->json, ",\"format\":\"%s\",\"size\":%lld,"
		    "\"pages\":%d,\"ocr\":%s,\"sha256\":\"%s\",\"added\":\"%s\","
		    "\"added_by\":", d->format, (long long)d->size, d->pages,
		    d->ocr ? "true" : "false", d->sha256, d->added);
		json_string(p->json, d->added_by);
		strbuf_putc(p->json, '}');
	} else
		fprintf(p->fp, _("  %d  %s  %s, %lld bytes, pages: %d%s, "
		    "sha256 %.12s\n"), d->n, cli_safe(d->name, false),
		    d->format, (long long)d->size, d->pages, d->ocr ?
		    _(", OCR") : "", d->sha256);
	p->n++;
	return 0;
}

int
cli_documents_print(struct reg *r, int64_t id, int mode, FILE *fp,
    struct strbuf *json, size_t *n, char *err, size_t errsz)
{
	struct document_print p = { DOC_HUMAN, fp, json, 0 };
	int rc;

	p.mode = mode == 'p' ? DOC_PORCELAIN : mode == 'j' ? DOC_JSON :
	    DOC_HUMAN;
	rc = reg_documents(r, id, document_print_one, &p, err, errsz);
	if (n != NULL)
		*n = p.n;
	return rc;
}

static int
document_count(const struct reg_document *d, void *ctx)
{
	(void)d;
	++*(size_t *)ctx;
	return 0;
}

static int
document_write(struct reg *r, int64_t id, const char *number, int n,
    const char *path)
{
	struct reg_document meta;
	struct strbuf bytes;
	struct outfile o;
	char err[REG_ERRSZ];
	int rc;

	if (strcmp(path, "-") != 0 && outfile_check_target(path, err,
	    sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	strbuf_init(&bytes);
	if ((rc = reg_document_bytes(r, id, n, &bytes, &meta, err,
	    sizeof err)) != 0) {
		strbuf_free(&bytes);
		return cli_fail(rc, err);
	}
	rc = outfile_open(&o, path, err, sizeof err);
	if (rc == 0 && (rc = outfile_write(&o, bytes.buf, bytes.len, err,
	    sizeof err)) != 0)
		outfile_abort(&o);
	else if (rc == 0)
		rc = outfile_commit(&o, err, sizeof err);
	strbuf_free(&bytes);
	if (rc != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	if (strcmp(path, "-") != 0)
		fprintf(stderr, _("Document %d of filing %s (%s) was written "
		    "to %s.\n"), meta.n, cli_safe(number, false),
		    cli_safe(meta.name, false), path);
	return EXIT_OK;
}

/* N of the command line: a number from 1. */
static int
document_number(const char *s, int *n)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || v < 1 || v > 100000)
		return cli_usage_error("document", _("'%s' is not a document "
		    "number (1, 2, ...)"), s);
	*n = (int)v;
	return EXIT_OK;
}

static const struct option document_options[] = {
	{ "output",	required_argument,	NULL, 'o' },
	{ "porcelain",	no_argument,		NULL, 'p' },
	{ NULL, 0, NULL, 0 }
};

static int
document_exec(struct cli *cli, struct cmd_args *args)
{
	const char *out = NULL;
	char err[REG_ERRSZ], number[40];
	struct reg *r;
	int64_t id;
	size_t i, count = 0;
	int rc, n = 0, mode = 0;

	for (i = 0; i < args->nopt; i++)
		if (args->opt[i].id == 'o')
			out = args->opt[i].arg;
		else
			mode = args->opt[i].id;
	if (args->argc > 1 && (rc = document_number(args->argv[1], &n)) != 0)
		return rc;
	if (n > 0 && out == NULL)
		return cli_usage_error("document", _("say where to write "
		    "document %d: -o FILE ('-': standard output)"), n);
	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rc = reg_find(r, args->argv[0], &id, err, sizeof err)) != 0 ||
	    (rc = reg_documents(r, id, document_count, &count, err,
	    sizeof err)) != 0)
		return cli_fail(rc, err);
	snprintf(number, sizeof number, "%s", args->argv[0]);
	if (out != NULL && (n > 0 || count == 1))
		return document_write(r, id, number, n, out);
	if (count == 0) {
		cli_error(_("filing %s has no document"), cli_safe(number,
		    false));
		return EXIT_USAGE;
	}
	if (out != NULL) {
		cli_error(_("filing %s has %zu documents; say which one: "
		    "qarau document %s N -o FILE"), cli_safe(number, false),
		    count, cli_safe(number, false));
		(void)cli_documents_print(r, id, 0, stderr, NULL, NULL, err,
		    sizeof err);
		return EXIT_USAGE;
	}
	if (cli_documents_print(r, id, mode, stdout, NULL, NULL, err,
	    sizeof err) != 0)
		return cli_fail(-1, err);
	return EXIT_OK;
}

const struct cmd_entry cmd_document_entry = {
	.name = "document",
	.usage = N_("document [--porcelain] ID [N] [-o FILE]"),
	.summary = N_("list a filing's documents or write one back"),
	.shortopts = "o:",
	.longopts = document_options,
	.lower = 1,
	.upper = 2,
	.args_error = N_("give a filing (its id or register number) and, "
	    "optionally, a document's number"),
	.help = document_help,
	.exec = document_exec,
};
