# qarau letter's manners: --help, bad options (exit 2), and the outcomes
# that make no letter (exit 1, saying why).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

out=$("$QARAU" letter --help); rc=$?
check_eq "--help exits 0" 0 "$rc"
check_contains "--help shows usage" "Usage: qarau letter" "$out"

letters_register
check_eq "a register with a returned filing" 0 $?

usage() {	# NAME EXPECTED-TEXT ARGS...
	name=$1 want=$2
	shift 2
	err=$("$QARAU" -d "$DB" letter "$@" 2>&1 >/dev/null); rc=$?
	check_eq "$name exits 2" 2 "$rc"
	check_contains "$name says why" "$want" "$err"
}
usage "bad --lang" "'en'" "$ID" --lang en
usage "bad --format" "'doc'" "$ID" --format doc
usage "rtf without -o" "-o FILE" "$ID" --format rtf
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	usage "pdf without -o" "-o FILE" "$ID" --format pdf
else
	usage "pdf in a build without PDF" "built without pango and cairo" \
	    "$ID" --format pdf -o "$T/x.pdf"
fi
usage "--encoding with rtf" "txt" "$ID" --format rtf -o "$T/x.rtf" --encoding RK1048
usage "unknown encoding" "NOPE-1" "$ID" --encoding NOPE-1
usage "unknown --field" "'nosuch'" "$ID" --field nosuch=1
usage "no filing" "no filing" 
usage "unknown option" "--bogus" "$ID" --bogus

err=$("$QARAU" -d "$DB" letter 999 2>&1); rc=$?
check_eq "unknown filing fails" "yes" "$( [ "$rc" -ne 0 ] && echo yes || echo no)"

# A withdrawn filing goes back by ruling, not by letter.
W=$("$QARAU" -d "$DB" add filing.kind=complaint filer.role=convicted \
    filing.received=2025-09-29 filing.withdrawn=yes case.language=ru | tail -n 1)
err=$("$QARAU" -d "$DB" letter "$W" 2>&1); rc=$?
check_eq "withdrawn: exits 1" 1 "$rc"
check_contains "withdrawn: by the court's ruling" "court's ruling" "$err"

# Text stored before the register checked it (or written into it by other
# means) reaches no terminal raw: a letter to standard output, or to a txt
# file, shows its control characters as \xHH and keeps its lines.
if [ -n "${SQLITE3:-}" ]; then
	ESC=$(printf '\033')
	lines=$("$QARAU" -d "$DB" letter "$ID" --lang ru | wc -l)
	"$SQLITE3" "$DB" "UPDATE setting SET value = 'Суд' || char(27) ||
	    ']0;pwned' || char(7) || char(27) || '[2J' WHERE key = 'court.name.ru'"
	out=$("$QARAU" -d "$DB" letter "$ID" --lang ru); rc=$?
	check_eq "stored ESC: the letter is written" 0 "$rc"
	check_contains "stored ESC: shown escaped" 'Суд\x1b]0;pwned\x07\x1b[2J' "$out"
	check_eq "stored ESC: no control character reaches stdout" 0 \
	    "$(printf '%s' "$out" | tr -d '\n' | LC_ALL=C grep -c "[$ESC$(printf '\007')]")"
	check_eq "stored ESC: the lines are kept" "$lines" \
	    "$(printf '%s\n' "$out" | wc -l)"
	"$QARAU" -d "$DB" letter "$ID" --lang ru -o "$T/esc.txt"
	check_eq "stored ESC: none in a txt file either" 0 \
	    "$(LC_ALL=C grep -c "$ESC" "$T/esc.txt")"
else
	ok "stored ESC in a letter: skipped, no sqlite3 command"
fi

finish
