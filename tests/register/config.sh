# Where the register is (-d, QARAU_DB, the user's configuration, the
# system's, the default), the user's own settings (settings --user,
# user.* through the settings lookup, the name in the audit trail), and
# qarau init, private and shared.
. "$top_srcdir/tests/lib.sh"

F=$top_srcdir/tests/register/filing.facts
QARAU_TODAY=2025-07-10; export QARAU_TODAY
UCONF=$XDG_CONFIG_HOME/qarau/qarau.conf
SYS=$T/etc-qarau.conf

# init: private, then up to date.
out=$("$QARAU" init "$T/p/reg.db"); rc=$?
check_eq "init exits 0" 0 "$rc"
check_contains "init: says it created it" "Created the register $T/p/reg.db" "$out"
check_eq "init: a private register is 0600" 600 "$(stat -c %a "$T/p/reg.db")"
check_eq "init: its folder 0700" 700 "$(stat -c %a "$T/p")"
out=$("$QARAU" init "$T/p/reg.db"); rc=$?
check_contains "init again: up to date" "exists and is up to date" "$out"
err=$("$QARAU" init --group nosuchgroup-qarau "$T/g/reg.db" 2>&1); rc=$?
check_eq "init: an unknown group exits 2" 2 "$rc"
check_contains "init: says how to make the group" "groupadd nosuchgroup-qarau" "$err"

err=$(cd "$T" && "$QARAU" init --shared reg.db 2>&1); rc=$?
check_eq "init --shared: a relative path exits 2" 2 "$rc"
check_contains "init --shared: a folder of its own" "absolute path in a folder of its own" "$err"

# Precedence: -d, QARAU_DB, the user's file, the system's, the default.
for d in sys user env opt; do "$QARAU" init "$T/$d.db" >/dev/null; done
echo "register = $T/sys.db" >"$SYS"
export QARAU_SYSCONF="$SYS"
"$QARAU" add "$F" >/dev/null
check_eq "the system's file names the register" 1 \
    "$("$QARAU" -d "$T/sys.db" list --porcelain | wc -l)"
"$QARAU" settings --user register "$T/user.db" || not_ok "settings --user register"
check_eq "settings --user KEY" "$T/user.db" "$("$QARAU" settings --user register)"
"$QARAU" add "$F" >/dev/null
check_eq "the user's file before the system's" 1 \
    "$("$QARAU" -d "$T/user.db" list --porcelain | wc -l)"
QARAU_DB=$T/env.db "$QARAU" add "$F" >/dev/null
check_eq "QARAU_DB before the user's file" 1 \
    "$("$QARAU" -d "$T/env.db" list --porcelain | wc -l)"
QARAU_DB=$T/env.db "$QARAU" -d "$T/opt.db" add "$F" >/dev/null
check_eq "-d before QARAU_DB" 1 "$("$QARAU" -d "$T/opt.db" list --porcelain | wc -l)"
"$QARAU" settings --user register "" || not_ok "settings --user register ''"
rm -f "$SYS"
"$QARAU" add "$F" >/dev/null
check_eq "no configuration: the default register" yes \
    "$([ -f "$XDG_DATA_HOME/qarau/register.db" ] && echo yes)"
echo "register = relative.db" >"$SYS"
err=$("$QARAU" list 2>&1); rc=$?
check_eq "a bad system file exits 1" 1 "$rc"
check_contains "a bad system file: file:line" "$SYS:1: register: an absolute path" "$err"
printf '# court\nregsiter = /x.db\n' >"$SYS"
err=$("$QARAU" list 2>&1)
check_contains "an unknown key: file:line" "$SYS:2: unknown key 'regsiter'" "$err"
unset QARAU_SYSCONF

# The user's settings: his file, validated, read through the settings.
DB=$T/p/reg.db
q() { "$QARAU" -d "$DB" "$@"; }
q settings user.name "Айгерім Ахметова" || not_ok "settings user.name"
"$QARAU" settings --user user.telephone "+7 7172 71-00-00" ||
	not_ok "settings --user user.telephone"
check_eq "user.name through the settings" "Айгерім Ахметова" "$(q settings user.name)"
check_contains "user.* in the listing" "user.telephone=+7 7172 71-00-00" \
    "$(q settings --porcelain)"
check_contains "in the user's file, not the register" "user.name = Айгерім Ахметова" \
    "$(cat "$UCONF")"
check_eq "the user's file is 0600" 600 "$(stat -c %a "$UCONF")"
if [ -n "${SQLITE3:-}" ]; then
	check_eq "nothing of the user in the register" 0 \
	    "$("$SQLITE3" "$DB" "SELECT count(*) FROM setting WHERE key LIKE 'user.%'")"
fi
err=$("$QARAU" settings --user user.email "not an address" 2>&1); rc=$?
check_eq "a bad e-mail exits 2" 2 "$rc"
check_contains "a bad e-mail is named" "user.email" "$err"
err=$("$QARAU" settings --user user.name "$(printf 'A\033[2J')" 2>&1); rc=$?
check_eq "a control character is refused" 2 "$rc"
err=$("$QARAU" settings --user court.name.kk X 2>&1); rc=$?
check_eq "settings --user: a court's key exits 2" 2 "$rc"
check_contains "settings --user: says where court keys are" "leave out --user" "$err"
check_eq "settings --user needs no register" 0 \
    "$("$QARAU" -d "$T/none/reg.db" settings --user >/dev/null; echo $?)"
check_eq "... and makes none" no "$([ -e "$T/none" ] && echo yes || echo no)"

# The audit trail: login name and name.
q add "$F" >/dev/null
out=$(q show 1)
check_contains "show: the history names the login" "$(id -un)" "$out"
check_contains "show: the user's name in the history" "(Айгерім Ахметова) filing" "$out"
check_contains "show --json: user_name" '"user_name":"Айгерім Ахметова"' "$(q show --json 1)"

# A broken user file is named, not ignored.
printf 'user.name = A\nuser.fax = 1\n' >"$UCONF"
err=$(q list 2>&1); rc=$?
check_eq "a bad user file exits 1" 1 "$rc"
check_contains "a bad user file: file:line" "$UCONF:2: unknown key 'user.fax'" "$err"
finish
