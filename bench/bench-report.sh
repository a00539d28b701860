#!/bin/sh
# 'qarau report' at 10^3 and 10^6 filings (target: under 200 ms at 10^6):
# the register's sums and core's arithmetic, through the register's own
# functions (gen-register -t, which also checks the control equality in
# total, per judge and per month), and the whole command, best of 5.
# Called by bench/run.sh; BENCH_DB keeps the 10^6 register between runs
# (shared with bench-register.sh).
set -u
gen=${BENCH_BUILDDIR:?run through make bench}/bench/gen-register
: "${QARAU:?run through make bench}"
big=${BENCH_DB:-${TMPDIR:-/tmp}/qarau-bench-register.db}
small=${TMPDIR:-/tmp}/qarau-bench-report-$$.db
trap 'rm -f "$small" "$small-wal" "$small-shm"' EXIT

now_ns() { date +%s%N; }

one() {	# one: LABEL FILE COUNT
	[ -s "$2" ] || "$gen" "$2" "$3" >/dev/null || return 1
	echo "report at $1, register functions: $("$gen" -t "$2" |
	    sed -n 's/^report: //p')"
	best=
	for i in 1 2 3 4 5; do
		t0=$(now_ns)
		QARAU_TODAY=2025-07-10 "$QARAU" -d "$2" report \
		    --from 2024-01-01 --to 2025-07-10 --csv >/dev/null ||
		    return 1
		t1=$(now_ns)
		ms=$(( (t1 - t0) / 1000000 ))
		[ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
	done
	echo "report at $1, qarau report --csv (whole command): $best ms"
}

one "10^3" "$small" 1000 || exit 1
one "10^6" "$big" "${BENCH_COUNT:-1000000}" || exit 1
