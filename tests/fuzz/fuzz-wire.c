/*
 * libFuzzer harness for the bytes qarau hands qarau-pdf (letter_doc_
 * deserialize, core/letter-wire.c): whatever reaches qarau-pdf's standard
 * input.  Contracts: a refusal has a message; an accepted document has
 * valid UTF-8 paragraphs and serializes to bytes that read back to the
 * same bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/letter.h"
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct letter_doc doc, back;
	struct strbuf once, twice;
	char err[512];

	core_init();
	err[0] = '\0';
	if (letter_doc_deserialize((const char *)data, size, &doc, err,
	    sizeof err) != 0) {
		check(*err != '\0', "a refusal without a message");
		return 0;
	}
	strbuf_init(&once);
	strbuf_init(&twice);
	letter_doc_serialize(&doc, &once);
	check(letter_doc_deserialize(once.buf, once.len, &back, err,
	    sizeof err) == 0, "serialized bytes do not read back");
	letter_doc_serialize(&back, &twice);
	check(once.len == twice.len && memcmp(once.buf, twice.buf,
	    once.len) == 0, "serialize-deserialize is not stable");
	letter_doc_free(&back);
	letter_doc_free(&doc);
	strbuf_free(&once);
	strbuf_free(&twice);
	return 0;
}
