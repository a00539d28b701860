/*
 * The register screen in two files: screen-register.c holds the list (a
 * screenful of rows, paged through the register), its keys and dialogs;
 * screen-register-draw.c lays out the columns and draws them.
 */
#ifndef QARAU_SCREEN_REGISTER_H
#define QARAU_SCREEN_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "data/register.h"
#include "tui/screens/tui.h"

#define REGISTER_TOP			3	/* first row of the list */

/* The orders of reg_filter.sort, as s cycles them. */
enum register_sort {
	SORT_DEADLINE, SORT_NUMBER, SORT_RECEIVED, SORT_FILER, SORT_JUDGE,
	SORT_COUNT
};

struct register_state {
	struct reg_row	*rows;
	size_t		 n, cap;
	size_t		 cur;
	int64_t		 sel_id;
	struct reg_counts counts;
	char		 status[16];	/* "" pending, "all", or a status */
	char		 outcome[24];	/* "" any */
	char		 judge[120];	/* "" any */
	bool		 overdue;
	bool		 due_soon;	/* the command line's --due-soon */
	int		 due_within;	/* --due-within N, days + 1; 0 off */
	enum register_sort sort;
	bool		 descending;
	char		 search[256];
	bool		 searching;
	struct input	 in;
	time_t		 refreshed;
	char		 err[REG_ERRSZ];
};

/* screen-register.c */
size_t	 register_height(void);		/* rows of the list */

/* screen-register-draw.c */
void	 register_draw(struct tui *);
/* The order's column title (translated) and its arrow. */
const char *register_sort_title(enum register_sort);
const char *register_sort_arrow(const struct register_state *);

#endif
