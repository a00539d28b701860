/*
 * Opening the register: where it is, creating its folder and file with
 * the right modes, migrating the schema, and the SQL function that folds
 * Kazakh and Russian letters for the search.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "data/conffile.h"
#include "data/reg-internal.h"

/* A register named in a configuration file: the user's, then the
 * system's.  0 with path empty when neither names one. */
static int
reg_configured_path(struct strbuf *path, char *err, size_t errsz)
{
	if (conffile_user_get("register", path, err, errsz) != 0)
		return -1;
	if (path->len == 0 &&
	    conffile_system_get("register", path, err, errsz) != 0)
		return -1;
	return 0;
}

/* -d FILE, QARAU_DB, the configuration files, XDG_DATA_HOME (absolute
 * only, as the XDG basedir specification says), then the home folder. */
int
reg_resolve_path_named(const char *opt, struct strbuf *path, bool *named,
    char *err, size_t errsz)
{
	const char *s;
	struct passwd *pw;
	bool dummy;

	if (named == NULL)
		named = &dummy;
	*named = true;
	if (opt != NULL && *opt != '\0') {
		strbuf_puts(path, opt);
		return 0;
	}
	if ((s = getenv("QARAU_DB")) != NULL && *s != '\0') {
		strbuf_puts(path, s);
		return 0;
	}
	if (reg_configured_path(path, err, errsz) != 0)
		return -1;
	if (path->len > 0)
		return 0;
	*named = false;
	if ((s = getenv("XDG_DATA_HOME")) != NULL && *s == '/') {
		strbuf_printf(path, "%s/qarau/register.db", s);
		return 0;
	}
	if ((s = getenv("HOME")) == NULL || *s == '\0') {
		pw = getpwuid(getuid());
		s = pw != NULL ? pw->pw_dir : NULL;
	}
	if (s == NULL || *s == '\0') {
		snprintf(err, errsz, _("cannot find the register: no home "
		    "folder; give -d FILE or set QARAU_DB"));
		return -1;
	}
	strbuf_printf(path, "%s/.local/share/qarau/register.db", s);
	return 0;
}

int
reg_resolve_path(const char *opt, struct strbuf *path, char *err,
    size_t errsz)
{
	return reg_resolve_path_named(opt, path, NULL, err, errsz);
}

/* mkdir -p of the folder holding path; folders it makes get mode (0700
 * for a private register). */
int
reg_make_folder(const char *path, unsigned mode, char *err, size_t errsz)
{
	char *dir = xstrdup(path), *p;
	struct stat sb;

	if ((p = strrchr(dir, '/')) == NULL || p == dir) {
		free(dir);
		return 0;
	}
	*p = '\0';
	for (p = dir + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (stat(dir, &sb) != 0 && mkdir(dir, (mode_t)mode) != 0 &&
		    errno != EEXIST) {
			snprintf(err, errsz, _("%s: cannot create the folder: "
			    "%s"), dir, strerror(errno));
			free(dir);
			return -1;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(dir);
	return 0;
}

/* The file is made by us, not by SQLite, so that it is 0600 whatever the
 * umask: a register holds personal data of convicted persons. */
static int
reg_create_file(const char *path, char *err, size_t errsz)
{
	int fd;

	if (access(path, F_OK) == 0)
		return 0;
	if (reg_make_folder(path, 0700, err, errsz) != 0)
		return -1;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600)) == -1) {
		snprintf(err, errsz, _("%s: cannot create the register: %s"),
		    path, strerror(errno));
		return -1;
	}
	close(fd);
	return 0;
}

/* The login name and the user's own name (his configuration file) that
 * the audit trail records. */
static int
reg_find_user(struct reg *r, char *err, size_t errsz)
{
	struct passwd *pw = getpwuid(geteuid());
	const char *u = pw != NULL ? pw->pw_name : getenv("USER");
	struct strbuf name;
	int rv;

	if (u != NULL && *u != '\0')
		snprintf(r->user, sizeof r->user, "%s", u);
	else
		snprintf(r->user, sizeof r->user, "uid %ld", (long)geteuid());
	strbuf_init(&name);
	if ((rv = conffile_user_get("user.name", &name, err, errsz)) == 0)
		snprintf(r->user_name, sizeof r->user_name, "%s", name.buf);
	strbuf_free(&name);
	return rv;
}

static int
reg_int_query(struct reg *r, const char *sql, int *out, char *err,
    size_t errsz)
{
	sqlite3_stmt *st;
	int rc;

	if (reg_prepare(r, sql, &st, err, errsz) != 0)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	else if (rc == SQLITE_DONE)
		*out = 0;
	else
		rc = sqlite3_extended_errcode(r->db);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return reg_fail(r, rc, err, errsz);
	return 0;
}

/*
 * Brings the schema to the newest version in one transaction.  The version
 * is read again under the write lock: another process may have migrated
 * the file in between.
 */
