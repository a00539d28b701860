# The parties of a filing (issue 12): qarau party --add/--list/--remove,
# show listing them, and the notice of the hearing to each addressee (the
# filer, then each party; --party N for one), in kk and ru, its addressee
# in the dative; --send numbers each in the outgoing journal.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

qarau_locales || exit 1
letters_register
check_eq "a register" 0 $?
q() { "$QARAU" -d "$DB" "$@"; }
have_pdf() { grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; }

A=$(q add "$top_srcdir/tests/tui/admit.facts" \
    "filer.name=Сидоров Иван Петрович" \
    "act.court=Павлодарский областной суд" act.number=1-112/2025 |
    tail -n 1)
q event "$A" case-requested 2025-09-01 >/dev/null &&
q event "$A" case-received 2025-09-10 >/dev/null &&
q event "$A" hearing-set 2025-10-15 \
    --note "10:00 г. Астана, ул. Кунаева, 39, зал № 3" >/dev/null ||
    not_ok "events of the admitted filing"

# Adding, listing, refusing.
out=$(q party "$A" --add victim "Петрова Анна Сергеевна" \
    --address "г. Павлодар, ул. Абая, 5"); rc=$?
check_eq "party --add: exit 0" 0 "$rc"
check_contains "party --add: its number" "Party 1 added" "$out"
q party "$A" --add convicted "Серіков Нұрлан Асқарұлы" \
    --institution "ЕЦ-166/1" --address "Павлодар облысы" >/dev/null
check_eq "party --add through an institution: exit 0" 0 $?
out=$(q party "$A" --list --porcelain)
check_eq "party --list --porcelain" "1	victim	Петрова Анна Сергеевна	г. Павлодар, ул. Абая, 5	
2	convicted	Серіков Нұрлан Асқарұлы	Павлодар облысы	ЕЦ-166/1" "$out"
out=$(q party "$A")
check_contains "party: the role as people read it" "victim" "$out"
out=$(LANGUAGE=ru LC_ALL=C.UTF-8 q party "$A")
check_contains "party in ru: the role's label" "потерпев" "$out"
err=$(q party "$A" --add king "X" 2>&1); rc=$?
check_eq "party: an unknown role: exit 2" 2 "$rc"
check_contains "party: the roles named" "is none of prosecutor-general" "$err"
err=$(q party "$A" --add victim 2>&1); rc=$?
check_eq "party --add without a name: exit 2" 2 "$rc"
err=$(q party "$A" --add victim "$(printf 'X\033[2J')" 2>&1); rc=$?
check_eq "party: a control character: exit 2" 2 "$rc"
check_contains "party: the field named" "name: " "$err"
err=$(q party "$A" --remove 9 2>&1); rc=$?
check_eq "party --remove of no party: exit 2" 2 "$rc"
err=$(q party "$A" --address x 2>&1); rc=$?
check_eq "party --address without --add: exit 2" 2 "$rc"
check_eq "nothing added by the refusals" 2 "$(q party "$A" --porcelain | wc -l)"

# show lists them.
out=$(q show "$A")
check_contains "show: the parties" "Parties (besides the filer):" "$out"
check_contains "show: a party's line" "2  convicted person: Серіков Нұрлан Асқарұлы, Павлодар облысы (through ЕЦ-166/1)" "$out"
out=$(q show --porcelain "$A")
check_contains "show --porcelain: party=" "party=1	victim	Петрова Анна Сергеевна" "$out"
check_contains "show --json: parties" '"parties":[{"n":1,"role":"victim"' \
    "$(q show --json "$A")"

# One notice per addressee, the filer's first, a form feed between them.
out=$(q letter "$A" --kind notice --lang ru); rc=$?
check_eq "notices ru: exit 0" 0 "$rc"
txt=$(printf '%s' "$out" | flat)
check_contains "notice ru to the filer, in the dative" "Сидорову И.П." "$txt"
check_contains "notice ru to party 1, in the dative" "Петровой А.С. г. Павлодар, ул. Абая, 5" "$txt"
check_contains "notice ru to party 2, through its institution" \
    "Серікову Н.А. через администрацию учреждения ЕЦ-166/1 Павлодар облысы" "$txt"
check_eq "notices ru: three, two page breaks" 2 \
    "$(printf '%s' "$out" | tr -cd '\f' | wc -c)"
