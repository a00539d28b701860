/*
 * Running a helper program without a shell: argv is passed as it is, so no
 * user text is ever parsed as a command line.
 */
#ifndef QARAU_SPAWN_H
#define QARAU_SPAWN_H

#include <stddef.h>

#include "core/strbuf.h"

/*
 * Runs prog (searched in PATH when it has no '/') with argv, feeding it
 * input on its standard input (none when input is NULL) and collecting its
 * standard error into errout (passed through when errout is NULL).
 * Returns 0 when it exited 0; else -1 with a message naming prog and what
 * went wrong (not found, exit status, signal) in err.
 */
int	spawn_run(const char *prog, char *const argv[], const char *input,
	    size_t inlen, struct strbuf *errout, char *err, size_t errsz);

#endif
