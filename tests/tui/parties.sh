# The Letter screen of a filing with parties: the notice asks whom it goes
# to (F7: the kind, then the addressee), shows the party's notice with its
# name in the dative, and sends it to that party alone.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register || not_ok "a register"
q() { "$QARAU" -d "$DB" "$@"; }
A=$(q add "$top_srcdir/tests/tui/admit.facts" \
    "filer.name=Сидоров Иван Петрович" | tail -n 1)
q event "$A" case-requested 2025-09-01 >/dev/null &&
q event "$A" case-received 2025-09-10 >/dev/null &&
q event "$A" hearing-set 2025-10-15 --note "10:00 зал № 3" >/dev/null &&
q party "$A" --add victim "Петрова Анна Сергеевна" \
    --address "г. Павлодар, ул. Абая, 5" >/dev/null ||
    not_ok "the admitted filing and its party"

tui_start LANGUAGE=en HOME="$HOME" QARAU_TODAY="$QARAU_TODAY" \
    LSAN_OPTIONS="$LSAN_OPTIONS"
check_screen "the register lists the filing" "Сидоров"
tui_keys /
tui_keys -l "Сидоров"
tui_keys Enter
tui_keys Enter
check_screen "Enter opens the filing" "Filing"
tui_keys l
check_screen "l opens the letter" "Request of the case"
tui_keys F7
check_screen "F7 offers the kinds" "Kind of letter"
tui_keys 2
check_screen "a notice asks whom it goes to" "Addressee of the notice"
check_screen "the filer is offered" "1  the filer: Сидоров Иван Петрович"
check_screen "the party is offered" "2  victim: Петрова Анна Сергеевна"
tui_keys 2
check_screen "the party's notice, in the dative" "Петровой А.С."
check_screen "the header names the party" "Notice to the parties, party 1"
tui_keys s
check_screen "s asks before sending" "never unsent"
tui_keys y
check_screen "sent" "Sent as outgoing 1/2025."
tui_keys F7 2
check_screen "asked again" "Addressee of the notice"
tui_keys 1
check_screen "the filer's notice" "Сидорову И.П."
tui_keys q q q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr

out=$(q letters --porcelain)
check_contains "the journal: the party's notice" \
    "kind=notice	lang=ru	filing=$A	addressee=Петровой А.С." "$out"
check_eq "one letter sent" 1 "$(printf '%s\n' "$out" | wc -l)"
finish
