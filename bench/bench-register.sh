#!/bin/sh
# The register at 10^6 filings: 'qarau list --limit 50' and
# 'qarau list --overdue' against the sqlite3 command running the same
# query on the same file (target: at most 1.5x), the header's counts and
# one keyset page in every order through the register's functions
# (gen-register -t; targets: well under 10 ms and 1 ms), the file's size,
# and qarau's peak memory for list and export (target: under 16 MiB).
# Called by bench/run.sh; BENCH_DB keeps the generated register between
# runs, BENCH_COUNT sizes it.
set -u
gen=${BENCH_BUILDDIR:?run through make bench}/bench/gen-register
: "${QARAU:?run through make bench}"
SQLITE3=${SQLITE3:-sqlite3}
count=${BENCH_COUNT:-1000000}
db=${BENCH_DB:-${TMPDIR:-/tmp}/qarau-bench-register.db}
today=2025-07-10
runs=5

[ -x "$gen" ] || { echo "bench-register: $gen not built"; exit 1; }
command -v "$SQLITE3" >/dev/null 2>&1 ||
    { echo "bench-register: no sqlite3 command"; exit 1; }

now_ns() { date +%s%N; }

if [ ! -s "$db" ]; then
	t0=$(now_ns)
	"$gen" "$db" "$count" || exit 1
	t1=$(now_ns)
	echo "generate: $(( (t1 - t0) / 1000000 )) ms for $count filings"
fi

# Milliseconds per run, the best of $runs (the least disturbed).
best_ms() {
	best=
	i=0
	while [ $i -lt $runs ]; do
		t0=$(now_ns)
		"$@" > /dev/null || return 1
		t1=$(now_ns)
		ms=$(( (t1 - t0) / 1000 ))
		if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
		i=$((i + 1))
	done
	# microseconds printed as milliseconds with three decimals
	printf '%d.%03d' $((best / 1000)) $((best % 1000))
	echo " $best" > "${TMPDIR:-/tmp}/bench-register.last"
}

cols="id, number, status, received, filer, act, outcome, next_deadline, deadline_kind, judge, year, seq, act_type, act_court, act_number, act_date"
due="ifnull(next_deadline, '9999-12-31')"
q_list="SELECT $cols FROM filing WHERE 1 AND status = 'pending' ORDER BY $due, id LIMIT 50"
q_over50="SELECT $cols FROM filing WHERE 1 AND status = 'pending' AND $due < '$today' ORDER BY $due, id LIMIT 50"
q_over="SELECT $cols FROM filing WHERE 1 AND status = 'pending' AND $due < '$today' ORDER BY $due, id"

compare() {
	label=$1; sql=$2; shift 2
	a=$(best_ms "$QARAU" -d "$db" --today "$today" "$@"); ua=$(cut -d' ' -f2 "${TMPDIR:-/tmp}/bench-register.last")
	b=$(best_ms "$SQLITE3" "$db" "$sql"); ub=$(cut -d' ' -f2 "${TMPDIR:-/tmp}/bench-register.last")
	ratio=$(awk -v a="$ua" -v b="$ub" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
	echo "$label: qarau $a ms, sqlite3 $b ms, ratio $ratio x"
}

# Start-up alone: qarau links ncurses and SQLite (the PDF letters are a
# separate program), so part of any difference is the dynamic loader.
a=$(best_ms "$QARAU" --help)
b=$(best_ms "$SQLITE3" :memory: "SELECT 1")
echo "start-up: qarau --help $a ms, sqlite3 $b ms"

# Opening once first: a register of an older schema is migrated here, not
# inside a timed run.
"$QARAU" -d "$db" list --limit 1 --porcelain > /dev/null || exit 1
rows=$("$QARAU" -d "$db" --today "$today" list --overdue --porcelain | wc -l)
echo "register: $("$QARAU" -d "$db" list --all --porcelain --limit 1 >/dev/null && echo ok), $count filings, $rows overdue"
compare "list --limit 50" "$q_list" list --limit 50 --porcelain
compare "list --overdue --limit 50" "$q_over50" list --overdue --limit 50 --porcelain
compare "list --overdue (all $rows)" "$q_over" list --overdue --porcelain

# The counts and the pages, best of several calls in one process.
"$gen" -t "$db" | awk '/^reg_counts|^page: slowest/'

size=$(wc -c < "$db")
echo "size on disk: $(( size / 1048576 )) MiB ($size bytes, $(( size / count )) bytes a filing)"

if [ -x /usr/bin/time ]; then
	for args in "list --limit 50 --porcelain" "list --overdue --porcelain" \
	    "export --csv" "export --json"; do
		t0=$(now_ns)
		kb=$( { /usr/bin/time -v "$QARAU" -d "$db" --today "$today" $args > /dev/null; } 2>&1 |
		    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
		t1=$(now_ns)
		echo "peak memory, qarau $args: $(( kb / 1024 )) MiB ($kb KiB) in $(( (t1 - t0) / 1000000 )) ms"
	done
else
	echo "peak memory: /usr/bin/time not found"
fi
