/*
 * The proposal engine's tables (data/read/LANG.pat and LANG.abusive),
 * read once per process through datafile.h.
 */
#ifndef QARAU_PROPOSE_LOAD_H
#define QARAU_PROPOSE_LOAD_H

#include <stddef.h>

#include "core/propose.h"

/*
 * Sets *tables to the parsed tables of every language (kk, ru) and *n to
 * their number.  They stay loaded until propose_load_free (or the end of
 * the process).  -1 with "file:line: reason" in err.
 */
int	propose_load_tables(const struct propose_table *const **tables,
	    size_t *n, char *err, size_t errsz);
void	propose_load_free(void);

#endif
