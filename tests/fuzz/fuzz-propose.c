/*
 * libFuzzer harness for the reader's proposals (core/propose*.c).  An
 * input with a NUL byte is a pattern table (before it) and a text (after
 * it); any other input is a text read with the shipped tables of
 * $QARAU_DATADIR/read/.  Contracts: a table is parsed or refused with a
 * "file:line:" message; a text is read or refused (invalid UTF-8) with a
 * message; every proposal has a key, a value text_check accepts, a page
 * within the text and a quote of valid UTF-8 on one line; the porcelain
 * parses back to itself.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/propose.h"
#include "core/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct propose_table *shipped[2];
static size_t nshipped;

static void
check(int cond, const char *what)
{
	if (!cond) {
		fprintf(stderr, "contract broken: %s\n", what);
		abort();
	}
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	check(buf != NULL && fread(buf, 1, (size_t)n, fp) == (size_t)n,
	    "cannot read a table");
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static void
load_shipped(void)
{
	static const char *const langs[] = { "kk", "ru" };
	const char *dir = getenv("QARAU_DATADIR");
	char path[4096], err[512], *text;
	size_t i;

	for (i = 0; dir != NULL && i < 2; i++) {
		snprintf(path, sizeof path, "%s/read/%s.pat", dir, langs[i]);
		if ((text = slurp(path)) == NULL)
			return;
		check(propose_table_parse(&shipped[nshipped], langs[i], path,
		    text, err, sizeof err) == 0, "a shipped table is refused");
		free(text);
		snprintf(path, sizeof path, "%s/read/%s.abusive", dir,
		    langs[i]);
		if ((text = slurp(path)) != NULL) {
			check(propose_table_lexicon(shipped[nshipped], path,
			    text, err, sizeof err) == 0,
			    "a shipped lexicon is refused");
			free(text);
		}
		nshipped++;
	}
}

static void
read_contract(const char *text, size_t len,
    const struct propose_table *const *t, size_t n)
{
	struct proposals ps, back;
	struct strbuf a, b;
	char err[512] = "";
	size_t i;

	if (propose(text, len, t, n, &ps, err, sizeof err) != 0) {
		check(*err != '\0', "propose refused without a message");
		check(!utf8_valid(text, len, NULL), "propose refused UTF-8");
		return;
	}
	for (i = 0; i < ps.n; i++) {
		check(ps.v[i].key[0] != '\0', "a proposal without a key");
		check(text_check(ps.v[i].value, strlen(ps.v[i].value),
		    TEXT_MAX_LINE, 0, err, sizeof err) == 0,
		    "a value text_check refuses");
		check(ps.v[i].page >= 0 && ps.v[i].page <= ps.pages,
		    "a page outside the text");
		check(utf8_valid(ps.v[i].quote, strlen(ps.v[i].quote), NULL) &&
		    strchr(ps.v[i].quote, '\n') == NULL, "a bad quote");
	}
	strbuf_init(&a);
	strbuf_init(&b);
	proposals_porcelain(&ps, &a);
	check(proposals_parse(a.buf, &back, err, sizeof err) == 0,
	    "the porcelain does not parse back");
	proposals_porcelain(&back, &b);
	check(strcmp(a.buf, b.buf) == 0, "the porcelain changed");
	strbuf_free(&a);
	strbuf_free(&b);
	proposals_free(&back);
	proposals_free(&ps);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nul;
	struct propose_table *t;
	char err[512] = "", *table;

	core_init();
	if (nshipped == 0)
		load_shipped();
	if ((nul = memchr(s, '\0', size)) == NULL) {
		read_contract(s, size,
		    (const struct propose_table *const *)shipped, nshipped);
		return 0;
	}
	table = strndup(s, (size_t)(nul - s));
	check(table != NULL, "out of memory");
	if (propose_table_parse(&t, "ru", "f.pat", table, err,
	    sizeof err) != 0)
		check(strncmp(err, "f.pat", 5) == 0, "a refusal without place");
	else {
		read_contract(nul + 1, size - (size_t)(nul - s) - 1,
		    (const struct propose_table *const *)&t, 1);
		propose_table_free(t);
	}
	free(table);
	return 0;
}
