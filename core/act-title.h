/*
 * The act complained of as a list names it, in the interface language:
 * "приговор Павлодарского областного суда от 15.07.2025 № 1-112/2025",
 * "Павлодар облыстық сотының 15.07.2025 № 1-112/2025 үкімі"
 * (act-title.c).  The register renders it when it shows a row, from the
 * facts, so that it follows the language of whoever looks.
 */
#ifndef QARAU_ACT_TITLE_H
#define QARAU_ACT_TITLE_H

#include "core/date.h"
#include "core/strbuf.h"

/*
 * Appends the title of an act: type is act.type's value ("verdict",
 * "ruling", "private-ruling", or NULL / "" / "unknown"), court, number
 * as written (NULL or "" when not known), date QDATE_NONE when not known.
 * The court is put in the genitive when the interface is Kazakh or
 * Russian and its name is regular (letter_court_genitive_regular), else
 * named after the rest in parentheses.  Nothing known: nothing appended.
 */
void	act_title(const char *type, const char *court, qdate date,
	    const char *number, struct strbuf *out);

/* The filer as the list stores him (act-title.c): his name as written,
 * or, when unnamed, filer.role's value, shown as its label. */
const char *filer_title(const char *stored);

/* act_title of a register row's facts (the row's act_* fields; the date
 * QDATE_NONE when not known). */
#define ACT_TITLE_ROW(row, out) act_title((row)->act_type, \
	(row)->act_court, (row)->act_date, (row)->act_number, (out))

#endif
