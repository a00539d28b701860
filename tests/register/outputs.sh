# Outputs that never lie (issue 15, section 3): targets that are not
# regular files refused, the register's own files refused, damaged
# registers said so, leftovers of killed backups swept, iconv suffixes
# refused, a full standard output or disk said so with what was done.
# The full-disk part needs root (a small tmpfs); it prints SKIP otherwise.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
DB=$T/reg.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }
have_pdf() { [ -x "$QARAU_LIBEXECDIR/qarau-pdf" ]; }

q add "$F" content.filer-data=no >/dev/null 2>&1
q add "$F" >/dev/null 2>&1

# Targets that are not regular files: a FIFO, a symbolic link, a folder,
# and as root a device node; each stays what it was.
mkfifo "$T/fifo"
ln -s "$T/elsewhere" "$T/link"
mkdir "$T/folder"
for target in fifo link folder; do
	err=$(q backup "$T/$target" 2>&1); rc=$?
	check_eq "backup onto a $target: exit 1" 1 "$rc"
	check_contains "backup onto a $target: why" "not a regular file" "$err"
	err=$(q letter 1 -o "$T/$target" 2>&1); rc=$?
	check_eq "letter -o a $target: exit 1" 1 "$rc"
	check_contains "letter -o a $target: why" "not a regular file" "$err"
done
check_eq "the FIFO stays a FIFO" "fifo" "$(stat -c %F "$T/fifo" | sed 's/.*fifo.*/fifo/')"
check_eq "the link stays a link" "$T/elsewhere" "$(readlink "$T/link")"
check_eq "nothing was made behind the link" "no" "$([ -e "$T/elsewhere" ] && echo yes || echo no)"
if [ "$(id -u)" = 0 ] && mknod "$T/dev" c 1 7 2>/dev/null; then
	err=$(q backup "$T/dev" 2>&1); rc=$?
	check_eq "backup onto a device: exit 1" 1 "$rc"
	err=$(q letter 1 -o "$T/dev" 2>&1); rc=$?
	check_eq "letter -o a device: exit 1" 1 "$rc"
	check_eq "the device stays a device" "character special file" "$(stat -c %F "$T/dev")"
else
	echo "SKIP: device nodes need root"
fi
out=$(q letter 1 -o - | head -n 1); rc=$?
check_eq "letter -o - writes standard output" 0 "$rc"
q letter 1 -o "$T/one.txt" && q letter 1 -o "$T/one.txt"
check_eq "letter -o replaces a regular file" 0 "$?"

# The register itself and its companion files are no place for a copy.
for target in "$DB" "$DB-wal" "$DB-shm" "$T/./reg.db"; do
	err=$(q backup "$target" 2>&1); rc=$?
	check_eq "backup onto $(basename "$target"): exit 2" 2 "$rc"
	check_contains "backup onto $(basename "$target"): why" "the register or one of its files" "$err"
done
check_eq "the register still holds its filings" 2 "$(q list --porcelain --all 2>/dev/null | grep -c '^ККС')"

# A killed backup's temporary file is swept by the next backup; one that
# is still locked (a backup at work) stays.
: > "$T/copy.db.qarau-AbC123"
: > "$T/copy.db.qarau-keepme-not"
q backup "$T/copy.db" >/dev/null; rc=$?
check_eq "backup exits 0" 0 "$rc"
check_eq "the leftover was swept" "no" "$([ -e "$T/copy.db.qarau-AbC123" ] && echo yes || echo no)"
check_eq "another file was left alone" "yes" "$([ -e "$T/copy.db.qarau-keepme-not" ] && echo yes || echo no)"
check_eq "no temporary file after a backup" "" "$(ls "$T" | grep 'qarau-[A-Za-z0-9]\{6\}$')"
check_eq "the copy is a checked register" "ok" "$("$SQLITE3" "$T/copy.db" 'PRAGMA integrity_check')"
check_eq "the copy has no journal of its own" "delete" "$("$SQLITE3" "$T/copy.db" 'PRAGMA journal_mode')"

# The copies that backups of older qarau left when killed (FILE.XXXXXX,
# written by SQLite with FILE.XXXXXX-journal) go at the next backup: an
# empty one, and one cut off with its journal beside it.  What could be a
# clerk's own file stays: a finished copy without a journal, one changed
# since the backup began, one that someone holds locked, a symbolic link.
cp "$DB" "$T/copy.db.Qw12er"
printf '\331\325\005\371\040\241\143\327' > "$T/copy.db.Qw12er-journal"
: > "$T/copy.db.Ab3xYz"
cp "$DB" "$T/copy.db.backup"
: > "$T/copy.db.K1m2n3.not"
ln -s "$DB" "$T/copy.db.Sym123"
touch -h -d '1 hour ago' "$T/copy.db.Qw12er" "$T/copy.db.Qw12er-journal" \
    "$T/copy.db.Ab3xYz" "$T/copy.db.backup" "$T/copy.db.K1m2n3.not" \
    "$T/copy.db.Sym123"
