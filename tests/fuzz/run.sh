#!/bin/sh
# Fuzzes with libFuzzer the facts-file parser (facts_parse) and the
# year-file parser (calendar_load), FUZZ_SECONDS (default 30) each, and
# KEY=VALUE arguments with the text check (fuzz-kv), the letter templates
# (fuzz-tpl), the bytes for qarau-pdf (fuzz-wire) and the register's
# import, settings and drafts (fuzz-import), FUZZ_SECONDS_MORE (default
# 20) each: under four minutes in all, for CI on two cores.  Fails on any
# crash, sanitizer report or broken contract; skips (77) when the build is
# not a sanitizer build or clang's libFuzzer is absent.
#
# Reads tests/fuzz/config.sh, which make writes into the build tree with
# the compiler, the sanitizer flags and the core sources.  Builds in a
# scratch folder; a crashing input is kept as
# $top_builddir/tests/fuzz/artifact-<harness>-crash-<sha1>.
set -u

: "${top_srcdir:?run through make check}"
: "${top_builddir:?run through make check}"

skip() {
	echo "SKIP: $*"
	exit 77
}

cfg=$top_builddir/tests/fuzz/config.sh
[ -f "$cfg" ] || skip "$cfg is missing (make check writes it)"
. "$cfg"
[ -n "$FUZZ_SANITIZER_CFLAGS" ] ||
	skip "not a sanitizer build (configure --enable-sanitizers)"

cc=$FUZZ_CC
case $($cc --version 2>/dev/null) in
*clang*) ;;
*) cc=clang ;;
esac
command -v "${cc%% *}" >/dev/null 2>&1 || skip "clang is not installed"

seconds=${FUZZ_SECONDS:-30}
more=${FUZZ_SECONDS_MORE:-20}
case $seconds$more in
''|*[!0-9]*) echo "FUZZ_SECONDS and FUZZ_SECONDS_MORE must be numbers of seconds"; exit 1 ;;
esac

W=$(mktemp -d "${TMPDIR:-/tmp}/qarau-fuzz.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT

cat >"$W/probe.c" <<'PROBE'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }
PROBE
$cc -fsanitize=fuzzer,address,undefined -o "$W/probe" "$W/probe.c" \
    >"$W/probe.log" 2>&1 ||
	skip "clang's libFuzzer is absent (-fsanitize=fuzzer fails; Debian: libclang-rt-14-dev)"

cflags="-std=c11 -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all"
cppflags="-I$top_srcdir -I$top_builddir -DLOCALEDIR=\"/nonexistent\" -DPKGDATADIR=\"/nonexistent\" -DSYSCONFDIR=\"/nonexistent\""

# The core, instrumented for coverage, in an archive so that a harness
# pulls in only what it uses.
mkdir "$W/obj"
for src in $FUZZ_CORE_SOURCES; do
	obj=$W/obj/$(echo "$src" | tr / _).o
	# shellcheck disable=SC2086
	$cc $cflags -fsanitize=fuzzer-no-link,address,undefined $cppflags \
	    -c "$top_srcdir/$src" -o "$obj" || {
		echo "FAIL: cannot compile $src"
		exit 1
	}
done
ar rcs "$W/libcore.a" "$W"/obj/*.o || exit 1

# The register (data/), instrumented too, for fuzz-import.
mkdir "$W/dobj"
for src in $FUZZ_DATA_SOURCES; do
	obj=$W/dobj/$(echo "$src" | tr / _).o
	# shellcheck disable=SC2086
	$cc $cflags -fsanitize=fuzzer-no-link,address,undefined $cppflags \
	    $FUZZ_DATA_CFLAGS -c "$top_srcdir/$src" -o "$obj" || {
		echo "FAIL: cannot compile $src"
		exit 1
	}
done
[ -z "$FUZZ_DATA_SOURCES" ] || ar rcs "$W/libdata.a" "$W"/dobj/*.o || exit 1

defines() {
	for src in $FUZZ_CORE_SOURCES; do
		grep -q "^$1(" "$top_srcdir/$src" && return 0
	done
	return 1
}

status=0

# fuzz NAME EXTRA_CFLAGS SEED_FOLDER...; $secs seconds, $libs linked.
secs=$seconds
libs="$W/libcore.a"
fuzz() {
	name=$1 extra=$2
	shift 2
	# shellcheck disable=SC2086
	$cc $cflags -fsanitize=fuzzer,address,undefined $cppflags $extra \
	    -o "$W/$name" "$top_srcdir/tests/fuzz/$name.c" $libs \
	    $FUZZ_LIBS || {
		echo "FAIL: cannot build $name"
		status=1
		return
	}
	mkdir "$W/corpus-$name"
	for dir in "$@"; do
		for f in "$dir"/*; do
			[ -f "$f" ] && cp "$f" "$W/corpus-$name/"
		done
	done
	# -error_exitcode: libFuzzer's default, 77, would read as a skip.
	"$W/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -error_exitcode=1 -timeout_exitcode=1 -print_final_stats=1 \
	    -artifact_prefix="$top_builddir/tests/fuzz/artifact-$name-" \
	    "$W/corpus-$name" >"$W/$name.log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] || grep -q -e 'ERROR: AddressSanitizer' \
	    -e 'ERROR: LeakSanitizer' -e 'runtime error:' \
	    -e 'contract broken' -e '==ERROR' "$W/$name.log"; then
		tail -n 60 "$W/$name.log"
		echo "FAIL: $name (exit $rc); crashing input saved as" \
		    "$top_builddir/tests/fuzz/artifact-$name-*"
		status=1
		return
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$W/$name.log")
	cov=$(sed -n 's/^stat::peak_rss_mb: *//p' "$W/$name.log")
	echo "PASS: $name: ${runs:-?} inputs in ${secs}s, no crash" \
	    "(peak RSS ${cov:-?} MB, corpus $(ls "$W/corpus-$name" | wc -l))"
}

fuzz fuzz-calendar "" "$top_srcdir/data/calendar" \
    "$top_srcdir/tests/fuzz/seeds/calendar"

if defines facts_parse; then
	extra=
	if defines decide && defines decision_write_porcelain; then
		extra=-DFUZZ_WITH_DECIDE
	fi
	fuzz fuzz-facts "$extra" "$top_srcdir/tests/fuzz/seeds/facts" \
	    "$top_srcdir/tests/scenarios"
else
	echo "SKIP: fuzz-facts: no core source defines facts_parse yet"
fi

secs=$more
fuzz fuzz-kv "" "$top_srcdir/tests/fuzz/seeds/kv"
fuzz fuzz-tpl "" "$top_srcdir/data/letters"
fuzz fuzz-wire "" "$top_srcdir/tests/fuzz/seeds/wire"
if defines propose; then
	fuzz fuzz-propose "" "$top_srcdir/tests/read/samples"
fi
if [ -n "$FUZZ_DATA_SOURCES" ]; then
	libs="$W/libdata.a $W/libcore.a $FUZZ_DATA_LIBS"
	fuzz fuzz-import "$FUZZ_DATA_CFLAGS" "$top_srcdir/tests/fuzz/seeds/import"
fi
exit $status
