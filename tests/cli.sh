# The command line's manners: --help, --version, unknown options/commands.
. "$top_srcdir/tests/lib.sh"

out=$("$QARAU" --help); rc=$?
check_eq "--help exits 0" 0 "$rc"
check_contains "--help shows usage" "Usage: qarau" "$out"
check_contains "--help lists screen" "screen" "$out"

out=$("$QARAU" --version); rc=$?
check_eq "--version exits 0" 0 "$rc"
check_contains "--version names the program" "qarau " "$out"

err=$("$QARAU" --bogus 2>&1 >/dev/null); rc=$?
check_eq "unknown option exits 2" 2 "$rc"
check_contains "unknown option is named" "'--bogus'" "$err"
check_contains "unknown option hints" "Try 'qarau --help'" "$err"
check_eq "unknown option: two lines" 2 "$(printf '%s\n' "$err" | wc -l)"

err=$("$QARAU" frobnicate 2>&1 >/dev/null); rc=$?
check_eq "unknown command exits 2" 2 "$rc"
check_contains "unknown command is named" "'frobnicate'" "$err"
check_contains "unknown command hints" "Try 'qarau --help'" "$err"

err=$("$QARAU" --today 2025-02-30 --help 2>&1); rc=$?
check_eq "--help wins over a later bad value" 0 "$rc"
err=$(QARAU_TODAY=yesterday "$QARAU" list 2>&1); rc=$?
check_eq "bad QARAU_TODAY exits 2" 2 "$rc"
check_contains "bad QARAU_TODAY is named" "QARAU_TODAY" "$err"

# Every command of the table, through the one option loop: --help and -h
# print its usage, an unknown option and a missing argument say so and
# exit 2 with the hint naming the command.
cmds=$(printf '%s\n' "$("$QARAU" --help)" | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
check_eq "--help lists nineteen commands" 19 "$(printf '%s\n' "$cmds" | wc -l)"
for c in $cmds; do
	out=$("$QARAU" "$c" --help); rc=$?
	check_eq "$c --help exits 0" 0 "$rc"
	check_contains "$c --help shows its usage" "Usage: qarau $c" "$out"
	check_eq "$c -h is --help" "$out" "$("$QARAU" "$c" -h)"
	err=$("$QARAU" "$c" --bogus 2>&1 >/dev/null); rc=$?
	check_eq "$c: unknown option exits 2" 2 "$rc"
	check_contains "$c: unknown option is named" "'--bogus'" "$err"
	check_contains "$c: unknown option hints" "Try 'qarau $c --help'" "$err"
done
err=$("$QARAU" list --limit 2>&1 >/dev/null); rc=$?
check_eq "missing option argument exits 2" 2 "$rc"
check_contains "missing option argument is named" "'--limit' needs an argument" "$err"
err=$("$QARAU" list extra 2>&1 >/dev/null); rc=$?
check_eq "an extra argument exits 2" 2 "$rc"
check_contains "an extra argument is named" "unexpected argument 'extra'" "$err"
err=$("$QARAU" show 2>&1 >/dev/null); rc=$?
check_eq "too few arguments exit 2" 2 "$rc"
check_contains "too few arguments say what to give" "give one filing" "$err"

finish
