/* qarau screen: not written yet (a stub, so that the command table links). */
#include "config.h"

#include "core/i18n.h"
#include "tui/cli.h"

int
cmd_screen(struct cli *cli, int argc, char **argv)
{
	(void)cli;
	(void)argc;
	(void)argv;
	cli_error(_("'%s' is not available yet"), "screen");
	return EXIT_FAIL;
}
