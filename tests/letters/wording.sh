# The letters' legal wording (issue 10): citations grouped as Kazakh and
# Russian legal writing has them, one first-person voice, dates written
# out in running text, the signature element by the kind of filing, and
# the refile remedy's worsening sentence only for filers who may seek a
# worse result.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register
check_eq "a register with a returned filing" 0 $?

# The convicted person's complaint of return.facts (R15, R17).
kk=$("$QARAU" -d "$DB" letter "$ID" | flat)
ru=$("$QARAU" -d "$DB" letter "$ID" --lang ru | flat)
check_contains "kk: the Code first, named once, articles in order" \
    "(ҚПК-нің 423-бабының бірінші бөлігі, 488-бабының бірінші бөлігі, 489-бабы бірінші бөлігінің 1) тармағы; нормативтік қаулының 7-тармағы)" "$kk"
check_contains "ru: the same in Russian" \
    "(ч. 1 ст. 423, ч. 1 ст. 488, п. 1) ч. 1 ст. 489 УПК; п. 7 нормативного постановления)" "$ru"
check_contains "ru: one voice, first person" \
    "Возвращаю Вашу кассационную жалобу без рассмотрения по следующим основаниям." "$ru"
check_contains "kk: one voice, first person" \
    "Кассациялық шағымыңызды мынадай негіздер бойынша қараусыз қайтарамын." "$kk"
check_contains "ru: the comma after (далее – УПК)" "(далее – УПК), с учётом" "$ru"
check_contains "ru: the official title of the resolution" \
    "«О применении законодательства, регламентирующего рассмотрение уголовных дел в кассационном порядке»" "$ru"
check_contains "ru: the act's date written out" "от 14 мая 2025 года №" "$ru"
check_contains "ru: the day of receipt written out" "29 сентября 2025 года в кассационный суд" "$ru"
check_contains "kk: the act's date written out" "2025 жылғы 14 мамырдағы №" "$kk"
check_contains "ru: the head keeps the date in figures" "от 02.10.2025" "$ru"
check_not_contains() {	# NAME TEXT IN
	case $3 in
	*"$2"*) not_ok "$1" "present: $2" ;;
	*) ok "$1" ;;
	esac
}
check_not_contains "kk: no worsening time limits for the convicted" \
    "8-тармағының төртінші абзацы" "$kk"
check_not_contains "ru: no worsening time limits for the convicted" \
    "абзац четвёртый пункта 8" "$ru"

# A victim's complaint without its signature: the victim may seek a worse
# result, so the refile remedy keeps the sentence; the element names the
# complaint's author only.
V=$("$QARAU" -d "$DB" add filing.kind=complaint filer.role=victim \
    filing.received=2025-09-29 act.type=verdict act.instance=appellate \
    act.in-force=yes act.excluded=none case.category=grave \
    case.language=ru subject.retroactive-or-amnesty-only=no \
    subject.new-circumstances-only=no subject.civil-arithmetic-only=no \
    grounds.worsening=no grounds.cpc485-1=5 content.filer-data=yes \
    content.acts-and-courts=yes content.scope=yes \
    content.ground-reference=yes content.arguments=yes \
    content.evidence=yes content.participation=yes \
    content.attachments=yes content.date-signature=no \
    content.language-ok=yes content.copies-attached=yes \
    content.abusive=no | tail -n 1)
ru=$("$QARAU" -d "$DB" letter "$V" | flat)
kk=$("$QARAU" -d "$DB" letter "$V" --lang kk | flat)
check_contains "ru: a victim is told of the worsening time limits" \
    "абзац четвёртый пункта 8 нормативного постановления" "$ru"
check_contains "ru: counted from the first complaint, in its gender" \
    "с момента поступления первоначальной кассационной жалобы" "$ru"
check_contains "ru: the complaint's author signs" \
    "дата подачи и подпись автора жалобы." "$ru"
check_not_contains "ru: no prosecutor in a complaint's element" \
    "прокурора, принёсшего протест" "$ru"
check_contains "kk: the complaint's author signs" \
    "шағым авторының қолтаңбасы." "$kk"
check_not_contains "kk: no prosecutor in a complaint's element" \
    "наразылық келтірген прокурордың" "$kk"

# A protest of the Prosecutor General without its signature: only the
# prosecutor signs.
P=$("$QARAU" -d "$DB" add filing.kind=protest filer.role=prosecutor-general \
    filing.received=2025-09-29 act.type=verdict act.instance=appellate \
    act.in-force=yes act.excluded=none case.category=grave \
    case.language=kk subject.retroactive-or-amnesty-only=no \
    subject.new-circumstances-only=no subject.civil-arithmetic-only=no \
    grounds.worsening=no grounds.cpc485-1=5 protest.on-petition=no \
    content.filer-data=yes content.acts-and-courts=yes content.scope=yes \
    content.ground-reference=yes content.arguments=yes \
    content.evidence=yes content.participation=yes \
    content.attachments=yes content.date-signature=no \
    content.language-ok=yes content.copies-attached=yes \
    content.abusive=no | tail -n 1)
kk=$("$QARAU" -d "$DB" letter "$P" | flat)
ru=$("$QARAU" -d "$DB" letter "$P" --lang ru | flat)
check_contains "kk: the prosecutor signs a protest" \
    "наразылық келтірген прокурордың қолтаңбасы." "$kk"
check_not_contains "kk: no complaint's author in a protest" \
    "шағым авторының" "$kk"
