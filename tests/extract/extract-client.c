/*
 * extract-client FILE: extract_file() as qarau calls it; prints the
 * header it parsed, the size of the bytes it kept and the text, or the
 * message and exit status 1.  For the shell tests of
 * tests/extract/.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "core/i18n.h"
#include "tui/extract/extract.h"

int
main(int argc, char **argv)
{
	struct extracted x;
	char err[1024];

	setlocale(LC_ALL, "");
	if (argc != 2) {
		fputs("usage: extract-client FILE\n", stderr);
		return 2;
	}
	extract_init(&x);
	if (extract_file(argv[1], &x, err, sizeof err) != 0) {
		fprintf(stderr, "%s\n", err);
		extract_free(&x);
		return 1;
	}
	printf("format=%s\npages=%d\nocr=%s\nencoding=%s\nbytes=%zu\n\n",
	    x.format, x.pages, x.ocr ? "yes" : "no", x.encoding, x.bytes.len);
	fwrite(x.text.buf, 1, x.text.len, stdout);
	extract_free(&x);
	return 0;
}
