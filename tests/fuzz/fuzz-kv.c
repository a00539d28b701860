/*
 * libFuzzer harness for what the command line hands the core as text:
 * KEY=VALUE arguments (facts_set, one a line of the input) and the one
 * check and escape of text (text_check, text_escape).  Contracts: a value
 * facts_set takes passes text_check; what facts_write writes parses back;
 * text_escape's output is valid UTF-8 without a control character, and
 * leaves a text text_check accepts as it is.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/facts.h"
#include "core/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(int cond, const char *what)
{
	if (!cond) {
		fprintf(stderr, "contract broken: %s\n", what);
		abort();
	}
}

static void
escape_contract(const char *s, size_t len)
{
	struct strbuf out;
	char err[256];
	size_t i;

	strbuf_init(&out);
	text_escape(s, len, &out);
	check(out.len == 0 || utf8_valid(out.buf, out.len, NULL),
	    "text_escape wrote invalid UTF-8");
	for (i = 0; i < out.len; i++)
		check((unsigned char)out.buf[i] >= 0x20 &&
		    out.buf[i] != 0x7f, "text_escape left a C0 control or DEL");
	check(out.len == 0 || strstr(out.buf, "\xc2\x80") == NULL,
	    "text_escape left U+0080");
	for (i = 0x80; i <= 0x9f; i++) {
		char c1[3] = { (char)0xc2, (char)i, '\0' };

		check(out.len == 0 || strstr(out.buf, c1) == NULL,
		    "text_escape left a C1 control");
	}
	if (text_check(s, len, SIZE_MAX, 0, err, sizeof err) == 0)
		check(out.len == len && (len == 0 || memcmp(out.buf, s,
		    len) == 0), "text_escape changed accepted text");
	else
		check(*err != '\0', "text_check refused without a message");
	strbuf_free(&out);
}

/* One "key=value" line through facts_set. */
static void
kv_line(struct facts *f, const char *line)
{
	char err[1400], *eq, *key;
	const char *v;
	struct facts g;
	struct strbuf once;
	int idx;

	key = strdup(line);
	check(key != NULL, "out of memory");
	if ((eq = strchr(key, '=')) == NULL) {
		free(key);
		return;
	}
	*eq = '\0';
	if (facts_set(f, key, eq + 1, err, sizeof err) != 0) {
		check(*err != '\0', "facts_set refused without a message");
		free(key);
		return;
	}
	idx = vocab_index(key);
	check(idx >= 0, "facts_set took an unknown key");
	v = f->v[idx].present && !f->v[idx].unknown &&
	    vocab_at((size_t)idx)->type == FACT_TEXT ? f->v[idx].text : NULL;
	if (v != NULL)
		check(text_check(v, strlen(v), FACT_TEXT_MAX, 0, err,
		    sizeof err) == 0, "facts_set stored text text_check refuses");
	strbuf_init(&once);
	facts_write(f, &once);
	facts_init(&g);
	check(facts_parse(&g, "kv", once.buf, once.len, NULL, NULL) == 0,
	    "facts_write wrote what facts_parse refuses");
	facts_free(&g);
	strbuf_free(&once);
	free(key);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text, *line, *save = NULL;
	struct facts f;

	core_init();
	escape_contract((const char *)data, size);
	text = malloc(size + 1);
	check(text != NULL, "out of memory");
	memcpy(text, data, size);
	text[size] = '\0';
	facts_init(&f);
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		kv_line(&f, line);
	facts_free(&f);
	free(text);
	return 0;
}
