#include "config.h"

#include "core/i18n.h"
#include "tui/extract/ex.h"

int
ex_zip(struct ex_doc *doc)
{
	return ex_fail(doc, "%s", _("this format cannot be read yet"));
}
