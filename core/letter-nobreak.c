/*
 * Where a letter's line must not break: a sign or an abbreviation and
 * what it introduces ("№ 12", "ст. 489", "ч. 1", "п. 7", "г. Павлодар"),
 * a number and its year ("2025 ж.", "2025 г."), a day and its month
 * ("15 июля", "29 мамырдағы"), an abbreviation or a
 * number and its case ending ("ҚПК-нің", "488-бабының", "1-112/2025"),
 * initials and the surname ("И.П. Сидоров", "Сидорову И.П.").  Spaces
 * become U+00A0 and hyphens U+2011; the renderers of text, RTF and PDF
 * all keep them, so a clerk sees the same lines in each.
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "core/letter.h"
#include "core/text.h"

#define NBSP	0xa0
#define NBHY	0x2011

/* After these the next word stays on the line. */
static const char *const nb_after[] = {
	"№", "ст.", "ч.", "п.", "пп.", "абз.", "г.", "гр.", "тт.", "см.",
	NULL
};

/* Before these a number stays on the line: "2025 ж.", "2025 г.". */
static const char *const nb_year[] = { "ж.", "г.", "жылғы", "года", NULL };

/* A day and its month stay together: "15 июля", "29 мамырдағы". */
static const char *const nb_month[] = {
	"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
	"августа", "сентября", "октября", "ноября", "декабря",
	"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
	"тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан", NULL
};

/* The next word starts with one of list (a stem: any ending may follow). */
static bool
next_stem(const char *s, size_t at, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strncmp(s + at, *list, strlen(*list)) == 0)
			return true;
	return false;
}

static bool
upper(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42f))
		return true;
	return c >= 0x460 && c <= 0x4ff && !(c & 1) &&
	    !(c >= 0x4c0 && c <= 0x4cf);
}

static bool
alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x4ff);
}

/* The token of s[from, to): opening brackets and quotes dropped. */
static void
token(const char *s, size_t from, size_t to, const char **t, size_t *len)
{
	while (from < to && (s[from] == '(' || s[from] == '"'))
		from++;
	if (to - from >= 2 && memcmp(s + from, "\xc2\xab", 2) == 0)
		from += 2;	/* « */
	*t = s + from;
	*len = to - from;
}

static bool
token_in(const char *t, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == len && memcmp(t, *list, len) == 0)
			return true;
	return false;
}

/* The word after s[at] starts with one of list (and ends there). */
static bool
next_in(const char *s, size_t at, const char *const *list)
{
	size_t n;

	for (; *list != NULL; list++) {
		n = strlen(*list);
		if (strncmp(s + at, *list, n) == 0 && (s[at + n] == '\0' ||
		    strchr(" ,.;:)\n", s[at + n]) != NULL))
			return true;
	}
	return false;
}

/* "И." or "И.П.": initials. */
static bool
initials(const char *t, size_t len)
{
	size_t off = 0, k;
	uint32_t c;
	int n = 0;

	while (off < len) {
		if ((k = utf8_decode(t + off, len - off, &c)) == 0 ||
		    !upper(c) || off + k >= len || t[off + k] != '.')
			return false;
		off += k + 1;
		n++;
	}
	return n > 0;
}

/* A capitalised word: a capital, then at least one lower-case letter. */
static bool
capitalised(const char *t, size_t len)
{
	uint32_t c, d;
	size_t k, j;

	if ((k = utf8_decode(t, len, &c)) == 0 || !upper(c) ||
	    (j = utf8_decode(t + k, len - k, &d)) == 0)
		return false;
	return alnum(d) && !upper(d) && !(d >= '0' && d <= '9');
}

static bool
digits_end(const char *t, size_t len)
{
	return len > 0 && t[len - 1] >= '0' && t[len - 1] <= '9';
}

/* Whether the space at s[at], between the token [from, at) and the next
 * word, must not break. */
static bool
keep_space(const char *s, size_t from, size_t at)
{
	const char *t, *nt;
	size_t len, nlen, end;

	token(s, from, at, &t, &len);
	if (len == 0 || s[at + 1] == ' ' || s[at + 1] == '\0')
		return false;
	/* "г." after a number is the year's, not a town's. */
	if (token_in(t, len, nb_after))
		return len != 3 || memcmp(t, "г.", 3) != 0 || from < 2 ||
		    !digits_end(s, from - 1);
	if (digits_end(t, len) && next_in(s, at + 1, nb_year))
		return true;
	if (len <= 2 && digits_end(t, len) && t[0] >= '0' && t[0] <= '9' &&
	    next_stem(s, at + 1, nb_month))
		return true;
	for (end = at + 1; s[end] != '\0' && s[end] != ' ' &&
	    s[end] != '\n'; end++)
		;
	nt = s + at + 1;
	nlen = end - at - 1;
	return (initials(t, len) && (capitalised(nt, nlen) ||
	    initials(nt, nlen))) ||
	    (capitalised(t, len) && initials(nt, nlen));
}

/* Whether the hyphen at s[at] joins a number or an abbreviation to what
 * follows ("488-бабының", "ҚПК-нің", "1-112/2025"). */
static bool
keep_hyphen(const char *s, size_t at)
{
	size_t back;
	uint32_t prev, next;

	if (at == 0 || utf8_decode(s + at + 1, strlen(s + at + 1), &next) == 0
	    || !alnum(next))
		return false;
	back = at - 1;
	while (back > 0 && ((unsigned char)s[back] & 0xc0) == 0x80)
		back--;
	if (utf8_decode(s + back, at - back, &prev) == 0)
		return false;
	return (prev >= '0' && prev <= '9') || upper(prev);
}

void
letter_nobreak(const char *s, struct strbuf *out)
{
	size_t i, word = 0;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == ' ' && keep_space(s, word, i))
			utf8_encode(out, NBSP);
		else if (s[i] == '-' && keep_hyphen(s, i))
			utf8_encode(out, NBHY);
		else
			strbuf_putc(out, s[i]);
		if (s[i] == ' ' || s[i] == '\n')
			word = i + 1;
	}
}
