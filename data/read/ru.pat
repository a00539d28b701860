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
@notname законн* истец ответчик улица проспект микрорайон дело дела делу уважением заявител*
@notname документ* подписан* эцп старший советник* юстиции

# What arrived: the title of the filing.
@sole filing.kind
filing.kind complaint head	кассационн* жалоб*
filing.kind protest head	кассационн* протест*
filing.kind protest head	^ протест
filing.kind submission head	^ представлени*
filing.kind submission head	кассационн* представлени*

# Who filed: the heading ("от осужденного ...") and the signature block.
# A heading that names two roles proposes none (@sole).
@sole filer.role
filer.role convicted head	^ от осужденн*
filer.role convicted head	от осужденн* ...2 {name}
filer.role convicted head	^ от {name} ,? осужденн*
filer.role convicted head	^ осужденного {name}
filer.role defender head	^ от защитник*|адвокат*
filer.role defender head	от защитник*|адвокат* ...2 {name}
filer.role defender head	^ защитник* :
filer.role victim head	^ от потерпевш*
filer.role victim head	от потерпевш* ...2 {name}
filer.role victim head	^ потерпевш* :
filer.role victim-representative head	^ от представител* потерпевш*
filer.role victim-representative head	от представител* потерпевш* ...4 {name}
filer.role victim-representative head	^ представител* потерпевш*
filer.role legal-representative head	^ от законн* представител*
filer.role legal-representative head	от законн* представител* ...4 {name}
filer.role acquitted head	^ от оправданн*
filer.role acquitted head	от оправданн* ...2 {name}
filer.role civil-plaintiff head	^ от гражданск* истц*
filer.role civil-plaintiff head	от гражданск* истц* ...4 {name}
filer.role civil-defendant head	^ от гражданск* ответчик*
filer.role civil-defendant head	от гражданск* ответчик* ...4 {name}
filer.role interested-person head	^ заявитель :
filer.role civil-plaintiff head	^ гражданск* истец :
filer.role civil-defendant head	^ гражданск* ответчик :
filer.role defender head	^ адвокат {name}
filer.role defender head	защитник* осужденн*|оправданн* {name}
filer.role prosecutor-general head	^ генеральн* прокурор*
filer.role prosecutor-general tail	^ генеральн* прокурор*
filer.role deputy-prosecutor-general any	заместител* генеральн* прокурор*
filer.role chief-military-prosecutor any	главн* военн* прокурор*
filer.role chief-transport-prosecutor any	главн* транспортн* прокурор*
filer.role other-prosecutor tail	^ прокурор <Cap> област*|города|район*
+filer.role other-prosecutor head	протест*
filer.role court-chair tail	^ председател* <Cap> ...2 суда
+filer.role court-chair head	^ представлени*
!filer.role prosecutor-general any	заместител* генеральн* прокурор*
!filer.role convicted head	законн* представител* ...2 осужденн*
filer.defends convicted head	в интерес*|защиту ...2 осужденн*
+filer.defends convicted head	защитник*|адвокат*
filer.defends acquitted head	в интерес*|защиту ...2 оправданн*
+filer.defends acquitted head	защитник*|адвокат*
filer.defends convicted head	защитник* осужденн*
filer.defends acquitted head	защитник* оправданн*
filer.represents convicted head	законн* представител* ...2 осужденн*
filer.represents victim head	законн* представител* ...2 потерпевш*

# The filer's name as written: heading, e-signature, signature block.
filer.name $ head	от осужденн*|защитник*|адвокат*|потерпевш*|оправданн* ...2 {name}
filer.name $ head	^ от {name} ,? осужденн*
filer.name $ head	^ осужденного {name}
filer.name $ head	^ защитник*|потерпевш*|заявитель :? ...1 {name}
filer.name $ head	^ гражданск* истец :? {name}
filer.name $ head	^ адвокат {name}
filer.name $ any	подписан* эцп :? {name}
filer.name $ tail	^ осужденн*|осужденная|защитник*|адвокат*|потерпевш* ...2 {name}
filer.name $ tail	^ с уважением ,? {name}
filer.name $ tail	заместител*|прокурор*|председател* ...6 {name}
!filer.name $ head	несовершеннолетн*|интерес*|защиту осужденн* {name}
!filer.name $ head	^ осужденн* :? {name}

# A convicted person in custody writes from the penal institution, and
# files through its administration (NR 7).  Only the institution's code
# is taken: the words around it are in whatever case the sentence needs
# ("в учреждении"), and the letter's address writes its own.
filer.institution $ any	учреждени* {id}
filer.in-custody yes any	учреждени* {id}
filing.via-institution yes any	подан*|передан*|направлен* через администраци*|спецчаст* ...1 учреждени*

# Where the filer lives, up to the telephone.
filer.address $ head	проживающ* ...3 :? {+ г . ...20 } ,? тел*
filer.address $ head	^ адрес :? {+ г . ...20 } ,? тел*
filer.address $ head	{name} ,? {+ г . ...20 } ,? тел*

# The act complained of.  The title says it ("на приговор ..."); else
# the first sentence does ("Приговором ... от ..."), in a complaint (a
# protest may begin with the verdict and attack the appellate act).
act.type verdict head	на приговор*
act.type verdict head	на оправдательн* приговор*
act.type ruling head	на постановлени*
act.type private-ruling head	на частн* постановлени*
act.type private-ruling head	^ частным постановлением
act.type verdict head	^ приговором
+act.type verdict head	кассационн* жалоб*
act.type verdict head	^ приговором ...12 в апелляционном порядке
act.type ruling head	^ постановлением апелляционн*
act.type ruling head	^ постановлением ...20 вынесенн* в апелляционном порядке

