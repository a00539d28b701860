/*
 * Output files that never lie (see outfile.h).  The temporary file is
 * TARGET.qarau-XXXXXX; while it is being written, a lock on it (flock)
 * tells a later outfile_sweep that someone still writes it, and a handler
 * for the usual signals removes it when the writer is stopped.  A writer
 * killed outright (SIGKILL, a power cut) leaves it for the next sweep.
 */
#include "config.h"

#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/strbuf.h"
#include "tui/outfile.h"

#define OUTFILE_SUFFIX	".qarau-"

static const int outfile_sigs[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };
#define OUTFILE_NSIGS	(sizeof outfile_sigs / sizeof outfile_sigs[0])

/* One output is written at a time; its temporary file, for the handler. */
static char *volatile outfile_pending;
static struct sigaction outfile_saved[OUTFILE_NSIGS];

static void
outfile_on_signal(int sig)
{
	size_t i;

	if (outfile_pending != NULL)
		(void)unlink(outfile_pending);
	/* The old action (the default, or the screens' own) runs once this
	 * handler returns: the signal stays blocked until then. */
	for (i = 0; i < OUTFILE_NSIGS; i++)
		if (outfile_sigs[i] == sig)
			(void)sigaction(sig, &outfile_saved[i], NULL);
	(void)raise(sig);
}

static void
outfile_guard(char *tmp)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = outfile_on_signal;
	sigemptyset(&sa.sa_mask);
	outfile_pending = tmp;
	for (i = 0; i < OUTFILE_NSIGS; i++)
		(void)sigaction(outfile_sigs[i], &sa, &outfile_saved[i]);
}

static void
outfile_unguard(void)
{
	size_t i;

	for (i = 0; i < OUTFILE_NSIGS; i++)
		(void)sigaction(outfile_sigs[i], &outfile_saved[i], NULL);
	outfile_pending = NULL;
}

void
outfile_error(char *err, size_t errsz, const char *path, int error)
{
	outfile_explain(err, errsz, path, error == ENOSPC ||
	    error == EDQUOT, strerror(error));
}

/* Libraries (cairo, SQLite) say "write error"; the disk says why. */
void
outfile_explain(char *err, size_t errsz, const char *path, int full,
    const char *why)
{
	struct statvfs vfs;
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');

	if (slash != NULL)
		slash[slash == dir] = '\0';
	if (!full && statvfs(slash != NULL ? dir : ".", &vfs) == 0 &&
	    vfs.f_bavail == 0)
		full = 1;
	free(dir);
	if (full)
		snprintf(err, errsz, _("%s: the disk is full; the file was "
		    "not written (%s)"), path, why);
	else
		snprintf(err, errsz, "%s: %s", path, why);
}

/* A target may be missing or a regular file; anything else is refused,
 * for renaming over it would replace a device, a pipe or a link. */
int
outfile_check_target(const char *path, char *err, size_t errsz)
{
	struct stat st;

	if (*path == '\0') {
		snprintf(err, errsz, "%s", _("the output file name is empty"));
		return -1;
	}
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return 0;
		outfile_error(err, errsz, path, errno);
		return -1;
	}
	if (S_ISREG(st.st_mode))
		return 0;
	snprintf(err, errsz, _("%s: not a regular file (%s); qarau replaces "
	    "only regular files: give another name, or '-' for standard "
	    "output"), path, S_ISLNK(st.st_mode) ? _("a symbolic link") :
	    S_ISDIR(st.st_mode) ? _("a folder") : _("a device, pipe or "
	    "socket"));
	return -1;
}

int
outfile_open(struct outfile *o, const char *path, char *err, size_t errsz)
{
	struct strbuf tmp;
	mode_t um;

	memset(o, 0, sizeof *o);
	o->fd = -1;
	if (strcmp(path, "-") == 0) {
		/* What stdio holds goes first. */
		if (fflush(stdout) != 0) {
			outfile_error(err, errsz, _("standard output"), errno);
			return -1;
		}
		o->fd = STDOUT_FILENO;
		return 0;
	}
	if (outfile_check_target(path, err, errsz) != 0)
		return -1;
	strbuf_init(&tmp);
	strbuf_printf(&tmp, "%s" OUTFILE_SUFFIX "XXXXXX", path);
	if ((o->fd = mkstemp(tmp.buf)) < 0) {
		outfile_error(err, errsz, path, errno);
		strbuf_free(&tmp);
		return -1;
	}
	/* Taken at once on a fresh file: only a sweep could compete. */
	(void)flock(o->fd, LOCK_EX | LOCK_NB);
	/* mkstemp made it 0600; the file gets the mode any new file gets. */
	um = umask(0);
	umask(um);
	(void)fchmod(o->fd, 0666 & ~um);
	o->tmp = strbuf_detach(&tmp, NULL);
	strbuf_free(&tmp);	/* detach leaves it fresh */
	o->path = xstrdup(path);
	outfile_guard(o->tmp);
	return 0;
}

