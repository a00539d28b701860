#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "data/datafile.h"

const char *
datafile_dir(void)
{
	const char *d = getenv("QARAU_DATADIR");

	return d != NULL && *d != '\0' ? d : PKGDATADIR;
}

int
datafile_read(const char *rel, struct strbuf *out, char *err, size_t errsz)
{
	struct strbuf path;
	char chunk[8192];
	FILE *fp;
	size_t n;
	int rv = 0;

	strbuf_init(&path);
	strbuf_printf(&path, "%s/%s", datafile_dir(), rel);
	if ((fp = fopen(path.buf, "rb")) == NULL) {
		snprintf(err, errsz, "%s: %s", path.buf, strerror(errno));
		strbuf_free(&path);
		return -1;
	}
	strbuf_reset(out);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		strbuf_add(out, chunk, n);
	if (ferror(fp)) {
		snprintf(err, errsz, "%s: %s", path.buf, _("read error"));
		rv = -1;
	}
	fclose(fp);
	strbuf_free(&path);
	return rv;
}

static int
is_year_file(const char *name)
{
	return strlen(name) == 8 && strspn(name, "0123456789") == 4 &&
	    strcmp(name + 4, ".txt") == 0;
}

int
datafile_load_calendars(struct calendar *cal, char *err, size_t errsz)
{
	struct strbuf dir, text, rel;
	struct dirent *de;
	DIR *dp;
	int rv = 0;

	strbuf_init(&dir);
	strbuf_printf(&dir, "%s/calendar", datafile_dir());
	if ((dp = opendir(dir.buf)) == NULL) {
		snprintf(err, errsz, "%s: %s", dir.buf, strerror(errno));
		strbuf_free(&dir);
		return -1;
	}
	strbuf_init(&text);
	strbuf_init(&rel);
	while (rv == 0 && (de = readdir(dp)) != NULL) {
		if (!is_year_file(de->d_name))
			continue;
		strbuf_reset(&rel);
		strbuf_printf(&rel, "calendar/%s", de->d_name);
		if (datafile_read(rel.buf, &text, err, errsz) != 0 ||
		    calendar_load(cal, rel.buf, text.buf, text.len, err,
		    errsz) != 0)
			rv = -1;
	}
	closedir(dp);
	strbuf_free(&rel);
	strbuf_free(&text);
	strbuf_free(&dir);
	return rv;
}
