# qarau letter end to end: a real register, the letter in both languages
# as text (UTF-8, RK1048, a refused CP1251), RTF read back by LibreOffice
# and PDF read back by pdftotext and rendered by pdftoppm.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

for tool in pdftotext pdftoppm iconv; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "SKIP: $tool is not installed (poppler-utils, libc-bin)"
		exit 77
	fi
done

letters_register
check_eq "a register with a returned filing" 0 $?

KK_SENT="Кассациялық шағымыңызды мынадай негіздер бойынша қараусыз қайтарамын"
KK_R17="Шағым жасалған сот актілерінің көшірмелері кассациялық шағымға қоса берілмеген"
RU_SENT="возвращаются судьёй письмом без рассмотрения"
RU_R17="К кассационной жалобе не приложены копии обжалуемых судебных актов"

# Text, in the language of the proceedings (kk) and with --lang ru.
kk=$("$QARAU" -d "$DB" letter "$ID"); rc=$?
check_eq "txt kk exits 0" 0 "$rc"
check_contains "txt kk: the return sentence" "$KK_SENT" "$(printf '%s' "$kk" | flat)"
check_contains "txt kk: R17 ground" "$KK_R17" "$(printf '%s' "$kk" | flat)"
check_contains "txt kk: R15 cites CPC 489.1.1" "ҚПК-нің 489-бабы бірінші бөлігінің 1) тармағы" "$(printf '%s' "$kk" | flat)"
# The institution is stored as "ЕЦ-166/11 мекемесі": each letter writes
# its own word for it, in the case its sentence needs.
check_contains "txt kk: custody addressee" \
    "ЕЦ-166/11 мекемесінің әкімшілігі арқылы Е.М. Серікбаевқа" \
    "$(printf '%s' "$kk" | flat)"
check_contains "txt kk: the judge signs" "Н. Төлеуов" "$kk"
check_contains "txt kk: the executor" "Орынд.: Ж. Әбенова" "$kk"
# The convicted person never files on worsening grounds: the refile remedy
# says nothing of their time limits (issue 10; tests/letters/wording.sh).
check_contains "txt kk: refile" "жалпы негіздерде қайта берілуі мүмкін" "$(printf '%s' "$kk" | flat)"
ru=$("$QARAU" -d "$DB" letter "$ID" --lang ru); rc=$?
check_eq "txt ru exits 0" 0 "$rc"
check_contains "txt ru: the return sentence" "$RU_SENT" "$(printf '%s' "$ru" | flat)"
check_contains "txt ru: R17 ground" "$RU_R17" "$(printf '%s' "$ru" | flat)"
check_contains "txt ru: executor" "Исп.: Ж. Әбенова" "$ru"
check_contains "txt ru: custody addressee" \
    "Серікбаеву Е.М. через администрацию учреждения ЕЦ-166/11 Қарағанды" \
    "$(printf '%s' "$ru" | flat)"

# --field types over the register's values.
out=$("$QARAU" -d "$DB" letter "$ID" --field out.number=01-12/345 --field out.date=2025-10-03)
check_contains "--field: outgoing number and date" "03.10.2025 ж. № 01-12/345" "$(printf '%s' "$out" | flat)"

# RK1048 holds every Kazakh letter: the text comes back unchanged.
"$QARAU" -d "$DB" letter "$ID" --encoding RK1048 -o "$T/kk.txt"
check_eq "txt RK1048 exits 0" 0 $?
back=$(iconv -f RK1048 -t UTF-8 "$T/kk.txt")
check_eq "RK1048 round trip" "$kk" "$back"
check_eq "RK1048 is one byte a letter" "$(printf '%s\n' "$kk" | iconv -f UTF-8 -t RK1048 | wc -c)" "$(wc -c <"$T/kk.txt")"

