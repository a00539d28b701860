#include "config.h"

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
