/*
 * Working days of Kazakhstan and CPC art. 48 time limits.
 *
 * Weekends are built in; each year's file (data/calendar/README describes
 * the format) lists the exceptions: public holidays, days off moved onto a
 * weekday, and Saturdays or Sundays made working days.  A year is parsed
 * into a scratch table first and installed only when the whole text is
 * good, so that a bad file never leaves half a year behind.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/calendar.h"
#include "core/i18n.h"
#include "core/strbuf.h"

/* The years qdate_parse accepts; one slot each, so lookups are O(1). */
#define CAL_FIRST_YEAR	1900
#define CAL_LAST_YEAR	2199
#define CAL_NYEARS	(CAL_LAST_YEAR - CAL_FIRST_YEAR + 1)
#define CAL_NDAYS	366

enum cal_kind {
	CAL_NONE = 0,		/* not listed: the weekend rule decides */
	CAL_HOLIDAY,		/* public holiday: non-working */
	CAL_DAY_OFF,		/* weekday made a day off: non-working */
	CAL_WORKING		/* Saturday or Sunday made working */
};

/* A shipped kind followed by '?' in the file: a date to be confirmed. */
#define CAL_UNCONFIRMED	0x80
#define CAL_KIND_MASK	0x7f

struct calyear {
	int		 year;
	qdate		 jan1;
	bool		 shipped;		/* from a year file */
	uint8_t		 kind[CAL_NDAYS];	/* the file's, | CAL_UNCONFIRMED */
	char		*note[CAL_NDAYS];	/* the line's description */
	/* The court's own days (the register keeps them): over the file. */
	uint8_t		 court[CAL_NDAYS];
	char		*court_note[CAL_NDAYS];
};

struct calendar {
	struct calyear	*years[CAL_NYEARS];
};

/* Parser state for one file. */
struct calparse {
	const char	*name;
	unsigned	 line;
	char		*err;
	size_t		 errsz;
	struct calyear	*y;		/* NULL until the "year" line */
};

struct calendar *
calendar_new(void)
{
	return xcalloc(1, sizeof(struct calendar));
}

static void
calyear_free(struct calyear *y)
{
	size_t i;

	if (y == NULL)
		return;
	for (i = 0; i < CAL_NDAYS; i++) {
		free(y->note[i]);
		free(y->court_note[i]);
	}
	free(y);
}

void
calendar_free(struct calendar *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < CAL_NYEARS; i++)
		calyear_free(c->years[i]);
	free(c);
}

static const struct calyear *
calendar_year(const struct calendar *c, int year)
{
	if (c == NULL || year < CAL_FIRST_YEAR || year > CAL_LAST_YEAR)
		return NULL;
	return c->years[year - CAL_FIRST_YEAR];
}

static void
calparse_error(struct calparse *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
calparse_error(struct calparse *p, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s:%u: ", p->name, p->line);
	va_start(ap, fmt);
	strbuf_vprintf(&sb, fmt, ap);
	va_end(ap);
	if (p->errsz > 0)
		snprintf(p->err, p->errsz, "%s", sb.buf);
	strbuf_free(&sb);
}

/* Strict UTF-8: the descriptions are shown on screen and in letters. */
static int
cal_valid_utf8(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	uint32_t cp;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xc2 && s[i] <= 0xdf) {
			n = 1; cp = s[i] & 0x1f;
		} else if (s[i] >= 0xe0 && s[i] <= 0xef) {
			n = 2; cp = s[i] & 0x0f;
		} else if (s[i] >= 0xf0 && s[i] <= 0xf4) {
			n = 3; cp = s[i] & 0x07;
		} else
			return 0;
		if (len - i - 1 < n)
			return 0;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return 0;
		i += n + 1;
	}
	return 1;
}

