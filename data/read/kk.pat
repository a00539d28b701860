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
@notname заңды құрметпен

@sole filing.kind
filing.kind complaint head	кассациялық шағым*
filing.kind protest head	кассациялық наразылық*
filing.kind protest head	^ наразылық
filing.kind submission head	^ ұсыну|ұсыныс
filing.kind submission head	кассациялық ұсыну*

@sole filer.role
filer.role convicted head	^ сотталған* :
filer.role convicted head	^ сотталған {name}
filer.role defender head	^ қорғаушы*|адвокат* :
filer.role defender head	^ қорғаушы {name}
filer.role victim head	^ жәбірленуші :
filer.role victim-representative head	жәбірленушінің өкілі*
filer.role legal-representative head	заңды өкіл*
filer.role acquitted head	^ ақталған* :
filer.role civil-plaintiff head	азаматтық талапкер*
filer.role civil-defendant head	азаматтық жауапкер*
filer.role prosecutor-general any	^ қазақстан республикасының бас прокуроры
filer.role prosecutor-general tail	^ бас прокурор
filer.role deputy-prosecutor-general any	бас прокурор* орынбасар*
filer.role chief-military-prosecutor any	бас әскери прокурор*
filer.role chief-transport-prosecutor any	бас көлік прокурор*
!filer.role prosecutor-general any	бас прокурор* орынбасар*
filer.defends convicted head	сотталған* ...3 мүддесі*|қорғау*
+filer.defends convicted head	қорғаушы*|адвокат*
filer.defends acquitted head	ақталған* ...3 мүддесі*|қорғау*
+filer.defends acquitted head	қорғаушы*|адвокат*

filer.name $ head	^ сотталған*|қорғаушы*|адвокат*|жәбірленуші|ақталған* :? {name}
filer.name $ tail	^ сотталған*|қорғаушы*|адвокат*|жәбірленуші|ақталған* :? {name}
filer.name $ tail	^ құрметпен ,? {name}
filer.name $ tail	орынбасар*|прокурор* ...5 {name}

filer.institution $ any	{ {id} мекеме* }
filer.institution $ any	{ мекеме* {id} }
filer.in-custody yes any	{id} мекеме*
filer.in-custody yes any	мекеме* {id}

act.type verdict head	үкіміне|үкімге
act.type ruling head	қаулысына|қаулыға
act.type private-ruling head	жеке қаулысына|қаулыға
act.instance first head	аудандық|ауданаралық ...3 сот* ...12 үкіміне|үкімге
act.instance appellate head	апелляциялық ...3 алқа* ...12 қаулысына|қаулыға|үкіміне|үкімге
act.date $ head	{date} ...10 үкіміне|үкімге|қаулысына|қаулыға
act.number $ head	№|n {caseno} ...6 үкіміне|үкімге|қаулысына|қаулыға
act.number $ head	№|n {caseno} ...1 іс* бойынша
act.court $ head	{ <Cap> ...6 сотының|алқасының ...6 } {date}
act.in-force yes head	заңды күшіне енген
!act.in-force * any	заңды күшіне енбеген

grounds.cpc485-1 $ any	485 -? баб* ...1 бірінші|1 -? бөлі* {items} -? тармақ*|тармағ*
grounds.cpc485-2 $ any	485 -? баб* ...1 екінші|2 -? бөлі* {items} -? тармақ*|тармағ*
content.ground-reference yes any	485 -? баб* ...1 бірінші|1 -? бөлі* {items} -? тармақ*|тармағ*

content.participation yes any	қатысуым*|қатысусыз
content.attachments yes any	^ қосымша* :
content.copies-attached yes tail	үкім*|қаулы* ...2 көшірме*
+content.copies-attached yes any	^ қосымша*
!content.copies-attached * any	көшірме* ...3 қоса берілмеді|алмадым|тапсырылмады
content.date-signature yes tail	^ {date}
+content.date-signature yes tail	қолы|қол|қолтаңба*|эцқ

filing.efiling-number $ any	электрондық ...3 №|n {id}
