#!/bin/sh
# Writes po/POTFILES.in: every C source of core/, data/ and tui/.
# Run after adding a source file; tests/po.sh fails while it is stale.
cd "$(dirname "$0")/.." || exit 1
{
	echo "# Files with translatable strings (po/potfiles.sh writes this)."
	find core data tui -name "*.c" | LC_ALL=C sort
} > po/POTFILES.in
