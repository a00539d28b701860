/*
 * Loads the reader's pattern tables once per process: `qarau read` of
 * many files and the TUI's document prompt parse them a single time.
 */
#include "config.h"

#include <stdio.h>

#include "core/propose.h"
#include "data/datafile.h"
#include "data/propose-load.h"

static const char *const langs[] = { "kk", "ru" };
#define NLANGS	(sizeof langs / sizeof langs[0])

static struct propose_table *loaded[NLANGS];
static int loaded_ok;

static int
load_one(size_t i, char *err, size_t errsz)
{
	struct strbuf text;
	char rel[32];
	int rc;

	strbuf_init(&text);
	snprintf(rel, sizeof rel, "read/%s.pat", langs[i]);
	rc = datafile_read(rel, &text, err, errsz);
	if (rc == 0)
		rc = propose_table_parse(&loaded[i], langs[i], rel, text.buf,
		    err, errsz);
	snprintf(rel, sizeof rel, "read/%s.abusive", langs[i]);
	if (rc == 0 && (rc = datafile_read(rel, &text, err, errsz)) == 0)
		rc = propose_table_lexicon(loaded[i], rel, text.buf, err,
		    errsz);
	strbuf_free(&text);
	return rc;
}

void
propose_load_free(void)
{
	size_t i;

	for (i = 0; i < NLANGS; i++) {
		propose_table_free(loaded[i]);
		loaded[i] = NULL;
	}
	loaded_ok = 0;
}

int
propose_load_tables(const struct propose_table *const **tables, size_t *n,
    char *err, size_t errsz)
{
	size_t i;

	for (i = 0; !loaded_ok && i < NLANGS; i++)
		if (load_one(i, err, errsz) != 0) {
			propose_load_free();
			return -1;
		}
	loaded_ok = 1;
	*tables = (const struct propose_table *const *)loaded;
	*n = NLANGS;
	return 0;
}
