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

/* The parser's state; a line's outcome. */
struct rparse {
	struct resolution *r;
	struct strbuf	 title, para, msg;
	int		 line, cur, cur_line, pending_blank;
	int		 first_line[RESOLUTION_MAX + 1];
};

enum { RP_OK, RP_FAIL, RP_EMPTY };

/* "## N": closes the paragraph before and opens N. */
static int
rp_header(struct rparse *st, const char *p, size_t llen)
{
	size_t i;
	int num;

	if ((num = header_number(p, llen)) == -1) {
		for (i = llen > 40 ? 40 : llen; i < llen &&
		    ((unsigned char)p[i] & 0xc0) == 0x80; i--)
			;
		strbuf_printf(&st->msg, _("bad paragraph header "
		    "\"%.*s\" (expected \"## N\", N from 1 to "
		    "%d)"), (int)i, p, RESOLUTION_MAX);
		return RP_FAIL;
	}
	if (st->first_line[num] != 0) {
		strbuf_printf(&st->msg, _("paragraph %d repeated "
		    "(first at line %d)"), num, st->first_line[num]);
		return RP_FAIL;
	}
	if (st->cur != 0 && close_paragraph(st->r, st->cur, &st->para) != 0)
		return RP_EMPTY;
	st->first_line[num] = st->line;
	st->cur = num;
	st->cur_line = st->line;
	st->pending_blank = 0;
	return RP_OK;
}

/* Any other line: the title before the first paragraph, then text. */
static int
rp_text(struct rparse *st, const char *p, size_t llen)
{
	if (st->cur == 0) {
		if (llen >= 2 && memcmp(p, "# ", 2) == 0) {
			if (st->title.len > 0)
				strbuf_putc(&st->title, '\n');
			strbuf_add(&st->title, p + 2, llen - 2);
		} else if (llen != 0) {
			strbuf_puts(&st->msg, _("text before the first "
			    "paragraph (expected \"# title\" or "
			    "\"## N\")"));
			return RP_FAIL;
		}
	} else if (llen == 0) {
		if (st->para.len > 0)
			st->pending_blank = 1;
	} else {
		if (st->para.len > 0)
			strbuf_puts(&st->para, st->pending_blank ? "\n\n" :
			    "\n");
		strbuf_add(&st->para, p, llen);
		st->pending_blank = 0;
	}
	return RP_OK;
}

/* Every line; then the last paragraph. */
static int
rp_lines(struct rparse *st, const char *p, const char *end)
{
	const char *eol, *nl;
	size_t llen;
	int rc;

	while (p < end) {
		st->line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		eol = nl != NULL ? nl : end;
		llen = (size_t)(eol - p);
		if (llen > 0 && p[llen - 1] == '\r')
			llen--;
		while (llen > 0 && (p[llen - 1] == ' ' || p[llen - 1] == '\t'))
			llen--;
		if (!utf8_ok(p, llen)) {
			strbuf_puts(&st->msg, _("invalid UTF-8 or NUL byte"));
			return RP_FAIL;
		}
		if (llen >= 2 && memcmp(p, "##", 2) == 0)
			rc = rp_header(st, p, llen);
		else
			rc = rp_text(st, p, llen);
		if (rc != RP_OK)
			return rc;
		p = nl != NULL ? nl + 1 : end;
	}
	if (st->cur == 0) {
		strbuf_puts(&st->msg, _("no paragraphs (expected \"## N\" "
		    "lines)"));
		if (st->line == 0)
			st->line = 1;
		return RP_FAIL;
	}
	if (close_paragraph(st->r, st->cur, &st->para) != 0)
		return RP_EMPTY;
	return RP_OK;
}

struct resolution *
resolution_parse(const char *name, const char *text, size_t len, char *err,
    size_t errsz)
{
	struct rparse st;
	struct resolution *r;
	const char *p = text;
	int rc;

	memset(&st, 0, sizeof st);
	st.r = xcalloc(1, sizeof *st.r);
	strbuf_init(&st.title);
	strbuf_init(&st.para);
	strbuf_init(&st.msg);
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	rc = rp_lines(&st, p, text + len);
	if (rc == RP_EMPTY) {
		st.line = st.cur_line;
		strbuf_printf(&st.msg, _("paragraph %d has no text"), st.cur);
	}
	r = st.r;
	if (rc == RP_OK)
		r->title = strbuf_detach(&st.title, NULL);
	else {
		set_error(err, errsz, name, st.line, st.msg.buf);
		resolution_free(r);
		r = NULL;
	}
	strbuf_free(&st.title);
	strbuf_free(&st.para);
	strbuf_free(&st.msg);
	return r;
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
