# Two writers and four readers on one register for a few seconds: no
# error reaches anyone, and the filings add up to the adds that succeeded.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/shared.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
SECONDS_TO_RUN=4

"$QARAU" -d "$DB" add "$F" > /dev/null || not_ok "first add"
"$QARAU" -d "$DB" event 1 case-requested 2025-07-02 > /dev/null &&
"$QARAU" -d "$DB" event 1 case-received 2025-07-08 > /dev/null ||
    not_ok "case events"
end=$(( $(date +%s) + SECONDS_TO_RUN ))

writer() {
	ok=0
	while [ "$(date +%s)" -lt "$end" ]; do
		if "$QARAU" -d "$DB" add "$F" > /dev/null 2>> "$T/err.w$1"; then
			ok=$((ok + 1))
		fi
		"$QARAU" -d "$DB" event 1 hearing-set 2025-09-01 \
		    > /dev/null 2>> "$T/err.ev$1" || true
	done
	echo "$ok" > "$T/count.w$1"
}

reader() {
	n=0
	while [ "$(date +%s)" -lt "$end" ]; do
		"$QARAU" -d "$DB" list --limit 20 > /dev/null 2>> "$T/err.r$1" ||
		    echo "list failed" >> "$T/err.r$1"
		"$QARAU" -d "$DB" show 1 > /dev/null 2>> "$T/err.r$1" ||
		    echo "show failed" >> "$T/err.r$1"
		n=$((n + 1))
	done
	echo "$n" > "$T/count.r$1"
}

writer 1 & writer 2 &
reader 1 & reader 2 & reader 3 & reader 4 &
wait

for w in 1 2; do
	check_eq "writer $w: no errors" "" "$(cat "$T/err.w$w")"
done
for r in 1 2 3 4; do
	check_eq "reader $r: no errors" "" "$(cat "$T/err.r$r")"
	check_eq "reader $r: ran" yes "$([ "$(cat "$T/count.r$r")" -gt 0 ] && echo yes)"
done
# hearing-set may be repeated: never refused, never busy.
check_eq "events: no errors" "" "$(cat "$T/err.ev1" "$T/err.ev2")"
adds=$(( $(cat "$T/count.w1") + $(cat "$T/count.w2") + 1 ))
check_eq "filings add up" "$adds" \
    "$("$QARAU" -d "$DB" list --all --porcelain | wc -l)"
check_eq "numbers unique" "$adds" \
    "$("$QARAU" -d "$DB" list --all --porcelain | cut -f 1 | sort -u | wc -l)"
echo "# $adds filings added while readers ran"
finish
