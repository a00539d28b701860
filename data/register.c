/* Stub until the register is written. */
#include "config.h"

#include <stdio.h>

#include "core/i18n.h"
#include "data/register.h"

int
reg_resolve_path(const char *opt, struct strbuf *path, char *err,
    size_t errsz)
{
	(void)err; (void)errsz;
	strbuf_puts(path, opt != NULL ? opt : "register.db");
	return 0;
}

int
reg_open(const char *path, qdate today, const struct calendar *cal,
    struct reg **out, char *err, size_t errsz)
{
	(void)today; (void)cal;
	*out = NULL;
	snprintf(err, errsz, _("%s: the register is not available yet"), path);
	return -1;
}

void
reg_close(struct reg *r)
{
	(void)r;
}

int
reg_setting_get(struct reg *r, const char *key, struct strbuf *out,
    char *err, size_t errsz)
{
	(void)r; (void)key; (void)out; (void)err; (void)errsz;
	return -1;
}
