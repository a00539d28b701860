/*
 * The resolution's text by paragraph (see core/resolution.h for the file
 * format).  Parsing keeps two copies of every paragraph: the text as
 * written, for display, and a case-folded copy, so that a search is one
 * strstr per paragraph.
 *
 * Choices the header leaves open:
 * - blank lines before the first "## " are allowed; so are "\r\n" line
 *   ends and a UTF-8 byte order mark;
 * - inside a paragraph, leading and trailing blank lines are dropped and a
 *   run of blank lines becomes one ("\n\n" between sub-paragraphs); lines
 *   lose their trailing blanks;
 * - every line that starts with "##" must be a "## N" header;
 * - a paragraph without text, a number outside 1..RESOLUTION_MAX, invalid
 *   UTF-8 and NUL bytes are errors; paragraphs may come in any order and
 *   with gaps (resolution_text gives NULL for a missing one);
 * - the title is the "# " lines without their "# ", joined by "\n";
 * - an empty needle, or one that is not valid UTF-8, matches nothing.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/resolution.h"
#include "core/text.h"
#include "core/strbuf.h"

#define RESOLUTION_MAX	18

struct resolution {
	char	*title;
	char	*text[RESOLUTION_MAX + 1];	/* [0] unused */
	char	*folded[RESOLUTION_MAX + 1];
	int	 count;
};

/* True if s[0..len) is valid UTF-8 without NUL bytes. */
static int
utf8_ok(const char *s, size_t len)
{
	size_t i, n;
	uint32_t c;

	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0 || c == 0)
			return 0;
	}
	return 1;
}

/* Folded copy of s[0..len), for case-insensitive search. */
static char *
fold_string(const char *s, size_t len)
{
	struct strbuf sb;
	char *out;

	strbuf_init(&sb);
	text_fold(s, len, &sb);
	out = strbuf_detach(&sb, NULL);
	strbuf_free(&sb);	/* detach leaves a fresh buffer behind */
	return out;
}

static void
set_error(char *err, size_t errsz, const char *name, int line,
    const char *msg)
{
	if (err != NULL && errsz > 0)
		snprintf(err, errsz, "%s:%d: %s", name, line, msg);
}

static int
is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* The paragraph number of a "## N" line, or -1 when it is malformed. */
static int
header_number(const char *s, size_t len)
{
	size_t i = 2;
	int n = 0;

	if (len < 3 || s[2] != ' ')
		return -1;
	while (i < len && s[i] == ' ')
		i++;
	if (i == len || s[i] < '0' || s[i] > '9')
		return -1;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		n = n * 10 + (s[i] - '0');
		if (n > RESOLUTION_MAX)
			return -1;
	}
	if (!is_blank(s + i, len - i) || n < 1)
		return -1;
	return n;
}

/* Finishes the paragraph being collected; -1 if it has no text. */
static int
close_paragraph(struct resolution *r, int n, struct strbuf *sb)
{
	while (sb->len > 0 && sb->buf[sb->len - 1] == '\n')
		sb->buf[--sb->len] = '\0';
	if (sb->len == 0)
		return -1;
	r->folded[n] = fold_string(sb->buf, sb->len);
	r->text[n] = strbuf_detach(sb, NULL);
	if (n > r->count)
		r->count = n;
	return 0;
}

struct resolution *
resolution_parse(const char *name, const char *text, size_t len, char *err,
    size_t errsz)
{
	struct resolution *r;
	struct strbuf title, para, msg;
	const char *p, *end, *eol, *nl;
	size_t llen, i;
	int line = 0, cur = 0, cur_line = 0, pending_blank = 0, num;
	int first_line[RESOLUTION_MAX + 1] = { 0 };

	r = xcalloc(1, sizeof *r);
	strbuf_init(&title);
	strbuf_init(&para);
	strbuf_init(&msg);
	p = text;
	end = text + len;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		eol = nl != NULL ? nl : end;
		llen = (size_t)(eol - p);
		if (llen > 0 && p[llen - 1] == '\r')
			llen--;
		while (llen > 0 && (p[llen - 1] == ' ' || p[llen - 1] == '\t'))
			llen--;
		if (!utf8_ok(p, llen)) {
			strbuf_puts(&msg, _("invalid UTF-8 or NUL byte"));
			goto fail;
		}

		if (llen >= 2 && memcmp(p, "##", 2) == 0) {
			if ((num = header_number(p, llen)) == -1) {
				for (i = llen > 40 ? 40 : llen; i < llen &&
				    ((unsigned char)p[i] & 0xc0) == 0x80; i--)
					;
				strbuf_printf(&msg, _("bad paragraph header "
				    "\"%.*s\" (expected \"## N\", N from 1 to "
				    "%d)"), (int)i, p, RESOLUTION_MAX);
				goto fail;
			}
			if (first_line[num] != 0) {
				strbuf_printf(&msg, _("paragraph %d repeated "
				    "(first at line %d)"), num,
				    first_line[num]);
				goto fail;
			}
			if (cur != 0 && close_paragraph(r, cur, &para) != 0)
				goto empty;
			first_line[num] = line;
			cur = num;
			cur_line = line;
			pending_blank = 0;
		} else if (cur == 0) {
			if (llen >= 2 && memcmp(p, "# ", 2) == 0) {
				if (title.len > 0)
					strbuf_putc(&title, '\n');
				strbuf_add(&title, p + 2, llen - 2);
			} else if (llen != 0) {
				strbuf_puts(&msg, _("text before the first "
				    "paragraph (expected \"# title\" or "
				    "\"## N\")"));
				goto fail;
			}
		} else if (llen == 0) {
			if (para.len > 0)
				pending_blank = 1;
		} else {
			if (para.len > 0)
				strbuf_puts(&para, pending_blank ? "\n\n" :
				    "\n");
			strbuf_add(&para, p, llen);
			pending_blank = 0;
		}
		p = nl != NULL ? nl + 1 : end;
	}
	if (cur == 0) {
		strbuf_puts(&msg, _("no paragraphs (expected \"## N\" lines)"));
		if (line == 0)
			line = 1;
		goto fail;
	}
	if (close_paragraph(r, cur, &para) != 0)
		goto empty;
	r->title = strbuf_detach(&title, NULL);
	strbuf_free(&title);
	strbuf_free(&para);
	strbuf_free(&msg);
	return r;

