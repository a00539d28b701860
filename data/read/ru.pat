# Patterns of the filing reader for texts in Russian (qarau-read(5)).
# KEY VALUE [head|tail|any] <TAB> pattern; '+' a condition of the line
# above, '!' a veto.  A wrong proposal is worse than none: a pattern here
# must not fire on anything but what it names.

# Months as dates write them: «15 июля 2025 года».
@month 1 январ*
@month 2 феврал*
@month 3 март*
@month 4 апрел*
@month 5 мая|май
@month 6 июн*
@month 7 июл*
@month 8 август*
@month 9 сентябр*
@month 10 октябр*
@month 11 ноябр*
@month 12 декабр*

# Capitalised words that are never part of a person's name.
@notname суд|суда|суду|судом|суде|судебн* кассацион* апелляцион* республик*
@notname казахстан* прокурор* приговор* постановлени* жалоб* протест*
@notname осужден* защитник* адвокат* потерпевш* оправдан* учреждени*
@notname уголовн* верховн* генеральн* заместител* председател* коллеги*
@notname областн* районн* городск* межрайонн* специализированн* прошу
@notname приложени* копи* подпись дата гражданин* гражданк* представител*
@notname законн* улица проспект микрорайон дело дела делу уважением

# What arrived: the title of the filing.
@sole filing.kind
filing.kind complaint head	кассационн* жалоб*
filing.kind protest head	кассационн* протест*
filing.kind protest head	^ протест
filing.kind submission head	^ представлени*
filing.kind submission head	кассационн* представлени*

# Who filed: the heading ("от осужденного ...") and the signature block.
@sole filer.role
filer.role convicted head	от осужденн*
filer.role convicted head	^ осужденн* :
filer.role defender head	от защитник*|адвокат*
filer.role defender head	^ защитник* :
filer.role victim head	от потерпевш*
filer.role victim head	^ потерпевш* :
filer.role victim-representative head	от представител* потерпевш*
filer.role legal-representative head	от законн* представител*
filer.role acquitted head	от оправданн*
filer.role civil-plaintiff head	от гражданск* истц*
filer.role civil-defendant head	от гражданск* ответчик*
filer.role prosecutor-general head	^ генеральн* прокурор*
filer.role prosecutor-general head	протест* генеральн* прокурор*
filer.role prosecutor-general tail	^ генеральн* прокурор*
filer.role deputy-prosecutor-general head	заместител* генеральн* прокурор*
filer.role deputy-prosecutor-general tail	^ заместител* генеральн* прокурор*
filer.role chief-military-prosecutor any	главн* военн* прокурор*
filer.role chief-transport-prosecutor any	главн* транспортн* прокурор*
!filer.role prosecutor-general any	заместител* генеральн* прокурор*
filer.defends convicted head	в интерес*|защиту ...2 осужденн*
+filer.defends convicted head	защитник*|адвокат*
filer.defends acquitted head	в интерес*|защиту ...2 оправданн*
+filer.defends acquitted head	защитник*|адвокат*

# The filer's name as written: heading, then the signature block.
filer.name $ head	от осужденн*|защитник*|адвокат*|потерпевш*|оправданн* ...2 {name}
filer.name $ head	^ осужденн*|защитник*|адвокат*|потерпевш* :? {name}
filer.name $ tail	^ осужденн*|осужденная|защитник*|адвокат*|потерпевш* :? {name}
filer.name $ tail	^ с уважением ,? {name}
filer.name $ tail	заместител*|прокурор* ...5 {name}

# A convicted person in custody writes from the penal institution.
filer.institution $ any	{ учреждени* {id} }
filer.in-custody yes any	учреждени* {id}

# The act complained of, as the heading names it.
act.type verdict head	на приговор*
act.type ruling head	на постановлени*
act.type private-ruling head	на частн* постановлени*
act.instance appellate head	на постановлени* апелляционн*
act.instance appellate head	на постановлени* судебн* коллеги*
act.instance appellate head	на приговор* апелляционн*
act.instance first head	на приговор* ...3 районн*|межрайонн*
act.date $ head	на приговор*|постановлени* ...16 от {date}
act.number $ head	на приговор*|постановлени* ...16 №|n {caseno}
act.number $ head	по ...1 делу №|n {caseno}
act.court $ head	на приговор*|постановлени* ...10 { <Cap> ...8 суда|суд ...4 } от|№|n
act.in-force yes head	вступивш* в законную силу
!act.in-force * any	не вступивш* в законную силу

# The grounds: items of CPC 485 part 1 (part 2 for protests, NR 8.1).
grounds.cpc485-1 $ any	п|пп|пункт*|подпункт* .? {items} ...2 ч|част* .? 1|перв* ...1 ст|стат* .? 485
grounds.cpc485-1 $ any	ч|част* .? 1|перв* ...1 ст|стат* .? 485 ...3 п|пп|пункт*|подпункт* .? {items}
grounds.cpc485-1 $ any	ст|стат* .? 485 ...3 ч|част* .? 1|перв* ...1 п|пп|пункт*|подпункт* .? {items}
grounds.cpc485-2 $ any	п|пп|пункт*|подпункт* .? {items} ...2 ч|част* .? 2|втор* ...1 ст|стат* .? 485
content.ground-reference yes any	п|пп|пункт*|подпункт* .? {items} ...2 ч|част* .? 1|перв* ...1 ст|стат* .? 485
content.ground-reference yes any	ч|част* .? 1|перв* ...1 ст|стат* .? 485 ...3 п|пп|пункт*|подпункт* .? {items}

# Form and content (CPC 488, NR 7).
content.participation yes any	с моим|личным участием
content.participation yes any	без моего участия
content.participation yes any	с|без участи* ...1 меня|осужденн*|защитник*|адвокат*
content.attachments yes any	^ приложени* :
content.attachments yes any	^ приложения
content.copies-attached yes tail	копи* ...3 приговор*|постановлени*
+content.copies-attached yes any	^ приложени*
!content.copies-attached * any	копи* ...3 не прилага*|приложен*|получ*|вручен*
!content.copies-attached * any	не прилага* ...3 копи*
content.date-signature yes tail	^ {date}
+content.date-signature yes tail	подпис*|эцп
content.date-signature yes tail	^ дата :? {date}
+content.date-signature yes tail	подпис*|эцп

# The number the courts' e-filing cabinet gave the filing.
filing.efiling-number $ any	судебн* кабинет* ...6 №|n {id}
filing.efiling-number $ any	номер обращени* :? №? {id}
filing.efiling-number $ any	электронн* обращени* №|n {id}