# Being written as the backup begins: its time is not before it (an hour
# ahead here, so that the test does not depend on how fast it runs).
: > "$T/copy.db.Fr35h1"
touch -d '1 hour' "$T/copy.db.Fr35h1"
# A backup of older qarau at work: SQLite's lock on its copy, held through
# a FIFO until the test lets it go.
mkfifo "$T/lock.fifo"
"$SQLITE3" "$T/copy.db.Lk9j8h" < "$T/lock.fifo" > /dev/null 2>&1 &
lockpid=$!
exec 3> "$T/lock.fifo"
printf 'BEGIN EXCLUSIVE;\nCREATE TABLE t(x);\nINSERT INTO t VALUES (1);\n' >&3
n=0
while [ $n -lt 500 ] && [ ! -e "$T/copy.db.Lk9j8h-journal" ]; do
	sleep 0.01
	n=$((n + 1))
done
touch -d '1 hour ago' "$T/copy.db.Lk9j8h" "$T/copy.db.Lk9j8h-journal"
q backup "$T/copy.db" >/dev/null; rc=$?
check_eq "backup beside old leftovers exits 0" 0 "$rc"
gone() { [ -e "$1" ] || [ -L "$1" ] && echo kept || echo gone; }
check_eq "old leftover cut off: swept" gone "$(gone "$T/copy.db.Qw12er")"
check_eq "old leftover's journal: swept" gone "$(gone "$T/copy.db.Qw12er-journal")"
check_eq "old empty leftover: swept" gone "$(gone "$T/copy.db.Ab3xYz")"
check_eq "a finished copy without journal: kept" kept "$(gone "$T/copy.db.backup")"
check_eq "a name beyond the pattern: kept" kept "$(gone "$T/copy.db.K1m2n3.not")"
check_eq "a symbolic link: kept" kept "$(gone "$T/copy.db.Sym123")"
check_eq "the link's target: untouched" 2 "$(q list --porcelain --all 2>/dev/null | grep -c '^ККС')"
check_eq "a leftover changed since the backup began: kept" kept "$(gone "$T/copy.db.Fr35h1")"
check_eq "a copy held locked: kept" kept "$(gone "$T/copy.db.Lk9j8h")"
check_eq "its journal: kept" kept "$(gone "$T/copy.db.Lk9j8h-journal")"
printf 'COMMIT;\n' >&3
exec 3>&-
wait $lockpid
rm -f "$T"/copy.db.?????? "$T"/copy.db.??????-journal "$T/copy.db.K1m2n3.not" "$T/lock.fifo"

# A backup stopped by a signal removes its temporary file; on a terminal
# it shows its progress.  A register padded to 100 MB takes the backup
# long enough to be caught at work.
B=$T/big.db
cp "$DB" "$B"
"$SQLITE3" "$B" "CREATE TABLE pad(x); WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 25000) INSERT INTO pad SELECT randomblob(4000) FROM c"
"$QARAU" -d "$B" backup "$T/killed.db" >/dev/null 2>&1 &
pid=$!
n=0
while [ $n -lt 500 ] && ! ls "$T" | grep -q '^killed\.db\.qarau-'; do
	kill -0 $pid 2>/dev/null || break
	sleep 0.01
	n=$((n + 1))
done
if ls "$T" | grep -q '^killed\.db\.qarau-'; then
	kill -TERM $pid
	wait $pid
	check_eq "a backup stopped by SIGTERM dies of it" 143 "$?"
	check_eq "a stopped backup leaves no temporary file" "" "$(ls "$T" | grep '^killed\.db')"
else
	wait $pid
	echo "SKIP: the backup finished before it could be stopped"
fi
if command -v script >/dev/null 2>&1; then
	out=$(script -qec "'$QARAU' -d '$B' backup '$T/shown.db'" /dev/null 2>&1)
	check_contains "on a terminal the backup shows its progress" "copying the register: 100%" "$out"
else
	echo "SKIP: no script(1) for a terminal"
fi
rm -f "$B" "$T/shown.db"

# Backup under write load: two writers keep adding while it copies.
for w in 1 2; do
	( i=0; while [ $i -lt 15 ]; do q add "$F" >/dev/null 2>&1; i=$((i + 1)); done ) &
done
q backup "$T/load.db" >/dev/null; rc=$?
wait
check_eq "backup under write load exits 0" 0 "$rc"
check_eq "the copy under load is intact" "ok" "$("$SQLITE3" "$T/load.db" 'PRAGMA integrity_check')"

