#!/bin/sh
# Runs every benchmark and prints its figures.  Each bench/*.sh prints
# lines "name: value unit"; none of them passes or fails.
# Called by 'make bench' with QARAU, QARAU_DATADIR and BENCH_BUILDDIR set.
set -u
here=$(cd "$(dirname "$0")" && pwd)
status=0
for b in "$here"/bench-*.sh; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b" .sh)"
	sh "$b" || status=1
done
exit $status
