# A filing's own documents (issue 11): add --document stores them with
# the filing (a text file and a PDF made here), proposals become facts
# only with --accept or --accept-all and never over the clerk's own facts,
# a bad document stores nothing, 'document -o' gives the bytes back as
# they came (and refuses tampered ones), show lists them, backup carries
# them.
. "$top_srcdir/tests/lib.sh"

if [ ! -x "$QARAU_LIBEXECDIR/qarau-extract" ]; then
	echo "SKIP: qarau-extract is not built"; exit 77
fi
F=$top_srcdir/tests/register/filing.facts
DB=$T/reg.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }
sql() { "${SQLITE3:-sqlite3}" "$DB" "$@"; }
# The fact lines of a filing, as show --porcelain prints them.
facts_of() { q show --porcelain "$1" | grep '^fact\.'; }

cat >"$T/complaint.txt" <<'EOF'
В Верховный Суд Республики Казахстан

от осуждённого Ахметова Болата Сериковича,
содержащегося в учреждении ЛА-155/12

КАССАЦИОННАЯ ЖАЛОБА
на приговор Павлодарского областного суда от 15 июля 2025 года № 1-112/2025

Прошу отменить приговор по основанию, предусмотренному п. 1) ч. 1 ст. 485 УПК.

Приложение: копия приговора.

20 августа 2025 года                        Осуждённый Б. Ахметов
EOF

# A document without --accept: stored, and no fact comes from it.
q add "$F" >/dev/null 2>&1
out=$(q add --document "$T/complaint.txt" "$F" 2>&1); rc=$?
check_eq "add --document: exit 0" 0 "$rc"
check_contains "add --document: says it stored it" "1 document stored" "$out"
check_eq "without --accept no fact comes from the document" \
	"$(facts_of 1)" "$(facts_of 2)"
proposals=$(sql "SELECT proposals FROM document WHERE filing_id = 2")
check_contains "the proposals are stored with it" "text.pages=1" "$proposals"
suggest=$(printf '%s\n' "$proposals" | grep '^suggest\.' | grep -v '^suggest\.text\.')
key=$(printf '%s\n' "$suggest" | head -n 1 | sed 's/^suggest\.//; s/=.*//')
value=$(printf '%s\n' "$suggest" | head -n 1 | sed 's/^suggest\.[^=]*=//; s/	.*//')
check_eq "the text proposes something" "yes" "$([ -n "$key" ] && echo yes || echo no)"

# show and document list it; -o gives the bytes back.
out=$(q show 2)
check_contains "show: Documents" "Documents:" "$out"
check_contains "show: the name" "complaint.txt" "$out"
sha=$(sha256sum "$T/complaint.txt" | cut -c1-64)
check_contains "show: the SHA-256's start" "$(echo "$sha" | cut -c1-12)" "$out"
check_contains "show --porcelain: document=1" "document=1	text	" \
	"$(q show --porcelain 2)"
check_contains "show --json: documents" "\"sha256\":\"$sha\"" "$(q show --json 2)"
q document 2 -o "$T/back.txt" 2>/dev/null
check_eq "document -o: byte for byte" 0 "$(cmp -s "$T/complaint.txt" "$T/back.txt"; echo $?)"
q document 2 1 -o - >"$T/stdout.txt"
check_eq "document N -o -: byte for byte" 0 "$(cmp -s "$T/complaint.txt" "$T/stdout.txt"; echo $?)"
check_contains "the audit trail has the document" "document: - -> 1 complaint.txt" "$(q show 2)"

# --accept KEY: that proposal becomes the fact, audited as accepted.
out=$(q add --document "$T/complaint.txt" --accept "$key" "$F" 2>&1)
id=$(printf '%s\n' "$out" | sed -n 's/.*(id \([0-9]*\)).*/\1/p')
check_contains "--accept: the fact is the proposal's" "fact.$key=$value" \
	"$(facts_of "$id")"
check_contains "--accept: audited as accepted" "proposal accepted $key" \
	"$(q show "$id")"

# The clerk's own fact wins over the proposal, audited as overridden.
# (act.court: the facts file's court is not the one the text names.)
own=$(facts_of 1 | grep "^fact\.act\.court=" | sed 's/^[^=]*=//')
said=$(printf '%s\n' "$suggest" | grep '^suggest\.act\.court=' | sed 's/^[^=]*=//; s/	.*//')
check_eq "the text names another court" "yes" \
	"$([ -n "$said" ] && [ "$said" != "$own" ] && echo yes || echo no)"
out=$(q add --document "$T/complaint.txt" --accept act.court "$F" 2>&1)
id=$(printf '%s\n' "$out" | sed -n 's/.*(id \([0-9]*\)).*/\1/p')
check_contains "the facts file wins over the proposal" \
	"fact.act.court=$own" "$(facts_of "$id")"
check_contains "a proposal overridden is audited" \
	"proposal overridden act.court: $said -> $own" "$(q show "$id")"
