/*
 * The report as an A4 PDF with bar charts: 'qarau report --pdf' hands
 * qarau-pdf the report's CSV (core/report-text.h) on standard input.
 */
#ifndef QARAU_REPORT_PDF_H
#define QARAU_REPORT_PDF_H

#include <stddef.h>

int	report_pdf_write(const char *csv, size_t len, const char *title,
	    const char *path, char *err, size_t errsz);

#endif
