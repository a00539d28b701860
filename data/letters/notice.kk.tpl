# Тарапқа істің кассациялық тәртіппен қаралатыны туралы хабарлама,
# шағымның (наразылықтың) көшірмесімен (ҚПК-нің 492-бабының бірінші
# бөлігі; нормативтік қаулының 11-тармағы).  Файл пішімі:
# data/letters/README.
@kind notice
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

@if custody
> {filer.institution} мекемесінің
әкімшілігі арқылы
{filer.to}
{filer.address}
@else
> {filer.to}
{filer.address}
@endif

< Істің кассациялық тәртіппен қаралатыны туралы хабарлама
@end

@block intro
{act.court.gen} {act.date} № {act.number} {act.pacc} кассациялық
тәртіппен қайта қарау туралы {doc.nom} (тір. № {filing.number})
кассациялық соттың сот отырысында қаралатынын хабарлаймын:

< Күні мен уақыты: {hearing.date}, сағат {hearing.time}
Өтетін орны: {hearing.place}

Қазақстан Республикасы Қылмыстық-процестік кодексінің 492-бабының бірінші
бөлігіне және Қазақстан Республикасы Жоғарғы Сотының 2025 жылғы
29 мамырдағы № 1 «Қылмыстық істерді кассациялық тәртіппен қарауды
регламенттейтін заңнаманы қолдану туралы» нормативтік қаулысының
11-тармағына сәйкес {doc.gen} көшірмесін жолдаймын. Сіз қосымша келіп
түскен материалдармен танысуға, қарсылық білдіруге және сот отырысына
қатысуға құқылысыз.
@end

@block closing
< Қосымша: {doc.gen} көшірмесі, ____ парақта.
@end

@block signature
< Судья	{judge}

< Орынд.: {assistant}
Тел.: {executor.telephone}
@end
