/*
 * Citations as the interface language writes them.  The tables cite in
 * the short English form ("NR 7; CPC 488.1, 423.1"): that form is what
 * porcelain, JSON and the letters' keys read.  On the screen kk and ru
 * show their own, by the letters' engine (letter-cite.c) with the
 * interface's forms: "ҚПК 423-бабының 1-бөлігі, 488-бабының 1-бөлігі; НҚ
 * 7-тармағы", "ч. 1 ст. 423, ч. 1 ст. 488 УПК; п. 7 НП".
 */
#ifndef QARAU_CITE_H
#define QARAU_CITE_H

#include "core/strbuf.h"

/* Appends cites (NULL or "" appends nothing) in the interface language;
 * a part it cannot read goes out as it came. */
void	cite_render(const char *cites, struct strbuf *out);
/* A decision's citations (NULL-terminated, one reference each), grouped
 * by code in the interface language. */
void	cite_render_list(const char *const *cites, struct strbuf *out);

#endif
