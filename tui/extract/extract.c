/*
 * The client side of qarau-extract (see qarau-extract.c for its
 * protocol): reads the file, checks it is a regular file of at most
 * EXTRACT_MAX_BYTES before reading it all, feeds it to the helper and
 * takes the header and the text from its output.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "tui/extract/extract.h"
#include "tui/letter/spawn.h"

void
extract_init(struct extracted *x)
{
	memset(x, 0, sizeof *x);
	strbuf_init(&x->bytes);
	strbuf_init(&x->text);
}

void
extract_free(struct extracted *x)
{
	strbuf_free(&x->bytes);
	strbuf_free(&x->text);
}

/* Empty again, and usable after extract_free too. */
static void
extract_clear(struct extracted *x)
{
	struct strbuf *sb[2] = { &x->bytes, &x->text };
	int i;

	for (i = 0; i < 2; i++)
		if (sb[i]->buf == NULL)
			strbuf_init(sb[i]);
		else
			strbuf_reset(sb[i]);
	x->pages = 0;
	x->ocr = 0;
	x->format[0] = '\0';
	x->encoding[0] = '\0';
}

static int
extract_check(const char *name, const struct stat *st, char *err,
    size_t errsz)
{
	if (S_ISDIR(st->st_mode)) {
		snprintf(err, errsz, _("%s: is a folder, not a document"),
		    name);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(err, errsz, _("%s: not a regular file"), name);
		return -1;
	}
	if (st->st_size > EXTRACT_MAX_BYTES) {
		snprintf(err, errsz, _("%s: the file is larger than %ld MB"),
		    name, EXTRACT_MAX_BYTES / (1024 * 1024));
		return -1;
	}
	return 0;
}

/* O_NONBLOCK: opening a FIFO without a writer must not hang; fstat then
 * refuses it.  The size is checked again while reading (a growing file). */
static int
extract_read(const char *path, const char *name, struct strbuf *bytes,
    char *err, size_t errsz)
{
	struct stat st;
	char chunk[65536];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC))
	    < 0) {
		snprintf(err, errsz, "%s: %s", name, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		snprintf(err, errsz, "%s: %s", name, strerror(errno));
		close(fd);
		return -1;
	}
	if (extract_check(name, &st, err, errsz) != 0) {
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_add(bytes, chunk, (size_t)n);
		if (bytes->len > (size_t)EXTRACT_MAX_BYTES)
			break;
	}
	if (n < 0)
		snprintf(err, errsz, "%s: %s", name, strerror(errno));
	else if (bytes->len > (size_t)EXTRACT_MAX_BYTES)
		snprintf(err, errsz, _("%s: the file is larger than %ld MB"),
		    name, EXTRACT_MAX_BYTES / (1024 * 1024));
	else if (bytes->len == 0)
		snprintf(err, errsz, _("%s: the file is empty"), name);
	close(fd);
	return n < 0 || bytes->len == 0 ||
	    bytes->len > (size_t)EXTRACT_MAX_BYTES ? -1 : 0;
}

#ifdef HAVE_EXTRACT
/* One header line, "key=value"; unknown keys are for later versions. */
static void
extract_header_line(struct extracted *x, const char *key, size_t klen,
    const char *val, size_t vlen)
{
	char num[16];

	if (klen == 6 && memcmp(key, "format", 6) == 0)
		snprintf(x->format, sizeof x->format, "%.*s", (int)vlen, val);
	else if (klen == 8 && memcmp(key, "encoding", 8) == 0)
		snprintf(x->encoding, sizeof x->encoding, "%.*s", (int)vlen,
		    val);
	else if (klen == 3 && memcmp(key, "ocr", 3) == 0)
		x->ocr = vlen == 3 && memcmp(val, "yes", 3) == 0;
	else if (klen == 5 && memcmp(key, "pages", 5) == 0) {
		snprintf(num, sizeof num, "%.*s", (int)vlen, val);
		x->pages = atoi(num);
	}
}

static int
extract_parse(const char *name, const struct strbuf *out,
    struct extracted *x, char *err, size_t errsz)
{
	const char *p = out->buf, *end = out->buf + out->len, *nl, *eq;

	for (;;) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			goto bad;
		if (nl == p)
			break;
		if ((eq = memchr(p, '=', (size_t)(nl - p))) == NULL)
			goto bad;
		extract_header_line(x, p, (size_t)(eq - p), eq + 1,
		    (size_t)(nl - eq - 1));
		p = nl + 1;
	}
	p++;
	if (x->format[0] == '\0' || x->pages < 1 ||
	    !utf8_valid(p, (size_t)(end - p), NULL))
		goto bad;
	strbuf_add(&x->text, p, (size_t)(end - p));
	return 0;
bad:
	snprintf(err, errsz, _("%s: qarau-extract's output cannot be read"),
	    name);
	return -1;
}

/* The helper's own message ("qarau-extract: FILE: what") says more than
 * its exit status; library chatter before it on stderr is dropped. */
static void
extract_message(const char *name, struct strbuf *msg, const char *why,
    char *err, size_t errsz)
{
	static const char tag[] = "qarau-extract: ";
	char *line, *last = NULL;

	for (line = strtok(msg->buf, "\n"); line != NULL;
	    line = strtok(NULL, "\n"))
		if (strncmp(line, tag, sizeof tag - 1) == 0)
			last = line + sizeof tag - 1;
	if (last != NULL)
		snprintf(err, errsz, "%s", last);
	else
		snprintf(err, errsz, _("%s: the document cannot be read: %s"),
		    name, why);
}

static int
extract_spawn(const char *name, struct extracted *x, char *err,
    size_t errsz)
{
	struct strbuf prog, out, msg;
	char why[512], *argv[4];
	int rv;

	strbuf_init(&prog);
	strbuf_init(&out);
	strbuf_init(&msg);
	spawn_libexec("qarau-extract", &prog);
	if (access(prog.buf, X_OK) != 0) {
		snprintf(err, errsz, _("%s: documents cannot be read: the "
		    "helper program %s is missing"), name, prog.buf);
		rv = -1;
		goto done;
	}
	argv[0] = prog.buf;
	argv[1] = (char *)"--";
	argv[2] = (char *)(uintptr_t)name;
	argv[3] = NULL;
	rv = spawn_run_out(prog.buf, argv, x->bytes.buf, x->bytes.len, &out,
	    &msg, why, sizeof why);
	if (rv != 0)
		extract_message(name, &msg, why, err, errsz);
	else
		rv = extract_parse(name, &out, x, err, errsz);
done:
	strbuf_free(&msg);
	strbuf_free(&out);
	strbuf_free(&prog);
	return rv;
}
#endif

int
extract_file(const char *path, struct extracted *x, char *err,
    size_t errsz)
{
	struct strbuf name;
	int rv = -1;

	/* The name as messages show it: a file name may hold anything but
	 * '/' and NUL, escape sequences included. */
	strbuf_init(&name);
	text_escape(path, strlen(path), &name);
	extract_clear(x);
	if (extract_read(path, name.buf, &x->bytes, err, errsz) != 0)
		goto done;
#ifdef HAVE_EXTRACT
	rv = extract_spawn(name.buf, x, err, errsz);
#else
	snprintf(err, errsz, _("%s: documents cannot be read: this qarau "
	    "was built without qarau-extract (poppler, Tesseract, uchardet, "
	    "libzip, libxml2)"), name.buf);
#endif
done:
	if (rv != 0)
		extract_clear(x);
	strbuf_free(&name);
	return rv;
}
