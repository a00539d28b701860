# qarau letter --print: the PDF goes to $QARAU_LP by fork/exec, with the
# file as one argument; a missing or failing lp is reported with its exit
# status.  A fake lp records what it was given.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register
check_eq "a register with a returned filing" 0 $?

cat >"$T/fake-lp" <<'LP'
#!/bin/sh
# Records each argument on its own line and keeps a copy of the file.
for a in "$@"; do printf '%s\n' "$a"; done >"$FAKE_LP_DIR/argv"
for a in "$@"; do last=$a; done
cp "$last" "$FAKE_LP_DIR/printed"
exit "${FAKE_LP_EXIT:-0}"
LP
chmod +x "$T/fake-lp"
FAKE_LP_DIR=$T; export FAKE_LP_DIR

QARAU_LP=$T/fake-lp "$QARAU" -d "$DB" letter "$ID" --print; rc=$?
check_eq "--print exits 0" 0 "$rc"
check_eq "lp got -t qarau and one file" "-t qarau" "$(head -n 2 "$T/argv" | tr '\n' ' ' | sed 's/ $//')"
check_eq "lp got three arguments" 3 "$(wc -l <"$T/argv" | tr -d ' ')"
head=$(head -c 5 "$T/printed")
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	check_eq "lp got a PDF" "%PDF-" "$head"
else
	check_contains "lp got the text" "Н. Төлеуов" "$(cat "$T/printed")"
fi
check_eq "the temporary file is gone" "no" "$( [ -e "$(tail -n 1 "$T/argv")" ] && echo yes || echo no)"

err=$(FAKE_LP_EXIT=3 QARAU_LP=$T/fake-lp "$QARAU" -d "$DB" letter "$ID" --print 2>&1); rc=$?
check_eq "failing lp exits 1" 1 "$rc"
check_contains "failing lp: its exit status" "exit status 3" "$err"

err=$(QARAU_LP=$T/no-such-lp "$QARAU" -d "$DB" letter "$ID" --print 2>&1); rc=$?
check_eq "missing lp exits 1" 1 "$rc"
check_contains "missing lp is named" "no-such-lp" "$err"

# A name with shell metacharacters is a program name, never a command.
err=$(QARAU_LP="$T/fake-lp; touch $T/pwned" "$QARAU" -d "$DB" letter "$ID" --print 2>&1)
check_eq "no shell runs QARAU_LP" "no" "$( [ -e "$T/pwned" ] && echo yes || echo no)"

finish
