/*
 * qarau add --document FILE: the filing's own documents read, their
 * proposals made, and those the command line accepts turned into facts
 * (issue 11).  A proposal is never an answer by itself: only --accept
 * KEY,... or --accept-all makes it one, and a fact given on the command
 * line or in the facts file always wins over it.
 */
#ifndef QARAU_ADD_DOCUMENT_H
#define QARAU_ADD_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "core/propose.h"
#include "core/strbuf.h"
#include "data/register.h"
#include "tui/extract/extract.h"

struct add_document {
	const char		*path;
	struct extracted	 ex;
	struct proposals	 props;
	struct strbuf		 porcelain;
};

struct add_documents {
	struct add_document		*v;
	size_t				 n;
	struct reg_document_in		*in;		/* for reg_add_ex */
	struct reg_proposal_choice	*choices;
	size_t				 nchoices;
	struct strbuf			 accepted;	/* "KEY = VALUE\n"... */
	char				**owned;	/* choices' strings */
	size_t				 nowned;
};

void	add_documents_init(struct add_documents *);
void	add_documents_free(struct add_documents *);
/* Reads and proposes from each path; an exit status (EXIT_OK, or EXIT_FAIL
 * after a message naming the file). */
int	add_documents_read(struct add_documents *, char *const *paths,
	    size_t n);
/*
 * Sets the proposals that accept ("KEY,KEY"; NULL: none) or all names on
 * f, where f has no value of its own, and makes the documents and the
 * choices for reg_add_ex.  Two documents proposing different values of a
 * key propose nothing for it.  EXIT_OK, or EXIT_USAGE after a message.
 */
int	add_documents_accept(struct add_documents *, struct facts *f,
	    const char *accept, bool all);

#endif
