/*
 * Who may open the register: the shared register of a court's assistants
 * (a group owns the folder, the file and SQLite's -wal and -shm beside
 * it), the checks at every open that name a wrong mode or group with its
 * fix, and the reasons for people when the file cannot be opened or
 * changed, in place of SQLite's "unable to open database file".
 *
 * A shared register records its group in the setting "register.group"
 * (written by reg_init): a mode that only keeps other assistants out,
 * such as 0600, is then a fault that its owner sees too.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "data/reg-internal.h"

#define SHARED_FILE_MODE	0660
#define SHARED_DIR_MODE		02770

static const char *
group_name(gid_t gid, char *buf, size_t bufsz)
{
	struct group *g = getgrgid(gid);

	if (g != NULL)
		return g->gr_name;
	snprintf(buf, bufsz, "%ld", (long)gid);
	return buf;
}

static const char *
user_name(uid_t uid, char *buf, size_t bufsz)
{
	struct passwd *pw = getpwuid(uid);

	if (pw != NULL)
		return pw->pw_name;
	snprintf(buf, bufsz, "%ld", (long)uid);
	return buf;
}

/* The folder of path ("." for a bare name), allocated. */
char *
reg_folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* "FILE belongs to OWNER:GROUP, mode MODE". */
static void
describe(const char *what, char *out, size_t outsz)
{
	char ub[24], gb[24];
	struct stat sb;

	if (stat(what, &sb) != 0) {
		snprintf(out, outsz, "%s: %s", what, strerror(errno));
		return;
	}
	snprintf(out, outsz, _("%s belongs to %s:%s, mode %04o"), what,
	    user_name(sb.st_uid, ub, sizeof ub),
	    group_name(sb.st_gid, gb, sizeof gb), (unsigned)(sb.st_mode & 07777));
}

static const char *
me(char *buf, size_t bufsz)
{
	return user_name(geteuid(), buf, bufsz);
}

/*
 * Explains why the register at path cannot be read by this user: 0 when
 * it can (or does not exist), else -1 with the owner, group and mode of
 * what is in the way, and who can change it.
 */
/* path-wal or path-shm, if it exists and this user may not open it for
 * mode (R_OK, W_OK): its name in side, allocated; else NULL. */
static char *
side_blocked(const char *path, int mode)
{
	static const char *const suffix[] = { "-wal", "-shm" };
	char *side;
	size_t i;

	for (i = 0; i < 2; i++) {
		side = xmalloc(strlen(path) + 5);
		sprintf(side, "%s%s", path, suffix[i]);
		if (access(side, F_OK) == 0 && access(side, mode) != 0 &&
		    errno == EACCES)
			return side;
		free(side);
	}
	return NULL;
}

/* SQLite's -wal and -shm are opened by every user of the register. */
static int
side_denied(const char *path, char *err, size_t errsz)
{
	char *side = side_blocked(path, R_OK), who[24], desc[REG_ERRSZ];

	if (side == NULL)
		return 0;
	describe(side, desc, sizeof desc);
	snprintf(err, errsz, _("%s: you (%s) cannot open %s, which SQLite "
	    "opens for everyone who reads the register: %s. Its owner or "
	    "root fixes it (chmod 0660, and the register's group), or "
	    "removes it once nobody has the register open"), path,
	    me(who, sizeof who), side, desc);
	free(side);
	return -1;
}

int
reg_access_denied(const char *path, char *err, size_t errsz)
{
	char *dir = reg_folder_of(path), who[24], desc[REG_ERRSZ];
	const char *blocker = path;

	if (access(path, R_OK) == 0 || errno != EACCES) {
		free(dir);
		return side_denied(path, err, errsz);
	}
	if (access(dir, X_OK) != 0)
		blocker = dir;
	describe(blocker, desc, sizeof desc);
	snprintf(err, errsz, _("%s: permission denied to you (%s): %s. If "
	    "this is the court's shared register, ask the administrator to "
	    "add you to its group (then log in again); its owner or root "
	    "shares a register with 'qarau init --shared --group GROUP "
	    "%s'"), path, me(who, sizeof who), desc, path);
	free(dir);
	return -1;
}

/*
 * 0 when this user may change the register (the file, and its folder,
 * where SQLite creates the -wal and -shm files); else the reason in why.
 */
