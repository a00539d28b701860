/*
 * The court's and the user's configuration files (config.h).  The files
 * are small and read on every use: a change takes effect at once, and no
 * state outlives a call.
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
#include "data/register.h"

static const char *const system_keys[] = { "register", NULL };
static const char *const user_keys[] = {
	"register", "user.name", "user.telephone", "user.email", NULL
};

const char *const *
conffile_system_keys(void)
{
	return system_keys;
}

const char *const *
conffile_user_keys(void)
{
	return user_keys;
}

static bool
key_in(const char *const *keys, const char *key)
{
	for (; *keys != NULL; keys++)
		if (strcmp(*keys, key) == 0)
			return true;
	return false;
}

bool
conffile_is_user_key(const char *key)
{
	return key_in(user_keys, key);
}

void
conffile_system_path(struct strbuf *out)
{
	const char *s = getenv("QARAU_SYSCONF");

	if (s != NULL)
		strbuf_puts(out, s);
	else
		strbuf_puts(out, SYSCONFDIR "/qarau/qarau.conf");
}

int
conffile_user_path(struct strbuf *out, char *err, size_t errsz)
{
	const char *s;
	struct passwd *pw;

	/* Relative XDG paths are to be ignored (XDG basedir spec). */
	if ((s = getenv("XDG_CONFIG_HOME")) != NULL && *s == '/') {
		strbuf_printf(out, "%s/qarau/qarau.conf", s);
		return 0;
	}
	if ((s = getenv("HOME")) == NULL || *s == '\0') {
		pw = getpwuid(getuid());
		s = pw != NULL ? pw->pw_dir : NULL;
	}
	if (s == NULL || *s == '\0') {
		snprintf(err, errsz, _("cannot find your configuration: no "
		    "home folder"));
		return -1;
	}
	strbuf_printf(out, "%s/.config/qarau/qarau.conf", s);
	return 0;
}

/* No C0 or C1 control characters, DEL included: a value reaches letters
 * and terminals. */
