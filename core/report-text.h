/*
 * The report of core/report.h written out: text for people (bars marks
 * the group titles for a pager and draws bars of the numbers), CSV (one
 * number a line: scope, name, measure, value) and JSON.
 */
#ifndef QARAU_REPORT_TEXT_H
#define QARAU_REPORT_TEXT_H

#include <stdbool.h>

#include "core/report.h"
#include "core/strbuf.h"

void	report_write_text(const struct report *, bool bars, struct strbuf *);
void	report_write_csv(const struct report *, struct strbuf *);
void	report_write_json(const struct report *, struct strbuf *);
/* The N_() label of a movement measure of the CSV ("arrived"), or NULL. */
const char *report_measure_label(const char *key);

#endif
