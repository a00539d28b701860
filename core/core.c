/*
 * core_init(): see core.h.  The order matters: the checklist and the
 * rules look keys up through the vocabulary's index.
 */
#include "config.h"

#include <stdbool.h>

#include "core/checklist.h"
#include "core/core.h"
#include "core/rules-eval.h"
#include "core/vocab.h"

void
core_init(void)
{
	static bool done;

	if (done)
		return;
	vocab_init();
	checklist_init();
	rules_init();
	decision_init();
	done = true;
}