# CP1251 has no ә, ғ, қ...: refused, naming the character and where.
err=$("$QARAU" -d "$DB" letter "$ID" --encoding CP1251 -o "$T/kk1251.txt" 2>&1); rc=$?
check_eq "txt CP1251 of a Kazakh letter exits 1" 1 "$rc"
check_contains "CP1251: names the character" "U+04" "$err"
check_contains "CP1251: names the line" "line 1, column" "$err"
check_eq "CP1251: no file left" "no" "$( [ -e "$T/kk1251.txt" ] && echo yes || echo no)"
"$QARAU" -d "$DB" letter "$ID" --lang ru --encoding CP1251 -o "$T/ru1251.txt" 2>/dev/null
rc=$?
# The Russian letter quotes Kazakh names from the register (the
# institution, the assistant): CP1251 cannot hold them either.
check_eq "txt CP1251 of a letter with Kazakh names exits 1" 1 "$rc"

# PDF: text extracted, page 1 rendered.
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	"$QARAU" -d "$DB" letter "$ID" --format pdf -o "$T/kk.pdf"
	check_eq "pdf kk exits 0" 0 $?
	txt=$(pdftotext -layout "$T/kk.pdf" - 2>/dev/null | flat)
	check_contains "pdf kk: the return sentence" "$KK_SENT" "$txt"
	check_contains "pdf kk: Kazakh letters intact" "Ж. Әбенова" "$txt"
	check_contains "pdf kk: ң ү ұ ө intact" "кассациялық шағымыңыз" "$txt"
	check_contains "pdf kk: R17 ground" "$KK_R17" "$txt"
	pages=$(pdfinfo "$T/kk.pdf" 2>/dev/null | sed -n 's/^Page size: *//p')
	case $pages in
	*"(A4)"*|"") ok "pdf is A4" ;;
	*) not_ok "pdf is A4" "$pages" ;;
	esac
	pdftoppm -png -r 60 -f 1 -l 1 "$T/kk.pdf" "$T/page" 2>"$T/ppm.err"
	check_eq "pdftoppm renders page 1" 0 $?
	check_eq "pdftoppm made a PNG" "yes" "$( [ -s "$T/page-1.png" ] || [ -s "$T/page-01.png" ] && echo yes || echo no)"
	"$QARAU" -d "$DB" letter "$ID" --lang ru --format pdf -o "$T/ru.pdf"
	check_eq "pdf ru exits 0" 0 $?
	txt=$(pdftotext "$T/ru.pdf" - 2>/dev/null | flat)
	check_contains "pdf ru: the return sentence" "$RU_SENT" "$txt"
	check_contains "pdf ru: R17 ground" "$RU_R17" "$txt"
else
	"$QARAU" -d "$DB" letter "$ID" --format pdf -o "$T/kk.pdf" 2>/dev/null
	check_eq "pdf in a build without PDF exits 2" 2 $?
fi

# RTF: A4, Unicode escapes, and (when LibreOffice is here) read back.
"$QARAU" -d "$DB" letter "$ID" --format rtf -o "$T/kk.rtf"
check_eq "rtf kk exits 0" 0 $?
check_contains "rtf: A4" '\paperw11906\paperh16838' "$(cat "$T/kk.rtf")"
check_contains "rtf: қ as \\u1179" '\u1179?' "$(cat "$T/kk.rtf")"
"$QARAU" -d "$DB" letter "$ID" --lang ru --format rtf -o "$T/ru.rtf"
LO=$(command -v libreoffice || command -v soffice)
if [ -n "$LO" ]; then
	mkdir -p "$T/lo"
	HOME=$T/lo timeout 180 "$LO" -env:UserInstallation=file://$T/lo/profile \
	    --headless --convert-to pdf --outdir "$T/lo" "$T/kk.rtf" "$T/ru.rtf" \
	    >"$T/lo.log" 2>&1
	if [ -s "$T/lo/kk.pdf" ] && [ -s "$T/lo/ru.pdf" ]; then
		txt=$(pdftotext "$T/lo/kk.pdf" - 2>/dev/null | flat)
		check_contains "rtf kk via LibreOffice: the return sentence" "$KK_SENT" "$txt"
		check_contains "rtf kk via LibreOffice: R17 ground" "$KK_R17" "$txt"
		txt=$(pdftotext "$T/lo/ru.pdf" - 2>/dev/null | flat)
		check_contains "rtf ru via LibreOffice: the return sentence" "$RU_SENT" "$txt"
		size=$(pdfinfo "$T/lo/ru.pdf" 2>/dev/null | sed -n 's/^Page size: *//p')
		case $size in
		*"(A4)"*|"") ok "rtf via LibreOffice is A4" ;;
		*) not_ok "rtf via LibreOffice is A4" "$size" ;;
		esac
	else
		not_ok "LibreOffice converts the RTF" "$(cat "$T/lo.log")"
	fi