int
reg_access_writable(const char *path, char *why, size_t whysz)
{
	char *dir = reg_folder_of(path), *side, who[24], desc[REG_ERRSZ];
	int rv = 0;

	if (access(path, W_OK) != 0 && errno == EACCES) {
		describe(path, desc, sizeof desc);
		snprintf(why, whysz, _("you (%s) may read the register but not "
		    "change it: %s; nothing was changed"), me(who, sizeof who),
		    desc);
		rv = -1;
	} else if (access(dir, W_OK | X_OK) != 0 && errno == EACCES) {
		describe(dir, desc, sizeof desc);
		snprintf(why, whysz, _("you (%s) may read the register but not "
		    "change it: SQLite writes its -wal and -shm files beside "
		    "it, and %s; nothing was changed"), me(who, sizeof who),
		    desc);
		rv = -1;
	} else if ((side = side_blocked(path, W_OK)) != NULL) {
		describe(side, desc, sizeof desc);
		snprintf(why, whysz, _("you (%s) may read the register but not "
		    "change it: SQLite writes %s, and %s; nothing was changed"),
		    me(who, sizeof who), side, desc);
		free(side);
		rv = -1;
	}
	free(dir);
	return rv;
}

/* The group recorded by reg_init, "" for a private register. */
static int
shared_group(struct reg *r, char *out, size_t outsz, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	out[0] = '\0';
	if (reg_prepare(r, "SELECT value FROM setting WHERE key = ?", &st,
	    err, errsz) != 0)
		return -1;
	sqlite3_bind_text(st, 1, REG_GROUP_KEY, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		reg_copy(out, outsz, sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

/*
 * One file or folder of a shared register: its group and exact mode.
 * SQLite makes -wal and -shm with the creator's umask and then gives them
 * the register's mode, so one seen in between is looked at again after a
 * moment before it is called wrong.
 */
static int
shared_check_one(struct reg *r, const char *what, const char *group,
    gid_t gid, unsigned want, bool side, char *err, size_t errsz)
{
	const struct timespec moment = { 0, 20 * 1000 * 1000 };
	struct stat sb;
	char gb[24];
	int tries = side ? 10 : 1;

	while (tries-- > 0) {
		if (stat(what, &sb) != 0)
			return 0;	/* -wal and -shm exist while in use */
		if (sb.st_gid == gid && (sb.st_mode & 07777) == want)
			return 0;
		if (tries > 0)
			nanosleep(&moment, NULL);
	}
	return reg_failf(r, err, errsz, _("the register is shared with the "
	    "group %s, but %s has the group %s and mode %04o, so that other "
	    "assistants cannot open it; it must have the group %s and mode "
	    "%04o. Fix, as root: chgrp %s %s && chmod %04o %s (or: qarau "
	    "init --shared --group %s %s)"), group, what,
	    group_name(sb.st_gid, gb, sizeof gb),
	    (unsigned)(sb.st_mode & 07777), group, want, group, what, want,
	    what, group, r->path);
}

/* At every open: a shared register's folder, file, -wal and -shm. */
int
reg_access_check_shared(struct reg *r, char *err, size_t errsz)
{
	char group[64], *dir, *side;
	struct group *g;
	size_t i;
	int rv;

	if (shared_group(r, group, sizeof group, err, errsz) != 0)
		return -1;
	if (group[0] == '\0')
		return 0;
	if ((g = getgrnam(group)) == NULL)
		return reg_failf(r, err, errsz, _("the register is shared "
		    "with the group %s, which does not exist on this machine; "
		    "fix, as root: groupadd %s"), group, group);
	dir = reg_folder_of(r->path);
	rv = shared_check_one(r, dir, group, g->gr_gid, SHARED_DIR_MODE,
	    false, err, errsz);
	free(dir);
	if (rv != 0 || shared_check_one(r, r->path, group, g->gr_gid,
	    SHARED_FILE_MODE, false, err, errsz) != 0)
		return -1;
	for (i = 0; i < 2 && rv == 0; i++) {
		side = xmalloc(strlen(r->path) + 5);
		sprintf(side, "%s%s", r->path, i == 0 ? "-wal" : "-shm");
		rv = shared_check_one(r, side, group, g->gr_gid,
		    SHARED_FILE_MODE, true, err, errsz);
		free(side);
	}
	return rv;
}

/* Gives what to the group with the mode, if it is not so already. */
static int
shared_fix(const char *what, const char *group, gid_t gid, unsigned mode,
    char *err, size_t errsz)
{
	struct stat sb;

	if (stat(what, &sb) != 0)
		return 0;
	if (sb.st_gid != gid && chown(what, (uid_t)-1, gid) != 0) {
		snprintf(err, errsz, _("cannot give %s to the group %s: %s "
		    "(only root may, or its owner if a member of %s)"), what,
		    group, strerror(errno), group);
		return -1;
	}
	/* After chown, which clears the set-group-ID bit. */
	if (chmod(what, mode) != 0) {
		snprintf(err, errsz, _("cannot change the mode of %s: %s"),
		    what, strerror(errno));
		return -1;
	}
	return 0;
}

/* The folder (its parents 0755, so that the group can reach it), the
 * file, -wal and -shm, all of the group. */
static int
shared_prepare(const char *path, const char *group, gid_t gid, char *err,
    size_t errsz)
{
	char *dir = reg_folder_of(path), *side;
	int fd, rv = -1;
	size_t i;

	if (reg_make_folder(dir, 0755, err, errsz) != 0)
		goto out;
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errsz, _("%s: cannot create the folder: %s"),
		    dir, strerror(errno));
		goto out;
	}
	if (shared_fix(dir, group, gid, SHARED_DIR_MODE, err, errsz) != 0)
		goto out;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600)) == -1) {
		snprintf(err, errsz, _("%s: cannot create the register: %s"),
		    path, strerror(errno));
		goto out;
	}
	close(fd);
	side = xmalloc(strlen(path) + 5);
	for (i = 0, rv = 0; i < 3 && rv == 0; i++) {
		sprintf(side, "%s%s", path, i == 0 ? "" : i == 1 ? "-wal" :
		    "-shm");
		rv = shared_fix(side, group, gid, SHARED_FILE_MODE, err,
		    errsz);
	}
	free(side);
