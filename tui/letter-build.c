/* Stub until the letters are written. */
#include "config.h"

#include <stdio.h>

#include "core/i18n.h"
#include "tui/letter-build.h"

int
letter_build_text(struct cli *cli, int64_t id, const char *lang,
    struct strbuf *out, char *err, size_t errsz)
{
	(void)cli; (void)id; (void)lang; (void)out;
	snprintf(err, errsz, "%s", _("letters are not available yet"));
	return -1;
}

int
letter_export(struct cli *cli, int64_t id, const char *lang,
    const char *format, const char *encoding, const char *path, char *err,
    size_t errsz)
{
	(void)format; (void)encoding; (void)path;
	return letter_build_text(cli, id, lang, NULL, err, errsz);
}

int
letter_print(struct cli *cli, int64_t id, const char *lang, char *err,
    size_t errsz)
{
	return letter_build_text(cli, id, lang, NULL, err, errsz);
}