check_contains "ru: the prosecutor signs a protest" \
    "дата и подпись прокурора, принёсшего протест." "$ru"
check_contains "ru: a protest is returned in the first person" \
    "Возвращаю протест без рассмотрения по следующим основаниям." "$ru"
# Each kind of filing with its own verb and gender: a protest is brought
# (принесён, келтіріледі), not filed, and is not the addressee's own.
check_contains "ru: counted from the first protest, in its gender" \
    "с момента поступления первоначального протеста" "$ru"
check_contains "ru: a protest refiled is brought again" \
    "протест может быть принесён вновь на общих основаниях" "$ru"
check_contains "kk: a protest refiled is brought again" \
    "наразылық жалпы негіздерде қайта келтірілуі мүмкін" "$kk"
check_contains "kk: the protest arrived, not 'your protest'" \
    "наразылық келіп түсті (тір. № $P)." "$kk"
check_not_contains "kk: no 'your protest'" "наразылығыңыз" "$kk"

# The same protest without its acts and scope: named as a protest's.
P2=$("$QARAU" -d "$DB" add filing.kind=protest \
    filer.role=prosecutor-general filing.received=2025-09-29 \
    act.type=verdict act.instance=appellate act.in-force=yes \
    act.excluded=none case.category=grave case.language=kk \
    subject.retroactive-or-amnesty-only=no \
    subject.new-circumstances-only=no subject.civil-arithmetic-only=no \
    grounds.worsening=no grounds.cpc485-1=5 protest.on-petition=no \
    content.filer-data=yes content.acts-and-courts=no content.scope=no \
    content.ground-reference=yes content.arguments=yes \
    content.evidence=yes content.participation=yes \
    content.attachments=yes content.date-signature=yes \
    content.language-ok=yes content.copies-attached=yes \
    content.abusive=no | tail -n 1)
kk=$("$QARAU" -d "$DB" letter "$P2" | flat)
ru=$("$QARAU" -d "$DB" letter "$P2" --lang ru | flat)
check_contains "kk: a protest's acts" \
    "наразылық келтірілген сот актілері және оларды шығарған соттардың атауы;" "$kk"
check_contains "kk: a protest's scope" \
    "оның қай бөлігінде наразылық келтірілгені." "$kk"
check_contains "ru: a protest's acts" \
    "опротестованные судебные акты и наименования судов, которые их вынесли;" "$ru"
check_contains "ru: a protest's scope" \
    "опротестован судебный акт полностью или в какой-либо его части." "$ru"

# A district prosecutor's protest (R3): protests are brought
# (приносить), never "внесены".
D=$("$QARAU" -d "$DB" add \
    "$top_srcdir/tests/scenarios/003-nr1-district-prosecutor-protest.facts" |
    tail -n 1)
ru=$("$QARAU" -d "$DB" letter "$D" --lang ru | flat)
check_contains "ru: R3, who may bring a protest" \
    "Приносить протесты на вступившие в законную силу судебные акты вправе только" "$ru"
check_not_contains "ru: no protest 'внесён'" "внесён" "$ru"

# CPC 484.2.1 from 1 July 2027, the court's confirmation recorded: R6n's
# paragraph, the Code's articles in order.
for k in confirmed-by:"Судья А. Садыкова" confirmed-on:2027-07-02 \
    source:"Әділет, ҚПК 01.07.2027 редакциясы"; do
	"$QARAU" -d "$DB" settings "law.cpc484-2-1.${k%%:*}" "${k#*:}" \
	    >/dev/null
done
N=$("$QARAU" -d "$DB" --today 2027-07-12 add \
    "$top_srcdir/tests/scenarios/118-cpc484-2027-confirmed-summary.facts" |
    tail -n 1)
ru=$("$QARAU" -d "$DB" --today 2027-07-12 letter "$N" | flat)
kk=$("$QARAU" -d "$DB" --today 2027-07-12 letter "$N" --lang kk | flat)
check_contains "ru: R6n, the summary-order case" \
    "рассмотрено судом в приказном или согласительном производстве" "$ru"
# One article's parts and items name it once.
check_contains "ru: R6n cites, article 484 named once" \
    "(п. 1) ч. 2, ч. 3 ст. 484, п. 5) ч. 1 ст. 489 УПК)" "$ru"
check_contains "kk: R6n cites, article 484 named once" \
    "(ҚПК-нің 484-бабының екінші бөлігінің 1) тармағы, үшінші бөлігі, 489-бабы бірінші бөлігінің 5) тармағы)" "$kk"
check_contains "ru: the prosecutors may protest such an act" \
    "названные в пункте 1) части второй статьи 484 УПК" "$ru"

# CPC 476 has items, not parts: R13 (a complaint asking only for an
# amnesty) cites its item 15, and article 477's part 1.
A=$("$QARAU" -d "$DB" add \
    "$top_srcdir/tests/scenarios/114-nr15-complaint-amnesty-only.facts" |
    tail -n 1)
ru=$("$QARAU" -d "$DB" letter "$A" --lang ru | flat)
kk=$("$QARAU" -d "$DB" letter "$A" --lang kk | flat)
check_contains "ru: an item of article 476" \
    "п. 15) ст. 476, ч. 1 ст. 477" "$ru"
check_contains "kk: an item of article 476" \
    "476-бабының 15) тармағы, 477-бабының бірінші бөлігі" "$kk"
check_not_contains "ru: no part 15 of article 476" "ч. 15 ст. 476" "$ru"
finish
