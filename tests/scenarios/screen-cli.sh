# qarau screen and qarau questions on the command line: exit statuses,
# messages on bad input, formats.
. "$top_srcdir/tests/lib.sh"

dir=$top_srcdir/tests/scenarios
good=$dir/068-nr9-return-by-weekend.facts

out=$("$QARAU" screen --help); rc=$?
check_eq "screen --help exits 0" 0 "$rc"
check_contains "screen --help names --porcelain" "--porcelain" "$out"
out=$("$QARAU" questions --help); rc=$?
check_eq "questions --help exits 0" 0 "$rc"

printf 'filing.kind = complaint\nfiling.kind = protest\nno.key = 1\nfiler.role = judge\nfiling.received = 2025-13-01\nbroken line\n' \
	>"$T/bad.facts"
"$QARAU" screen --porcelain "$T/bad.facts" >"$T/out" 2>"$T/err"; rc=$?
check_eq "bad facts: exit 2" 2 "$rc"
check_eq "bad facts: nothing on stdout" "" "$(cat "$T/out")"
check_eq "bad facts: one message per problem" 5 "$(wc -l <"$T/err" | tr -d ' ')"
check_contains "repeated key named" "$T/bad.facts:2: filing.kind" "$(cat "$T/err")"
check_contains "unknown key named" "$T/bad.facts:3: unknown key 'no.key'" "$(cat "$T/err")"
check_contains "bad value names the domain" "$T/bad.facts:4: filer.role: 'judge' is not one of" "$(cat "$T/err")"
check_contains "bad date" "$T/bad.facts:5: filing.received" "$(cat "$T/err")"
check_contains "line without =" "$T/bad.facts:6: expected 'key = value'" "$(cat "$T/err")"

"$QARAU" screen --porcelain --today 2025-10-03 "$T/bad.facts" "$good" \
	>"$T/out" 2>/dev/null; rc=$?
check_eq "one bad file of two: exit 2" 2 "$rc"
check_contains "the good file is still decided" "file=$good
outcome=return-letter" "$(cat "$T/out")"

out=$("$QARAU" screen --porcelain --today 2025-10-03 - <"$good"); rc=$?
check_eq "stdin: exit 0" 0 "$rc"
check_contains "stdin decided" "deadline.return-by=2025-10-06" "$out"

out=$("$QARAU" screen --today 2025-10-03 "$good"); rc=$?
check_eq "human: exit 0" 0 "$rc"
check_contains "human: outcome" "Outcome: return by the judge's letter" "$out"
check_contains "human: ground and citations" "NR 7; CPC 489.1.1" "$out"
check_contains "human: deadline state" "2025-10-06  return-by" "$out"

out=$("$QARAU" screen --json --today 2025-10-03 "$good"); rc=$?
check_eq "json: exit 0" 0 "$rc"
check_contains "json: outcome" '{"outcome":"return-letter"' "$out"

printf 'filing.kind = complaint\n' >"$T/min.facts"
out=$("$QARAU" screen --porcelain "$T/min.facts"); rc=$?
check_eq "incomplete is a decision: exit 0" 0 "$rc"
check_contains "incomplete lists missing" "missing=filing.received" "$out"

"$QARAU" screen --porcelain "$T/nonexistent.facts" >/dev/null 2>&1; rc=$?
check_eq "unreadable file: exit 2" 2 "$rc"
"$QARAU" screen --bogus "$good" >/dev/null 2>&1; rc=$?
check_eq "unknown option: exit 2" 2 "$rc"
"$QARAU" screen --today 2025-02-30 "$good" >/dev/null 2>&1; rc=$?
check_eq "bad --today: exit 2" 2 "$rc"

out=$("$QARAU" questions --porcelain); rc=$?
check_eq "questions: exit 0" 0 "$rc"
check_contains "questions: a key with its values" "$(printf 'filing.kind\tenum\tcomplaint,protest,submission,unknown')" "$out"
check_contains "questions: named conditions" "@content" "$out"
out=$("$QARAU" questions)
check_contains "questions: the question text" "Who filed it?" "$out"

# The worsening limit cites NR 8.4 only for a refiled filing (issue 10).
out=$("$QARAU" screen --json --today 2025-10-01 "$dir/055-nr8-refiled-in-time.facts")
check_contains "refiled: the limit cites NR 8.4" '"name":"worsening-limit","date":"2025-09-02","label":"last day to file for a worse result","cite":"CPC 487.2; NR 8.4"' "$out"
out=$("$QARAU" screen --json --today 2025-10-01 "$dir/059-cpc487-worsening-in-time.facts")
check_contains "not refiled: CPC 487.2 alone" '"cite":"CPC 487.2","met"' "$out"
finish