# A damaged register: export and backup fail and say so; the old copy
# stays as it was.
cp "$DB" "$T/damaged.db"
head -c 4096 /dev/zero | tr '\0' '\377' |
	dd of="$T/damaged.db" bs=4096 seek=5 conv=notrunc 2>/dev/null
err=$("$QARAU" -d "$T/damaged.db" export 2>&1 >/dev/null); rc=$?
check_eq "export of a damaged register: exit 1" 1 "$rc"
check_contains "export: the register is damaged" "damaged" "$err"
err=$("$QARAU" -d "$T/damaged.db" export --json 2>&1 >/dev/null); rc=$?
check_eq "export --json of a damaged register: exit 1" 1 "$rc"
cp "$T/copy.db" "$T/copy.before"
err=$("$QARAU" -d "$T/damaged.db" backup "$T/copy.db" 2>&1); rc=$?
check_eq "backup of a damaged register: exit 1" 1 "$rc"
check_contains "backup: the register is damaged" "damaged" "$err"
check_eq "the old copy stays" "" "$(cmp "$T/copy.db" "$T/copy.before" 2>&1)"

# iconv suffixes would write '?' or drop letters silently.
for enc in ASCII//TRANSLIT CP1251//IGNORE ''; do
	err=$(q letter 1 --encoding "$enc" 2>&1 >/dev/null); rc=$?
	check_eq "--encoding '$enc': exit 2" 2 "$rc"
	check_contains "--encoding '$enc': why" "not an encoding name" "$err"
done

# Standard output full: the filing is registered, and the message says so.
if [ -w /dev/full ]; then
	err=$(q add "$F" 2>&1 >/dev/full); rc=$?
	check_eq "add > /dev/full: exit 1" 1 "$rc"
	check_contains "add > /dev/full: registered, and its number" "registered as ККС-" "$err"
else
	echo "SKIP: no /dev/full"
fi

# A nearly full disk, then a full one: a small tmpfs (root only).
M=$T/small
mkdir "$M"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m tmpfs "$M" 2>/dev/null; then
	trap 'umount "$M" 2>/dev/null; rm -rf "$T"' EXIT
	q letter 1 --lang kk -o "$M/letter.txt"
	cp "$M/letter.txt" "$T/letter.before"
	have_pdf && q letter 1 --lang kk --format pdf -o "$M/letter.pdf"
	have_pdf && cp "$M/letter.pdf" "$T/pdf.before"
	R=$M/reg.db
	"$QARAU" -d "$R" add "$F" >/dev/null 2>&1
	dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null
	err=$(q letter 1 --lang ru -o "$M/letter.txt" 2>&1); rc=$?
	check_eq "letter on a full disk: exit 1" 1 "$rc"
	check_contains "letter on a full disk: said so" "disk is full" "$err"
	check_eq "letter on a full disk: the old letter stays" "" "$(cmp "$M/letter.txt" "$T/letter.before" 2>&1)"
	if have_pdf; then
		err=$(q letter 1 --lang ru --format pdf -o "$M/letter.pdf" 2>&1); rc=$?
		check_eq "PDF on a full disk: exit 1" 1 "$rc"
		check_contains "PDF on a full disk: said so" "disk is full" "$err"
		check_eq "PDF on a full disk: the old PDF stays" "" "$(cmp "$M/letter.pdf" "$T/pdf.before" 2>&1)"
	else
		echo "SKIP: no qarau-pdf in this build"
	fi
	err=$(q backup "$M/copy.db" 2>&1); rc=$?
	check_eq "backup onto a full disk: exit 1" 1 "$rc"
	check_contains "backup onto a full disk: said so" "disk is full" "$err"
	check_eq "no temporary file on the full disk" "" "$(ls "$M" | grep qarau-)"
	out=$("$QARAU" -d "$R" list --porcelain --all 2>&1); rc=$?
	check_eq "list of a register on a full disk: exit 0" 0 "$rc"
	check_contains "list of a register on a full disk: the filing" "ККС-1/2025" "$out"
	"$QARAU" -d "$R" backup "$T/rescue.db" >/dev/null 2>&1
	check_eq "a register on a full disk is copied elsewhere" "ok" "$("$SQLITE3" "$T/rescue.db" 'PRAGMA integrity_check')"
	err=$("$QARAU" -d "$R" add "$F" 2>&1); rc=$?
	check_eq "add on a full disk: exit 1" 1 "$rc"
	check_contains "add on a full disk: the disk is full" "disk holding the register is full" "$err"
	umount "$M"
else
	echo "SKIP: a full disk needs root (a small tmpfs)"
fi

finish
