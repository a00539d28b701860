# The register commands through the binary, on a fresh register file:
# add, list, show, set, event, settings, export, import, backup.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg/register.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }

# add: the decision for people, the number alone on the last line.
out=$(q add "$F" content.filer-data=no); rc=$?
check_eq "add exits 0" 0 "$rc"
check_eq "add: number on the last line" "ККС-1/2025" "$(printf '%s\n' "$out" | tail -n 1)"
check_contains "add: the outcome for people" "return by the judge's letter" "$out"
check_contains "add: the citation" "CPC 489.1.1" "$out"
check_eq "register file is 0600" 600 "$(stat -c %a "$DB")"
check_eq "its folder is 0700" 700 "$(stat -c %a "$T/reg")"

n2=$(q add - < "$F" | tail -n 1)
check_eq "add from standard input" "ККС-2/2025" "$n2"
n3=$(q add filing.kind=complaint filing.received=2024-12-30 filer.role=victim | tail -n 1)
check_eq "add KEY=VALUE; the year is the year of receipt" "ККС-1/2024" "$n3"
out=$(q add --porcelain "$F" | grep '^number=')
check_eq "add --porcelain" "number=ККС-3/2025" "$out"
out=$(q add --json "$F")
check_contains "add --json" '"number":"ККС-4/2025"' "$out"

err=$(q add filer.role=king 2>&1); rc=$?
check_eq "add: a bad value exits 2" 2 "$rc"
check_contains "add: the bad value is named" "filer.role" "$err"
printf 'filing.kind = complaint\nnonsense\n' > "$T/bad.facts"
err=$(q add "$T/bad.facts" 2>&1); rc=$?
check_eq "add: a bad facts file exits 2" 2 "$rc"
check_contains "add: file:line" "bad.facts:2:" "$err"
err=$(q add "$T/missing.facts" 2>&1); rc=$?
check_eq "add: a missing file exits 2" 2 "$rc"

# A return with no hand-over date yet: an action, above every deadline.
out=$(q list --porcelain | head -n 1)
check_contains "list: the undated return first" "ККС-1/2025	id=1" "$out"
check_contains "list: its action" "deadline=	kind=hand-over	state=action" "$out"
check_contains "list: the action in words" "ACTION" "$(q list | sed -n 2p)"
check_eq "list: four actions (the incomplete one has none)" 4 "$(q list --porcelain | grep -c "state=action")"

# event: the workflow and its refusals.
out=$(q event 1 handed 2025-07-02 --note "to judge A"); rc=$?
check_eq "event handed" 0 "$rc"
err=$(q event 1 notified 2>&1); rc=$?
check_eq "event notified before the case arrived: 2" 2 "$rc"
check_contains "event: why" "before 'case received'" "$err"
err=$(q event 1 handed 2>&1); rc=$?
check_eq "event twice: 2" 2 "$rc"
err=$(q event 1 teleported 2>&1); rc=$?
check_eq "unknown event: 2" 2 "$rc"
err=$(q event 1 handed 2025-02-30 2>&1); rc=$?
check_eq "bad date: 2" 2 "$rc"
err=$(q event 99 handed 2>&1); rc=$?
check_eq "unknown filing: 2" 2 "$rc"
check_contains "unknown filing named" "'99'" "$err"

# list: pending, nearest deadline first; filters; formats.
out=$(q list --porcelain | grep -v 'state=action' | head -n 1)
check_contains "list: the admissions' case requests first" "kind=request-case	state=action" "$(q list --porcelain | head -n 1)"
check_contains "list: then the overdue return" "ККС-1/2025	id=1" "$out"
check_contains "list: its deadline" "deadline=2025-07-08	kind=return-by	state=overdue" "$out"
out=$(q list)
check_contains "list: marker without colour" "OVERDUE" "$out"
check_contains "list: count" "5 filings" "$out"
check_eq "list --overdue" 1 "$(q list --overdue --porcelain | wc -l)"
check_eq "list --due-within 3" 0 "$(q list --due-within 3 --porcelain | wc -l)"
check_eq "list --outcome admit" 3 "$(q list --outcome admit --porcelain | wc -l)"
check_eq "list --limit 2" 2 "$(q list --limit 2 --porcelain | wc -l)"
check_eq "list --search" 1 "$(q list --search 1/2024 --porcelain | wc -l)"
out=$(q list --sort number --reverse --porcelain | head -n 1 | cut -f 1)
check_eq "list --sort number --reverse" "ККС-4/2025" "$out"
out=$(q list --json)
check_contains "list --json" '"deadline_kind":"return-by"' "$out"
err=$(q list --sort colour 2>&1); rc=$?
check_eq "list: bad sort exits 2" 2 "$rc"
err=$(q list --limit many 2>&1); rc=$?
check_eq "list: bad limit exits 2" 2 "$rc"

