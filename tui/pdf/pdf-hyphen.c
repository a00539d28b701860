/*
 * Russian hyphenation for the justified paragraphs of a PDF letter:
 * libhyphen with Debian's hyphen-ru patterns (KOI8-R) marks where a word
 * may break, and a soft hyphen (U+00AD) there lets pango break it and
 * draw the hyphen, so that justified lines do not gape.  Without the
 * library or the patterns the text is left as it is.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#ifdef HAVE_HYPHEN
#include <hyphen.h>
#endif

#include "core/strbuf.h"
#include "core/text.h"
#include "tui/pdf/letter-pdf.h"

#define HY_MINWORD	5	/* shorter words are never broken */
#define HY_MAXWORD	64

#ifdef HAVE_HYPHEN
static HyphenDict *hy_dict;
static int hy_tried;

static HyphenDict *
hy_load(void)
{
	const char *dir = getenv("QARAU_HYPHEN_DIR");
	struct strbuf path;

	if (hy_tried++)
		return hy_dict;
	strbuf_init(&path);
	strbuf_printf(&path, "%s/hyph_ru_RU.dic", dir != NULL && *dir != '\0' ?
	    dir : HYPHEN_DIR);
	hy_dict = hnj_hyphen_load(path.buf);
	strbuf_free(&path);
	return hy_dict;
}

/* The KOI8-R byte of a Russian letter (lower-cased), or 0. */
static unsigned char
hy_koi8(uint32_t c)
{
	static const char koi[] =
	    "\xc1\xc2\xd7\xc7\xc4\xc5\xd6\xda\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0"
	    "\xd2\xd3\xd4\xd5\xc6\xc8\xc3\xde\xdb\xdd\xdf\xd9\xd8\xdc\xc0\xd1";

	if (c >= 0x410 && c <= 0x42f)
		c += 0x20;
	if (c == 0x451 || c == 0x401)
		return 0xa3;	/* ё */
	if (c >= 0x430 && c <= 0x44f)
		return (unsigned char)koi[c - 0x430];
	return 0;
}

/* Appends one word (n code points at cp, their UTF-8 at s, len bytes)
 * with soft hyphens where the patterns allow a break. */
static void
hy_word(struct strbuf *out, const char *s, size_t len, const uint32_t *cp,
    size_t n)
{
	char word[HY_MAXWORD + 1], hyph[HY_MAXWORD + 5];
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	size_t i, off = 0, k;
	uint32_t c;

	for (i = 0; i < n; i++)
		word[i] = (char)hy_koi8(cp[i]);
	word[n] = '\0';
	if (hnj_hyphen_hyphenate3(hy_dict, word, (int)n, hyph, NULL, &rep,
	    &pos, &cut, 2, 2, 2, 2) != 0 || rep != NULL) {
		strbuf_add(out, s, len);
		free(rep);
		free(pos);
		free(cut);
		return;
	}
	for (i = 0; i < n; i++) {
		k = utf8_decode(s + off, len - off, &c);
		strbuf_add(out, s + off, k);
		off += k;
		if (i + 1 < n && (hyph[i] & 1))
			utf8_encode(out, 0xad);
	}
}
#endif

void
pdf_hyphen_done(void)
{
#ifdef HAVE_HYPHEN
	if (hy_dict != NULL)
		hnj_hyphen_free(hy_dict);
	hy_dict = NULL;
	hy_tried = 0;
#endif
}

void
pdf_hyphenate(const char *s, struct strbuf *out)
{
#ifdef HAVE_HYPHEN
	uint32_t cp[HY_MAXWORD], c;
	size_t len = strlen(s), off = 0, start = 0, n = 0, k;
	bool russian = true;

	if (hy_load() == NULL) {
		strbuf_puts(out, s);
		return;
	}
	while (off <= len) {
		k = off < len ? utf8_decode(s + off, len - off, &c) : 0;
		if (off < len && k == 0) {
			strbuf_puts(out, s + start);
			return;
		}
		if (off < len && (hy_koi8(c) != 0 || ((c >= 0x400 &&
		    c <= 0x4ff) || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z')))) {
			if (n < HY_MAXWORD && hy_koi8(c) != 0)
				cp[n] = c;
			else
				russian = false;
			n++;
			off += k;
			continue;
		}
		if (n > 0 && russian && n >= HY_MINWORD)
			hy_word(out, s + start, off - start, cp, n);
		else
			strbuf_add(out, s + start, off - start);
		if (off == len)
			break;
		strbuf_add(out, s + off, k);
		off += k;
		start = off;
		n = 0;
		russian = true;
	}
#else
	strbuf_puts(out, s);
#endif
}
