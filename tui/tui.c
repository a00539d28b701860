/* The interactive front end: not written yet; prints the usage summary. */
#include "config.h"

#include <stdio.h>

#include "core/i18n.h"
#include "tui/cli.h"

int
tui_main(struct cli *cli)
{
	(void)cli;
	fputs(_("The interactive register is not available yet; "
	    "see 'qarau --help'.\n"), stdout);
	return EXIT_OK;
}