# set: facts change and the filing is screened again.
out=$(q set ККС-1/2025 content.filer-data=yes judge=Бекова); rc=$?
check_eq "set exits 0" 0 "$rc"
check_contains "set: re-screened" "outcome admit" "$out"
check_eq "list --judge" 1 "$(q list --judge Бекова --porcelain | wc -l)"
err=$(q set 1 filing.handed=2025-07-03 2>&1); rc=$?
check_eq "set: a workflow fact is refused" 2 "$rc"
err=$(q set 1 filer.role=king 2>&1); rc=$?
check_eq "set: a bad value is refused" 2 "$rc"

# show: facts, decision, events, history.
out=$(q show ККС-1/2025)
check_contains "show: number" "Filing ККС-1/2025" "$out"
check_contains "show: judge" "Бекова" "$out"
check_contains "show: event note" "to judge A" "$out"
check_contains "show: outcome history" "outcome: return-letter -> admit" "$out"
out=$(q show --porcelain 1)
check_contains "show --porcelain: fact" "fact.filing.handed=2025-07-02" "$out"
check_contains "show --porcelain: outcome" "outcome=admit" "$out"
out=$(q show --json 1)
check_contains "show --json" '"history":[' "$out"
q event 1 returned >/dev/null 2>&1
out=$(q event 1 case-requested 2>&1); rc=$?
check_eq "nothing after returned" 2 "$rc"
out=$(q show 1)
check_contains "show: status history" "status: pending -> returned" "$out"
check_eq "list: returned is not pending" 4 "$(q list --porcelain | wc -l)"
check_eq "list --all" 5 "$(q list --all --porcelain | wc -l)"
check_eq "list --status returned" 1 "$(q list --status returned --porcelain | wc -l)"

# settings
check_eq "settings: unset is empty" "" "$(q settings assistant)"
q settings court.name.ru "Кассационный суд" || not_ok "settings set"
check_eq "settings: get" "Кассационный суд" "$(q settings court.name.ru)"
out=$(q settings --porcelain)
check_contains "settings: list" "court.name.ru=Кассационный суд" "$out"
check_contains "settings: cite keys" "cite.route-not-observed=" "$out"
err=$(q settings colour red 2>&1); rc=$?
check_eq "settings: unknown key exits 2" 2 "$rc"
err=$(q settings numbering "{n}" 2>&1); rc=$?
check_eq "settings: bad numbering exits 2" 2 "$rc"

# export, import, backup
q export > "$T/all.csv"; rc=$?
check_eq "export exits 0" 0 "$rc"
check_eq "export: header and five filings" 6 "$(wc -l < "$T/all.csv")"
out=$(q export --json)
check_contains "export --json" '"kind":"handed"' "$out"
head -n 3 "$T/all.csv" > "$T/bad.csv"
printf 'X-1/2025,2025,99,pending,,,,,,"unclosed\n' >> "$T/bad.csv"
err=$("$QARAU" -d "$T/other.db" import "$T/bad.csv" 2>&1); rc=$?
check_eq "import: malformed exits 2" 2 "$rc"
check_contains "import: file:line" "bad.csv:4:" "$err"
check_eq "import: nothing imported" 0 "$("$QARAU" -d "$T/other.db" list --all --porcelain | wc -l)"
out=$("$QARAU" -d "$T/other.db" import "$T/all.csv"); rc=$?
check_eq "import exits 0" 0 "$rc"
check_contains "import: count" "5 filings imported" "$out"
check_eq "import: same list" "$(q list --all --porcelain | cut -f 1-7)" \
    "$("$QARAU" -d "$T/other.db" list --all --porcelain | cut -f 1-7)"
check_contains "import: event notes kept" "to judge A" \
    "$("$QARAU" -d "$T/other.db" show ККС-1/2025)"
err=$("$QARAU" -d "$T/other.db" import "$T/all.csv" 2>&1); rc=$?
check_eq "import twice: refused" 2 "$rc"
check_eq "export: the same after the round trip" \
    "$(q export | cut -d, -f1-9)" \
    "$("$QARAU" -d "$T/other.db" export | cut -d, -f1-9)"

out=$(q backup "$T/backup.db"); rc=$?
check_eq "backup exits 0" 0 "$rc"
check_eq "backup: a register" 5 "$("$QARAU" -d "$T/backup.db" list --all --porcelain | wc -l)"
if [ -n "${SQLITE3:-}" ]; then
	check_eq "backup: integrity" ok "$("$SQLITE3" "$T/backup.db" 'PRAGMA integrity_check')"
fi

