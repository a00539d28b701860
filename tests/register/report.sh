# qarau report (issue 13): the movement of a period with its control
# equality, the grounds of the returns, the deadlines kept, the median
# days to a return, per judge and per month; CSV and JSON; and the
# equality on a generated register of 10^3 filings (bench/gen-register).
. "$top_srcdir/tests/lib.sh"
qarau_locales || exit 1

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
q() { "$QARAU" -d "$DB" "$@"; }
QARAU_TODAY=2025-09-30; export QARAU_TODAY

for i in 1 2 3 4; do q add "$F" >/dev/null; done
q add "$F" content.filer-data=no >/dev/null
q event 5 handed 2025-07-02 >/dev/null
q event 5 returned 2025-07-04 >/dev/null	# by letter, R15, 3 days
q event 1 case-requested 2025-07-10 >/dev/null
q event 1 case-received 2025-07-20 >/dev/null	# case due 17.07: missed
q event 1 notified 2025-07-25 >/dev/null		# notify by 30.07: kept
q event 1 decided 2025-09-01 >/dev/null
q event 2 withdrawn 2025-08-10 >/dev/null
q set 3 judge=Ахметов >/dev/null

out=$(q report --from 2025-07-01 --to 2025-09-30 --csv); rc=$?
check_eq "report exits 0" 0 "$rc"
total() { printf '%s\n' "$out" | grep "^total,\"\",$1," | cut -d, -f4; }
check_eq "arrived" 5 "$(total arrived)"
check_eq "returned by letter" 1 "$(total letter)"
check_eq "its ground" 1 "$(total letter:R15)"
check_eq "decided" 1 "$(total decided)"
check_eq "withdrawn" 1 "$(total withdrawn)"
check_eq "remained at the end" 2 "$(total end)"
check_eq "the control equality" holds "$(total control)"
check_eq "kept: return-by" 100.0 "$(total kept:return-by)"
check_eq "kept: case-due (late)" 0.0 "$(total kept:case-due)"
check_eq "kept: notify-by" 100.0 "$(total kept:notify-by)"
check_eq "median days to return" 3.0 "$(total median-days-to-return)"
check_contains "per judge" 'judge,"Ахметов",arrived,1' "$out"
check_contains "per month" 'month,"2025-08",withdrawn,1' "$out"

# A later period starts with what remained.
out=$(q report --from 2025-08-01 --to 2025-09-30 --csv)
check_eq "August: remained at the start" 4 "$(total start)"
check_eq "August: the equality" holds "$(total control)"
out=$(q report --from 2025-07-01 --to 2025-09-30 --judge Ахметов --csv)
check_eq "--judge: one filing" 1 "$(total arrived)"

out=$(q report --from 2025-07-01 --to 2025-09-30 --json)
check_contains "json" '"total":{"name":"","start":0,"arrived":5' "$out"
out=$(q report --from 2025-07-01 --to 2025-09-30)
check_contains "text: the control printed" "Control: 0 + 5 = 3 + 2 (holds)" \
	"$out"
out=$(LANGUAGE=ru LC_ALL=C.UTF-8 q report --from 2025-07-01 --to 2025-09-30)
check_contains "ru" "Поступило" "$out"
for lang in kk ru; do
	out=$(LANGUAGE=$lang LC_ALL=C.UTF-8 q report --from 2025-07-01 \
	    --to 2025-09-30)
	case $out in
	*return-by*|*notify-by*|*case-due*|*decide-by*)
		not_ok "$lang: kept deadlines named in words" "$out" ;;
	*) ok "$lang: kept deadlines named in words" ;;
	esac
done
q report --from 2025-07-01 --to 2025-09-30 --csv -o "$T/r.csv"
check_eq "-o writes the file" "scope,name,measure,value" "$(head -n 1 "$T/r.csv")"
# Without a format option the file's name says it: CSV for .csv, JSON
# for .json (text written into such a file would be an output that lies).
q report --from 2025-07-01 --to 2025-09-30 -o "$T/by-name.CSV"
check_eq "-o x.CSV writes CSV" "scope,name,measure,value" \
    "$(head -n 1 "$T/by-name.CSV")"
q report --from 2025-07-01 --to 2025-09-30 -o "$T/by-name.json"
check_eq "-o x.json writes JSON" "{" "$(head -c 1 "$T/by-name.json")"
# The PDF, drawn by qarau-pdf: its text in Russian.
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h" &&
    command -v pdftotext >/dev/null; then
	LANGUAGE=ru LC_ALL=C.UTF-8 q report --from 2025-07-01 --to 2025-09-30 \
	    -o "$T/r.pdf"
	check_eq "-o r.pdf writes the PDF (exit 0)" 0 "$?"
	out=$(pdftotext "$T/r.pdf" - 2>/dev/null)
	check_contains "pdf: the title" "Отчёт с 01.07.2025 по 30.09.2025" "$out"
	check_contains "pdf: a row" "Возвращено письмом" "$out"
	check_contains "pdf: the control" "(выполняется)" "$out"
fi
err=$(q report --pdf 2>&1); rc=$?
check_eq "--pdf without -o: 2" 2 "$rc"
err=$(q report --from 2025-09-30 --to 2025-07-01 2>&1); rc=$?
check_eq "--to before --from: 2" 2 "$rc"

# A generated register of 10^3: the equality in total, per judge and
# per month.
GEN=$(dirname "$QARAU")/bench/gen-register
"$GEN" "$T/gen.db" 1000 >/dev/null || not_ok "gen-register"
out=$(QARAU_TODAY=2025-07-10 "$QARAU" -d "$T/gen.db" report \
    --from 2024-01-01 --to 2025-07-10 --csv); rc=$?
check_eq "generated: exit 0" 0 "$rc"
check_eq "generated: 1000 arrived" 1000 "$(total arrived)"
check_eq "generated: no equality fails" "" \
	"$(printf '%s\n' "$out" | grep ',control,fails')"
check_eq "generated: every group checked" 26 \
	"$(printf '%s\n' "$out" | grep -c ',control,holds')"
out=$(QARAU_TODAY=2025-07-10 "$QARAU" -d "$T/gen.db" report \
    --from 2025-01-01 --to 2025-03-31 --csv)
check_eq "generated, a quarter: the equality" holds "$(total control)"
finish
