#!/bin/sh
# Decisions per second (bench/bench-decide.c) over the scenario files, on
# one core when taskset is there.  Called by bench/run.sh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BUILDDIR:?run through make bench}/bench/bench-decide
[ -x "$bin" ] || { echo "bench-decide: $bin not built"; exit 1; }
pin=
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"
set --
for f in "$here"/../tests/scenarios/*.facts; do
	[ -f "$f" ] && set -- "$@" "$f"
done
[ $# -gt 0 ] || echo "bench-decide: no scenario files: a built-in mix"
exec $pin "$bin" "$@"
