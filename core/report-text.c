/*
 * The report as text for people (with bars for the terminal's Statistics
 * screen), as CSV and as JSON: one renderer each, shared by 'qarau
 * report' and the interface.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/json.h"
#include "core/report.h"
#include "core/report-text.h"
#include "core/text.h"

/* The rows of the movement table: a label and the group's number. */
static const struct {
	const char	*label;		/* N_() */
	const char	*key;		/* CSV and JSON */
	size_t		 off;
} rows[] = {
	{ N_("Remained at the start"), "start",
	  offsetof(struct report_group, start) },
	{ N_("Arrived"), "arrived", offsetof(struct report_group, arrived) },
	{ N_("  of them admitted"), "admitted",
	  offsetof(struct report_group, admitted) },
	{ N_("Returned by letter"), "letter",
	  offsetof(struct report_group, letter) },
	{ N_("Returned by ruling"), "ruling",
	  offsetof(struct report_group, ruling) },
	{ N_("Left without consideration"), "unconsidered",
	  offsetof(struct report_group, unconsidered) },
	{ N_("Decided"), "decided", offsetof(struct report_group, decided) },
	{ N_("Withdrawn"), "withdrawn",
	  offsetof(struct report_group, withdrawn) },
	{ N_("Returned otherwise"), "returned-other",
	  offsetof(struct report_group, other) },
	{ N_("Remained at the end"), "end", offsetof(struct report_group, end) },
};
#define NROWS	(sizeof rows / sizeof rows[0])

const char *
report_measure_label(const char *key)
{
	size_t i;

	for (i = 0; i < NROWS; i++)
		if (strcmp(rows[i].key, key) == 0)
			return rows[i].label;
	return NULL;
}

static long
row_value(const struct report_group *g, size_t i)
{
	return *(const long *)(const void *)((const char *)g + rows[i].off);
}

/* s padded (or cut) to cols terminal columns. */
static void
cell(struct strbuf *out, const char *s, size_t cols)
{
	size_t w = text_width(s), n;

	if (w > cols) {
		n = text_fit(s, cols);
		strbuf_printf(out, "%.*s", (int)n, s);
		return;
	}
	strbuf_puts(out, s);
	for (; w < cols; w++)
		strbuf_putc(out, ' ');
}

static void
bar(struct strbuf *out, long v, long max, int width)
{
	int n = max > 0 && v > 0 ? (int)((v * width + max - 1) / max) : 0;

	strbuf_puts(out, " ");
	while (n-- > 0)
		strbuf_puts(out, "\xe2\x96\x88");	/* a full block */
}

static void
text_group(const struct report_group *g, const char *title, bool bars,
    struct strbuf *out)
{
	char num[32], pct[32];
	long max = 1;
	double p;
	size_t i;

	strbuf_printf(out, "%s%s\n", bars ? "\001" : "", title);
	for (i = 0; i < NROWS; i++)
		if (row_value(g, i) > max)
			max = row_value(g, i);
	for (i = 0; i < NROWS; i++) {
		strbuf_puts(out, "  ");
		cell(out, _(rows[i].label), 30);
		snprintf(num, sizeof num, "%8ld", row_value(g, i));
		strbuf_puts(out, num);
		if (bars)
			bar(out, row_value(g, i), max, 30);
		strbuf_putc(out, '\n');
	}
	for (i = 0; i < g->n_grounds; i++)
		strbuf_printf(out, "    %s %-8s %8ld\n", _("ground"),
		    g->grounds[i].rule, g->grounds[i].n);
	strbuf_printf(out, "  %s: %ld + %ld = %ld + %ld %s\n", _("Control"),
	    g->start, g->arrived, report_out(g), g->end, report_control(g) ?
	    _("(holds)") : _("(DOES NOT HOLD)"));
	for (i = 0; i < REPORT_KINDS; i++) {
		if ((p = report_kept_percent(g, i)) < 0)
			continue;
		snprintf(pct, sizeof pct, "%5.1f%%", p);
		strbuf_printf(out, "  %s ", _("Kept"));
		cell(out, report_kind_label(report_kinds[i]), 16);
		strbuf_printf(out, " %s (%ld/%ld)", pct, g->kept[i],
		    g->kept[i] + g->missed[i]);
		if (bars)
			bar(out, (long)(p + 0.5), 100, 20);
		strbuf_putc(out, '\n');
	}
	if ((p = report_median_days(g)) >= 0)
		strbuf_printf(out, "  %s: %.1f\n", _("Median days from receipt "
		    "to return"), p);
	strbuf_putc(out, '\n');
}