static int
reg_migrate(struct reg *r, bool readonly, char *err, size_t errsz)
{
	char msg[REG_ERRSZ];
	int v, objects, latest = reg_schema_version();

	if (reg_int_query(r, "PRAGMA user_version", &v, err, errsz) != 0)
		return -1;
	if (v > latest)
		return reg_failf(r, err, errsz, _("the register was made by a "
		    "newer version of qarau (schema %d; this one knows up to "
		    "%d); it was left as it is"), v, latest);
	if (v == latest)
		return 0;
	if (readonly)
		return reg_failf(r, err, errsz, _("the register needs an "
		    "upgrade (schema %d to %d) but is open read-only"), v,
		    latest);
	if (reg_begin(r, err, errsz) != 0)
		return -1;
	if (reg_int_query(r, "PRAGMA user_version", &v, err, errsz) != 0)
		goto fail;
	if (v == 0 && reg_int_query(r, "SELECT count(*) FROM sqlite_master",
	    &objects, err, errsz) == 0 && objects > 0) {
		reg_failf(r, err, errsz, _("a database, but not a register of "
		    "qarau; it was left as it is"));
		goto fail;
	}
	if (v < latest &&
	    reg_schema_migrate(r->db, v, latest, msg, sizeof msg) != 0) {
		reg_failf(r, err, errsz, _("cannot upgrade the register: %s"),
		    msg);
		goto fail;
	}
	return reg_commit(r, err, errsz);
fail:
	reg_rollback(r);
	return -1;
}

/*
 * qarau_fold(text): the text in lower case, Kazakh and Russian letters
 * included (core's text_fold).  SQLite's own LIKE folds ASCII only, and a
 * clerk searching "қасымов" must find "Қасымов".
 */
static void
reg_sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *s;
	struct strbuf out;

	(void)argc;
	if ((s = sqlite3_value_text(argv[0])) == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	strbuf_init(&out);
	text_fold((const char *)s, (size_t)sqlite3_value_bytes(argv[0]), &out);
	sqlite3_result_text(ctx, out.buf, (int)out.len, free);
	/* The buffer now belongs to SQLite. */
	out.buf = NULL;
}

/*
 * Before SQLite sees the file: a missing one is created, or refused with
 * REG_OPEN_NOCREATE (a mistyped -d path must not become an empty
 * register); one this user cannot read is explained (owner, group, mode)
 * rather than SQLite's "unable to open"; one he may read but not change
 * is opened read-only, and *why says why for the first write.
 */
static int
reg_open_access(const char *path, unsigned flags, bool *ro, char **why,
    char *err, size_t errsz)
{
	char msg[REG_ERRSZ];

	if (access(path, F_OK) != 0 && errno == ENOENT) {
		if ((flags & REG_OPEN_NOCREATE) != 0) {
			snprintf(err, errsz, _("%s: there is no register here "
			    "(is the path right?); 'qarau init' creates one"),
			    path);
			return -1;
		}
		return *ro ? 0 : reg_create_file(path, err, errsz);
	}
	if (reg_access_denied(path, err, errsz) != 0)
		return -1;
	reg_access_umask(path);
	if (!*ro && reg_access_writable(path, msg, sizeof msg) != 0) {
		*ro = true;
		*why = xstrdup(msg);
	}
	return 0;
}

/* Whether path's side file ("-wal", "-shm") exists. */
static bool
reg_side_exists(const char *path, const char *suffix)
{
	struct strbuf side;
	bool yes;

	strbuf_init(&side);
	strbuf_printf(&side, "%s%s", path, suffix);
	yes = access(side.buf, F_OK) == 0;
	strbuf_free(&side);
	return yes;
}

/* Whether path's -wal holds changes not yet in the file itself. */
static bool
reg_wal_holds_changes(const char *path)
{
	struct strbuf wal;
	struct stat sb;
	bool yes;

	strbuf_init(&wal);
	strbuf_printf(&wal, "%s-wal", path);
	yes = stat(wal.buf, &sb) == 0 && sb.st_size > 0;
	strbuf_free(&wal);
	return yes;
}

/* The URI of path read as immutable (SQLite's URI escapes). */
static void
reg_immutable_uri(const char *path, struct strbuf *uri)
{
	const unsigned char *p;

	strbuf_puts(uri, "file:");
	for (p = (const unsigned char *)path; *p != '\0'; p++)
		if (strchr("?#%", *p) != NULL || *p < 0x20)
			strbuf_printf(uri, "%%%02X", *p);
		else
			strbuf_add(uri, (const char *)p, 1);
	strbuf_puts(uri, "?immutable=1");
}

/*
 * SQLite reads a WAL register only through its -shm file, which it must
 * create when nobody has the register open.  In a folder this user may
 * not write, and with neither -wal nor -shm there (so the file itself
 * holds every committed change), the file is read as immutable instead.
 * A writer who starts meanwhile copies pages into the file only at his
 * checkpoint; should one fall in the middle of our read, SQLite reports
 * the file as damaged for that one command, and a retry reads it anew.
 * A -wal without its -shm (left by a crash) holds changes that only a
 * user who may write the folder can read: that is said, not guessed.
 * On a full disk (REG_OPEN_FULL_DISK) SQLite cannot make the -shm either,
 * and the immutable read is safe only while the -wal holds nothing.
 */
