/*
 * A growable byte buffer, always NUL-terminated.  Allocation failure is
 * fatal (prints and exits 1): every caller in qarau would do the same, and
 * one place to do it keeps error paths for real failures readable.
 */
#ifndef QARAU_STRBUF_H
#define QARAU_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char	*buf;	/* never NULL after strbuf_init */
	size_t	 len;
	size_t	 cap;
};

void	 strbuf_init(struct strbuf *);
void	 strbuf_free(struct strbuf *);
void	 strbuf_reset(struct strbuf *);
void	 strbuf_add(struct strbuf *, const void *, size_t);
void	 strbuf_puts(struct strbuf *, const char *);
void	 strbuf_putc(struct strbuf *, char);
void	 strbuf_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 strbuf_vprintf(struct strbuf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
/* Hands the buffer to the caller (free() it); the strbuf is reset. */
char	*strbuf_detach(struct strbuf *, size_t *lenp);

/* Checked allocation, same policy as strbuf. */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif
