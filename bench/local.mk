# Benchmarks: built by 'make bench', never by 'make check'.
BENCH_BINS =
EXTRA_DIST += bench/run.sh
# Programs go to EXTRA_PROGRAMS and BENCH_BINS, e.g.:
#   EXTRA_PROGRAMS += bench/bench-decide
#   BENCH_BINS += bench/bench-decide$(EXEEXT)
EXTRA_PROGRAMS += bench/bench-decide
BENCH_BINS += bench/bench-decide$(EXEEXT)
bench_bench_decide_SOURCES = bench/bench-decide.c
bench_bench_decide_LDADD = $(DATA_LIBS)
EXTRA_DIST += bench/bench-decide.sh
# The register at 10^6 filings (bench/bench-register.sh); also built by
# 'make check': tests/register/report.sh checks the report's control
# equality on a generated register of 10^3.
check_PROGRAMS += bench/gen-register
BENCH_BINS += bench/gen-register$(EXEEXT)
bench_gen_register_SOURCES = bench/gen-register.c
bench_gen_register_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
bench_gen_register_LDADD = $(DATA_LIBS)
EXTRA_DIST += bench/bench-register.sh bench/bench-report.sh
# The interface at 10^6 filings (bench/bench-tui.sh): uses gen-register.
EXTRA_DIST += bench/bench-tui.sh
# Reading filings' documents (issue 11): the samples' formats are made by
# tests/read/make-samples.sh into the build directory.
EXTRA_DIST += bench/bench-read.sh
