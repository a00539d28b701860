/*
 * qarau-pdf OUTPUT: reads a letter document (core/letter-wire.c) on
 * standard input and writes it to OUTPUT as an A4 PDF.  A separate program
 * so that only printing pays for pango, cairo and fontconfig.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/letter.h"
#include "core/strbuf.h"
#include "tui/outfile.h"
#include "tui/pdf/letter-pdf.h"
#include "tui/pdf/report-pdf.h"

static int
pdf_report(const char *path, const char *title)
{
	struct outfile out;
	struct strbuf in;
	char chunk[8192], err[512], why[512], *colon;
	size_t n;
	int rv;

	strbuf_init(&in);
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		strbuf_add(&in, chunk, n);
	if (ferror(stdin)) {
		fprintf(stderr, "qarau-pdf: %s\n",
		    _("read error on standard input"));
		strbuf_free(&in);
		return 1;
	}
	/* As a letter: cairo writes the temporary file (tui/outfile.h). */
	if ((rv = outfile_open(&out, path, err, sizeof err)) == 0) {
		rv = report_pdf_write(in.buf != NULL ? in.buf : "", in.len,
		    title, out.tmp != NULL ? out.tmp : "/dev/stdout", why,
		    sizeof why);
		if (rv != 0) {
			colon = strstr(why, ": ");
			outfile_explain(err, sizeof err, path, 0,
			    colon != NULL ? colon + 2 : why);
			outfile_abort(&out);
		} else
			rv = outfile_commit(&out, err, sizeof err);
	}
	strbuf_free(&in);
	if (rv != 0)
		fprintf(stderr, "%s\n", err);
	return rv != 0;
}

int
main(int argc, char **argv)
{
	struct letter_doc doc;
	struct outfile out;
	struct strbuf in;
	char chunk[8192], err[512], why[512], *colon;
	const char *dir;
	size_t n;
	int rv;

	setlocale(LC_ALL, "");
	/* Its messages reach the clerk through 'qarau letter'. */
	dir = getenv("QARAU_LOCALEDIR");
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		fputs(_("Usage: qarau-pdf OUTPUT < letter-document\n"
		    "       qarau-pdf --report OUTPUT TITLE < report.csv\n"
		    "Draws, as an A4 PDF, a letter or a report that qarau "
		    "hands it.\nNot meant to be run by hand.\n"), stdout);
		return 0;
	}
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		printf("qarau-pdf (%s) %s\n", PACKAGE, VERSION);
		return 0;
	}
	/* qarau-pdf --report OUTPUT TITLE < report.csv */
	if (argc == 4 && strcmp(argv[1], "--report") == 0)
		return pdf_report(argv[2], argv[3]);
	if (argc != 2 || argv[1][0] == '-') {
		fputs(_("Usage: qarau-pdf OUTPUT < letter-document\n"), stderr);
		return 2;
	}
	strbuf_init(&in);
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		strbuf_add(&in, chunk, n);
	if (ferror(stdin)) {
		fprintf(stderr, "qarau-pdf: %s\n",
		    _("read error on standard input"));
		strbuf_free(&in);
		return 1;
	}
	rv = letter_doc_deserialize(in.buf, in.len, &doc, err, sizeof err);
	strbuf_free(&in);
	if (rv != 0) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	/* Cairo writes the temporary file; the target is replaced only
	 * when cairo's status, the flush to the disk and the close say the
	 * whole PDF is there. */
	if ((rv = outfile_open(&out, argv[1], err, sizeof err)) == 0) {
		rv = letter_pdf_write(&doc, out.tmp != NULL ? out.tmp :
		    "/dev/stdout", why, sizeof why);
		if (rv != 0) {
			/* Cairo's message names the temporary file. */
			colon = strstr(why, ": ");
			outfile_explain(err, sizeof err, argv[1], 0,
			    colon != NULL ? colon + 2 : why);
			outfile_abort(&out);
		} else
			rv = outfile_commit(&out, err, sizeof err);
	}
	letter_doc_free(&doc);
	if (rv != 0) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	return 0;
}
