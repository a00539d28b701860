#include "config.h"

#include <string.h>

#include "core/i18n.h"

/*
 * pgettext without gettext.h's macros: the context and the id are joined by
 * EOT as xgettext --keyword=C_:1c,2 expects; an untranslated lookup returns
 * its argument, and then the bare id is what the user must see.
 */
const char *
qarau_pgettext(const char *ctx_and_id, const char *id)
{
	const char *t = gettext(ctx_and_id);

	return t == ctx_and_id ? id : t;
}

const char *
qarau_pgettext_joined(const char *ctx_and_id)
{
	const char *id = strchr(ctx_and_id, '\004');

	return qarau_pgettext(ctx_and_id, id != NULL ? id + 1 : ctx_and_id);
}
