/*
 * qarau letter: the return letter of a filing, in the language of the
 * proceedings, as text (any iconv encoding), RTF or PDF, or to lp(1).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/letter/letter-build.h"
#include "tui/letter/letter-int.h"

static void
letter_usage(void)
{
	fputs(_("Draft the judge's letter that returns filing ID (its id or "
	    "register number)\nunconsidered, stating every ground with its "
	    "citations and what the filer may\ndo next.\n\n"), stdout);
	fputs(_("  --lang kk|ru        the letter's language (default: the "
	    "language of the\n                      proceedings)\n"
	    "  --format FMT        txt, rtf or pdf (default: by the -o file's\n"
	    "                      extension, else txt)\n"
	    "  --encoding ENC      for txt: convert from UTF-8 to ENC, e.g. "
	    "RK1048; a\n                      character ENC cannot hold is "
	    "an error\n"
	    "  -o, --output FILE   write to FILE (needed for rtf and pdf; txt "
	    "goes to\n                      standard output without it)\n"
	    "  --field NAME=VALUE  type a value over the register's, e.g. "
	    "out.number=12,\n                      out.date=2025-10-06, "
	    "filer.name=...\n"
	    "  --print             send the PDF (or the text) to $QARAU_LP "
	    "(default lp)\n"
	    "  -h, --help          show this help and exit\n\n"), stdout);
	fputs(_("  --send              send it: the next outgoing number, "
	    "today's date, the\n                      letter stored in the "
	    "journal and its event recorded\n"), stdout);
	fputs(_("  --kind KIND         return (default), case-request (the "
	    "case from the court\n                      below) or notice (to "
	    "the parties, with the hearing)\n\n"), stdout);
	fputs(_("  --party N           for a notice: to party N only (0 the "
	    "filer; qarau party\n                      ID --list); without it "
	    "every addressee's notice, the\n                      filer's "
	    "first\n\n"), stdout);
	fputs(_("Exit status: 0 done, 1 the letter could not be made, "
	    "written or printed,\n2 bad input.\n"), stdout);
}

struct letter_opts {
	const char	*lang;
	const char	*format;
	const char	*encoding;
	const char	*output;
	bool		 print;
	bool		 send;
};

/* Without --format, the output file's name says it (letter.pdf, .rtf);
 * a letter has no CSV or JSON form, so those are txt. */
static const char *
letter_format_of(const char *output)
{
	const char *kind = cli_output_kind(output);

	return strcmp(kind, "pdf") == 0 || strcmp(kind, "rtf") == 0 ? kind :
	    "txt";
}

static int
letter_check_opts(const struct letter_opts *o)
{
	struct strbuf sb;
	char err[256];
	int rv;

	if (o->lang != NULL && strcmp(o->lang, "kk") != 0 &&
	    strcmp(o->lang, "ru") != 0)
		return cli_usage_error("letter", _("--lang: '%s' is neither "
		    "kk nor ru"), o->lang);
	if (strcmp(o->format, "txt") != 0 && strcmp(o->format, "rtf") != 0 &&
	    strcmp(o->format, "pdf") != 0)
		return cli_usage_error("letter", _("--format: '%s' is none of "
		    "txt, rtf, pdf"), o->format);
#ifndef HAVE_PDF
	if (strcmp(o->format, "pdf") == 0)
		return cli_usage_error("letter", "%s", _("PDF letters are not "
		    "available: qarau was built without pango and cairo; use "
		    "--format rtf or txt"));
#endif
	if (strcmp(o->format, "txt") != 0 && o->output == NULL && !o->print &&
	    !o->send)
		return cli_usage_error("letter", _("the %s format needs an "
		    "output file: give -o FILE"), o->format);
	if (o->encoding != NULL && strcmp(o->format, "txt") != 0)
		return cli_usage_error("letter", "%s", _("--encoding applies "
		    "to the txt format only"));
	if (o->encoding != NULL) {
		strbuf_init(&sb);
		rv = text_convert("", 0, o->encoding, &sb, err, sizeof err);
		strbuf_free(&sb);
		if (rv != 0)
			return cli_usage_error("letter", "--encoding: %s", err);
	}
	return 0;
}

static int
letter_field(const char *arg)
{
	const char *eq = strchr(arg, '=');
	char name[64], why[256];

	if (eq == NULL || (size_t)(eq - arg) >= sizeof name)
		return cli_usage_error("letter", _("--field: '%s' is not "
		    "NAME=VALUE"), arg);
	memcpy(name, arg, (size_t)(eq - arg));
	name[eq - arg] = '\0';
	if (text_check(eq + 1, strlen(eq + 1), TEXT_MAX_LINE, 0, why,
	    sizeof why) != 0)
		return cli_usage_error("letter", "--field %s: %s", name, why);
	if (letter_build_set(name, eq + 1) != 0)
		return cli_usage_error("letter", _("--field: unknown field "
		    "'%s'"), name);
	return 0;
}

/* --party N: 0 the filer, N a party of the filing (qarau party). */
static int
letter_party_arg(const char *arg)
{
	char *end;
	long n;

	n = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || n < 0 || n > 100000)
		return cli_usage_error("letter", _("--party: '%s' is not a "
		    "party's number (0 the filer)"), cli_safe(arg, false));
	letter_build_party((int)n);
	return 0;
}

/* The PDF as the journal stored it, so that the file is the letter
 * sent to the byte. */
