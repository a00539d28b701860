# tests/tui: the interface driven in tmux (tests/tui/tui-lib.sh).
TUI_TESTS = tests/tui/terms.sh tests/tui/screening.sh tests/tui/list.sh tests/tui/back.sh \
	tests/tui/habits.sh tests/tui/identity.sh \
	tests/tui/terminal.sh tests/tui/bar.sh tests/tui/sets.sh tests/tui/lang.sh tests/tui/letter.sh \
	tests/tui/journal.sh tests/tui/calendar.sh tests/tui/stats.sh \
	tests/tui/case-dates.sh tests/tui/elements.sh tests/tui/drafts.sh \
	tests/tui/parties.sh tests/tui/document.sh tests/tui/keystrokes.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/tui-lib.sh \
	tests/tui/defective.facts tests/tui/admit.facts \
	tests/tui/complaint-ru.txt tests/tui/complaint-ru.facts \
	tests/tui/complaint-ru-override.facts
