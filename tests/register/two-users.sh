# Two real Unix users share one register: made with init --shared for a
# group, named by the system's configuration file, both add, edit and read
# at once, and the audit trail names each (login and name).  Also: a
# wrong mode is named with its fix, a user outside the group is told what
# keeps him out, and a folder he cannot write still lets him read.
# Needs root (useradd); the users and the group are removed afterwards.
. "$top_srcdir/tests/lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: needs root to add test users"
	exit 77
fi
for c in useradd userdel groupadd groupdel setpriv; do
	if ! command -v $c >/dev/null 2>&1; then
		echo "SKIP: $c is not installed"
		exit 77
	fi
done

G=qtg$$
A=qta$$
B=qtb$$
C=qtc$$
cleanup() {
	for u in $A $B $C; do userdel "$u" 2>/dev/null; done
	groupdel "$G" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
groupadd "$G" && useradd -M -N -s /usr/sbin/nologin -G "$G" "$A" &&
    useradd -M -N -s /usr/sbin/nologin -G "$G" "$B" &&
    useradd -M -N -s /usr/sbin/nologin "$C" || {
	not_ok "useradd"; finish; exit 1; }

# The binary and the data files where the test users can reach them.
chmod 0711 "$T"
mkdir -p "$T/bin"
cp "$QARAU" "$T/bin/qarau"
cp -R "$QARAU_DATADIR" "$T/data"
# u+w: make distcheck's source tree, copied here, is read-only.
chmod -R u+w,a+rX "$T/bin" "$T/data"
QARAU_DATADIR=$T/data; export QARAU_DATADIR
F=$T/data/filing.facts
cp "$top_srcdir/tests/register/filing.facts" "$F"
chmod 0644 "$F"
for u in $A $B $C; do
	mkdir -p "$T/home-$u"
	chown "$u" "$T/home-$u"
done
QARAU_TODAY=2025-07-10; export QARAU_TODAY

# as USER ARG...: qarau as USER (his groups, his home), no shell between.
as() {
	_u=$1; shift
	setpriv --reuid="$_u" --regid="$(id -g "$_u")" --init-groups \
	    env HOME="$T/home-$_u" XDG_CONFIG_HOME="$T/home-$_u/.config" \
	    XDG_DATA_HOME="$T/home-$_u/.local/share" "$T/bin/qarau" "$@"
}

DB=$T/court/register.db
out=$("$QARAU" init --shared --group "$G" "$DB"); rc=$?
check_eq "init --shared exits 0" 0 "$rc"
check_contains "init --shared: says how to add assistants" "usermod -a -G $G" "$out"
check_eq "the folder: group, 2770" "$G:2770" "$(stat -c %G:%a "$T/court")"
check_eq "the register: group, 0660" "$G:660" "$(stat -c %G:%a "$DB")"
printf 'register = %s\n' "$DB" >"$T/qarau.conf"
chmod 0644 "$T/qarau.conf"
QARAU_SYSCONF=$T/qarau.conf; export QARAU_SYSCONF

as "$A" settings --user user.name "Айгерім Ахметова" || not_ok "A's name"
as "$B" settings --user user.name "Бауыржан Сейітов" || not_ok "B's name"

# Both add at once, and each lists while the other writes.
writer() {
	_i=0
	while [ $_i -lt 8 ]; do
		as "$1" add "$F" >/dev/null || echo "add failed" >>"$T/errors-$1"
		as "$1" list --porcelain >/dev/null ||
			echo "list failed" >>"$T/errors-$1"
		_i=$((_i + 1))
	done
}
writer "$A" 2>>"$T/errors-$A" &
pa=$!
writer "$B" 2>>"$T/errors-$B" &
pb=$!
wait $pa
wait $pb
check_eq "A: no errors" "" "$(cat "$T/errors-$A" 2>/dev/null)"
check_eq "B: no errors" "" "$(cat "$T/errors-$B" 2>/dev/null)"
check_eq "16 filings, from a plain qarau of each" 16 \
    "$(as "$A" list --porcelain | wc -l)"

# Each edits the other's filings.
na=$(as "$A" show --porcelain 1 | sed -n 's/^number=//p')
as "$B" set 1 "judge=Судья Б" >/dev/null || not_ok "B edits a filing"
as "$A" event 2 handed 2025-07-09 >/dev/null || not_ok "A records an event"
check_eq "B's change is seen by A" "Судья Б" \
    "$(as "$A" show --porcelain 1 | sed -n 's/^judge=//p')"
check_contains "a filing has a number" "/2025" "$na"

if [ -n "${SQLITE3:-}" ]; then
	q() { "$SQLITE3" "$DB" "$1"; }
	check_eq "the audit trail: A by login and name" "Айгерім Ахметова" \
	    "$(q "SELECT DISTINCT user_name FROM audit WHERE user = '$A'")"
	check_eq "the audit trail: B by login and name" "Бауыржан Сейітов" \
	    "$(q "SELECT DISTINCT user_name FROM audit WHERE user = '$B'")"
	check_eq "B's edit is his" "$B" \
	    "$(q "SELECT user FROM audit WHERE filing_id = 1 AND what = 'judge'")"
	check_eq "each registered eight" "8 8" \
	    "$(q "SELECT count(*) FROM audit WHERE what = 'filing' AND user = '$A'") $(q "SELECT count(*) FROM audit WHERE what = 'filing' AND user = '$B'")"
fi
for f in "$DB" "$DB-wal" "$DB-shm"; do
	[ -e "$f" ] || continue
	check_eq "$(basename "$f"): group, 0660" "$G:660" "$(stat -c %G:%a "$f")"
done

# A wrong mode is named with its fix; init as root repairs it.
chmod 0640 "$DB"
err=$(as "$A" list 2>&1); rc=$?
check_eq "a wrong mode: exits 1" 1 "$rc"
check_contains "a wrong mode: named" "mode 0640" "$err"
check_contains "a wrong mode: the fix" "chmod 0660 $DB" "$err"
chgrp root "$T/court"
err=$("$QARAU" list 2>&1)
check_contains "a wrong group of the folder: named" "has the group root" "$err"
"$QARAU" init --shared --group "$G" "$DB" >/dev/null || not_ok "init repairs"
check_eq "repaired: A reads again" 16 "$(as "$A" list --porcelain | wc -l)"

# A -shm of another user's, not the group's: named, with what fixes it.
: >"$DB-shm"
chown "$B" "$DB-shm"
chmod 0600 "$DB-shm"
err=$(as "$A" list 2>&1); rc=$?
check_eq "another's -shm: exits 1" 1 "$rc"
check_contains "another's -shm: named" "cannot open $DB-shm, which SQLite opens" "$err"
check_contains "another's -shm: its owner and mode" "belongs to $B:" "$err"
rm -f "$DB-shm"
check_eq "without it, A reads again" 16 "$(as "$A" list --porcelain | wc -l)"

# A user outside the group is told what keeps him out.
err=$(as "$C" list 2>&1); rc=$?
check_eq "outside the group: exits 1" 1 "$rc"
check_contains "outside the group: who and what" "permission denied to you ($C)" "$err"
check_contains "outside the group: the folder's owner and mode" ":$G, mode 2770" "$err"

# A register he may read in a folder he may not write: list works while
# nobody has it open (no -shm), a change says why it cannot be made.
mkdir "$T/ro"
"$QARAU" -d "$T/ro/reg.db" add "$F" >/dev/null
chmod 0755 "$T/ro"
chmod 0644 "$T/ro/reg.db"
rm -f "$T/ro/reg.db-wal" "$T/ro/reg.db-shm"
out=$(as "$C" -d "$T/ro/reg.db" list --porcelain); rc=$?
check_eq "read-only folder: list exits 0" 0 "$rc"
check_eq "read-only folder: list shows the filing" 1 "$(printf '%s\n' "$out" | grep -c .)"
err=$(as "$C" -d "$T/ro/reg.db" set 1 judge=X 2>&1); rc=$?
check_eq "read-only folder: a change exits 1" 1 "$rc"
check_contains "read-only folder: says why" "may read the register but not change it" "$err"
# A -wal without its -shm there (a crash): said, not read half.
: >"$T/ro/reg.db-wal"
err=$(as "$C" -d "$T/ro/reg.db" list 2>&1); rc=$?
check_eq "read-only folder, a -wal left: exits 1" 1 "$rc"
check_contains "read-only folder, a -wal left: says what helps" \
    "a user who may write the folder opens it once" "$err"
finish
