# Benchmarks: built by 'make bench', never by 'make check'.
BENCH_BINS =
EXTRA_DIST += bench/run.sh
# Programs go to EXTRA_PROGRAMS and BENCH_BINS, e.g.:
#   EXTRA_PROGRAMS += bench/bench-decide
#   BENCH_BINS += bench/bench-decide$(EXEEXT)
