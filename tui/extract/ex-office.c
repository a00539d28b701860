/*
 * DOC and RTF through LibreOffice: soffice converts the document to ODT
 * in a private folder, with a profile of its own there (so that neither
 * a LibreOffice the clerk has open nor a stale lock gets in the way), and
 * ex_zip reads the ODT.  Spawned without a shell, in its own process
 * group, and killed with all its children if it takes too long.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "tui/extract/ex.h"

#define EX_OFFICE_TIMEOUT	120	/* seconds; a first start takes ~5 */

extern char **environ;

static int
ex_office_rm(const char *path, const struct stat *st, int flag,
    struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

/* The folder as a file: URL, bytes outside the safe set escaped. */
static void
ex_office_url(struct strbuf *url, const char *dir)
{
	const unsigned char *p;

	strbuf_puts(url, "-env:UserInstallation=file://");
	for (p = (const unsigned char *)dir; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-", *p) != NULL)
			strbuf_putc(url, (char)*p);
		else
			strbuf_printf(url, "%%%02X", *p);
	strbuf_puts(url, "/profile");
}

static int
ex_office_write(const char *path, const unsigned char *data, size_t len)
{
	ssize_t n;
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
		return -1;
	while (len > 0) {
		if ((n = write(fd, data, len)) < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return close(fd);
}

static int
ex_office_slurp(const char *path, struct strbuf *out)
{
	char chunk[65536];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		strbuf_add(out, chunk, (size_t)n);
	}
	close(fd);
	return n < 0 ? -1 : 0;
}

/* Waits for soffice, at most EX_OFFICE_TIMEOUT seconds: its exit status,
 * or -1 when it had to be killed. */
static int
ex_office_wait(pid_t pid)
{
	struct timespec tick = { 0, 50 * 1000 * 1000 };
	int status, i;
	pid_t r;

	for (i = 0; i < EX_OFFICE_TIMEOUT * 20; i++) {
		r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
		if (r < 0 && errno != EINTR)
			return 128;
		nanosleep(&tick, NULL);
	}
	kill(-pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return -1;
}

static int
ex_office_spawn(struct ex_doc *doc, const char *dir, const char *in,
    const char *upper)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	struct strbuf url;
	const char *prog = getenv("QARAU_SOFFICE");
	char *argv[13];
	pid_t pid;
	int e, i = 0;

	if (prog == NULL || *prog == '\0')
		prog = "soffice";
	strbuf_init(&url);
	ex_office_url(&url, dir);
	argv[i++] = (char *)(uintptr_t)prog;
	argv[i++] = url.buf;
	argv[i++] = (char *)"--headless";
	argv[i++] = (char *)"--norestore";
	argv[i++] = (char *)"--nolockcheck";
	/* Its own filter: else a damaged DOC is "read" as plain text. */
	argv[i++] = strcmp(upper, "DOC") == 0 ?
	    (char *)"--infilter=MS Word 97" :
	    (char *)"--infilter=Rich Text Format";
	argv[i++] = (char *)"--convert-to";
	argv[i++] = (char *)"odt";
	argv[i++] = (char *)"--outdir";
	argv[i++] = (char *)(uintptr_t)dir;
	argv[i++] = (char *)(uintptr_t)in;
	argv[i] = NULL;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	posix_spawnattr_init(&attr);
	/* Its own group: soffice is a script that starts soffice.bin. */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&attr, 0);
	e = posix_spawnp(&pid, prog, &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	strbuf_free(&url);
	if (e == ENOENT)
		return ex_fail(doc, _("reading a %s document needs LibreOffice "
		    "(soffice), which is not installed (package "
		    "libreoffice-writer-nogui)"), upper);
	if (e != 0)
		return ex_fail(doc, _("cannot run LibreOffice (%s): %s"), prog,
		    strerror(e));
	switch (ex_office_wait(pid)) {
	case 0:
		return 0;
	case -1:
		return ex_fail(doc, _("LibreOffice did not convert the %s "
		    "document within %d seconds"), upper, EX_OFFICE_TIMEOUT);
	default:
		return ex_fail(doc, _("the %s document is damaged: LibreOffice "
		    "cannot convert it"), upper);
	}
}

int
ex_office(struct ex_doc *doc)
{
	struct strbuf dir, in, out, odt;
	const char *tmp = getenv("TMPDIR");
	const char *upper = strcmp(doc->format, "doc") == 0 ? "DOC" : "RTF";
	char format[sizeof doc->format];
	int rv;

	strbuf_init(&dir);
	strbuf_init(&in);
	strbuf_init(&out);
	strbuf_init(&odt);
	strbuf_printf(&dir, "%s/qarau-extract.XXXXXX",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if (mkdtemp(dir.buf) == NULL) {
		rv = ex_fail(doc, _("cannot make a temporary folder in %s: %s"),
		    tmp != NULL && *tmp == '/' ? tmp : "/tmp", strerror(errno));
		goto done;
	}
	strbuf_printf(&in, "%s/document.%s", dir.buf, doc->format);
	strbuf_printf(&out, "%s/document.odt", dir.buf);
	if (ex_office_write(in.buf, doc->data, doc->len) != 0)
		rv = ex_fail(doc, _("cannot write %s: %s"), in.buf,
		    strerror(errno));
	else if ((rv = ex_office_spawn(doc, dir.buf, in.buf, upper)) != 0)
		;
	else if (ex_office_slurp(out.buf, &odt) != 0 || odt.len == 0)
		rv = ex_fail(doc, _("the %s document is damaged: LibreOffice "
		    "cannot convert it"), upper);
	else {
		/* Read as the ODT it became; it stays a DOC or RTF. */
		memcpy(format, doc->format, sizeof format);
		doc->data = (const unsigned char *)odt.buf;
		doc->len = odt.len;
		rv = ex_zip(doc);
		memcpy(doc->format, format, sizeof format);
		doc->data = NULL;
		doc->len = 0;
	}
	nftw(dir.buf, ex_office_rm, 16, FTW_DEPTH | FTW_PHYS);
done:
	strbuf_free(&odt);
	strbuf_free(&out);
	strbuf_free(&in);
	strbuf_free(&dir);
	return rv;
}