static bool
text_clean(const char *v)
{
	size_t len = strlen(v), n;
	uint32_t cp;

	if (!utf8_valid(v, len, NULL))
		return false;
	for (; *v != '\0'; v += n) {
		n = utf8_decode(v, strlen(v), &cp);
		if (n == 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			return false;
	}
	return true;
}

int
conffile_check(const char *key, const char *v, char *err, size_t errsz)
{
	const char *p;

	if (!text_clean(v)) {
		snprintf(err, errsz, _("%s: not valid UTF-8 text, or holds a "
		    "control character"), key);
		return REG_EINPUT;
	}
	if (strcmp(key, "register") == 0 && *v != '\0' && (*v != '/' ||
	    strlen(v) > 1024)) {
		snprintf(err, errsz, _("register: an absolute path such as "
		    "/var/lib/qarau/register.db (at most 1024 bytes)"));
		return REG_EINPUT;
	}
	if (strcmp(key, "register") != 0 && strlen(v) > 200) {
		snprintf(err, errsz, _("%s: at most 200 bytes"), key);
		return REG_EINPUT;
	}
	if (strcmp(key, "user.telephone") == 0)
		for (p = v; *p != '\0'; p++)
			if (strchr("0123456789+-() ", *p) == NULL) {
				snprintf(err, errsz, _("user.telephone: digits, "
				    "spaces, '+', '-' and brackets only, e.g. "
				    "+7 7172 71-00-00"));
				return REG_EINPUT;
			}
	if (strcmp(key, "user.email") == 0 && *v != '\0' &&
	    ((p = strchr(v, '@')) == NULL || p == v || p[1] == '\0' ||
	    strchr(v, ' ') != NULL)) {
		snprintf(err, errsz, _("user.email: an address such as "
		    "name@sud.kz"));
		return REG_EINPUT;
	}
	return 0;
}

/* The file whole; a missing file is empty. */
static int
conffile_read(const char *path, struct strbuf *text, char *err, size_t errsz)
{
	char chunk[4096];
	FILE *fp;
	size_t n;
	int rv = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		snprintf(err, errsz, _("%s: cannot read: %s"), path,
		    strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		strbuf_add(text, chunk, n);
		if (text->len > CONFFILE_MAX_BYTES) {
			snprintf(err, errsz, _("%s: larger than %d bytes; not "
			    "a configuration file"), path, CONFFILE_MAX_BYTES);
			rv = -1;
			break;
		}
	}
	if (rv == 0 && ferror(fp)) {
		snprintf(err, errsz, _("%s: cannot read: %s"), path,
		    strerror(errno));
		rv = -1;
	}
	fclose(fp);
	return rv;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/*
 * Splits one line into key and value (in place).  0 for a key=value line,
 * 1 for a blank or comment line, -1 with the reason in err.
 */
static int
conffile_line(char *line, const char *const *keys, char **key, char **value,
    char *err, size_t errsz)
{
	char *eq, *s = trim(line);
	char why[REG_ERRSZ];

	if (*s == '\0' || *s == '#')
		return 1;
	if ((eq = strchr(s, '=')) == NULL) {
		snprintf(err, errsz, _("expected 'key = value'"));
		return -1;
	}
	*eq = '\0';
	*key = trim(s);
	*value = trim(eq + 1);
	if (!key_in(keys, *key)) {
		snprintf(err, errsz, _("unknown key '%s'"), *key);
		return -1;
	}
	if (conffile_check(*key, *value, why, sizeof why) != 0) {
		snprintf(err, errsz, "%s", why);
		return -1;
	}
	return 0;
}

static int
conffile_get(const char *path, const char *const *keys, const char *want,
    struct strbuf *out, char *err, size_t errsz)
{
	struct strbuf text;
	char why[REG_ERRSZ], *line, *next, *k, *v;
	unsigned lineno = 0;
	int rv;

	strbuf_init(&text);
	if ((rv = conffile_read(path, &text, err, errsz)) != 0 ||
	    text.len == 0)
		goto out;
	for (line = text.buf; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		rv = conffile_line(line, keys, &k, &v, why, sizeof why);
		if (rv < 0) {
			snprintf(err, errsz, "%s:%u: %s", path, lineno, why);
			goto out;
		}
		/* The last line of a key counts, as in shell files. */
		if (rv == 0 && strcmp(k, want) == 0) {
			strbuf_reset(out);
			strbuf_puts(out, v);
		}
	}
	rv = 0;
out:
	strbuf_free(&text);
	return rv;
}

int
conffile_system_get(const char *key, struct strbuf *out, char *err,
    size_t errsz)
{
	struct strbuf path;
	int rv;

	strbuf_init(&path);
	conffile_system_path(&path);
	rv = path.len == 0 ? 0 :
	    conffile_get(path.buf, system_keys, key, out, err, errsz);
	strbuf_free(&path);
	return rv;
}

int
conffile_user_get(const char *key, struct strbuf *out, char *err,
    size_t errsz)
{
	struct strbuf path;
	int rv = -1;

	strbuf_init(&path);
	if (conffile_user_path(&path, err, errsz) == 0)
		rv = conffile_get(path.buf, user_keys, key, out, err, errsz);
	strbuf_free(&path);
	return rv;
}

/* mkdir -p of the folders above path; made 0700 (a user's own files). */
static int
conffile_mkdirs(const char *path, char *err, size_t errsz)
{
	char *dir = xstrdup(path), *p;

	for (p = dir + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			snprintf(err, errsz, _("%s: cannot create the folder: "
			    "%s"), dir, strerror(errno));
			free(dir);
			return -1;
		}
		*p = '/';
	}
	free(dir);
	return 0;
}

/* The old text without key's lines, then key = value; -1 on a bad file. */
static int
conffile_edit(const char *path, const char *key, const char *value,
    struct strbuf *out, char *err, size_t errsz)
{
	struct strbuf text;
	char why[REG_ERRSZ], *line, *next, *copy, *k, *v;
	unsigned lineno = 0;
	int rv;

	strbuf_init(&text);
	if ((rv = conffile_read(path, &text, err, errsz)) != 0)
		goto out;
	for (line = text.len > 0 ? text.buf : NULL; line != NULL;
	    line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (next == NULL && *line == '\0')
			break;
		copy = xstrdup(line);
		rv = conffile_line(copy, user_keys, &k, &v, why, sizeof why);
		if (rv < 0) {
			snprintf(err, errsz, "%s:%u: %s", path, lineno, why);
			free(copy);
			goto out;
		}
		if (rv == 1 || strcmp(k, key) != 0)
			strbuf_printf(out, "%s\n", line);
		free(copy);
	}
	if (*value != '\0')
		strbuf_printf(out, "%s = %s\n", key, value);
	rv = 0;
out:
	strbuf_free(&text);
	return rv;
}

/* Writes text to a temporary file beside path, then renames it over. */
static int
conffile_replace(const char *path, const struct strbuf *text, char *err,
    size_t errsz)
{
	struct strbuf tmp;
	int fd, rv = -1;

	strbuf_init(&tmp);
	strbuf_printf(&tmp, "%s.XXXXXX", path);
	if ((fd = mkstemp(tmp.buf)) == -1) {
		snprintf(err, errsz, _("%s: cannot write: %s"), path,
		    strerror(errno));
		goto out;
	}
	if (write(fd, text->buf, text->len) != (ssize_t)text->len ||
	    fsync(fd) != 0) {
		snprintf(err, errsz, _("%s: cannot write: %s"), path,
		    strerror(errno));
		close(fd);
		unlink(tmp.buf);
		goto out;
	}
	if (close(fd) != 0 || rename(tmp.buf, path) != 0) {
		snprintf(err, errsz, _("%s: cannot write: %s"), path,
		    strerror(errno));
		unlink(tmp.buf);
		goto out;
	}
	rv = 0;
out:
	strbuf_free(&tmp);
	return rv;
}

int
conffile_user_set(const char *key, const char *value, char *err,
    size_t errsz)
{
	struct strbuf path, text;
	int rv;

	if (!conffile_is_user_key(key)) {
		snprintf(err, errsz, _("unknown setting '%s'"), key);
		return REG_EINPUT;
	}
	if ((rv = conffile_check(key, value, err, errsz)) != 0)
		return rv;
	strbuf_init(&path);
	strbuf_init(&text);
	rv = -1;
	if (conffile_user_path(&path, err, errsz) == 0 &&
	    conffile_edit(path.buf, key, value, &text, err, errsz) == 0 &&
	    conffile_mkdirs(path.buf, err, errsz) == 0)
		rv = conffile_replace(path.buf, &text, err, errsz);
	strbuf_free(&path);
	strbuf_free(&text);
	return rv;
}