empty:
	line = cur_line;
	strbuf_printf(&msg, _("paragraph %d has no text"), cur);
fail:
	set_error(err, errsz, name, line, msg.buf);
	strbuf_free(&title);
	strbuf_free(&para);
	strbuf_free(&msg);
	resolution_free(r);
	return NULL;
}

void
resolution_free(struct resolution *r)
{
	int n;

	if (r == NULL)
		return;
	for (n = 1; n <= RESOLUTION_MAX; n++) {
		free(r->text[n]);
		free(r->folded[n]);
	}
	free(r->title);
	free(r);
}

const char *
resolution_title(const struct resolution *r)
{
	return r->title;
}

int
resolution_count(const struct resolution *r)
{
	return r->count;
}

const char *
resolution_text(const struct resolution *r, int n)
{
	if (n < 1 || n > RESOLUTION_MAX)
		return NULL;
	return r->text[n];
}

int
resolution_search(const struct resolution *r, const char *needle, int from)
{
	char *fn;
	int n, found = 0;

	if (needle == NULL || *needle == '\0' || !utf8_ok(needle, strlen(needle)))
		return 0;
	if (from < 0)
		from = 0;
	fn = fold_string(needle, strlen(needle));
	for (n = from + 1; n <= r->count; n++) {
		if (r->folded[n] != NULL && strstr(r->folded[n], fn) != NULL) {
			found = n;
			break;
		}
	}
	free(fn);
	return found;
}

/* Stores n unless it is out of range, already stored, or there is no room. */
static void
cite_add(int n, int *paras, size_t max, size_t *count)
{
	size_t i;

	if (n < 1 || n > RESOLUTION_MAX || *count >= max)
		return;
	for (i = 0; i < *count; i++)
		if (paras[i] == n)
			return;
	paras[(*count)++] = n;
}

/* A number at *sp (digits, at most 4); -1 if none.  Advances *sp. */
static int
cite_number(const char **sp)
{
	const char *s = *sp;
	int n = 0, digits = 0;

	while (*s >= '0' && *s <= '9') {
		if (digits++ < 4)
			n = n * 10 + (*s - '0');
		s++;
	}
	if (digits == 0)
		return -1;
	*sp = s;
	return n;
}

/* Skips ".2.1" style sub-paragraph numbers. */
static void
cite_skip_sub(const char **sp)
{
	const char *s = *sp;

	while (s[0] == '.' && s[1] >= '0' && s[1] <= '9') {
		s++;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	*sp = s;
}

/* A hyphen, en dash or em dash at s: its length, else 0. */
static size_t
cite_dash(const char *s)
{
	if (*s == '-')
		return 1;
	if (strncmp(s, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x94", 3) == 0)
		return 3;
	return 0;
}

static void
skip_spaces(const char **sp)
{
	while (**sp == ' ' || **sp == '\t')
		(*sp)++;
}

/*
 * After each word "NR": a list of paragraph references separated by commas
 * ("7", "5.2", "8.1-8.2", "12-14", "7, 8.2"), ended by anything else (";",
 * a newline, "CPC ...").  A range stores every paragraph in it; a number
 * is stored once, at its first mention.
 */
size_t
resolution_cited(const char *cites, int *paras, size_t max)
{
	const char *s, *t;
	size_t count = 0, d;
	int a, b, n;

	if (cites == NULL)
		return 0;
	for (s = cites; (s = strstr(s, "NR")) != NULL; ) {
		if (s != cites && ((s[-1] >= 'A' && s[-1] <= 'Z') ||
		    (s[-1] >= 'a' && s[-1] <= 'z') ||
		    (s[-1] >= '0' && s[-1] <= '9'))) {
			s += 2;
			continue;
		}
		s += 2;
		for (;;) {
			skip_spaces(&s);
			if ((a = cite_number(&s)) == -1)
				break;
			cite_skip_sub(&s);
			b = a;
			t = s;
			skip_spaces(&t);
			if ((d = cite_dash(t)) != 0) {
				t += d;
				skip_spaces(&t);
				if ((n = cite_number(&t)) != -1) {
					if (n >= a)
						b = n;
					cite_skip_sub(&t);
					s = t;
				}
			}
			if (b > a + RESOLUTION_MAX)
				b = a + RESOLUTION_MAX;
			for (n = a; n <= b; n++)
				cite_add(n, paras, max, &count);
			t = s;
			skip_spaces(&t);
			if (*t != ',')
				break;
			s = t + 1;
		}
	}
	return count;
}
