/*
 * Shipped data files (calendars, letter templates, the resolution's text)
 * are found through this one lookup: $QARAU_DATADIR if set (tests run the
 * uninstalled tree this way), else the installed $(pkgdatadir).
 */
#ifndef QARAU_DATAFILE_H
#define QARAU_DATAFILE_H

#include <stddef.h>

#include "core/calendar.h"
#include "core/strbuf.h"

const char *datafile_dir(void);
/* Reads datadir/rel whole into out.  -1 with "path: reason" in err. */
int	 datafile_read(const char *rel, struct strbuf *out, char *err,
	    size_t errsz);
/* Loads every data/calendar/YYYY.txt; a bad file is an error naming it. */
int	 datafile_load_calendars(struct calendar *, char *err, size_t errsz);

#endif
