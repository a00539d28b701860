/*
 * libFuzzer harness for the register's text inputs (data/): the CSV of
 * 'qarau import' (reg_import_csv), a setting (reg_setting_set) and a
 * draft (reg_draft_save, reg_draft_latest), on a fresh register file for
 * every input.  The first byte chooses the input.  Contracts: a refusal
 * has a message and changes nothing; whatever is taken comes back as
 * valid UTF-8 without control characters (export --json, the setting, the
 * draft's facts).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "core/date.h"
#include "core/facts.h"
#include "core/text.h"
#include "data/register.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(int cond, const char *what)
{
	if (!cond) {
		fprintf(stderr, "contract broken: %s\n", what);
		abort();
	}
}

static char dir[64], path[96];

static void
scratch_remove(void)
{
	char side[128];

	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
}

static struct reg *
fresh(void)
{
	char side[128], err[REG_ERRSZ];
	struct reg *r;

	if (*dir == '\0') {
		/* A register per input: in memory where there is a tmpfs,
		 * for every commit is flushed to the disk. */
		snprintf(dir, sizeof dir, "%s/qarau-fuzz-reg.XXXXXX",
		    access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
		    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
		check(mkdtemp(dir) != NULL, "cannot make a scratch folder");
		snprintf(path, sizeof path, "%s/reg.db", dir);
		atexit(scratch_remove);
	}
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	check(reg_open(path, qdate_from_ymd(2025, 10, 2), NULL, &r, err,
	    sizeof err) == 0, err);
	return r;
}

static void
fuzz_csv(struct reg *r, const char *text, size_t len)
{
	char err[REG_ERRSZ];
	struct strbuf json;
	size_t n = 0;

	err[0] = '\0';
	if (reg_import_csv(r, "fuzz.csv", text, len, &n, err,
	    sizeof err) != 0) {
		check(*err != '\0' && n == 0, "a refusal without a message");
		return;
	}
	strbuf_init(&json);
	check(reg_export_json(r, &json, err, sizeof err) == 0,
	    "an imported register does not export");
	check(utf8_valid(json.buf, json.len, NULL),
	    "export --json of an import is not UTF-8");
	strbuf_free(&json);
}

static void
fuzz_setting(struct reg *r, const char *text)
{
	const char *nl = strchr(text, '\n');
	char key[64], err[REG_ERRSZ];
	struct strbuf v;

	if (nl == NULL || (size_t)(nl - text) >= sizeof key)
		return;
	memcpy(key, text, (size_t)(nl - text));
	key[nl - text] = '\0';
	if (reg_setting_set(r, key, nl + 1, err, sizeof err) != 0)
		return;
	strbuf_init(&v);
	check(reg_setting_get(r, key, &v, err, sizeof err) == 0,
	    "a setting taken cannot be read");
	check(v.len == 0 || text_check(v.buf, v.len, SIZE_MAX, TEXT_LINES,
	    err, sizeof err) == 0, "a setting holds a control character");
	strbuf_free(&v);
}

static void
fuzz_draft(struct reg *r, const char *text, size_t len)
{
	struct facts f, g;
	struct strbuf a, b;
	char err[REG_ERRSZ];
	int64_t id = 0, back = 0;

	facts_init(&f);
	facts_init(&g);
	if (facts_parse(&f, "fuzz", text, len, NULL, NULL) == 0 &&
	    reg_draft_save(r, &id, &f, err, sizeof err) == 0) {
		check(reg_draft_latest(r, &back, &g, err, sizeof err) == 0 &&
		    back == id, "a saved draft does not load");
		strbuf_init(&a);
		strbuf_init(&b);
		facts_write(&f, &a);
		facts_write(&g, &b);
		check(a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0,
		    "a draft loads other facts than were saved");
		strbuf_free(&a);
		strbuf_free(&b);
	}
	facts_free(&f);
	facts_free(&g);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reg *r;
	char *text;

	if (size == 0)
		return 0;
	core_init();
	text = malloc(size);
	check(text != NULL, "out of memory");
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	r = fresh();
	switch (data[0] % 3) {
	case 0:
		fuzz_csv(r, text, size - 1);
		break;
	case 1:
		fuzz_setting(r, text);
		break;
	default:
		fuzz_draft(r, text, size - 1);
		break;
	}
	reg_close(r);
	free(text);
	return 0;
}
