/*
 * The report's PDF: for the total, each judge and each month, the table
 * of the movement beside its bar chart, the kept deadlines as bars of
 * 100 %, the control equality and the median.  It reads the CSV that
 * 'qarau report --csv' writes (scope,name,measure,value), so the numbers
 * are the very ones of the other formats.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "core/i18n.h"
#include "core/report-text.h"
#include "core/strbuf.h"
#include "tui/pdf/report-pdf.h"

#define RP_W		595.28
#define RP_H		841.89
#define RP_LEFT		56.69
#define RP_TOP		56.69
#define RP_BOTTOM	56.69
#define RP_LABEL	235.0	/* the label column */
#define RP_NUM		50.0	/* the number column */
#define RP_BAR		185.0	/* the longest bar */
#define RP_ROW		15.0

struct rp_value {
	char	 measure[64];
	char	 text[32];
	double	 v;
};

struct rp_group {
	char		 title[200];
	struct rp_value	*v;
	size_t		 n;
};

/* One CSV field: quoted ("" a quote) or bare, up to ',' or the end. */
static const char *
rp_field(const char *s, const char *end, char *out, size_t outsz)
{
	size_t o = 0;
	bool q = s < end && *s == '"';

	for (s += q; s < end; s++) {
		if (q && *s == '"') {
			if (s + 1 < end && s[1] == '"')
				s++;
			else {
				q = false;
				continue;
			}
		} else if (!q && *s == ',') {
			out[o] = '\0';
			return s + 1;
		}
		if (o + 1 < outsz)
			out[o++] = *s;
	}
	out[o] = '\0';
	return end;
}

static struct rp_group *
rp_parse(const char *csv, size_t len, size_t *n)
{
	char scope[16], name[128], key[64], prev[200] = "", title[200];
	const char *s = csv, *end = csv + len, *nl, *p;
	struct rp_group *g = NULL;
	struct rp_value *v;

	*n = 0;
	for (; s < end; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		if (s == csv)		/* the header */
			continue;
		p = rp_field(s, nl, scope, sizeof scope);
		p = rp_field(p, nl, name, sizeof name);
		p = rp_field(p, nl, key, sizeof key);
		if (strcmp(scope, "total") == 0)
			snprintf(title, sizeof title, "%s", _("In total"));
		else
			snprintf(title, sizeof title, "%s: %s",
			    strcmp(scope, "judge") == 0 ? _("Judge") :
			    _("Month"), *name != '\0' ? name :
			    _("no judge assigned"));
		if (*n == 0 || strcmp(prev, title) != 0) {
			g = xrealloc(g, (*n + 1) * sizeof *g);
			memset(&g[*n], 0, sizeof g[*n]);
			snprintf(g[*n].title, sizeof g[*n].title, "%s", title);
			snprintf(prev, sizeof prev, "%s", title);
			(*n)++;
		}
		g[*n - 1].v = xrealloc(g[*n - 1].v, (g[*n - 1].n + 1) *
		    sizeof *g[*n - 1].v);
		v = &g[*n - 1].v[g[*n - 1].n++];
		snprintf(v->measure, sizeof v->measure, "%s", key);
		rp_field(p, nl, v->text, sizeof v->text);
		v->v = atof(v->text);
	}
	return g;
}

/* Draws s at x, y; returns its width in points. */
static double
rp_text(cairo_t *cr, double x, double y, const char *s, bool bold,
    double size)
{
	PangoLayout *l = pango_cairo_create_layout(cr);
	PangoFontDescription *f = pango_font_description_from_string(
	    bold ? "DejaVu Sans Bold" : "DejaVu Sans");
	int w, h;

	pango_font_description_set_size(f, (int)(size * PANGO_SCALE));
	pango_layout_set_font_description(l, f);
	pango_layout_set_text(l, s, -1);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, l);
	pango_layout_get_size(l, &w, &h);
	pango_font_description_free(f);
	g_object_unref(l);
	return (double)w / PANGO_SCALE;
}

