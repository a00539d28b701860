#!/bin/sh
# 'qarau import' of a register exported as CSV (BENCH_IMPORT_COUNT rows,
# default 20000, made by gen-register): the whole import, and per row.
# The rows are read and checked before the write transaction, so nearly
# all of this time is the one write that other writers wait for.
# Called by bench/run.sh.
set -u
gen=${BENCH_BUILDDIR:?run through make bench}/bench/gen-register
: "${QARAU:?run through make bench}"
count=${BENCH_IMPORT_COUNT:-20000}
runs=3

[ -x "$gen" ] || { echo "bench-import: $gen not built"; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/qarau-bench-import.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
QARAU_SYSCONF=/dev/null; export QARAU_SYSCONF

now_ns() { date +%s%N; }

"$gen" "$T/src.db" "$count" > /dev/null || exit 1
"$QARAU" -d "$T/src.db" export --csv > "$T/rows.csv" || exit 1

best=
i=0
while [ $i -lt $runs ]; do
	rm -f "$T/dst.db" "$T/dst.db-wal" "$T/dst.db-shm"
	t0=$(now_ns)
	"$QARAU" -d "$T/dst.db" import "$T/rows.csv" > /dev/null || exit 1
	t1=$(now_ns)
	us=$(( (t1 - t0) / 1000 ))
	if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
	i=$((i + 1))
done
echo "import: $(( best / 1000 )) ms for $count rows, best of $runs"
echo "import per row: $(( best / count )) us"
