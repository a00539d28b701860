/*
 * qarau-extract [--] NAME < document: reads a filing's document on standard
 * input and writes its text on standard output, after a header:
 *
 *	format=pdf|png|jpeg|tiff|docx|odt|text|doc|rtf
 *	pages=N
 *	ocr=yes|no
 *	encoding=ENCODING	(a plain text's, else empty)
 *	(an empty line)
 *	the text, UTF-8, pages split by '\f'
 *
 * NAME is the file's name, for messages only: the format is told by the
 * bytes, never by the name.  On failure it prints "qarau-extract: NAME:
 * what is wrong" on standard error and exits 1 (2 for a wrong command
 * line).  A separate program so that a document that crashes poppler or
 * Tesseract takes down this process only, and qarau itself loads neither.
 */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "tui/extract/ex.h"
#include "tui/extract/extract.h"

int
ex_fail(struct ex_doc *doc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(doc->err, sizeof doc->err, fmt, ap);
	va_end(ap);
	return -1;
}

int
ex_count_pages(const struct strbuf *text)
{
	size_t i;
	int n = 1;

	for (i = 0; i < text->len; i++)
		if (text->buf[i] == '\f')
			n++;
	return n;
}

void
ex_normalise(const char *s, size_t len, struct strbuf *out)
{
	uint32_t cp;
	size_t i = 0, n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			utf8_encode(out, 0xfffd);
			i++;
			continue;
		}
		i += n;
		if (cp == '\r') {
			/* CRLF and a lone CR (old Macintosh) end a line. */
			if (i < len && s[i] == '\n')
				i++;
			strbuf_putc(out, '\n');
		} else if (cp == '\t')
			strbuf_putc(out, ' ');
		else if (cp == '\n' || cp == '\f')
			strbuf_putc(out, (char)cp);
		else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
		    cp == 0xfeff)
			continue;
		else
			utf8_encode(out, cp);
	}
}

/* The format by the first bytes; "text" when nothing else matches (the
 * text reader refuses binary data). */
static const char *
ex_detect(const unsigned char *p, size_t len)
{
	static const struct {
		const char	*magic;
		size_t		 len;
		const char	*format;
	} magic[] = {
		{ "\x89PNG\r\n\x1a\n", 8, "png" },
		{ "\xff\xd8\xff", 3, "jpeg" },
		{ "II*\0", 4, "tiff" },
		{ "MM\0*", 4, "tiff" },
		{ "PK\3\4", 4, "zip" },
		{ "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "doc" },
		{ "{\\rtf", 5, "rtf" },
	};
	size_t i, head;

	for (i = 0; i < sizeof magic / sizeof magic[0]; i++)
		if (len >= magic[i].len &&
		    memcmp(p, magic[i].magic, magic[i].len) == 0)
			return magic[i].format;
	/* A PDF may have bytes before its header (PDF 32000, 7.5.2 and
	 * readers' tolerance): look in the first kilobyte. */
	head = len < 1024 ? len : 1024;
	for (i = 0; i + 5 <= head; i++)
		if (memcmp(p + i, "%PDF-", 5) == 0)
			return "pdf";
	return "text";
}

static int
ex_run(struct ex_doc *doc)
{
	const char *format;

	if (doc->len == 0)
		return ex_fail(doc, "%s", _("the file is empty"));
	if (doc->len > (size_t)EXTRACT_MAX_BYTES)
		return ex_fail(doc, _("the file is larger than %ld MB"),
		    EXTRACT_MAX_BYTES / (1024 * 1024));
	format = ex_detect(doc->data, doc->len);
	snprintf(doc->format, sizeof doc->format, "%s", format);
	if (strcmp(format, "pdf") == 0)
		return ex_pdf(doc);
	if (strcmp(format, "png") == 0 || strcmp(format, "jpeg") == 0 ||
	    strcmp(format, "tiff") == 0)
		return ex_image(doc);
	if (strcmp(format, "zip") == 0)
		return ex_zip(doc);
	if (strcmp(format, "doc") == 0 || strcmp(format, "rtf") == 0)
		return ex_office(doc);
	return ex_text(doc);
}

static int
ex_read_stdin(struct strbuf *in)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
		strbuf_add(in, chunk, n);
		/* Stop early: the rest would be refused anyway. */
		if (in->len > (size_t)EXTRACT_MAX_BYTES)
			return 0;
	}
	return ferror(stdin) ? -1 : 0;
}

static void
ex_i18n(void)
{
	const char *dir;

	setlocale(LC_ALL, "");
	/* Its messages reach the clerk through qarau. */
	dir = getenv("QARAU_LOCALEDIR");
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

int
main(int argc, char **argv)
{
	struct ex_doc doc;
	const char *name;
	struct strbuf in, out;
	int rv;

	/* Tesseract's OpenMP threads spin on a busy machine: a page took
	 * twice the processor time of one thread.  libgomp reads the limit
	 * when it is loaded, before main(), so it is set and the program
	 * started again (nothing of stdin read yet); failing that, it goes
	 * on as it is. */
	if (getenv("OMP_THREAD_LIMIT") == NULL &&
	    setenv("OMP_THREAD_LIMIT", "1", 1) == 0)
		execv("/proc/self/exe", argv);
	ex_i18n();
	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		fputs(_("Usage: qarau-extract [--] NAME < document\n"
		    "Writes the text of a filing's document that 'qarau' "
		    "hands it (PDF, PNG, JPEG,\nTIFF, DOCX, ODT, DOC, RTF, "
		    "plain text); NAME is for messages only.\n"
		    "Not meant to be run by hand.\n"), stdout);
		return 0;
	}
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		printf("qarau-extract (%s) %s\n", PACKAGE, VERSION);
		return 0;
	}
	/* qarau passes "--": a file may be called "--help". */
	if (argc == 3 && strcmp(argv[1], "--") == 0)
		name = argv[2];
	else if (argc == 2 && argv[1][0] != '-')
		name = argv[1];
	else {
		fputs(_("Usage: qarau-extract [--] NAME < document\n"), stderr);
		return 2;
	}
	memset(&doc, 0, sizeof doc);
	strbuf_init(&doc.text);
	strbuf_init(&in);
	if (ex_read_stdin(&in) != 0)
		rv = ex_fail(&doc, "%s", _("read error on standard input"));
	else {
		doc.data = (const unsigned char *)in.buf;
		doc.len = in.len;
		rv = ex_run(&doc);
	}
	ex_ocr_end();
	if (rv != 0) {
		fprintf(stderr, "qarau-extract: %s: %s\n", name, doc.err);
		strbuf_free(&doc.text);
		strbuf_free(&in);
		return 1;
	}
	strbuf_init(&out);
	ex_normalise(doc.text.buf, doc.text.len, &out);
	printf("format=%s\npages=%d\nocr=%s\nencoding=%s\n\n", doc.format,
	    ex_count_pages(&out), doc.ocr ? "yes" : "no", doc.encoding);
	fwrite(out.buf, 1, out.len, stdout);
	strbuf_free(&out);
	strbuf_free(&doc.text);
	strbuf_free(&in);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "qarau-extract: %s: %s\n", name,
		    _("write error on standard output"));
		return 1;
	}
	return 0;
}