out:
	free(dir);
	return rv;
}

static int
shared_mark(struct reg *r, const char *group, char *err, size_t errsz)
{
	char old[64];
	sqlite3_stmt *st;

	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if (shared_group(r, old, sizeof old, err, errsz) != 0 ||
	    reg_prepare(r, "INSERT OR REPLACE INTO setting (key, value) "
	    "VALUES (?, ?)", &st, err, errsz) != 0)
		goto fail;
	sqlite3_bind_text(st, 1, REG_GROUP_KEY, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, group, -1, SQLITE_STATIC);
	if (reg_step_done(r, st, err, errsz) != 0)
		goto fail;
	if (strcmp(old, group) != 0 && reg_audit(r, 0, "setting "
	    REG_GROUP_KEY, old[0] != '\0' ? old : NULL, group, err,
	    errsz) != 0)
		goto fail;
	return reg_commit(r, err, errsz);
fail:
	reg_rollback(r);
	return -1;
}

int
reg_init(const char *path, const char *group, qdate today, bool *created,
    char *err, size_t errsz)
{
	struct group *g = NULL;
	struct reg *r;
	int rv;

	*created = access(path, F_OK) != 0;
	/* The folder is given to the group: it must be the register's own,
	 * never the working folder or the root. */
	if (group != NULL && (path[0] != '/' || strrchr(path, '/') == path)) {
		snprintf(err, errsz, _("%s: a shared register needs an absolute "
		    "path in a folder of its own, such as "
		    "/var/lib/qarau/register.db"), path);
		return REG_EINPUT;
	}
	if (group != NULL && (g = getgrnam(group)) == NULL) {
		snprintf(err, errsz, _("there is no group %s on this machine; "
		    "as root: groupadd %s, then for each assistant: usermod "
		    "-a -G %s LOGIN"), group, group, group);
		return REG_EINPUT;
	}
	if (g != NULL && shared_prepare(path, group, g->gr_gid, err,
	    errsz) != 0)
		return -1;
	if (reg_open(path, today, NULL, &r, err, errsz) != 0)
		return -1;
	rv = g != NULL ? shared_mark(r, group, err, errsz) : 0;
	reg_close(r);
	/* The first open in WAL mode made -wal and -shm as its user. */
	if (rv == 0 && g != NULL)
		rv = shared_prepare(path, group, g->gr_gid, err, errsz);
	return rv;
}

/*
 * SQLite makes -wal and -shm under the umask and only then gives them the
 * register's mode; another assistant who opens the -shm in between gets
 * it read-only and cannot write ("the register is read-only").  In the
 * folder of a shared register (set-group-ID) the group's bits are kept
 * out of the umask, so that those files are 0660 from the start.  Other
 * files this process writes (letters) are then writable by the group too
 * (0664 under the usual umask 022).
 */
void
reg_access_umask(const char *path)
{
	char *dir = reg_folder_of(path);
	struct stat sb;
	mode_t old;

	if (stat(dir, &sb) == 0 && (sb.st_mode & S_ISGID) != 0) {
		old = umask(0);
		umask(old & ~(mode_t)0060);
	}
	free(dir);
}
