/*
 * libFuzzer harness for the letter templates (letter_tpl_parse, core/
 * letter-tpl.c), seeded with the shipped kk.tpl and ru.tpl.  Contracts: a
 * refused template has a message naming the file; an accepted one is
 * filled (letter_fill) with every field known and rendered as text, RTF
 * and the bytes for qarau-pdf, which read back.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core/letter.h"

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
render(const struct letter_tpl *t)
{
	static const char *const missing[] = { "content.scope" };
	struct letter_values v;
	struct letter_doc doc, back;
	struct strbuf out;
	char err[512];
	size_t i;

	memset(&v, 0, sizeof v);
	for (i = 0; i < LETTER_NFIELDS; i++)
		v.field[i] = "Қасымов А. Б.";
	v.kind = "complaint";
	v.act_type = "verdict";
	v.act_instance = "appellate";
	v.missing = missing;
	v.n_missing = 1;
	if (letter_fill(t, &v, &doc, err, sizeof err) != 0)
		return;
	strbuf_init(&out);
	letter_render_text(&doc, 72, &out);
	strbuf_reset(&out);
	letter_render_rtf(&doc, &out);
	strbuf_reset(&out);
	letter_doc_serialize(&doc, &out);
	check(letter_doc_deserialize(out.buf, out.len, &back, err,
	    sizeof err) == 0, "qarau-pdf's bytes do not read back");
	letter_doc_free(&back);
	strbuf_free(&out);
	letter_doc_free(&doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct letter_tpl *t;
	char err[512];

	core_init();
	err[0] = '\0';
	if (letter_tpl_parse("fuzz.tpl", (const char *)data, size, &t, err,
	    sizeof err) != 0) {
		check(strncmp(err, "fuzz.tpl", 8) == 0,
		    "a refusal that does not name the file");
		return 0;
	}
	render(t);
	letter_tpl_free(t);
	return 0;
}
