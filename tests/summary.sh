#!/bin/sh
# Prints what 'make check' did in build folder $1 so that a reader of the
# CI log sees it: each test's result, the cmocka and runner summaries, the
# logs of failures, and one closing line "N passed, N failed".
b=$1; kind=$2
log=$b/test-suite.log
[ -f "$log" ] || { echo "$kind: no test-suite.log (build failed?)"; cat "$b.out" 2>/dev/null | tail -40; exit 1; }
grep -E '^(PASS|FAIL|XFAIL|XPASS|SKIP|ERROR):' "$b.out" || true
# cmocka's own closing lines and the runners' "N passed, N failed".
find "$b/tests" -name '*.log' ! -name test-suite.log 2>/dev/null | sort |
while read -r f; do
	s=$(grep -E '^\[  (PASSED|FAILED)  \]|^[0-9]+ passed, [0-9]+ failed' "$f")
	[ -n "$s" ] && printf '%s: %s\n' "${f#"$b"/}" "$(echo "$s" | tr '\n' ' ')"
done
if grep -qE '^# (FAIL|ERROR|XPASS): *[1-9]' "$log"; then
	sed -n '/^FAIL\|^ERROR\|^XPASS/,/^$/p' "$log" | head -200
	cat "$log" | head -400
fi
pass=$(sed -n 's/^# PASS: *//p' "$log")
skip=$(sed -n 's/^# SKIP: *//p' "$log")
fail=$(($(sed -n 's/^# FAIL: *//p' "$log") + $(sed -n 's/^# ERROR: *//p' "$log") + $(sed -n 's/^# XPASS: *//p' "$log")))
echo "$kind: ${pass:-0} passed, $fail failed, ${skip:-0} skipped"
[ "$fail" -eq 0 ]
