/*
 * The configuration files: the court's system-wide one, which names the
 * register every assistant shares ($QARAU_SYSCONF, else
 * $(sysconfdir)/qarau/qarau.conf), and each user's own
 * ($XDG_CONFIG_HOME/qarau/qarau.conf, else ~/.config/qarau/qarau.conf):
 * the register he prefers and his name, telephone and e-mail, which
 * letters print as their executor.  The court's settings stay in the
 * register, where every change is audited.
 *
 * Both are "key = value" lines; '#' starts a comment line.  An unknown
 * key or a bad value is an error naming file:line, never ignored.
 */
#ifndef QARAU_CONFFILE_H
#define QARAU_CONFFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

#define CONFFILE_MAX_BYTES	65536

/* The keys each file may hold, NULL-terminated. */
const char *const *conffile_system_keys(void);
const char *const *conffile_user_keys(void);
bool	 conffile_is_user_key(const char *key);

/* The files' paths.  -1 (message in err) when the user has no home. */
void	 conffile_system_path(struct strbuf *);
int	 conffile_user_path(struct strbuf *, char *err, size_t errsz);

/* The value of key in the system's or the user's file: "" when the key or
 * the file is absent; -1 with "file:line: why" when the file is bad. */
int	 conffile_system_get(const char *key, struct strbuf *out, char *err,
	    size_t errsz);
int	 conffile_user_get(const char *key, struct strbuf *out, char *err,
	    size_t errsz);

/* Checks value for key: 0, or REG_EINPUT-style -2 with the reason. */
int	 conffile_check(const char *key, const char *value, char *err,
	    size_t errsz);

/* Sets key in the user's file (an empty value removes it), creating the
 * file 0600 and its folder 0700; the file is replaced whole by rename, so
 * a failure leaves the old one. */
int	 conffile_user_set(const char *key, const char *value, char *err,
	    size_t errsz);

#endif
