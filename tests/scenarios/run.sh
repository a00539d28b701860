# The scenarios: each NNN-name.facts is screened with
#   qarau screen --porcelain --today DATE
# (DATE from its "# today:" line, else 2025-10-01) and the output must
# equal NNN-name.expected, written by hand from the law.  A failure shows
# the diff; the last line counts them.
. "$top_srcdir/tests/lib.sh"

dir=$top_srcdir/tests/scenarios
for facts in "$dir"/[0-9]*.facts; do
	name=$(basename "$facts" .facts)
	today=$(sed -n 's/^# today: *\([0-9-]*\).*/\1/p' "$facts" | head -n 1)
	[ -n "$today" ] || today=2025-10-01
	"$QARAU" screen --porcelain --today "$today" "$facts" \
		>"$T/out" 2>"$T/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		not_ok "$name" "exit status $rc" "$(cat "$T/err")"
	elif diff -u "$dir/$name.expected" "$T/out" >"$T/diff"; then
		ok "$name"
	else
		not_ok "$name"
		cat "$T/diff"
	fi
done
finish
