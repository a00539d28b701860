# Patterns of the filing reader for texts in Kazakh (qarau-read(5)).
# KEY VALUE [head|tail|any] <TAB> pattern; '+' a condition of the line
# above, '!' a veto.  A wrong proposal is worse than none.

# Months as dates write them: «2025 жылғы 15 шілдедегі».
@month 1 қаңтар*
@month 2 ақпан*
@month 3 наурыз*
@month 4 сәуір*
@month 5 мамыр*
@month 6 маусым*
@month 7 шілде*
@month 8 тамыз*
@month 9 қыркүйек*
@month 10 қазан*
@month 11 қараша*
@month 12 желтоқсан*

@notname сот|соты|сотына|сотының|сотқа кассациялық апелляциялық республика*
@notname қазақстан* прокурор* үкім* қаулы* шағым* наразылық* сотталған*
@notname қорғаушы* жәбірленуші* ақталған* мекеме* қылмыстық облыс*
@notname облыстық аудандық қалалық ауданаралық мамандандырылған бас
@notname орынбасар* төраға* алқа* қосымша* көшірме* қолы күні өкіл*
@notname заңды құрметпен мен менің жәбірленушінің сотталғанның
@notname электрондық өтініш құжатқа эцқ

# What arrived: the title of the filing.
@sole filing.kind
filing.kind complaint head	кассациялық шағым*
filing.kind complaint head	^ шағым
filing.kind protest head	кассациялық наразылық*
filing.kind protest head	^ наразылық
filing.kind submission head	^ ұсыну|ұсыныс
filing.kind submission head	кассациялық ұсыну*

# Who filed: the heading and the signature block (@sole: a heading that
# names two roles proposes none).
@sole filer.role
filer.role convicted head	^ сотталған* :
filer.role convicted head	сотталған {name}
filer.role defender head	^ қорғаушы*|адвокат* :
filer.role defender head	мүддесі* қорғайтын қорғаушы*
filer.role victim head	^ жәбірленуші :
filer.role victim-representative head	жәбірленушінің өкілі*
filer.role legal-representative head	заңды өкілі
filer.role acquitted head	^ ақталған* :
filer.role civil-plaintiff head	азаматтық талапкер*
filer.role civil-defendant head	азаматтық жауапкер*
filer.role prosecutor-general any	^ қазақстан республикасының бас прокуроры
filer.role prosecutor-general tail	^ бас прокурор
filer.role deputy-prosecutor-general any	бас прокурор* орынбасар*
filer.role chief-military-prosecutor any	бас әскери прокурор*
filer.role chief-transport-prosecutor any	бас көлік прокурор*
filer.role court-chair tail	облыстық|қалалық сотының төрағасы
+filer.role court-chair head	^ ұсыну|ұсыныс
!filer.role prosecutor-general any	бас прокурор* орынбасар*
!filer.role convicted head	сотталған* ...8 мүддесі*
filer.defends convicted head	сотталған* ...8 мүддесі*
+filer.defends convicted head	қорғаушы*|адвокат*
filer.defends acquitted head	ақталған* ...8 мүддесі*
+filer.defends acquitted head	қорғаушы*|адвокат*
filer.represents victim head	жәбірленуші ...12 заңды өкілі
filer.represents convicted head	сотталған* ...12 заңды өкілі

filer.name $ head	^ сотталған*|қорғаушы*|адвокат*|жәбірленуші|ақталған* :? {name}
filer.name $ head	сотталған {name}
filer.name $ head	адвокаты|өкілі {name}
filer.name $ head	заңды өкілі —? ...2 {name}
filer.name $ any	эцқ|эцп қойылған :? {name}
filer.name $ tail	^ сотталған*|қорғаушы*|адвокат*|жәбірленуші|ақталған* ...2 {name}
filer.name $ tail	^ құрметпен ,? {name}
filer.name $ tail	орынбасар*|прокурор*|төраға* ...6 {name}
!filer.name $ head	сотталған {name} мүддесі*
!filer.name $ head	жәбірленуші {name}