static int
reg_open_db(struct reg *r, bool ro, unsigned flags, char *err, size_t errsz)
{
	struct strbuf uri;
	char *dir = reg_folder_of(r->path);
	bool full_disk = (flags & REG_OPEN_FULL_DISK) != 0, locked_out;
	int rc;

	if (full_disk && reg_wal_holds_changes(r->path)) {
		free(dir);
		return reg_failf(r, err, errsz, _("the disk holding the "
		    "register is full (no byte free) and its -wal file holds "
		    "changes not yet in the register: free some space on it"));
	}
	locked_out = !full_disk && ro && access(dir, W_OK) != 0 &&
	    !reg_side_exists(r->path, "-shm");
	if (locked_out && reg_side_exists(r->path, "-wal")) {
		reg_failf(r, err, errsz, _("you (%s) may not write the folder "
		    "%s, and the register's last changes are in its -wal file, "
		    "which SQLite reads only by making a -shm file there; a "
		    "user who may write the folder opens it once (qarau list) "
		    "and it can be read again"), r->user, dir);
		free(dir);
		return -1;
	}
	free(dir);
	if (!locked_out && !full_disk)
		return sqlite3_open_v2(r->path, &r->db, ro ?
		    SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
	strbuf_init(&uri);
	reg_immutable_uri(r->path, &uri);
	rc = sqlite3_open_v2(uri.buf, &r->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_URI, NULL);
	strbuf_free(&uri);
	return rc;
}

int
reg_open_flags(const char *path, unsigned flags, qdate today,
    const struct calendar *cal, struct reg **out, char *err, size_t errsz)
{
	struct reg *r;
	bool ro = (flags & (REG_OPEN_READONLY | REG_OPEN_FULL_DISK)) != 0;
	char *why = NULL;
	int rc = SQLITE_OK, v, objects;

	*out = NULL;
	if (reg_open_access(path, flags, &ro, &why, err, errsz) != 0)
		return -1;
	r = xcalloc(1, sizeof *r);
	r->path = xstrdup(path);
	r->today = today;
	r->cal = cal;
	r->ro_why = why;
	if (reg_find_user(r, err, errsz) != 0 ||
	    (rc = reg_open_db(r, ro, flags, err, errsz)) == -1)
		goto fail;
	if (rc != SQLITE_OK)
		goto fail_rc;
	sqlite3_extended_result_codes(r->db, 1);
	sqlite3_busy_timeout(r->db, REG_BUSY_MS);
	if ((rc = sqlite3_create_function_v2(r->db, "qarau_fold", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, reg_sql_fold, NULL,
	    NULL, NULL)) != SQLITE_OK)
		goto fail_rc;
	/* Read the version before any pragma that writes: a register of a
	 * newer qarau, or a file that is not a database, is not touched. */
	if (reg_int_query(r, "PRAGMA user_version", &v, err, errsz) != 0)
		goto fail;
	if (v > reg_schema_version()) {
		reg_migrate(r, ro, err, errsz);
		goto fail;
	}
	if (v == 0 && reg_int_query(r, "SELECT count(*) FROM sqlite_master",
	    &objects, err, errsz) == 0 && objects > 0) {
		reg_failf(r, err, errsz, _("a database, but not a register of "
		    "qarau; it was left as it is"));
		goto fail;
	}
	if (v > 0 && reg_access_check_shared(r, err, errsz) != 0)
		goto fail;
	if (!ro && (rc = sqlite3_exec(r->db, "PRAGMA journal_mode = WAL",
	    NULL, NULL, NULL)) != SQLITE_OK)
		goto fail_rc;
	if ((rc = sqlite3_exec(r->db, "PRAGMA foreign_keys = ON; "
	    "PRAGMA synchronous = FULL", NULL, NULL, NULL)) != SQLITE_OK)
		goto fail_rc;
	if (reg_migrate(r, ro, err, errsz) != 0 ||
	    reg_calendar_load(r, cal, err, errsz) != 0 ||
	    (!ro && reg_report_rebuild(r, err, errsz) != 0))
		goto fail;
	*out = r;
	return 0;
fail_rc:
	reg_fail(r, rc, err, errsz);
fail:
	reg_close(r);
	return -1;
}

int
reg_open(const char *path, qdate today, const struct calendar *cal,
    struct reg **out, char *err, size_t errsz)
{
	return reg_open_flags(path, 0, today, cal, out, err, errsz);
}

void
reg_close(struct reg *r)
{
	if (r == NULL)
		return;
	reg_cache_free(r);
	if (r->db != NULL)
		sqlite3_close_v2(r->db);
	calendar_free(r->own_cal);
	free(r->path);
	free(r->ro_why);
	free(r);
}

const struct calendar *
reg_calendar(const struct reg *r)
{
	return r->cal;
}

const char *
reg_readonly_why(const struct reg *r)
{
	return r->ro_why;
}

qdate
reg_today(const struct reg *r)
{
	return r->today;
}

const char *
reg_path(const struct reg *r)
{
	return r->path;
}
