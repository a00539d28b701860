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

# One run on a 120x50 pseudo-terminal; extra environment in $1.
run() {
	env QARAU_TODAY=2025-07-10 TERM=xterm-256color $1 \
	    script -qec "stty rows 50 cols 120; '$QARAU' -d '$db' \
	    2>'$tmp/err'" /dev/null >/dev/null </dev/null
}

# Microseconds to the Nth paint, the best of $runs.
paint_us() {
	best=
	i=0
	while [ $i -lt $runs ]; do
		t0=$(now_ns)
		run QARAU_BENCH_EXIT_AFTER_PAINT=$1 || { cat "$tmp/err"; exit 1; }
		t1=$(now_ns)
		us=$(( (t1 - t0) / 1000 ))
		if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
		i=$((i + 1))
	done
	echo "$best"
}
first=$(paint_us 1)
# The same with a shell that does nothing, to subtract script(1)'s cost.
base=
i=0
while [ $i -lt $runs ]; do
	t0=$(now_ns)
	script -qec "stty rows 50 cols 120; true" /dev/null >/dev/null \
	    </dev/null
	t1=$(now_ns)
	us=$(( (t1 - t0) / 1000 ))
	if [ -z "$base" ] || [ "$us" -lt "$base" ]; then base=$us; fi
	i=$((i + 1))
done
ms() { echo "$(( ($1 - base) / 1000 )).$(( ($1 - base) % 1000 / 100 ))"; }
echo "tui first paint (list and counts): $(ms "$first") ms (best of $runs, script(1) overhead of $(( base / 1000 )) ms subtracted; target < 20 ms)"

t0=$(now_ns)
run "QARAU_BENCH_EXIT_AFTER_PAINT=1 QARAU_BENCH_SCROLL=1" ||
    { cat "$tmp/err"; exit 1; }
t1=$(now_ns)
line=$(grep '^bench:' "$tmp/err")
pages=$(printf '%s\n' "$line" | sed -n 's/.*pages=\([0-9]*\).*/\1/p')
rss=$(printf '%s\n' "$line" | sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p')
echo "tui scroll to the end: $pages pages in $(( (t1 - t0) / 1000000 )) ms"
echo "tui peak memory after scrolling: $(( ${rss:-0} / 1024 )) MiB ($rss KiB; target < 16 MiB)"
