#!/bin/sh
# The interface at 10^6 filings: the time from start to the first painted
# register screen (target: under 20 ms) and the peak memory after paging
# through the whole list (target: under 16 MiB).  Runs qarau on a
# pseudo-terminal (script(1)) of 120x50 with QARAU_BENCH_EXIT_AFTER_PAINT=1
# (exit after the first paint: the list with the header's counts) and
# QARAU_BENCH_SCROLL=1 (page down to the end first, then print
# "bench: pages=N maxrss_kib=K" on stderr).
# Shares the generated register with bench-register.sh (BENCH_DB,
# BENCH_COUNT).  Called by bench/run.sh; prints figures, never fails a
# build.
set -u
gen=${BENCH_BUILDDIR:?run through make bench}/bench/gen-register
: "${QARAU:?run through make bench}"
count=${BENCH_COUNT:-1000000}
db=${BENCH_DB:-${TMPDIR:-/tmp}/qarau-bench-register.db}
runs=5

command -v script >/dev/null 2>&1 ||
    { echo "bench-tui: no script(1) for a pseudo-terminal"; exit 1; }
[ -s "$db" ] || [ -x "$gen" ] ||
    { echo "bench-tui: $gen not built"; exit 1; }
if [ ! -s "$db" ]; then
	"$gen" "$db" "$count" || exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/qarau-bench-tui.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }

# One run on a 120x50 pseudo-terminal; extra environment in $1, the
# program in $2 (default qarau on the register).
run() {
	env QARAU_TODAY=2025-07-10 TERM=xterm-256color $1 \
	    script -qec "stty rows 50 cols 120; ${2:-"'$QARAU' -d '$db'"} \
	    2>'$tmp/err'" /dev/null >/dev/null </dev/null
}

# Microseconds of one run (arguments as for run).
run_us() {
	t0=$(now_ns)
	run "$@" || { cat "$tmp/err"; exit 1; }
	t1=$(now_ns)
	echo $(( (t1 - t0) / 1000 ))
}

# The first paint and, in the same loop so that both see the same load, a
# baseline: the same pseudo-terminal running a shell that does nothing.
# The best of $runs of each.
best_paint=
best_base=
i=0
while [ $i -lt $runs ]; do
	us=$(run_us QARAU_BENCH_EXIT_AFTER_PAINT=1) || exit 1
	if [ -z "$best_paint" ] || [ "$us" -lt "$best_paint" ]; then
		best_paint=$us
	fi
	us=$(run_us "" true) || exit 1
	if [ -z "$best_base" ] || [ "$us" -lt "$best_base" ]; then
		best_base=$us
	fi
	i=$((i + 1))
done
ms() { echo "$(( $1 / 1000 )).$(( $1 % 1000 / 100 ))"; }
line="tui first paint (list and counts): $(ms "$best_paint") ms with script(1), its baseline $(ms "$best_base") ms (best of $runs each"
# The difference is the paint only when it stands out of the noise of
# script(1)'s own start.
if [ "$best_paint" -gt "$best_base" ]; then
	line="$line; paint $(ms $((best_paint - best_base))) ms"
fi
echo "$line; target < 20 ms)"

t0=$(now_ns)
run "QARAU_BENCH_EXIT_AFTER_PAINT=1 QARAU_BENCH_SCROLL=1" ||
    { cat "$tmp/err"; exit 1; }
t1=$(now_ns)
line=$(grep '^bench:' "$tmp/err")
pages=$(printf '%s\n' "$line" | sed -n 's/.*pages=\([0-9]*\).*/\1/p')
rss=$(printf '%s\n' "$line" | sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p')
echo "tui scroll to the end: $pages pages in $(( (t1 - t0) / 1000000 )) ms"
echo "tui peak memory after scrolling: $(( ${rss:-0} / 1024 )) MiB ($rss KiB; target < 16 MiB)"