else
	echo "# SKIP: libreoffice is not installed; RTF not read back"
fi

# The other kinds: the request of an admitted filing's case, then the
# notice once the case is here and the hearing set; txt, PDF and RTF.
A=$("$QARAU" -d "$DB" add "$top_srcdir/tests/tui/admit.facts" \
    "filer.name=Сидоров Иван Петрович" \
    "act.court=Павлодарский областной суд" act.number=1-112/2025 |
    tail -n 1)
"$QARAU" -d "$DB" letter "$A" --kind return >/dev/null 2>&1
check_eq "no return letter for an admitted filing: exits 1" 1 $?
"$QARAU" -d "$DB" letter "$A" --kind notice >/dev/null 2>&1
check_eq "no notice before the case arrived: exits 1" 1 $?
txt=$("$QARAU" -d "$DB" letter "$A" --kind case-request --lang ru | flat)
check_contains "case request: to the court below, in the dative" \
    "Председателю Павлодарского областного суда" "$txt"
check_contains "case request: CPC 486.4's seven days" "не позднее семи суток" "$txt"
txt=$("$QARAU" -d "$DB" letter "$A" --kind case-request --lang kk | flat)
check_contains "case request kk" "Қылмыстық істі талап ету туралы" "$txt"
"$QARAU" -d "$DB" event "$A" case-requested 2025-09-01 >/dev/null &&
"$QARAU" -d "$DB" event "$A" case-received 2025-09-10 >/dev/null &&
"$QARAU" -d "$DB" event "$A" hearing-set 2025-10-15 \
    --note "10:00 г. Астана, ул. Кунаева, 39, зал № 3" >/dev/null ||
    not_ok "events of the admitted filing"
txt=$("$QARAU" -d "$DB" letter "$A" --kind notice --lang ru | flat)
check_contains "notice: the addressee in the dative" "Сидорову И.П." "$txt"
check_contains "notice: the hearing's date and time" "15.10.2025, 10:00" "$txt"
check_contains "notice: the place" "зал № 3" "$txt"
check_contains "notice: the act written out" \
    "приговора Павлодарского областного суда от" "$txt"
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	"$QARAU" -d "$DB" letter "$A" --kind notice --lang kk --format pdf \
	    -o "$T/notice.pdf"
	txt=$(pdftotext "$T/notice.pdf" - 2>/dev/null | flat)
	check_contains "notice kk pdf: the dative" "И.П. Сидоровқа" "$txt"
	check_contains "notice kk pdf: the hearing" "сағат 10:00" "$txt"
	check_contains "pdf: Liberation Serif embedded" "LiberationSerif" \
	    "$(pdffonts "$T/notice.pdf" 2>/dev/null)"
fi
"$QARAU" -d "$DB" letter "$A" --kind case-request --lang ru --format rtf \
    -o "$T/request.rtf"
if [ -n "$LO" ]; then
	HOME=$T/lo timeout 180 "$LO" -env:UserInstallation=file://$T/lo/profile \
	    --headless --convert-to pdf --outdir "$T/lo" "$T/request.rtf" \
	    >"$T/lo.log" 2>&1
	txt=$(pdftotext "$T/lo/request.pdf" - 2>/dev/null | flat)
	check_contains "case request rtf via LibreOffice" \
	    "Председателю Павлодарского областного суда" "$txt"
	check_contains "rtf via LibreOffice: the letterhead" \
	    "Кассационный суд по уголовным делам" "$txt"
fi

finish