static int
letter_sent_pdf(struct reg *r, const char *number, const char *path)
{
	char err[REG_ERRSZ];
	struct strbuf pdf;
	int rv;

	strbuf_init(&pdf);
	if ((rv = reg_letter_pdf(r, number, &pdf, err, sizeof err)) == 0)
		rv = letter_write_file(path, pdf.buf, pdf.len, err,
		    sizeof err);
	strbuf_free(&pdf);
	if (rv != 0)
		return cli_fail(rv, err);
	return EXIT_OK;
}

/* --send to every addressee of the notices (the filer, each party):
 * each its own outgoing number. */
static int
letter_send_all(struct cli *cli, int64_t id, const char *which,
    const struct letter_opts *o, const struct letter_addressees *a,
    struct reg_letter *sent)
{
	char err[REG_ERRSZ];
	size_t i;
	int rv;

	for (i = 0; i < a->n; i++) {
		letter_build_party_now(a->party[i]);
		if ((rv = letter_send(cli, id, o->lang, sent, err,
		    sizeof err)) != 0)
			return cli_fail(rv, err);
		/* On standard error: the letter itself may go to stdout. */
		if (a->n == 1)
			fprintf(stderr, _("%s: sent as outgoing %s.\n"), which,
			    sent->number);
		else
			fprintf(stderr, _("%s: sent as outgoing %s to %s.\n"),
			    which, sent->number, cli_safe(sent->addressee,
			    false));
	}
	return EXIT_OK;
}

static int
letter_run(struct cli *cli, const char *which, const struct letter_opts *o)
{
	struct letter_addressees a;
	char err[REG_ERRSZ];
	struct reg_letter sent;
	struct reg *r;
	int64_t id;
	int rv;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if ((rv = reg_find(r, which, &id, err, sizeof err)) != 0 ||
	    (rv = letter_build_addressees(cli, id, &a, err, sizeof err)) != 0)
		return cli_fail(rv, err);
	/* One file or one print holds one letter; txt to standard output
	 * holds them all. */
	if (a.n > 1 && letter_build_addressee_typed())
		return cli_usage_error("letter", _("the notices go to %zu "
		    "addressees: a --field of the addressee goes with --party "
		    "N"), a.n);
	if (a.n > 1 && (o->print || (o->output != NULL && (o->send ||
	    strcmp(o->format, "txt") != 0))))
		return cli_usage_error("letter", _("the notices go to %zu "
		    "addressees: give --party N for one (0 the filer; qarau "
		    "party ID --list)"), a.n);
	if (o->send) {
		if ((rv = letter_send_all(cli, id, which, o, &a, &sent)) != 0)
			return rv;
		if (o->output == NULL && !o->print)
			return EXIT_OK;
		if (o->output != NULL && strcmp(o->format, "pdf") == 0)
			return letter_sent_pdf(r, sent.number, o->output);
	}
	if (o->output != NULL || !o->print) {
		if (letter_export(cli, id, o->lang, o->format, o->encoding,
		    o->output, err, sizeof err) != 0) {
			cli_error("%s", err);
			return EXIT_FAIL;
		}
	}
	if (o->print && letter_print(cli, id, o->lang, err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

static const struct option letter_options[] = {
	{ "lang",	required_argument,	NULL, 'l' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "encoding",	required_argument,	NULL, 'e' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "field",	required_argument,	NULL, 'F' },
	{ "print",	no_argument,		NULL, 'p' },
	{ "kind",	required_argument,	NULL, 'k' },
	{ "send",	no_argument,		NULL, 's' },
	{ "party",	required_argument,	NULL, 'P' },
	{ NULL, 0, NULL, 0 }
};

static int
letter_exec(struct cli *cli, struct cmd_args *args)
{
	struct letter_opts o;
	const char *arg;
	size_t i;

	memset(&o, 0, sizeof o);
	o.format = NULL;
	for (i = 0; i < args->nopt; i++) {
		arg = args->opt[i].arg;
		switch (args->opt[i].id) {
		case 'l':
			o.lang = arg;
			break;
		case 'f':
			o.format = arg;
			break;
		case 'e':
			o.encoding = arg;
			break;
		case 'o':
			o.output = arg;
			break;
		case 'F':
			if (letter_field(arg) != 0)
				return EXIT_USAGE;
			break;
		case 'p':
			o.print = true;
			break;
		case 's':
			o.send = true;
			break;
		case 'P':
			if (letter_party_arg(arg) != 0)
				return EXIT_USAGE;
			break;
		case 'k':
			if (letter_build_kind(arg) != 0)
				return cli_usage_error("letter", _("--kind: "
				    "'%s' is none of return, case-request, "
				    "notice"), arg);
			break;
		}
	}
	if (o.format == NULL)
		o.format = letter_format_of(o.output);
	if (letter_check_opts(&o) != 0)
		return EXIT_USAGE;
	if (letter_build_party_get() >= 0 &&
	    strcmp(letter_build_kind_get(), "notice") != 0)
		return cli_usage_error("letter", "%s", _("--party goes with "
		    "--kind notice"));
	return letter_run(cli, args->argv[0], &o);
}

const struct cmd_entry cmd_letter_entry = {
	.name = "letter",
	.usage = N_("letter ID [--kind KIND] [--lang kk|ru] "
	    "[--party N] [--format txt|rtf|pdf] [--encoding ENC] [-o FILE] "
	    "[--print] [--send]"),
	.summary = N_("draft a letter of a filing: the return, the case's "
	    "request, the notice"),
	.shortopts = "o:",
	.longopts = letter_options,
	.lower = 1,
	.upper = 1,
	.args_error = N_("no filing given"),
	/* xgettext:c-format */
	.extra_error = N_("one filing at a time: '%s' is extra"),
	.help = letter_usage,
	.exec = letter_exec,
};
