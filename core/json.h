/*
 * JSON text for the --json outputs of every command and the register's
 * export: one writer, so that every string is escaped the same way.
 */
#ifndef QARAU_JSON_H
#define QARAU_JSON_H

#include "core/strbuf.h"

/* s as a JSON string literal, or null for NULL. */
void	json_string(struct strbuf *, const char *s);
/* "key":value with value as json_string writes it. */
void	json_member(struct strbuf *, const char *key, const char *value);

#endif