static int
cal_is_space(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* Splits off the next blank-separated word of [*s, end). */
static size_t
cal_word(const char **s, const char *end, const char **word)
{
	const char *p = *s;

	while (p < end && cal_is_space(*p))
		p++;
	*word = p;
	while (p < end && !cal_is_space(*p))
		p++;
	*s = p;
	return (size_t)(p - *word);
}

static int
cal_word_is(const char *w, size_t n, const char *lit)
{
	return n == strlen(lit) && memcmp(w, lit, n) == 0;
}

static int
calparse_year(struct calparse *p, const char *rest, const char *end)
{
	const char *w;
	size_t n;
	int year = 0;
	size_t i;

	if (p->y != NULL) {
		calparse_error(p, _("a second \"year\" line"));
		return -1;
	}
	n = cal_word(&rest, end, &w);
	if (n != 4 || w[0] < '0' || w[0] > '9' || w[1] < '0' || w[1] > '9' ||
	    w[2] < '0' || w[2] > '9' || w[3] < '0' || w[3] > '9') {
		calparse_error(p, _("\"year\" wants a four-digit year"));
		return -1;
	}
	for (i = 0; i < 4; i++)
		year = year * 10 + (w[i] - '0');
	if (year < CAL_FIRST_YEAR || year > CAL_LAST_YEAR) {
		calparse_error(p, _("year %d is out of range (%d-%d)"), year,
		    CAL_FIRST_YEAR, CAL_LAST_YEAR);
		return -1;
	}
	if (cal_word(&rest, end, &w) != 0) {
		calparse_error(p, _("unexpected text after the year"));
		return -1;
	}
	p->y = xcalloc(1, sizeof *p->y);
	p->y->year = year;
	p->y->jan1 = qdate_from_ymd(year, 1, 1);
	return 0;
}

static int
calparse_kind(const char *w, size_t n)
{
	if (cal_word_is(w, n, "holiday"))
		return CAL_HOLIDAY;
	if (cal_word_is(w, n, "day-off"))
		return CAL_DAY_OFF;
	if (cal_word_is(w, n, "working"))
		return CAL_WORKING;
	return CAL_NONE;
}

static int
calparse_entry(struct calparse *p, const char *dw, size_t dn,
    const char *rest, const char *end)
{
	char dbuf[QDATE_BUFSZ];
	const char *w;
	size_t n;
	qdate d;
	int kind, y, m, dd, wd;
	bool unconfirmed;

	if (dn >= sizeof dbuf)
		dn = sizeof dbuf - 1;	/* too long: qdate_parse rejects it */
	memcpy(dbuf, dw, dn);
	dbuf[dn] = '\0';
	if (dn != QDATE_BUFSZ - 1 || !qdate_parse(dbuf, &d)) {
		calparse_error(p, _("not a date (YYYY-MM-DD): \"%.*s\""),
		    (int)dn, dw);
		return -1;
	}
	if (p->y == NULL) {
		calparse_error(p, _("a date before the \"year\" line"));
		return -1;
	}
	qdate_to_ymd(d, &y, &m, &dd);
	if (y != p->y->year) {
		calparse_error(p, _("%s is not in %d"), dbuf, p->y->year);
		return -1;
	}
	n = cal_word(&rest, end, &w);
	unconfirmed = n > 1 && w[n - 1] == '?';
	if ((kind = calparse_kind(w, n - unconfirmed)) == CAL_NONE) {
		calparse_error(p, _("unknown kind \"%.*s\" (holiday, day-off "
		    "or working)"), (int)n, w);
		return -1;
	}
	if (p->y->kind[d - p->y->jan1] != CAL_NONE) {
		calparse_error(p, _("%s is listed twice"), dbuf);
		return -1;
	}
	wd = qdate_weekday(d);
	if (kind == CAL_DAY_OFF && wd >= 6) {
		calparse_error(p, _("%s is a Saturday or Sunday: already a "
		    "day off"), dbuf);
		return -1;
	}
	if (kind == CAL_WORKING && wd < 6) {
		calparse_error(p, _("%s is a weekday: already a working day"),
		    dbuf);
		return -1;
	}
	while (rest < end && cal_is_space(*rest))
		rest++;
	while (end > rest && cal_is_space(end[-1]))
		end--;
	p->y->kind[d - p->y->jan1] = (uint8_t)(kind |
	    (unconfirmed ? CAL_UNCONFIRMED : 0));
	if (end > rest)
		p->y->note[d - p->y->jan1] = xstrndup(rest,
		    (size_t)(end - rest));
	return 0;
}

static int
calparse_line(struct calparse *p, const char *s, const char *end)
{
	const char *w;
	size_t n;

	if (end > s && end[-1] == '\r')
		end--;
	if (memchr(s, '\0', (size_t)(end - s)) != NULL) {
		calparse_error(p, _("a NUL byte"));
		return -1;
	}
	if (!cal_valid_utf8((const unsigned char *)s, (size_t)(end - s))) {
		calparse_error(p, _("invalid UTF-8"));
		return -1;
	}
	n = cal_word(&s, end, &w);
	if (n == 0 || *w == '#')
		return 0;
	if (cal_word_is(w, n, "year"))
		return calparse_year(p, s, end);
	return calparse_entry(p, w, n, s, end);
}

static int
calparse_finish(struct calparse *p, const struct calendar *c)
{
	char want[16];
	const char *base, *slash;

	if (p->y == NULL) {
		calparse_error(p, _("no \"year\" line"));
		return -1;
	}
	if (calendar_year(c, p->y->year) != NULL &&
	    calendar_year(c, p->y->year)->shipped) {
		calparse_error(p, _("year %d is already loaded"), p->y->year);
		return -1;
	}
	/* A file named like a year must hold that year: a copied file
	 * whose "year" line was not updated would silently shift a year. */
	slash = strrchr(p->name, '/');
	base = slash != NULL ? slash + 1 : p->name;
	if (strlen(base) == 8 && strspn(base, "0123456789") == 4 &&
	    strcmp(base + 4, ".txt") == 0) {
		snprintf(want, sizeof want, "%d.txt", p->y->year);
		if (strcmp(base, want) != 0) {
			calparse_error(p, _("the \"year\" line says %d but the "
			    "file is %s"), p->y->year, base);
			return -1;
		}
	}
	return 0;
}

/* A year file loaded after the court's days of its year keeps them. */
static void
calyear_take_court(struct calyear *y, struct calyear *old)
{
	if (old == NULL)
		return;
	memcpy(y->court, old->court, sizeof y->court);
	memcpy(y->court_note, old->court_note, sizeof y->court_note);
	memset(old->court_note, 0, sizeof old->court_note);
	calyear_free(old);
}

int
calendar_load(struct calendar *c, const char *name, const char *text,
    size_t len, char *err, size_t errsz)
{
	struct calparse p;
	const char *s = text, *end = text + len, *nl;

	memset(&p, 0, sizeof p);
	p.name = name;
	p.err = err;
	p.errsz = errsz;
	while (s < end) {
		p.line++;
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		if (calparse_line(&p, s, nl) != 0)
			goto fail;
		s = nl + 1;
	}
	if (calparse_finish(&p, c) != 0)
		goto fail;
	p.y->shipped = true;
	calyear_take_court(p.y, c->years[p.y->year - CAL_FIRST_YEAR]);
	c->years[p.y->year - CAL_FIRST_YEAR] = p.y;
	return 0;
fail:
	calyear_free(p.y);
	return -1;
}

bool
calendar_has_year(const struct calendar *c, int year)
{
	const struct calyear *y = calendar_year(c, year);

	return y != NULL && y->shipped;
}

static int
calendar_kind(const struct calendar *c, qdate d, const struct calyear **yp)
{
	const struct calyear *y;
	int yy, m, dd;

	*yp = NULL;
	if (c == NULL)
		return CAL_NONE;
	qdate_to_ymd(d, &yy, &m, &dd);
	if ((y = calendar_year(c, yy)) == NULL)
		return CAL_NONE;
	*yp = y;
	if (y->court[d - y->jan1] != CAL_NONE)
		return y->court[d - y->jan1];
	return y->kind[d - y->jan1] & CAL_KIND_MASK;
}

bool
calendar_is_working_day(const struct calendar *c, qdate d)
{
	const struct calyear *y;

	switch (calendar_kind(c, d, &y)) {
	case CAL_HOLIDAY:
	case CAL_DAY_OFF:
		return false;
	case CAL_WORKING:
		return true;
	default:
		return qdate_weekday(d) < 6;
	}
}

const char *
calendar_day_note(const struct calendar *c, qdate d)
{
	const struct calyear *y;

	if (calendar_kind(c, d, &y) == CAL_NONE)
		return NULL;
	if (y->court[d - y->jan1] != CAL_NONE)
		return y->court_note[d - y->jan1];
	return y->note[d - y->jan1];
}

qdate
calendar_next_working_day(const struct calendar *c, qdate d)
{
	if (d == QDATE_NONE)
		return QDATE_NONE;
	/* Ends: a year file lists at most 366 days, then weekends rule. */
	while (!calendar_is_working_day(c, d))
		d++;
	return d;
}

qdate
cpc48_add_days(const struct calendar *c, qdate start, int days)
{
	/* Part 2: the starting day is not counted, so day 1 is start + 1;
	 * part 3: non-working days count; part 4: a non-working last day
	 * gives way to the next working day. */
	if (start == QDATE_NONE)
		return QDATE_NONE;
	return calendar_next_working_day(c, start + days);
}

qdate
cpc48_add_months(const struct calendar *c, qdate start, int months)
{
	if (start == QDATE_NONE)
		return QDATE_NONE;
	return calendar_next_working_day(c, qdate_add_months(start, months));
}

size_t
calendar_missing_years(const struct calendar *c, int from, int to,
    int *years, size_t max)
{
	size_t n = 0;
	int y;

	for (y = from; y <= to && n < max; y++)
		if (!calendar_has_year(c, y))
			years[n++] = y;
	return n;
}

static const char *const kind_names[] = {
	[CAL_NONE] = "", [CAL_HOLIDAY] = "holiday", [CAL_DAY_OFF] = "day-off",
	[CAL_WORKING] = "working",
};

const char *
calendar_kind_name(enum calendar_day k)
{
	return (unsigned)k < CALENDAR_NKINDS ? kind_names[k] : "";
}

int
calendar_kind_from_name(const char *name)
{
	int i;

	for (i = 1; name != NULL && i < CALENDAR_NKINDS; i++)
		if (strcmp(kind_names[i], name) == 0)
			return i;
	return -1;
}

static struct calyear *
calyear_dup(const struct calyear *y)
{
	struct calyear *n;
	size_t i;

	if (y == NULL)
		return NULL;
	n = xmalloc(sizeof *n);
	*n = *y;
	for (i = 0; i < CAL_NDAYS; i++) {
		n->note[i] = y->note[i] != NULL ? xstrdup(y->note[i]) : NULL;
		n->court_note[i] = y->court_note[i] != NULL ?
		    xstrdup(y->court_note[i]) : NULL;
	}
	return n;
}

struct calendar *
calendar_copy(const struct calendar *c)
{
	struct calendar *n = calendar_new();
	size_t i;

	for (i = 0; c != NULL && i < CAL_NYEARS; i++)
		n->years[i] = calyear_dup(c->years[i]);
	return n;
}

int
calendar_set_court_day(struct calendar *c, qdate d, enum calendar_day kind,
    const char *note, char *err, size_t errsz)
{
	struct calyear *y;
	int yy, m, dd;

	qdate_to_ymd(d, &yy, &m, &dd);
	if (d == QDATE_NONE || yy < CAL_FIRST_YEAR || yy > CAL_LAST_YEAR ||
	    (unsigned)kind >= CALENDAR_NKINDS) {
		snprintf(err, errsz, _("not a day of the calendar"));
		return -1;
	}
	if (kind == CALENDAR_DAY_OFF && qdate_weekday(d) >= 6) {
		snprintf(err, errsz, _("a Saturday or Sunday is already a day "
		    "off: set it as a holiday instead"));
		return -1;
	}
	if ((y = c->years[yy - CAL_FIRST_YEAR]) == NULL) {
		if (kind == CALENDAR_NORMAL)
			return 0;
		/* A year the files do not have: the court's days alone. */
		y = xcalloc(1, sizeof *y);
		y->year = yy;
		y->jan1 = qdate_from_ymd(yy, 1, 1);
		c->years[yy - CAL_FIRST_YEAR] = y;
	}
	y->court[d - y->jan1] = (uint8_t)kind;
	free(y->court_note[d - y->jan1]);
	y->court_note[d - y->jan1] = kind != CALENDAR_NORMAL &&
	    note != NULL && *note != '\0' ? xstrdup(note) : NULL;
	return 0;
}

enum calendar_day
calendar_day_info(const struct calendar *c, qdate d,
    struct calendar_day_src *src)
{
	const struct calyear *y;
	enum calendar_day k = (enum calendar_day)calendar_kind(c, d, &y);

	memset(src, 0, sizeof *src);
	if (y == NULL)
		return k;
	src->court = y->court[d - y->jan1] != CAL_NONE;
	src->shipped = y->kind[d - y->jan1] & CAL_KIND_MASK;
	src->unconfirmed = (y->kind[d - y->jan1] & CAL_UNCONFIRMED) != 0;
	src->shipped_note = y->note[d - y->jan1];
	return k;
}

size_t
calendar_unconfirmed(const struct calendar *c, int year, qdate *out,
    size_t max)
{
	const struct calyear *y = calendar_year(c, year);
	size_t i, n = 0;

	for (i = 0; y != NULL && i < CAL_NDAYS; i++)
		if ((y->kind[i] & CAL_UNCONFIRMED) && y->court[i] == CAL_NONE) {
			if (n < max)
				out[n] = y->jan1 + (qdate)i;
			n++;
		}
	return n;
}
