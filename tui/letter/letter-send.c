/*
 * Sending a letter: the register numbers it in the outgoing journal and
 * stores it as sent (data/reg-letters.c); here it is made with that
 * number and the day's date, as PDF bytes and text, in the same
 * transaction.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/letter.h"
#include "data/register.h"
#include "tui/letter/letter-build.h"
#include "tui/letter/letter-int.h"

struct send_ctx {
	struct cli	*cli;
	int64_t		 id;
	const char	*lang;
};

/* The addressee as the letter writes it: its first right-hand block. */
static void
send_addressee(const struct letter_doc *doc, struct strbuf *to)
{
	const char *s;
	size_t i;

	for (i = 0; i < doc->n; i++)
		if (doc->paras[i].align == LETTER_RIGHT)
			break;
	if (i == doc->n)
		return;
	for (s = doc->paras[i].text; *s != '\0'; s++)
		if (*s == '\n')
			strbuf_puts(to, ", ");
		else if (strncmp(s, "\xc2\xa0", 2) == 0) {
			strbuf_putc(to, ' ');
			s++;
		} else if (strncmp(s, "\xe2\x80\x91", 3) == 0) {
			strbuf_putc(to, '-');
			s += 2;
		} else
			strbuf_putc(to, *s);
}

#ifdef HAVE_PDF
static int
send_pdf(const struct letter_doc *doc, struct strbuf *pdf, char *err,
    size_t errsz)
{
	const char *tmpdir = getenv("TMPDIR");
	char chunk[8192];
	struct strbuf path;
	FILE *fp;
	size_t n;
	int fd, rv;

	strbuf_init(&path);
	strbuf_printf(&path, "%s/qarau-send-XXXXXX", tmpdir != NULL &&
	    *tmpdir != '\0' ? tmpdir : "/tmp");
	if ((fd = mkstemp(path.buf)) < 0) {
		snprintf(err, errsz, "%s: %s", path.buf, strerror(errno));
		strbuf_free(&path);
		return -1;
	}
	close(fd);
	if ((rv = letter_write_pdf(doc, path.buf, err, errsz)) == 0) {
		if ((fp = fopen(path.buf, "rb")) == NULL)
			rv = -1;
		else {
			while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
				strbuf_add(pdf, chunk, n);
			if (ferror(fp))
				rv = -1;
			fclose(fp);
		}
		if (rv != 0)
			snprintf(err, errsz, "%s: %s", path.buf,
			    strerror(errno));
	}
	unlink(path.buf);
	strbuf_free(&path);
	return rv;
}
#endif

static int
send_render(void *arg, const char *number, qdate date, struct strbuf *pdf,
    struct strbuf *text, struct strbuf *to, char *err, size_t errsz)
{
	struct send_ctx *c = arg;
	struct letter_doc doc;
	char d[QDATE_BUFSZ];
	int rv;

	/* The journal's number and the day it goes out, over any typed. */
	qdate_format(date, d);
	(void)letter_build_set("out.number", number);
	(void)letter_build_set("out.date", d);
	if (letter_build_doc(c->cli, c->id, c->lang, &doc, err, errsz) != 0)
		return -1;
	letter_render_text(&doc, 72, text);
	send_addressee(&doc, to);
#ifdef HAVE_PDF
	rv = send_pdf(&doc, pdf, err, errsz);
#else
	(void)pdf;
	rv = 0;
#endif
	letter_doc_free(&doc);
	return rv;
}

int
letter_send(struct cli *cli, int64_t id, const char *lang,
    struct reg_letter *out, char *err, size_t errsz)
{
	struct letter_fields lf;
	struct send_ctx c;
	struct reg *r;
	int rv;

	if ((r = cli_register(cli)) == NULL) {
		snprintf(err, errsz, "%s", _("the register cannot be opened"));
		return -1;
	}
	if (letter_build_fields(cli, id, lang, &lf, err, errsz) != 0)
		return -1;
	c.cli = cli;
	c.id = id;
	c.lang = lf.lang;
	rv = reg_letter_send_as(r, id, letter_build_kind_get(),
	    letter_build_draft_key(), lf.lang, send_render, &c, out, err,
	    errsz);
	letter_fields_free(&lf);
	return rv;
}
