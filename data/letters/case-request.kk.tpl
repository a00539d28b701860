# Судьяның қылмыстық істі төменгі соттан талап ету туралы сұрау салуы
# (ҚПК-нің 492-бабының бірінші бөлігі, 486-бабының төртінші бөлігі).
# Файл пішімі: data/letters/README.
@kind case-request
@lang kk
@date {dd}.{mm}.{yyyy} ж.
@textdate {yyyy} жылғы {d} {month}
@blank ____________

@month 1 қаңтардағы
@month 2 ақпандағы
@month 3 наурыздағы
@month 4 сәуірдегі
@month 5 мамырдағы
@month 6 маусымдағы
@month 7 шілдедегі
@month 8 тамыздағы
@month 9 қыркүйектегі
@month 10 қазандағы
@month 11 қарашадағы
@month 12 желтоқсандағы

@word doc.nom complaint кассациялық шағым
@word doc.nom protest наразылық
@word doc.nom submission ұсыну
@word doc.gen complaint кассациялық шағымның
@word doc.gen protest наразылықтың
@word doc.gen submission ұсынудың
@word act.pacc verdict үкімін
@word act.pacc ruling қаулысын
@word act.pacc private-ruling жекеше қаулысын

@block head
# Соттың бланкі (атауы, мекенжайы, телефоны) осы блоктың алдында шығады.
< {out.date} № {out.number}

> {act.court.gen}
төрағасына

< Қылмыстық істі талап ету туралы
@end

@block intro
Кассациялық сотқа {act.court.gen} {act.date} № {act.number} {act.pacc}
кассациялық тәртіппен қайта қарау туралы {filing.received} {doc.nom} келіп
түсті (тір. № {filing.number}).

Қазақстан Республикасы Қылмыстық-процестік кодексінің (бұдан әрі – ҚПК)
492-бабының бірінші бөлігіне сәйкес аталған сот актісі шығарылған
қылмыстық істі ҚПК-нің 486-бабының төртінші бөлігінде белгіленген
мерзімде – осы сұрау салуды алған күннен бастап жеті тәуліктен кешіктірмей
кассациялық сотқа жолдауыңызды сұраймын.
@end

@block closing
< Қосымша: {doc.gen} көшірмесі, ____ парақта.
@end

@block signature
< Судья	{judge}

< Орынд.: {assistant}
Тел.: {executor.telephone}
@end
