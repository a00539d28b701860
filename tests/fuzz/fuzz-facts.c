/*
 * libFuzzer harness for facts_parse (core/facts.c).  Besides memory and
 * undefined-behaviour errors it checks the contract of core/facts.h: a
 * text with problems changes nothing, and what facts_write writes parses
 * back without a problem to the same text.  With FUZZ_WITH_DECIDE (set by
 * run.sh when the rules exist) every parsed filing is also decided.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/facts.h"
#ifdef FUZZ_WITH_DECIDE
#include "core/decision.h"
#endif

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(int cond, const char *what)
{
	if (!cond) {
		fprintf(stderr, "contract broken: %s\n", what);
		abort();
	}
}

struct diag_count {
	unsigned	 n;
};

static void
diag(void *ctx, const char *file, unsigned line, const char *message)
{
	struct diag_count *dc = ctx;

	check(file != NULL && message != NULL && *message != '\0',
	    "diagnostic without file or message");
	check(strcmp(file, "fuzz") == 0, "diagnostic names another file");
	(void)line;
	dc->n++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct facts f, g;
	struct diag_count dc = { 0 };
	struct strbuf once, twice;
	int problems;

	core_init();

	facts_init(&f);
	facts_init(&g);
	strbuf_init(&once);
	strbuf_init(&twice);
	problems = facts_parse(&f, "fuzz", (const char *)data, size, diag,
	    &dc);
	check(problems >= 0 && (unsigned)problems == dc.n,
	    "return value is not the number of problems reported");
	facts_write(&f, &once);
	if (problems > 0) {
		check(once.len == 0, "a text with problems changed the facts");
		goto out;
	}
	dc.n = 0;
	check(facts_parse(&g, "fuzz", once.buf, once.len, diag, &dc) == 0,
	    "facts_write wrote a text facts_parse refuses");
	facts_write(&g, &twice);
	check(once.len == twice.len &&
	    memcmp(once.buf, twice.buf, once.len) == 0,
	    "write-parse-write is not stable");
#ifdef FUZZ_WITH_DECIDE
	{
		static struct decision dn;
		struct strbuf out;

		decide(&f, NULL, NULL, qdate_from_ymd(2025, 10, 2), &dn);
		strbuf_init(&out);
		decision_write_porcelain(&dn, &out);
		strbuf_free(&out);
	}
#endif
out:
	strbuf_free(&once);
	strbuf_free(&twice);
	facts_free(&f);
	facts_free(&g);
	return 0;
}