out=$(q add --document "$T/complaint.txt" --accept act.court "$F" \
	"act.court=Жоғарғы Сот" 2>&1)
id=$(printf '%s\n' "$out" | sed -n 's/.*(id \([0-9]*\)).*/\1/p')
check_contains "KEY=VALUE wins over the proposal" \
	"fact.act.court=Жоғарғы Сот" "$(facts_of "$id")"

# --accept-all: every proposed fact the filing lacks.
out=$(q add --document "$T/complaint.txt" --accept-all \
	filing.kind=complaint filing.received=2025-07-01 2>&1); rc=$?
check_eq "--accept-all: exit 0" 0 "$rc"
id=$(printf '%s\n' "$out" | sed -n 's/.*(id \([0-9]*\)).*/\1/p')
facts=$(facts_of "$id")
missing=$(printf '%s\n' "$suggest" | sed 's/^suggest\.//; s/=.*//' | sort -u |
	while read -r k; do
		[ -z "$k" ] || printf '%s\n' "$facts" | grep -q "^fact\.$k=" || printf ' %s' "$k"
	done)
check_eq "--accept-all: every proposal a fact" "" "$missing"

# Bad documents: a clear error naming the file, nothing stored.
filings=$(sql "SELECT count(*) FROM filing")
docs=$(sql "SELECT count(*) FROM document")
head -c 400 /dev/urandom >"$T/noise.bin"
printf '%%PDF-1.4\nnot really\n' >"$T/broken.pdf"
for bad in noise.bin broken.pdf missing.pdf; do
	err=$(q add --document "$T/complaint.txt" --document "$T/$bad" "$F" 2>&1); rc=$?
	check_eq "$bad: exit 1" 1 "$rc"
	check_contains "$bad: the message names it" "$bad" "$err"
done
check_eq "bad documents: no filing stored" "$filings" "$(sql "SELECT count(*) FROM filing")"
check_eq "bad documents: no document stored" "$docs" "$(sql "SELECT count(*) FROM document")"
err=$(q add --accept-all "$F" 2>&1); rc=$?
check_eq "--accept-all without --document: exit 2" 2 "$rc"
err=$(q add --document "$T/complaint.txt" --accept no.such-fact "$F" 2>&1); rc=$?
check_eq "--accept of an unknown fact: exit 2" 2 "$rc"
check_contains "--accept of an unknown fact: named" "no.such-fact" "$err"

# A PDF made here, stored with a second document.
if command -v soffice >/dev/null 2>&1; then
	(cd "$T" && HOME=$T/home soffice --headless --convert-to pdf \
		--outdir "$T" "$T/complaint.txt" >/dev/null 2>&1)
fi
if [ -s "$T/complaint.pdf" ]; then
	out=$(q add --document "$T/complaint.pdf" --document "$T/complaint.txt" "$F" 2>&1); rc=$?
	check_eq "PDF: exit 0" 0 "$rc"
	id=$(printf '%s\n' "$out" | sed -n 's/.*(id \([0-9]*\)).*/\1/p')
	check_contains "PDF: listed as pdf" "document=1	pdf	" "$(q document --porcelain "$id")"
	check_contains "PDF: its text was read" "Павлодарского" \
		"$(sql "SELECT text FROM document WHERE filing_id = $id AND n = 1")"
	q document "$id" 1 -o "$T/back.pdf" 2>/dev/null
	check_eq "PDF: document -o byte for byte" 0 "$(cmp -s "$T/complaint.pdf" "$T/back.pdf"; echo $?)"
	err=$(q document "$id" -o "$T/which.pdf" 2>&1); rc=$?
	check_eq "two documents and no N: exit 2" 2 "$rc"
	check_contains "two documents and no N: listed" "complaint.pdf" "$err"
	check_eq "two documents and no N: nothing written" "no" \
		"$([ -e "$T/which.pdf" ] && echo yes || echo no)"
	# The backup carries the documents.
	q backup "$T/copy.db" >/dev/null
	"$QARAU" -d "$T/copy.db" document "$id" 1 -o "$T/copy.pdf" 2>/dev/null
	check_eq "backup: the document comes back from the copy" 0 \
		"$(cmp -s "$T/complaint.pdf" "$T/copy.pdf"; echo $?)"
else
	echo "SKIP: no soffice to make a PDF"
fi

# Tampered bytes: damaged, nothing written.
sql "UPDATE document SET bytes = CAST('tampered' AS BLOB) WHERE filing_id = 2"
err=$(q document 2 -o "$T/tampered.txt" 2>&1); rc=$?
check_eq "tampered: exit 1" 1 "$rc"
check_contains "tampered: said damaged" "damaged" "$err"
check_eq "tampered: nothing written" "no" "$([ -e "$T/tampered.txt" ] && echo yes || echo no)"
err=$(q document 1 -o "$T/none.txt" 2>&1); rc=$?
check_eq "a filing without documents: exit 2" 2 "$rc"
check_contains "a filing without documents: said so" "has no document" "$err"
finish
