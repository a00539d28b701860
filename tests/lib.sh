# Shared helpers for shell tests.  Sourced; needs $QARAU and $top_srcdir
# from the test environment (Makefile.am: AM_TESTS_ENVIRONMENT).
set -u

: "${QARAU:?run through make check}"
: "${top_srcdir:?run through make check}"

TESTS_FAILED=0
TESTS_PASSED=0

# A scratch folder removed on exit; HOME and XDG point into it so that no
# test ever touches the real user's files.
T=$(mktemp -d "${TMPDIR:-/tmp}/qarau-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
HOME=$T/home; export HOME
XDG_DATA_HOME=$T/xdg-data; export XDG_DATA_HOME
XDG_CONFIG_HOME=$T/xdg-config; export XDG_CONFIG_HOME
mkdir -p "$HOME"

# A locale tree compiled from po/*.po, so that LANGUAGE=kk|ru works
# without installing: QARAU_LOCALEDIR points at it.  Compiled here rather
# than copied from po/*.gmo, which gettext's po/Makefile refreshes only
# when the catalogue template changes.
qarau_locales() {
	for po in "$top_srcdir"/po/*.po; do
		[ -f "$po" ] || continue
		lang=$(basename "$po" .po)
		mkdir -p "$T/locale/$lang/LC_MESSAGES"
		msgfmt -o "$T/locale/$lang/LC_MESSAGES/qarau.mo" "$po" || return 1
	done
	QARAU_LOCALEDIR=$T/locale; export QARAU_LOCALEDIR
}

ok() {
	TESTS_PASSED=$((TESTS_PASSED + 1))
	printf 'ok - %s\n' "$1"
}

not_ok() {
	TESTS_FAILED=$((TESTS_FAILED + 1))
	printf 'not ok - %s\n' "$1"
	shift
	for line in "$@"; do printf '#   %s\n' "$line"; done
}

# check NAME EXPECTED ACTUAL
check_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else
		not_ok "$1" "expected: $2" "actual:   $3"; fi
}

# check_contains NAME NEEDLE HAYSTACK
check_contains() {
	case $3 in
	*"$2"*) ok "$1" ;;
	*) not_ok "$1" "missing: $2" "in: $3" ;;
	esac
}

finish() {
	printf '%d passed, %d failed\n' "$TESTS_PASSED" "$TESTS_FAILED"
	[ "$TESTS_FAILED" -eq 0 ]
}
