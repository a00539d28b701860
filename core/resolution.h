/*
 * The resolution's text, paragraph by paragraph (data/resolution/kk.txt,
 * and this project's own summaries in data/resolution/ru.txt and en.txt),
 * for the help reader and the screening pane.  The caller reads the file
 * and hands the text over; core reads no files.
 *
 * File format: UTF-8; a line "## N" (N = 1..18) starts paragraph N; the
 * lines up to the next "## " are its text (blank lines separate
 * sub-paragraphs); lines before the first "## " starting with "# " are the
 * title; other lines before it are an error.
 */
#ifndef QARAU_RESOLUTION_H
#define QARAU_RESOLUTION_H

#include <stddef.h>

struct resolution;

/* NULL with "name:line: message" in err on a malformed file. */
struct resolution *resolution_parse(const char *name, const char *text,
	    size_t len, char *err, size_t errsz);
void	 resolution_free(struct resolution *);
const char *resolution_title(const struct resolution *);
int	 resolution_count(const struct resolution *);	/* highest N */
/* Paragraph n's text, or NULL when there is none. */
const char *resolution_text(const struct resolution *, int n);
/* The first paragraph after `from' whose text contains needle
 * (case-insensitive for Cyrillic, Kazakh and Latin letters), or 0. */
int	 resolution_search(const struct resolution *, const char *needle,
	    int from);
/* Paragraph numbers cited in "NR 7; CPC 488.1" style text, in order;
 * returns how many were stored. */
size_t	 resolution_cited(const char *cites, int *paras, size_t max);

#endif