static void
rp_bar(cairo_t *cr, double x, double y, double w, double grey)
{
	cairo_set_source_rgb(cr, grey, grey * 0.9 + 0.05, 0.75);
	cairo_rectangle(cr, x, y + 3, w, RP_ROW - 5);
	cairo_fill(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
}

/* The words of a measure of the CSV. */
static void
rp_label(const char *m, char *out, size_t outsz)
{
	const char *label = report_measure_label(m);

	if (label != NULL)
		snprintf(out, outsz, "%s", _(label));
	else if (strncmp(m, "letter:", 7) == 0)
		snprintf(out, outsz, "    %s %s", _("ground"), m + 7);
	else if (strncmp(m, "kept:", 5) == 0)
		snprintf(out, outsz, "%s %s", _("Kept"), report_kind_label(m + 5));
	else if (strcmp(m, "control") == 0)
		snprintf(out, outsz, "%s", _("Control"));
	else if (strcmp(m, "median-days-to-return") == 0)
		snprintf(out, outsz, "%s", _("Median days from receipt to "
		    "return"));
	else
		snprintf(out, outsz, "%s", m);
}

/* One group: its rows, a bar each, scaled to its largest number. */
static double
rp_group_draw(cairo_t *cr, const struct rp_group *g, double y)
{
	double max = 1, x = RP_LEFT + RP_LABEL + RP_NUM + 8, lw;
	char name[128], value[64];
	bool pct;
	size_t i;

	rp_text(cr, RP_LEFT, y, g->title, true, 12);
	y += 22;
	for (i = 0; i < g->n; i++)
		if (report_measure_label(g->v[i].measure) != NULL &&
		    g->v[i].v > max)
			max = g->v[i].v;
	for (i = 0; i < g->n; i++) {
		pct = strncmp(g->v[i].measure, "kept:", 5) == 0;
		rp_label(g->v[i].measure, name, sizeof name);
		lw = rp_text(cr, RP_LEFT, y, name, false, 9);
		if (strcmp(g->v[i].measure, "control") == 0)
			snprintf(value, sizeof value, "%s", strcmp(g->v[i].text,
			    "holds") == 0 ? _("(holds)") : _("(DOES NOT HOLD)"));
		else
			snprintf(value, sizeof value, "%s%s", g->v[i].text,
			    pct ? " %" : "");
		/* A label longer than its column (the median's, in kk and
		 * ru) pushes its value on; such rows have no bar. */
		rp_text(cr, RP_LEFT + (lw + 8 > RP_LABEL ? lw + 8 : RP_LABEL), y,
		    value, false, 9);
		if (pct)
			rp_bar(cr, x, y, RP_BAR * g->v[i].v / 100.0, 0.45);
		else if (report_measure_label(g->v[i].measure) != NULL)
			rp_bar(cr, x, y, RP_BAR * g->v[i].v / max, 0.25);
		y += RP_ROW;
	}
	return y + 14;
}

static double
rp_group_height(const struct rp_group *g)
{
	return 22 + (double)g->n * RP_ROW + 14;
}

int
report_pdf_write(const char *csv, size_t len, const char *title,
    const char *path, char *err, size_t errsz)
{
	cairo_surface_t *s;
	struct rp_group *g;
	cairo_t *cr;
	double y = RP_TOP;
	size_t i, n;
	int rc = 0;

	g = rp_parse(csv, len, &n);
	s = cairo_pdf_surface_create(path, RP_W, RP_H);
	cr = cairo_create(s);
	rp_text(cr, RP_LEFT, y, title, true, 15);
	y += 32;
	for (i = 0; i < n; i++) {
		if (y + rp_group_height(&g[i]) > RP_H - RP_BOTTOM) {
			cairo_show_page(cr);
			y = RP_TOP;
		}
		y = rp_group_draw(cr, &g[i], y);
	}
	cairo_destroy(cr);
	cairo_surface_finish(s);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		snprintf(err, errsz, "%s: %s", path,
		    cairo_status_to_string(cairo_surface_status(s)));
		rc = -1;
	}
	cairo_surface_destroy(s);
	for (i = 0; i < n; i++)
		free(g[i].v);
	free(g);
	return rc;
}
