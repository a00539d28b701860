/*
 * Text handling: UTF-8 checks, display width in terminal columns, and
 * conversion to legacy encodings through iconv.
 */
#ifndef QARAU_TEXT_H
#define QARAU_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/strbuf.h"

/* Decodes one character at s (at most len bytes): its length in bytes, or
 * 0 for an invalid sequence (truncated, overlong, surrogate, > U+10FFFF). */
size_t	utf8_decode(const char *s, size_t len, uint32_t *cp);
void	utf8_encode(struct strbuf *, uint32_t cp);

/* Lower case of Latin and Cyrillic letters, Kazakh ones included, and
 * the Kazakh letters as their Russian look-alikes (і и, қ к, ә а, ...;
 * ё е), for searches that must find "Қасымов" by typing "қасымов" or
 * "касымов", "Серіков" by "сериков". */
uint32_t text_fold_char(uint32_t cp);
/* The lower case alone, Kazakh letters kept (the reader's patterns tell
 * the languages apart by them). */
uint32_t text_lower_char(uint32_t cp);
/* Appends the folded s[0..len) to out; invalid bytes are copied. */
void	text_fold(const char *s, size_t len, struct strbuf *out);

/* True if s[0..len) is valid UTF-8 (no overlongs, no surrogates); else the
 * byte offset of the first bad sequence is stored in *bad (if not NULL). */
bool	utf8_valid(const char *s, size_t len, size_t *bad);

/*
 * The one check of text that comes in (facts files, KEY=VALUE, settings,
 * notes, letter fields, import, documents' metadata): valid UTF-8, no
 * control character (C0 with TAB and newline, DEL, C1: U+009B acts as
 * CSI on many terminals), at most max bytes.  Multi-line kinds (a list
 * of judges) pass TEXT_LINES and keep their newlines.  Returns 0, or -1
 * with what is wrong and where in err (without the field's name, which
 * the caller knows).
 */
#define TEXT_LINES	0x01
#define TEXT_MAX_LINE	1024	/* a fact's text, a letter field */
#define TEXT_MAX_NAME	256	/* a setting's one-line value, a judge */
#define TEXT_MAX_NOTE	1024	/* an event's note (TEXT_LINES) */
#define TEXT_MAX_BLOCK	8192	/* a multi-line setting (the judges) */
int	text_check(const char *s, size_t len, size_t max, unsigned flags,
	    char *err, size_t errsz);
/* s for a terminal or a message: control characters and invalid bytes
 * as \xHH (\t, \n), so that nothing in it acts on the terminal. */
void	text_escape(const char *s, size_t len, struct strbuf *out);

/* Columns that s needs on a terminal (wcwidth; needs setlocale). */
size_t	text_width(const char *s);
/* Bytes of s that fit in cols columns without cutting a character. */
size_t	text_fit(const char *s, size_t cols);

/*
 * Converts UTF-8 to encoding `to' ("RK1048", "CP1251", "UTF-8", ...).
 * A character the target cannot hold is an error that names it and its
 * position (line and column, 1-based), never a silent '?'.  Returns 0, or
 * -1 with the message in err and out unchanged.
 */
int	text_convert(const char *utf8, size_t len, const char *to,
	    struct strbuf *out, char *err, size_t errsz);

#endif
