# Benchmarks: built by 'make bench', never by 'make check'.
BENCH_BINS =
EXTRA_DIST += bench/run.sh
# Programs go to EXTRA_PROGRAMS and BENCH_BINS, e.g.:
#   EXTRA_PROGRAMS += bench/bench-decide
#   BENCH_BINS += bench/bench-decide$(EXEEXT)
EXTRA_PROGRAMS = bench/bench-decide
BENCH_BINS += bench/bench-decide$(EXEEXT)
bench_bench_decide_SOURCES = bench/bench-decide.c
bench_bench_decide_LDADD = $(DATA_LIBS)
EXTRA_DIST += bench/bench-decide.sh
