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

finish
