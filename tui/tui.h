/* The interactive front end; see tui/cli.h for tui_main(). */
#ifndef QARAU_TUI_H
#define QARAU_TUI_H
#include "tui/cli.h"
#endif
