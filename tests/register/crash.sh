# A register survives being killed: 'qarau add' in a loop, each one killed
# with SIGKILL at a random moment (30 kills).  Afterwards the file passes
# SQLite's integrity check and every add that printed its number is there.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/crash.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
# A process killed mid-way is no leak.
ASAN_OPTIONS=detect_leaks=0; export ASAN_OPTIONS

if [ -z "${SQLITE3:-}" ]; then
	echo "# no sqlite3 command: integrity check skipped"
fi
"$QARAU" -d "$DB" add "$F" > "$T/out.first" || not_ok "first add"
tail -n 1 "$T/out.first" > "$T/numbers"

# The kill must land while the add runs, whatever the build's speed: the
# delay is random within the time one add takes here (measured first).
t0=$(date +%s%N)
for _ in 1 2 3; do
	"$QARAU" -d "$DB" add "$F" content.abusive=yes > "$T/out" 2>/dev/null
	tail -n 1 "$T/out" >> "$T/numbers"
done
t1=$(date +%s%N)
span=$(( (t1 - t0) / 3000 ))		# microseconds per add
[ "$span" -gt 0 ] || span=1000

kills=0
i=0
while [ "$kills" -lt 30 ] && [ "$i" -lt 1000 ]; do
	i=$((i + 1))
	"$QARAU" -d "$DB" add "$F" content.abusive=yes > "$T/out" 2>/dev/null &
	pid=$!
	r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	us=$((r % span))
	sleep "$(printf '%d.%06d' $((us / 1000000)) $((us % 1000000)))"
	kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	n=$(tail -n 1 "$T/out")
	case $n in
	ККС-*) printf '%s\n' "$n" >> "$T/numbers" ;;
	esac
done
echo "# $kills kills in $i tries (an add takes about $span us here)"
check_eq "30 processes killed" 30 "$kills"

if [ -n "${SQLITE3:-}" ]; then
	check_eq "integrity_check" ok "$("$SQLITE3" "$DB" 'PRAGMA integrity_check')"
fi
missing=0
while read -r n; do
	"$QARAU" -d "$DB" show --porcelain "$n" > /dev/null 2>&1 ||
	    missing=$((missing + 1))
done < "$T/numbers"
check_eq "every printed number is in the register" 0 "$missing"
all=$("$QARAU" -d "$DB" list --all --porcelain | wc -l)
printed=$(wc -l < "$T/numbers")
check_eq "no more filings than adds started" yes \
    "$([ "$all" -ge "$printed" ] && [ "$all" -le $((i + 4)) ] && echo yes)"
# Numbers stay unique and the register still takes new filings.
check_eq "numbers unique" "$all" \
    "$("$QARAU" -d "$DB" list --all --porcelain | cut -f 1 | sort -u | wc -l)"
"$QARAU" -d "$DB" add "$F" > /dev/null; rc=$?
check_eq "add after the crashes" 0 "$rc"
finish