void
report_write_text(const struct report *rp, bool bars, struct strbuf *out)
{
	char from[QDATE_BUFSZ], to[QDATE_BUFSZ], title[200];
	size_t i;

	qdate_format_shown(rp->from, from);
	qdate_format_shown(rp->to, to);
	snprintf(title, sizeof title, _("Report from %s to %s"), from, to);
	text_group(&rp->total, title, bars, out);
	for (i = 0; i < rp->n_judges; i++) {
		snprintf(title, sizeof title, "%s: %s", _("Judge"),
		    *rp->judges[i].name != '\0' ? rp->judges[i].name :
		    _("no judge assigned"));
		text_group(&rp->judges[i], title, bars, out);
	}
	for (i = 0; i < rp->n_months; i++) {
		snprintf(title, sizeof title, "%s: %s", _("Month"),
		    rp->months[i].name);
		text_group(&rp->months[i], title, bars, out);
	}
}

static void
csv_text(struct strbuf *out, const char *s)
{
	strbuf_putc(out, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			strbuf_putc(out, '"');
		strbuf_putc(out, *s);
	}
	strbuf_putc(out, '"');
}

static void
csv_group(const struct report_group *g, const char *scope,
    struct strbuf *out)
{
	double p;
	size_t i;

#define CSV_ROW(measure, fmt, v) do {					\
	strbuf_printf(out, "%s,", scope);				\
	csv_text(out, g->name);						\
	strbuf_printf(out, ",%s," fmt "\n", measure, v);		\
} while (0)
	for (i = 0; i < NROWS; i++)
		CSV_ROW(rows[i].key, "%ld", row_value(g, i));
	for (i = 0; i < g->n_grounds; i++) {
		strbuf_printf(out, "%s,", scope);
		csv_text(out, g->name);
		strbuf_printf(out, ",letter:%s,%ld\n", g->grounds[i].rule,
		    g->grounds[i].n);
	}
	CSV_ROW("control", "%s", report_control(g) ? "holds" : "fails");
	for (i = 0; i < REPORT_KINDS; i++)
		if ((p = report_kept_percent(g, i)) >= 0) {
			strbuf_printf(out, "%s,", scope);
			csv_text(out, g->name);
			strbuf_printf(out, ",kept:%s,%.1f\n", report_kinds[i], p);
		}
	if ((p = report_median_days(g)) >= 0)
		CSV_ROW("median-days-to-return", "%.1f", p);
#undef CSV_ROW
}

void
report_write_csv(const struct report *rp, struct strbuf *out)
{
	size_t i;

	strbuf_puts(out, "scope,name,measure,value\n");
	csv_group(&rp->total, "total", out);
	for (i = 0; i < rp->n_judges; i++)
		csv_group(&rp->judges[i], "judge", out);
	for (i = 0; i < rp->n_months; i++)
		csv_group(&rp->months[i], "month", out);
}

static void
json_group(const struct report_group *g, struct strbuf *out)
{
	double p;
	size_t i;

	strbuf_putc(out, '{');
	json_member(out, "name", g->name);
	for (i = 0; i < NROWS; i++)
		strbuf_printf(out, ",\"%s\":%ld", rows[i].key, row_value(g, i));
	strbuf_puts(out, ",\"grounds\":{");
	for (i = 0; i < g->n_grounds; i++) {
		strbuf_puts(out, i ? "," : "");
		json_string(out, g->grounds[i].rule);
		strbuf_printf(out, ":%ld", g->grounds[i].n);
	}
	strbuf_printf(out, "},\"control\":%s,\"kept_percent\":{",
	    report_control(g) ? "true" : "false");
	for (i = 0; i < REPORT_KINDS; i++) {
		strbuf_printf(out, "%s\"%s\":", i ? "," : "", report_kinds[i]);
		if ((p = report_kept_percent(g, i)) >= 0)
			strbuf_printf(out, "%.1f", p);
		else
			strbuf_puts(out, "null");
	}
	strbuf_puts(out, "},\"median_days_to_return\":");
	if ((p = report_median_days(g)) >= 0)
		strbuf_printf(out, "%.1f}", p);
	else
		strbuf_puts(out, "null}");
}

void
report_write_json(const struct report *rp, struct strbuf *out)
{
	char from[QDATE_BUFSZ], to[QDATE_BUFSZ];
	size_t i;

	qdate_format(rp->from, from);
	qdate_format(rp->to, to);
	strbuf_printf(out, "{\"from\":\"%s\",\"to\":\"%s\",\"total\":", from,
	    to);
	json_group(&rp->total, out);
	strbuf_puts(out, ",\"judges\":[");
	for (i = 0; i < rp->n_judges; i++) {
		strbuf_puts(out, i ? "," : "");
		json_group(&rp->judges[i], out);
	}
	strbuf_puts(out, "],\"months\":[");
	for (i = 0; i < rp->n_months; i++) {
		strbuf_puts(out, i ? "," : "");
		json_group(&rp->months[i], out);
	}
	strbuf_puts(out, "]}\n");
}
