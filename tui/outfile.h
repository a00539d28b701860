/*
 * Every file qarau writes (letters, PDFs, backups) goes through here: a
 * temporary file beside the target, written, flushed to the disk, its
 * close checked, then renamed over the target.  A failure leaves the old
 * file as it was.  A target that is not a regular file (a device, a FIFO,
 * a symbolic link, a folder) is refused; "-" is standard output.
 */
#ifndef QARAU_OUTFILE_H
#define QARAU_OUTFILE_H

#include <stddef.h>
#include <time.h>

struct outfile {
	char	*path;	/* the target; NULL for standard output */
	char	*tmp;	/* the temporary file beside it */
	int	 fd;
};

int	 outfile_open(struct outfile *, const char *path, char *err,
	    size_t errsz);
int	 outfile_write(struct outfile *, const void *, size_t, char *err,
	    size_t errsz);
int	 outfile_commit(struct outfile *, char *err, size_t errsz);
void	 outfile_abort(struct outfile *);
int	 outfile_check_target(const char *path, char *err, size_t errsz);
void	 outfile_sweep(const char *path);
/* The FILE.XXXXXX copies (and their -journal) that backups of older
 * qarau left when killed, changed before the time before; only what is
 * surely such a leftover (see outfile.c). */
void	 outfile_sweep_old(const char *path, time_t before);
/* "PATH: why", or that the disk is full when errno or the disk says so. */
void	 outfile_error(char *err, size_t errsz, const char *path, int error);
void	 outfile_explain(char *err, size_t errsz, const char *path, int full,
	    const char *why);

#endif