txt=$(q letter "$A" --kind notice --lang kk | flat)
check_contains "notice kk to the filer" "И.П. Сидоровқа" "$txt"
check_contains "notice kk to party 1" "А.С. Петроваға" "$txt"
check_contains "notice kk to party 2, through its institution" \
    "ЕЦ-166/1 мекемесінің әкімшілігі арқылы Н.А. Серіковке" "$txt"
check_contains "notice kk: the hearing" "сағат 10:00" "$txt"
txt=$(q letter "$A" --kind notice --lang ru --party 1 | flat)
check_contains "--party 1: its notice" "Петровой А.С." "$txt"
case $txt in
*"Сидорову"*) not_ok "--party 1: the filer's notice is not there" ;;
*) ok "--party 1: the filer's notice is not there" ;;
esac
txt=$(q letter "$A" --kind notice --lang ru --party 0 | flat)
check_contains "--party 0: the filer" "Сидорову И.П." "$txt"
err=$(q letter "$A" --kind notice --party 7 2>&1); rc=$?
check_eq "--party of no party: exit 2" 2 "$rc"
check_contains "--party of no party: said" "no party 7" "$err"
err=$(q letter "$A" --kind case-request --party 1 2>&1); rc=$?
check_eq "--party with another kind: exit 2" 2 "$rc"
err=$(q letter "$A" --kind notice --format rtf -o "$T/n.rtf" 2>&1); rc=$?
check_eq "rtf of three notices without --party: exit 2" 2 "$rc"
check_contains "rtf without --party: why" "give --party N" "$err"
q letter "$A" --kind notice --lang ru --party 1 --format rtf -o "$T/n.rtf"
check_eq "rtf of party 1's notice" 0 $?
if have_pdf; then
	q letter "$A" --kind notice --lang kk --party 2 --format pdf \
	    -o "$T/n2.pdf"
	txt=$(pdftotext "$T/n2.pdf" - 2>/dev/null | flat)
	check_contains "pdf kk of party 2: the dative" "Н.А. Серіковке" "$txt"
fi

err=$(q letter "$A" --kind notice --field "filer.to=Кому-то" 2>&1); rc=$?
check_eq "an addressee typed over for every addressee: exit 2" 2 "$rc"
check_contains "the addressee typed over: why" "goes with --party N" "$err"
txt=$(q letter "$A" --kind notice --lang ru --party 1 --field "filer.to=Петровой Анне Сергеевне" | flat)
check_contains "--party 1 --field filer.to: typed over" "Петровой Анне Сергеевне" "$txt"

# Sending: each addressee its own outgoing number; one event.
err=$(q letter "$A" --kind notice --send 2>&1); rc=$?
check_eq "--send to every addressee: exit 0" 0 "$rc"
check_contains "--send: each named" "to Петровой А.С." "$err"
out=$(q letters "$A" --porcelain)
check_eq "--send: three letters" 3 "$(printf '%s\n' "$out" | grep -c 'kind=notice')"
check_contains "journal: party 2's addressee" \
    "addressee=Серікову Н.А., через администрацию учреждения ЕЦ-166/1, Павлодар облысы" "$out"
check_eq "journal: consecutive numbers" "1/2025 2/2025 3/2025" \
    "$(printf '%s\n' "$out" | cut -f 1 | tr '\n' ' ' | sed 's/ $//')"
check_eq "one notified event" 1 "$(q show --porcelain "$A" | grep -c ' notified$')"
q letter "$A" --kind notice --party 1 --send 2>/dev/null
check_eq "--send --party 1: one more" 4 "$(q letters "$A" --porcelain | wc -l)"
err=$(q letter "$A" --kind notice --send -o "$T/x.pdf" --format pdf 2>&1); rc=$?
check_eq "--send -o of three notices: exit 2" 2 "$rc"
check_eq "nothing sent by the refusal" 4 "$(q letters "$A" --porcelain | wc -l)"

# Removed: its notice goes no more; the trail keeps it.
q party "$A" --remove 1 >/dev/null
check_eq "party --remove" 0 $?
check_eq "after --remove: two notices" 1 \
    "$(q letter "$A" --kind notice | tr -cd '\f' | wc -c)"
check_contains "the trail keeps the removed party" \
    "party: 1 victim Петрова Анна Сергеевна, г. Павлодар, ул. Абая, 5 -> -" \
    "$(q show --porcelain "$A")"

finish
