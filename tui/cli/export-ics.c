/*
 * The deadlines as an iCalendar (RFC 5545), written through libical: one
 * all-day VEVENT per open deadline of a pending filing, with an alarm at
 * 09:00 of the working day before.  The UID is the filing's id and the
 * deadline's name, so a calendar that imports the file again updates the
 * event instead of adding a second one; a met or closed deadline is no
 * longer in the file.
 */
#include "config.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/act-title.h"
#include "core/i18n.h"
#include "data/register.h"
#include "tui/cli/export-ics.h"
#include "tui/letter/letter-build.h"

/* The pending filings, gathered before each is loaded. */
struct ics_rows {
	struct reg_row	*row;
	size_t		 n, cap;
};

static int
ics_row(const struct reg_row *row, void *arg)
{
	struct ics_rows *rows = arg;

	if (rows->n == rows->cap) {
		rows->cap = rows->cap ? rows->cap * 2 : 256;
		rows->row = xrealloc(rows->row, rows->cap * sizeof *rows->row);
	}
	rows->row[rows->n++] = *row;
	return 0;
}

static struct icaltimetype
ics_date(qdate d)
{
	struct icaltimetype t = icaltime_null_date();
	int y, m, dd;

	qdate_to_ymd(d, &y, &m, &dd);
	t.year = y;
	t.month = m;
	t.day = dd;
	return t;
}

/* 09:00 of the working day before the all-day event, which starts at
 * midnight: a trigger that far before the start. */
static struct icaltriggertype
ics_trigger(const struct calendar *cal, qdate due)
{
	struct icaltriggertype tr;
	qdate before = due - 1;

	while (!calendar_is_working_day(cal, before) && due - before < 30)
		before--;
	memset(&tr, 0, sizeof tr);
	tr.time = icaltime_null_time();
	tr.duration = icaldurationtype_null_duration();
	tr.duration.is_neg = 1;
	tr.duration.days = (unsigned)(due - before - 1);
	tr.duration.hours = 15;
	return tr;
}

static icalcomponent *
ics_alarm(const struct calendar *cal, qdate due, const char *summary)
{
	icalcomponent *a = icalcomponent_new_valarm();

	icalcomponent_add_property(a,
	    icalproperty_new_action(ICAL_ACTION_DISPLAY));
	icalcomponent_add_property(a, icalproperty_new_description(summary));
	icalcomponent_add_property(a,
	    icalproperty_new_trigger(ics_trigger(cal, due)));
	return a;
}

static void
ics_event(icalcomponent *cal, const struct calendar *wd,
    const struct reg_row *f, const struct deadline *dl,
    struct icaltimetype stamp)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	struct strbuf uid, sum, desc, act;
	const struct deadline_kind *k = deadline_kind_find(dl->name);

	strbuf_init(&uid);
	strbuf_init(&sum);
	strbuf_init(&desc);
	strbuf_printf(&uid, "qarau-%lld-%s@qarau", (long long)f->id,
	    dl->name);
	strbuf_printf(&sum, "%s: %s", f->number, k != NULL ? _(k->shortl) :
	    dl->name);
	strbuf_printf(&desc, "%s (%s)", _(dl->label), dl->cite != NULL ?
	    dl->cite : "");
	if (*f->filer != '\0')
		strbuf_printf(&sum, " - %s", filer_title(f->filer));
	strbuf_init(&act);
	ACT_TITLE_ROW(f, &act);
	if (act.len > 0)
		strbuf_printf(&sum, " - %s", act.buf);
	strbuf_free(&act);
	if (*f->judge != '\0')
		strbuf_printf(&desc, "\n%s: %s", _("Judge"), f->judge);
	icalcomponent_add_property(ev, icalproperty_new_uid(uid.buf));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(ev,
	    icalproperty_new_dtstart(ics_date(dl->date)));
	icalcomponent_add_property(ev,
	    icalproperty_new_dtend(ics_date(dl->date + 1)));
	icalcomponent_add_property(ev, icalproperty_new_summary(sum.buf));
	icalcomponent_add_property(ev, icalproperty_new_description(desc.buf));
	icalcomponent_add_property(ev,
	    icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	icalcomponent_add_component(ev, ics_alarm(wd, dl->date, sum.buf));
	icalcomponent_add_component(cal, ev);
	strbuf_free(&uid);
	strbuf_free(&sum);
	strbuf_free(&desc);
}

/* Every open deadline of the pending filings, into cal. */
static int
ics_fill(struct reg *r, const char *judge, icalcomponent *cal, char *err,
    size_t errsz)
{
	struct reg_filter fl;
	struct ics_rows rows = { NULL, 0, 0 };
	struct reg_filing f;
	struct icaltimetype stamp = icaltime_from_timet_with_zone(time(NULL),
	    0, icaltimezone_get_utc_timezone());
	size_t i, j;
	int rc;

	memset(&fl, 0, sizeof fl);
	fl.due_within = -1;
	fl.judge = judge;
	fl.sort = "number";
	if ((rc = reg_list(r, &fl, ics_row, &rows, err, errsz)) != 0)
		goto out;
	for (i = 0; i < rows.n; i++) {
		if ((rc = reg_load(r, rows.row[i].id, &f, err, errsz)) != 0)
			goto out;
		for (j = 0; j < f.decision.n_deadlines; j++)
			if (!f.decision.deadlines[j].closed)
				ics_event(cal, reg_calendar(r), &rows.row[i],
				    &f.decision.deadlines[j], stamp);
		reg_filing_free(&f);
	}
out:
	free(rows.row);
	return rc;
}

int
export_ics(struct cli *cli, const char *judge, const char *output)
{
	char err[REG_ERRSZ], *text;
	icalcomponent *cal;
	struct reg *r;
	int rc;

	if ((r = cli_register(cli)) == NULL)
		return EXIT_FAIL;
	cal = icalcomponent_new_vcalendar();
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal,
	    icalproperty_new_prodid("-//qarau//" PACKAGE_VERSION "//EN"));
	if ((rc = ics_fill(r, judge, cal, err, sizeof err)) != 0) {
		icalcomponent_free(cal);
		return cli_fail(rc, err);
	}
	text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	rc = letter_write_file(output, text, strlen(text), err, sizeof err);
	free(text);
	if (rc != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}
