# Identity at intake (issue 11, section 1): the filer's name and the act
# in the register's list, rendered when listed in the interface language
# (the act's word, the court in the genitive when its name is regular,
# else in parentheses), never raw values; the search by the filer's name,
# the lower court's case number and the e-filing number, whatever the case
# and the Kazakh or Russian letters; the identity asked, never required;
# the return letter filled from it.
. "$top_srcdir/tests/lib.sh"

qarau_locales
F=$top_srcdir/tests/register/filing.facts
DB=$T/reg.db
QARAU_TODAY=2025-07-10; export QARAU_TODAY
q() { "$QARAU" -d "$DB" "$@"; }

q add "$F" "filer.name=Серіков Нұрлан Асқарұлы" \
    "act.court=Павлодарский областной суд" act.number=1-112/2025 \
    act.date=2025-06-15 filing.efiling-number=ЭО-2025-0042 \
    content.filer-data=no >/dev/null
q add "$F" "filer.name=СЕРИКОВА Айгүл" "act.court=Павлодар облыстық соты" \
    act.number=1-200/2025 act.date=2025-05-02 >/dev/null
q add "$F" filer.name=Ivanov act.court= >/dev/null 2>&1 ||
    q add "$F" filer.name=Ivanov >/dev/null

# The search: name, case number, e-filing number; case, і/и, ү/у.
for s in сериков СЕРІКОВ Сериков серик; do
	check_eq "--search $s: both Seriks" 2 \
	    "$(q list --search "$s" --porcelain | wc -l)"
done
check_contains "--search серикова: the one" "СЕРИКОВА" \
    "$(q list --search серикова --porcelain)"
check_eq "--search айгул (ү as у)" 1 \
    "$(q list --search айгул --porcelain | wc -l)"
check_contains "--search by the lower court's number" "id=1" \
    "$(q list --search 1-112/2025 --porcelain)"
check_eq "--search by the lower court's number: one" 1 \
    "$(q list --search 1-112 --porcelain | wc -l)"
check_contains "--search by the e-filing number, folded" "id=1" \
    "$(q list --search эо-2025-0042 --porcelain)"
check_eq "--search finds nothing else" 0 \
    "$(q list --search Петров --porcelain | wc -l)"

# The list in words, in the interface language; the porcelain unchanged.
ru=$(LANGUAGE=ru q list)
check_contains "ru: the act with the court in the genitive" \
    "Серіков Нұрлан Асқарұлы — приговор Павлодарского областного суда от 15.06.2025 № 1-112/2025" "$ru"
check_contains "ru: a Kazakh court's name undeclined" \
    "приговор от 02.05.2025 № 1-200/2025 (Павлодар облыстық соты)" "$ru"
kk=$(LANGUAGE=kk q list)
check_contains "kk: the act with the court in the genitive" \
    "СЕРИКОВА Айгүл — Павлодар облыстық сотының 02.05.2025 № 1-200/2025 үкімі" "$kk"
check_contains "kk: a Russian court's name undeclined" \
    "15.06.2025 № 1-112/2025 үкім (Павлодарский областной суд)" "$kk"
en=$(LANGUAGE=en q list)
check_contains "en: the act in words" \
    "verdict of 2025-06-15 No. 1-112/2025 (Павлодарский областной суд)" "$en"
for out in "$ru" "$kk" "$en"; do
	case $out in
	*appellate*|*", verdict"*) not_ok "no raw values in the list" "$out" ;;
	*) ok "no raw values in the list" ;;
	esac
done
check_contains "porcelain: the act's values as before" \
    "act=verdict, appellate, Павлодарский областной суд, 2025-06-15" \
    "$(q list --porcelain --search 1-112)"
check_contains "json: the filer as written" '"filer":"Серіков Нұрлан Асқарұлы"' \
    "$(q list --json --search 1-112)"

# Asked on the form, never required: a filing without them is decided.
check_contains "questions: the name is asked" \
    "asked on the identity form, optional: always" \
    "$(q questions | sed -n '/^filer.name /,/^$/p')"
check_contains "questions: the e-filing number is a fact" \
    "filing.efiling-number (text)" "$(q questions)"
grep -v -e '^filer.name' -e '^act.court' "$F" >"$T/anon.facts"
check_contains "a filing without name or court is still decided" \
    "outcome=admit" "$(q screen --porcelain "$T/anon.facts")"

# The return letter names the act and the addressee: no blanks between
# the outgoing number and the list of attachments (the court's letterhead,
# the judge and the page count are the settings' and the clerk's).
q set 1 "filer.address=г. Павлодар, ул. Ленина, 1" >/dev/null
for lang in kk ru; do
	letter=$(q letter 1 --lang $lang 2>&1)
	check_contains "$lang: the letter names the case number" "1-112/2025" \
	    "$letter"
	check_contains "$lang: the letter has the address" "ул. Ленина, 1" \
	    "$letter"
	body=$(printf '%s\n' "$letter" | sed -n '/ККС-1\/2025/,$p' |
	    sed '/^\(Приложение\|Қосымша\)/,$d')
	case $body in
	*____*) not_ok "$lang: no blanks for the act and the addressee" "$body" ;;
	*) ok "$lang: no blanks for the act and the addressee" ;;
	esac
done
check_contains "ru: the addressee in the dative" "Серікову Н.А." \
    "$(q letter 1 --lang ru 2>&1)"
check_contains "ru: the act's court in the genitive" \
    "Павлодарского областного суда" "$(q letter 1 --lang ru 2>&1)"
finish