int
outfile_write(struct outfile *o, const void *data, size_t len, char *err,
    size_t errsz)
{
	const char *p = data;
	ssize_t n;

	while (len > 0) {
		if ((n = write(o->fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			outfile_error(err, errsz, o->path != NULL ? o->path :
			    _("standard output"), errno);
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The rename is on the disk once the folder is. */
static void
outfile_sync_dir(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int fd;

	if (slash == dir)
		slash[1] = '\0';
	else if (slash != NULL)
		*slash = '\0';
	else
		strcpy(dir, ".");
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

int
outfile_commit(struct outfile *o, char *err, size_t errsz)
{
	int fd = o->fd, error = 0;

	if (o->tmp == NULL)
		return 0;
	o->fd = -1;
	if (fsync(fd) != 0)
		error = errno;
	if (close(fd) != 0 && error == 0)
		error = errno;
	if (error != 0) {
		outfile_error(err, errsz, o->path, error);
		outfile_abort(o);
		return -1;
	}
	/* The target may have become something else while we wrote. */
	if (outfile_check_target(o->path, err, errsz) != 0) {
		outfile_abort(o);
		return -1;
	}
	if (rename(o->tmp, o->path) != 0) {
		outfile_error(err, errsz, o->path, errno);
		outfile_abort(o);
		return -1;
	}
	outfile_unguard();
	outfile_sync_dir(o->path);
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
	o->fd = -1;
	return 0;
}

void
outfile_abort(struct outfile *o)
{
	if (o->tmp != NULL) {
		if (o->fd >= 0)
			close(o->fd);
		(void)unlink(o->tmp);
		outfile_unguard();
	}
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
	o->fd = -1;
}

/* Is name PREFIX.qarau-XXXXXX, the temporary file of an output to
 * base? */
static int
outfile_is_leftover(const char *name, const char *base)
{
	size_t n = strlen(base), k = strlen(OUTFILE_SUFFIX), i;

	if (strncmp(name, base, n) != 0 ||
	    strncmp(name + n, OUTFILE_SUFFIX, k) != 0 ||
	    strlen(name + n + k) != 6)
		return 0;
	for (i = n + k; name[i] != '\0'; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		    (name[i] >= 'A' && name[i] <= 'Z') ||
		    (name[i] >= '0' && name[i] <= '9')))
			return 0;
	return 1;
}

/*
 * Removes the temporary files that writers of path left when they were
 * killed.  A file still locked belongs to a writer at work and stays.
 */
/* The folder of path into dir ("." for a bare name); its last part. */
static const char *
outfile_dir_of(const char *path, struct strbuf *dir)
{
	const char *slash = strrchr(path, '/');

	strbuf_init(dir);
	if (slash == NULL) {
		strbuf_add(dir, ".", 1);
		return path;
	}
	strbuf_add(dir, path, slash == path ? 1 : (size_t)(slash - path));
	return slash + 1;
}

void
outfile_sweep(const char *path)
{
	struct strbuf dir, one;
	const char *base;
	struct dirent *de;
	DIR *d;
	int fd;

	base = outfile_dir_of(path, &dir);
	if ((d = opendir(dir.buf)) == NULL) {
		strbuf_free(&dir);
		return;
	}
	strbuf_init(&one);
	while ((de = readdir(d)) != NULL) {
		if (!outfile_is_leftover(de->d_name, base))
			continue;
		strbuf_reset(&one);
		strbuf_printf(&one, "%s/%s", dir.buf, de->d_name);
		fd = open(one.buf, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
		    O_NONBLOCK);
		if (fd < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			(void)unlink(one.buf);
		close(fd);
	}
	closedir(d);
	strbuf_free(&one);
	strbuf_free(&dir);
}

/*
 * The leftovers of backups by qarau before the writer above: the copy was
 * FILE.XXXXXX (mkstemp), written by SQLite with a rollback journal
 * FILE.XXXXXX-journal, and a killed backup left both.  Six letters after a
 * dot may also end a clerk's own file ("reg.db.backup", "reg.db.copy01"),
 * so a file goes only when everything says it is such a leftover: the
 * exact name, a plain file of this user with one link, not changed since
 * before this process began, nobody's lock on it (SQLite holds one on the
 * copy for the whole backup), and the contents of an interrupted copy:
 * empty (killed before its first page) or with its journal still beside
 * it (killed in the middle).  A finished copy that was not renamed looks
 * like a clerk's copy and stays.
 */
static int
outfile_old_name(const char *name, const char *base, int *journal)
{
	size_t n = strlen(base), i;
	const char *rest;

	if (strncmp(name, base, n) != 0 || name[n] != '.')
		return 0;
	rest = name + n + 1;
	for (i = 0; i < 6; i++)
		if (!((rest[i] >= 'a' && rest[i] <= 'z') ||
		    (rest[i] >= 'A' && rest[i] <= 'Z') ||
		    (rest[i] >= '0' && rest[i] <= '9')))
			return 0;
	*journal = strcmp(rest + 6, "-journal") == 0;
	return rest[6] == '\0' || *journal;
}

/* A plain file of ours with one link, untouched since before, unlocked,
 * whose first bytes are magic (or that is empty); st gets its status. */
static int
outfile_old_file(const char *path, time_t before, const char *magic,
    size_t magiclen, struct stat *st)
{
	char head[16];
	struct flock fl;
	int fd, ok = 0;

	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
	    O_NONBLOCK)) < 0)
		return 0;
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	if (fstat(fd, st) == 0 && S_ISREG(st->st_mode) &&
	    st->st_uid == geteuid() && st->st_nlink == 1 &&
	    st->st_mtime < before && fcntl(fd, F_GETLK, &fl) == 0 &&
	    fl.l_type == F_UNLCK)
		ok = st->st_size == 0 || (read(fd, head, magiclen) ==
		    (ssize_t)magiclen && memcmp(head, magic, magiclen) == 0);
	close(fd);
	return ok;
}

static void
outfile_sweep_one_old(const char *dir, const char *name, time_t before)
{
	static const char db_magic[] = "SQLite format 3";
	static const char jr_magic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";
	struct strbuf db, jr;
	struct stat sd, sj;
	int has_db, has_jr;

	strbuf_init(&db);
	strbuf_init(&jr);
	strbuf_printf(&db, "%s/%s", dir, name);
	strbuf_printf(&jr, "%s-journal", db.buf);
	has_db = outfile_old_file(db.buf, before, db_magic, sizeof db_magic,
	    &sd);
	has_jr = outfile_old_file(jr.buf, before, jr_magic,
	    sizeof jr_magic - 1, &sj);
	/* The journal goes with its copy; a copy goes when it is empty or
	 * its journal says it was cut off. */
	if (has_db && (sd.st_size == 0 || has_jr)) {
		(void)unlink(db.buf);
		if (has_jr)
			(void)unlink(jr.buf);
	} else if (has_jr && access(db.buf, F_OK) != 0 && errno == ENOENT)
		(void)unlink(jr.buf);
	strbuf_free(&db);
	strbuf_free(&jr);
}

void
outfile_sweep_old(const char *path, time_t before)
{
	struct strbuf dir, name;
	const char *base;
	struct dirent *de;
	int journal;
	DIR *d;

	base = outfile_dir_of(path, &dir);
	strbuf_init(&name);
	if ((d = opendir(dir.buf)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (!outfile_old_name(de->d_name, base, &journal))
				continue;
			/* Each copy once, by its own name (or by its
			 * journal's when the copy is gone). */
			strbuf_reset(&name);
			strbuf_add(&name, de->d_name, strlen(de->d_name) -
			    (journal ? strlen("-journal") : 0));
			outfile_sweep_one_old(dir.buf, name.buf, before);
		}
		closedir(d);
	}
	strbuf_free(&name);
	strbuf_free(&dir);
}
