/*
 * Day numbers <-> civil dates.  The conversion is Howard Hinnant's
 * days-from-civil algorithm (public domain arithmetic): exact for the
 * proleptic Gregorian calendar, no tables, no time zone.
 */
#include "config.h"

#include <string.h>

#include "core/date.h"
#include "core/i18n.h"

bool
qdate_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
qdate_days_in_month(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && qdate_is_leap(y) ? 29 : days[m - 1];
}

qdate
qdate_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (qdate)(era * 146097 + doe - 719468);
}

void
qdate_to_ymd(qdate z, int *yp, int *mp, int *dp)
{
	int era, doe, yoe, y, doy, mp0, d, m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp0 = (5 * doy + 2) / 153;
	d = doy - (153 * mp0 + 2) / 5 + 1;
	m = mp0 + (mp0 < 10 ? 3 : -9);
	*yp = y + (m <= 2);
	*mp = m;
	*dp = d;
}

int
qdate_weekday(qdate z)
{
	/* 1970-01-01 was a Thursday (4). */
	int w = (int)((z % 7 + 7) % 7);

	return (w + 3) % 7 + 1;
}

static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
qdate_parse(const char *s, qdate *out)
{
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > qdate_days_in_month(y, m))
		return false;
	*out = qdate_from_ymd(y, m, d);
	return true;
}

void
qdate_format(qdate z, char out[QDATE_BUFSZ])
{
	int y, m, d;

	if (z == QDATE_NONE) {
		out[0] = '\0';
		return;
	}
	qdate_to_ymd(z, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = 0;
	/* By hand: snprintf's %02d cannot prove to -Wformat-truncation
	 * that a month fits in two digits. */
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

/* Up to max digits at *s as a number; the count read in *n (0: none). */
static int
number(const char **s, int max, int *n)
{
	int v = 0;

	for (*n = 0; *n < max && **s >= '0' && **s <= '9'; (*n)++, (*s)++)
		v = v * 10 + (**s - '0');
	return v;
}

/* D.M.YY, DD.MM.YYYY and the mixes: one or two digits of day and month,
 * two or four of year; two digits mean this century. */
static bool
parse_dotted(const char *s, qdate *out)
{
	int d, m, y, nd, nm, ny;

	d = number(&s, 2, &nd);
	if (nd == 0 || *s++ != '.')
		return false;
	m = number(&s, 2, &nm);
	if (nm == 0 || *s++ != '.')
		return false;
	y = number(&s, 4, &ny);
	if (*s != '\0' || (ny != 2 && ny != 4))
		return false;
	if (ny == 2)
		y += 2000;
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > qdate_days_in_month(y, m))
		return false;
	*out = qdate_from_ymd(y, m, d);
	return true;
}

/* +N or -N days, N at most four digits. */
static bool
parse_relative(const char *s, qdate today, qdate *out)
{
	int sign = *s == '-' ? -1 : 1, n, nd;

	s++;
	n = number(&s, 4, &nd);
	if (nd == 0 || *s != '\0' || today == QDATE_NONE)
		return false;
	*out = today + sign * n;
	return true;
}

static bool
is_today(const char *s)
{
	static const char *const words[] = {
		"today", "Today", "TODAY", "бүгін", "Бүгін", "БҮГІН",
		"сегодня", "Сегодня", "СЕГОДНЯ"
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(s, words[i]) == 0)
			return true;
	return false;
}

bool
qdate_parse_human(const char *in, qdate today, qdate *out)
{
	char s[32];
	size_t len;

	while (*in == ' ' || *in == '\t')
		in++;
	len = strlen(in);
	while (len > 0 && (in[len - 1] == ' ' || in[len - 1] == '\t'))
		len--;
	if (len == 0 || len >= sizeof s)
		return false;
	memcpy(s, in, len);
	s[len] = '\0';
	if (is_today(s)) {
		if (today == QDATE_NONE)
			return false;
		*out = today;
		return true;
	}
	if (s[0] == '+' || s[0] == '-')
		return parse_relative(s, today, out);
	if (strchr(s, '.') != NULL)
		return parse_dotted(s, out);
	return qdate_parse(s, out);
}

const char *
qdate_shown_pattern(void)
{
	/* TRANSLATORS: the order a date is shown in: "YYYY-MM-DD" or
	 * "DD.MM.YYYY" exactly, nothing else. */
	const char *p = C_("date", "YYYY-MM-DD");

	return strcmp(p, "DD.MM.YYYY") == 0 ? p : "YYYY-MM-DD";
}

void
qdate_format_shown(qdate z, char out[QDATE_BUFSZ])
{
	char iso[QDATE_BUFSZ];

	qdate_format(z, iso);
	if (iso[0] == '\0' || qdate_shown_pattern()[0] == 'Y') {
		memcpy(out, iso, QDATE_BUFSZ);
		return;
	}
	memcpy(out, iso + 8, 2);
	out[2] = '.';
	memcpy(out + 3, iso + 5, 2);
	out[5] = '.';
	memcpy(out + 6, iso, 4);
	out[10] = '\0';
}

qdate
qdate_add_months(qdate z, int n)
{
	int y, m, d, months, dim;

	qdate_to_ymd(z, &y, &m, &d);
	months = y * 12 + (m - 1) + n;
	y = months >= 0 ? months / 12 : (months - 11) / 12;
	m = months - y * 12 + 1;
	dim = qdate_days_in_month(y, m);
	return qdate_from_ymd(y, m, d > dim ? dim : d);
}
