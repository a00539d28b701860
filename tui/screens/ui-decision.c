/*
 * A decision as text for a pager: core's text of a decision, with its
 * headings and its deadlines marked for the pager's colours (each
 * deadline has a text marker as well).  The end of a screening and the
 * Filing screen show the same text.
 */
#include "config.h"

#include "core/decision-text.h"
#include "tui/screens/tui.h"
#include "tui/screens/widget.h"

void
ui_decision_text(const struct decision *d, const struct calendar *cal,
    qdate today, struct strbuf *out)
{
	struct decision_text o = {
		.today = today,
		.cal = cal,
		.head = PAGER_HEAD,
		.dim = PAGER_DIM,
		.state = {
			[DEADLINE_MET] = PAGER_MET,
			[DEADLINE_OVERDUE] = PAGER_OVERDUE,
			[DEADLINE_MISSED] = PAGER_OVERDUE,
			[DEADLINE_DUE_TODAY] = PAGER_TODAY,
			[DEADLINE_DUE_SOON] = PAGER_SOON,
		},
	};

	decision_write_text(d, &o, out);
}
