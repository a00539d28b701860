# The scenarios: each NNN-name.facts is screened with
#   qarau screen --porcelain --today DATE
# (DATE from its "# today:" line, else 2025-10-01) and the output must
# equal NNN-name.expected, written by hand from the law.  A failure shows
# the diff; the last line counts them.
#
# A scenario with "# setting: KEY = VALUE" lines needs the court's
# settings, which only a register holds: it is entered in a register of
# its own with those settings, and the decision lines of 'qarau show
# --porcelain' are compared instead.
. "$top_srcdir/tests/lib.sh"

# in_register FACTS TODAY: the decision of FACTS under its settings.
in_register() {
	db=$T/scenario.db
	rm -f "$db"
	"$QARAU" -d "$db" init >/dev/null || return 1
	sed -n 's/^# setting: *\([^ =]*\) *= *\(.*\)$/\1\t\2/p' "$1" |
	while IFS='	' read -r key value; do
		"$QARAU" -d "$db" settings "$key" "$value" >/dev/null || exit 1
	done || return 1
	id=$("$QARAU" -d "$db" --today "$2" add "$1" | tail -n 1) || return 1
	"$QARAU" -d "$db" --today "$2" show --porcelain "$id" |
	    grep -E '^(outcome|ground|cite|deadline\.[a-z-]+|missing|note)='
}

dir=$top_srcdir/tests/scenarios
for facts in "$dir"/[0-9]*.facts; do
	name=$(basename "$facts" .facts)
	today=$(sed -n 's/^# today: *\([0-9-]*\).*/\1/p' "$facts" | head -n 1)
	[ -n "$today" ] || today=2025-10-01
	if grep -q '^# setting:' "$facts"; then
		in_register "$facts" "$today" >"$T/out" 2>"$T/err"
	else
		"$QARAU" screen --porcelain --today "$today" "$facts" \
			>"$T/out" 2>"$T/err"
	fi
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
