/*
 * ics-check FILE: libical's parser on a calendar qarau wrote.  Prints one
 * line per VEVENT (UID, DTSTART, the alarm's trigger) and exits 1 when
 * the text does not parse or libical finds an error in a component.
 */
#include "config.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *
read_all(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0 || (buf = malloc((size_t)n + 1)) ==
	    NULL || fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		perror(path);
		exit(2);
	}
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

int
main(int argc, char **argv)
{
	icalcomponent *cal, *ev, *al;
	icalproperty *p;
	char *text;

	if (argc != 2) {
		fputs("usage: ics-check FILE\n", stderr);
		return 2;
	}
	text = read_all(argv[1]);
	if ((cal = icalparser_parse_string(text)) == NULL ||
	    icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		fputs("not a VCALENDAR\n", stderr);
		return 1;
	}
	if (icalcomponent_count_errors(cal) != 0 ||
	    !icalrestriction_check(cal)) {
		fprintf(stderr, "errors:\n%s", icalcomponent_as_ical_string(cal));
		return 1;
	}
	for (ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT); ev != NULL;
	    ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		al = icalcomponent_get_first_component(ev,
		    ICAL_VALARM_COMPONENT);
		p = al != NULL ? icalcomponent_get_first_property(al,
		    ICAL_TRIGGER_PROPERTY) : NULL;
		printf("%s %s %s\n", icalcomponent_get_uid(ev),
		    icaltime_as_ical_string(icalcomponent_get_dtstart(ev)),
		    p != NULL ? icaldurationtype_as_ical_string(
		    icalproperty_get_trigger(p).duration) : "-");
	}
	icalcomponent_free(cal);
	free(text);
	return 0;
}
