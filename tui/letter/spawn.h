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

/*
 * As spawn_run, and collects the child's standard output into out as well
 * (passed through when out is NULL).  Input and output are pumped
 * together, so a child may write before it has read all its input.
 */
int	spawn_run_out(const char *prog, char *const argv[], const char *input,
	    size_t inlen, struct strbuf *out, struct strbuf *errout, char *err,
	    size_t errsz);

/*
 * The path of a helper program of qarau's (qarau-pdf, qarau-extract):
 * in $QARAU_LIBEXECDIR, else beside this program (an uninstalled build),
 * else in the installed $(pkglibexecdir).
 */
void	spawn_libexec(const char *name, struct strbuf *prog);

#endif