act.instance appellate head	на постановлени* апелляционн*
act.instance appellate head	на постановлени* судебн* коллеги*
act.instance appellate head	на приговор* апелляционн*
act.instance appellate head	^ приговором ...12 в апелляционном порядке
act.instance appellate head	^ постановлением апелляционн*
act.instance appellate head	^ постановлением ...20 вынесенн* в апелляционном порядке
act.instance first head	на приговор* ...3 районн*|межрайонн*|городск*
act.instance first head	^ приговором ...3 районн*|межрайонн*|городск*
+act.instance first head	кассационн* жалоб*
act.instance first head	^ приговором суда №
+act.instance first head	кассационн* жалоб*
act.instance first head	^ частным постановлением ...3 районн*|межрайонн*|городск*
!act.instance first head	^ приговором ...12 в апелляционном порядке

act.date $ head	на приговор*|постановлени* ...16 от {date}
act.date $ head	^ приговором ...12 от {date}
+act.date $ head	кассационн* жалоб*
act.date $ head	^ приговором ...12 в апелляционном порядке ,? {date}
act.date $ head	^ приговором ...10 от {date} ,? постановленн*|вынесенн* в апелляционном
act.date $ head	^ постановлением|частным ...14 от {date}

act.number $ head	на приговор*|постановлени* ...16 №|n {caseno}
act.number $ head	по ...1 делу №|n {caseno}
act.number $ head	( дело №|n {caseno}
act.number $ head	^ постановлением ...12 {date} №|n {caseno}

act.court $ head	на приговор*|постановлени* ...10 { <Cap> ...8 суда|суд ...4 } от|№|n
act.court $ head	^ приговором { <Cap> ...6 суда ...4 } от|,|(
+act.court $ head	кассационн* жалоб*
act.court $ head	^ приговором { <Cap> ...6 суда } ,? постановленн*|вынесенн* в апелляционном
act.court $ head	^ приговором { <Cap> ...6 суда } от {date} ,? постановленн*|вынесенн* в апелляционном
act.court $ head	^ постановлением апелляционн* ...6 { <Cap> ...4 суда } от
act.court $ head	^ постановлением|частным ...1 { <Cap> ...4 суда } от

# A filing that asks to leave the verdict as it is attacks another act.
!act.type verdict any	приговор* ...8 оставить без изменения
!act.type verdict any	приговор* ...8 оставить в силе
!act.instance first any	приговор* ...8 оставить без изменения
!act.instance first any	приговор* ...8 оставить в силе
!act.court * any	приговор* ...8 оставить без изменения
!act.court * any	приговор* ...8 оставить в силе
!act.date * any	приговор* ...8 оставить без изменения
!act.date * any	приговор* ...8 оставить в силе
!appeal.route * any	приговор* ...8 оставить без изменения
!appeal.route * any	приговор* ...8 оставить в силе

act.in-force yes head	вступивш* в законную силу
!act.in-force * any	не вступивш* в законную силу

# The appellate court upheld the verdict for this person.
appeal.route reviewed head	постановлени* ...20 приговор ...2 оставлен*|оставил*|оставила без изменения
appeal.route reviewed head	постановлени* ...20 приговор ...2 оставлен*|оставил*|оставила в силе
+appeal.route reviewed head	кассационн* жалоб*

# The grounds: items of CPC 485 part 1 (part 2 for protests, NR 8.1).
grounds.cpc485-1 $ any	п|пп|пункт*|подпункт* .? {items} ...2 ч|част* .? 1|перв* ...1 ст|стат* .? 485
grounds.cpc485-1 $ any	ч|част* .? 1|перв* ...1 ст|стат* .? 485 ...3 п|пп|пункт*|подпункт* .? {items}
grounds.cpc485-1 $ any	ст|стат* .? 485 ...3 ч|част* .? 1|перв* ...1 п|пп|пункт*|подпункт* .? {items}
grounds.cpc485-2 $ any	п|пп|пункт*|подпункт* .? {items} ...2 ч|част* .? 2|втор* ...1 ст|стат* .? 485

# Form and content (CPC 488, NR 7).
content.participation yes any	рассмотреть|рассмотрении ...4 с|без ...1 участи*
content.participation yes any	рассмотреть|рассмотрении ...4 в|при моем|моём присутстви*
content.participation yes any	участвовать в рассмотрении

content.attachments yes any	^ приложени* :
content.attachments yes any	^ приложения
-content.attachments no any	приложени*|прилагаю|прилагается
-content.attachments no any	копи* ...3 приговор*|постановлени*

content.copies-attached yes tail	копи* ...3 приговор*|постановлени*|судебн*
+content.copies-attached yes any	^ приложени*
!content.copies-attached * any	копи* ...3 не прилага*|приложен*|получ*|вручен*
!content.copies-attached * any	не прилага* ...3 копи*
-content.copies-attached no any	копи*
-content.copies-attached no any	приложени*

content.date-signature yes tail	^ {date}
+content.date-signature yes tail	{name}
content.date-signature yes tail	^ {date}
+content.date-signature yes tail	подпис*|эцп
content.date-signature yes tail	^ {date}
+content.date-signature yes any	подписан* эцп
-content.date-signature no end	{date}

# The number the courts' e-filing cabinet gave the filing.
filing.efiling-number $ head	^ электронн* обращени* №|n {id}
filing.efiling-number $ any	судебн* кабинет* ...6 №|n {id}
filing.efiling-number $ any	номер обращени* :? №? {id}