# The numbering changed: new numbers by it, and an import held to it (the
# file's numbers of the old numbering are refused, by file, line, field).
q settings numbering "{prefix}/{yy}-{n}" && q settings numbering.prefix 3к
check_eq "settings: numbering used" "3к/25-5" "$(q add "$F" | tail -n 1)"
q export > "$T/mixed.csv"
err=$("$QARAU" -d "$T/third.db" import "$T/mixed.csv" 2>&1); rc=$?
check_eq "import: a number not of the numbering: exit 2" 2 "$rc"
check_contains "import: its file, line and field" \
    "mixed.csv:7: number: '3к/25-5' is not the court's number 5 of 2025" "$err"
check_contains "import: what the numbering makes" "make it 'ККС-5/2025'" "$err"
check_eq "import: nothing of it imported" 0 \
    "$("$QARAU" -d "$T/third.db" list --all --porcelain | wc -l)"
"$QARAU" -d "$T/third.db" settings numbering "{prefix}/{yy}-{n}" &&
    "$QARAU" -d "$T/third.db" settings numbering.prefix 3к
err=$("$QARAU" -d "$T/third.db" import "$T/mixed.csv" 2>&1); rc=$?
check_contains "import: the old numbers refused by the new numbering" \
    "mixed.csv:2: number: 'ККС-1/2025'" "$err"

# The location: QARAU_DB, then XDG_DATA_HOME, then ~/.local/share
# (the configuration files in between: tests/register/config.sh).
QARAU_DB=$T/env.db "$QARAU" init >/dev/null
check_eq "QARAU_DB" yes "$([ -f "$T/env.db" ] && echo yes)"
"$QARAU" init >/dev/null
check_eq "XDG_DATA_HOME" yes "$([ -f "$XDG_DATA_HOME/qarau/register.db" ] && echo yes)"
XDG_DATA_HOME=relative "$QARAU" init >/dev/null
check_eq "relative XDG_DATA_HOME: home" yes "$([ -f "$HOME/.local/share/qarau/register.db" ] && echo yes)"

# A mistyped path: only init, add and import make a register.
for c in list "show 1" "event 1 handed" settings; do
	# shellcheck disable=SC2086
	err=$("$QARAU" -d "$T/typo/reg.db" $c 2>&1 >/dev/null); rc=$?
	check_eq "$c on a missing register exits 1" 1 "$rc"
	check_contains "$c: says there is none" "typo/reg.db: there is no register here" "$err"
done
check_eq "nothing was made for a mistyped path" no "$([ -e "$T/typo" ] && echo yes || echo no)"

# Failures name the register and leave it as it was.
printf 'this is not a database at all, not even close.........\n' > "$T/junk.db"
err=$("$QARAU" -d "$T/junk.db" list 2>&1); rc=$?
check_eq "corrupt: exits 1" 1 "$rc"
check_contains "corrupt: named" "junk.db: not a register" "$err"
if [ -n "${SQLITE3:-}" ]; then
	"$SQLITE3" "$T/newer.db" 'CREATE TABLE x (y); PRAGMA user_version = 99'
	sum=$(cksum < "$T/newer.db")
	err=$("$QARAU" -d "$T/newer.db" list 2>&1); rc=$?
	check_eq "newer: exits 1" 1 "$rc"
	check_contains "newer: why" "newer version of qarau" "$err"
	check_eq "newer: untouched" "$sum" "$(cksum < "$T/newer.db")"
fi

# The case at the prosecutor's office and a suspended execution are events
# that start their deadlines (CPC 486.3, 493); 'set' points to them.
DB=$T/reg/events.db
q add "$F" >/dev/null
err=$(q set 1 case.at-prosecutor=2025-07-01 2>&1); rc=$?
check_eq "set case.at-prosecutor: refused" 2 "$rc"
check_contains "set case.at-prosecutor: names the event" \
	"qarau event ID case-at-prosecutor DATE" "$err"
q event 1 case-at-prosecutor 2025-07-01 >/dev/null; rc=$?
check_eq "event case-at-prosecutor" 0 "$rc"
q event 1 execution-suspended 2025-07-02 >/dev/null; rc=$?
check_eq "event execution-suspended" 0 "$rc"
out=$(q show --porcelain 1)
check_contains "prosecutor-due from the event" \
	"deadline.prosecutor-due=2025-07-31" "$out"
check_contains "suspension-ends from the event" \
	"deadline.suspension-ends=2026-01-05" "$out"
check_contains "event help lists it" "execution-suspended" \
	"$(q event --help)"

# --help of every command.
for c in add list show set event export import backup settings; do
	out=$("$QARAU" "$c" --help); rc=$?
	check_eq "$c --help" 0 "$rc"
	check_contains "$c --help: usage" "Usage: qarau $c" "$out"
done

finish
