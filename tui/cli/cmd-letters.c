/*
 * qarau letters: the outgoing journal, one letter a line with its
 * outgoing number first; --reprint writes a sent letter's stored PDF back
 * byte for byte; --cancel marks one cancelled with a reason (a letter
 * sent is never unsent).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/cli.h"
#include "tui/cli/cmd.h"
#include "tui/letter/letter-int.h"

static void
letters_help(void)
{
	fputs(_("List the outgoing journal: every letter sent, oldest first, "
	    "its outgoing\nnumber first, then its date, kind, language, "
	    "filing, addressee and sender.\n\n"
	    "  --porcelain          one letter a line: the number, then "
	    "key=value fields\n"
	    "                       separated by tabs\n"
	    "  --reprint NUMBER     write the PDF of letter NUMBER as it was "
	    "sent (needs -o)\n"
	    "  -o, --output FILE    the file for --reprint\n"
	    "  --cancel NUMBER      cancel letter NUMBER (needs --reason); it "
	    "stays in the\n"
	    "                       journal\n"
	    "  --reason TEXT        why it is cancelled\n"
	    "  -h, --help           show this help\n"), stdout);
}

struct letters_opts {
	bool		 porcelain;
	const char	*reprint;
	const char	*output;
	const char	*cancel;
	const char	*reason;
};

static int
letters_row(const struct reg_letter *l, void *arg)
{
	const struct letters_opts *o = arg;
	char date[QDATE_BUFSZ];

	qdate_format(l->date, date);
	if (o->porcelain)
		printf("%s\tdate=%s\tkind=%s\tlang=%s\tfiling=%s\t"
		    "addressee=%s\tsender=%s\tcancelled=%s\n", l->number, date,
		    l->kind, l->lang, l->filing_number, l->addressee, l->sender,
		    l->cancelled);
	else {
		cli_cell(l->number, 14);
		putchar(' ');
		cli_cell(date, 11);
		cli_cell(l->kind, 13);
		cli_cell(l->lang, 3);
		cli_cell(l->filing_number, 18);
		fputs(l->addressee, stdout);
		if (l->cancelled[0] != '\0')
			printf(_("  [cancelled: %s]"), l->cancelled);
		putchar('\n');
	}
	return ferror(stdout) ? 1 : 0;
}

static int
letters_reprint(struct reg *r, const struct letters_opts *o)
{
	char err[REG_ERRSZ];
	struct strbuf pdf;
	int rc;

	if (o->output == NULL)
		return cli_usage_error("letters", "%s", _("--reprint needs "
		    "-o FILE"));
	strbuf_init(&pdf);
	if ((rc = reg_letter_pdf(r, o->reprint, &pdf, err, sizeof err)) == 0)
		rc = letter_write_file(o->output, pdf.buf, pdf.len, err,
		    sizeof err);
	strbuf_free(&pdf);
	return rc != 0 ? cli_fail(rc, err) : EXIT_OK;
}

static int
letters_run(struct cli *cli, struct cmd_args *args, struct letters_opts *o)
{
	char err[REG_ERRSZ];
	struct reg *r;
	int64_t id = 0;
	int rc;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	if (o->reprint != NULL)
		return letters_reprint(r, o);
	if (o->cancel != NULL) {
		if ((rc = reg_letter_cancel(r, o->cancel, o->reason, err,
		    sizeof err)) != 0)
			return cli_fail(rc, err);
		printf(_("Letter %s is cancelled.\n"), o->cancel);
		return EXIT_OK;
	}
	if (args->argc == 1 && (rc = reg_find(r, args->argv[0], &id, err,
	    sizeof err)) != 0)
		return cli_fail(rc, err);
	if ((rc = reg_letters(r, id, letters_row, o, err, sizeof err)) != 0)
		return cli_fail(rc, err);
	return EXIT_OK;
}

static const struct option letters_options[] = {
	{ "porcelain",	no_argument,		NULL, 'p' },
	{ "reprint",	required_argument,	NULL, 'r' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "cancel",	required_argument,	NULL, 'c' },
	{ "reason",	required_argument,	NULL, 'R' },
	{ NULL, 0, NULL, 0 }
};

static int
letters_exec(struct cli *cli, struct cmd_args *args)
{
	struct letters_opts o;
	size_t i;

	memset(&o, 0, sizeof o);
	for (i = 0; i < args->nopt; i++)
		switch (args->opt[i].id) {
		case 'p':
			o.porcelain = true;
			break;
		case 'r':
			o.reprint = args->opt[i].arg;
			break;
		case 'o':
			o.output = args->opt[i].arg;
			break;
		case 'c':
			o.cancel = args->opt[i].arg;
			break;
		case 'R':
			o.reason = args->opt[i].arg;
			break;
		}
	return letters_run(cli, args, &o);
}

const struct cmd_entry cmd_letters_entry = {
	.name = "letters",
	.usage = N_("letters [ID] [--porcelain] | letters --reprint NUMBER "
	    "-o FILE | letters --cancel NUMBER --reason TEXT"),
	.summary = N_("the outgoing journal: letters sent, reprint, cancel"),
	.shortopts = "o:",
	.longopts = letters_options,
	.lower = 0,
	.upper = 1,
	/* xgettext:c-format */
	.extra_error = N_("one filing at a time: '%s' is extra"),
	.help = letters_help,
	.exec = letters_exec,
};