# Custody: the penal institution, and filing through its administration.
filer.institution $ any	{id} мекеме*
filer.institution $ any	мекеме* {id}
filer.in-custody yes any	{id} мекеме*
filer.in-custody yes any	мекеме* {id}
filing.via-institution yes any	мекеме* ...3 әкімшілігі|бөлімі арқылы

filer.address $ head	мекенжайы|жері :? {+ <Cap> ...20 } ,? тел*

# The act complained of: the title names it ("... үкіміне"), else the
# first sentence does ("... сотының 2025 жылғы 11 ақпандағы № ...
# үкімімен").
act.type verdict head	сотының ...8 {date} ...14 үкімімен|үкіміне|үкімге
act.type ruling head	алқасының ...2 {date} ...14 қаулысымен|қаулысына|қаулыға
act.type private-ruling head	жеке қаулысына|қаулысымен
act.instance first head	аудандық|ауданаралық|қалалық|әскери ...1 сотының ...1 {date} ...14 үкімімен|үкіміне|үкімге
act.instance first head	№ ...1 сотының ...1 {date} ...14 үкімімен|үкіміне|үкімге
act.instance appellate head	апелляциялық ...2 алқасының ...1 {date} ...14 қаулысымен|қаулысына|қаулыға
act.date $ head	сотының ...8 {date} ...14 үкімімен|үкіміне|үкімге|қаулысымен|қаулысына|қаулыға
act.number $ head	{date} ж? .? №|n {caseno} ...1 үкімімен|үкіміне|үкімге|қаулысымен|қаулысына|қаулыға
act.number $ head	үкімімен|қаулысымен ( іс №|n {caseno}
act.court $ head	^ (? { <Cap> ...5 сотының } ...8 {date} ...14 үкімімен|үкіміне|үкімге|қаулысымен|қаулысына|қаулыға
act.court $ head	^ мен { <Cap> ...5 сотының } ...8 {date} ...14 үкімімен|үкіміне|үкімге|қаулысымен|қаулысына|қаулыға
act.in-force yes head	заңды күшіне енген
!act.in-force * any	заңды күшіне енбеген

appeal.route reviewed head	үкім* ...3 өзгеріссіз|күшінде қалдырды|қалдырылды
+appeal.route reviewed head	кассациялық шағым*
appeal.route reviewed head	үкім* ...3 өзгеріссіз|күшінде қалдырды|қалдырылды
+appeal.route reviewed head	^ шағым

# A filing that asks to leave the verdict as it is attacks another act.
!act.type verdict any	үкім* ...3 өзгеріссіз|күшінде қалдыруды
!act.instance first any	үкім* ...3 өзгеріссіз|күшінде қалдыруды
!act.court * any	үкім* ...3 өзгеріссіз|күшінде қалдыруды
!act.date * any	үкім* ...3 өзгеріссіз|күшінде қалдыруды
!appeal.route * any	үкім* ...3 өзгеріссіз|күшінде қалдыруды

grounds.cpc485-1 $ any	485 -? баб*|бап ...1 бірінші|1 -? бөлі* {items} -? тармақ*|тармағ*
grounds.cpc485-2 $ any	485 -? баб*|бап ...1 екінші|2 -? бөлі* {items} -? тармақ*|тармағ*

content.participation yes any	қатысуым*|қатысусыз|қатысуымен ...3 қарау*|қаралу*
content.attachments yes any	^ қосымша* :
-content.attachments no any	қосымша*|көшірме*
content.copies-attached yes tail	үкім*|қаулы*|акт* ...2 көшірме*
+content.copies-attached yes any	^ қосымша*
!content.copies-attached * any	көшірме* ...3 қоса берілмеді|алмадым|тапсырылмады
-content.copies-attached no any	көшірме*
-content.copies-attached no any	қосымша*
content.date-signature yes tail	^ {date}
+content.date-signature yes tail	{name}
content.date-signature yes tail	^ {date}
+content.date-signature yes tail	қолы|қол|қолтаңба*
content.date-signature yes tail	^ {date}
+content.date-signature yes any	эцқ|эцп қойылған
-content.date-signature no end	{date}

filing.efiling-number $ head	^ электрондық өтініш №|n {id}
filing.efiling-number $ any	сот кабинеті ...3 №|n {id}
