#!/bin/sh
# make installcheck: the installed qarau finds its data files (calendars,
# letter templates), its translations and qarau-pdf where it was installed,
# with no QARAU_* override.  Usage: installcheck.sh BINDIR SRCDIR HAVE_PDF
set -eu
q=$1/qarau
facts=$2/tests/scenarios/014-nr2-minor-complaint.facts
t=$(mktemp -d "${TMPDIR:-/tmp}/qarau-installcheck.XXXXXX")
trap 'rm -rf "$t"' EXIT
unset QARAU_DATADIR QARAU_LOCALEDIR QARAU_LIBEXECDIR QARAU_DB QARAU_TODAY
HOME=$t XDG_DATA_HOME=$t/data LC_ALL=C.UTF-8
export HOME XDG_DATA_HOME LC_ALL
fail() { echo "installcheck: $*" >&2; [ -s "$t/err" ] && cat "$t/err" >&2; exit 1; }

# A missing calendar folder would be named on stderr.
"$q" screen --today 2025-10-01 "$facts" >"$t/out" 2>"$t/err" ||
	fail "screen failed"
[ -s "$t/err" ] && fail "screen wrote to stderr"
"$q" --today 2025-10-01 add "$facts" >"$t/out" 2>"$t/err" ||
	fail "add failed"
"$q" --today 2025-10-01 letter 1 >"$t/letter.txt" 2>"$t/err" ||
	fail "the letter template was not found"
grep -q 'ККС-1/2025' "$t/letter.txt" || fail "the letter lacks its number"
LANGUAGE=ru "$q" --help | grep -q 'Использование' ||
	fail "the Russian translation was not found"
if [ "$3" = yes ]; then
	"$q" --today 2025-10-01 letter 1 --format pdf -o "$t/l.pdf" \
	    2>"$t/err" || fail "qarau-pdf was not found"
	[ -s "$t/l.pdf" ] || fail "empty PDF"
fi
echo "installcheck: the installed qarau finds its data, translations and qarau-pdf"
