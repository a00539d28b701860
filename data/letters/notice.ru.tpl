# Извещение стороне о рассмотрении дела в кассационном порядке с копией
# жалобы (протеста) (ч. 1 ст. 492 УПК; п. 11 НП).  Формат файла:
# data/letters/README.
@kind notice
@lang ru
@date {dd}.{mm}.{yyyy}
@textdate {d} {month} {yyyy} года
@blank ____________

@month 1 января
@month 2 февраля
@month 3 марта
@month 4 апреля
@month 5 мая
@month 6 июня
@month 7 июля
@month 8 августа
@month 9 сентября
@month 10 октября
@month 11 ноября
@month 12 декабря

@word doc.Nom complaint Кассационная жалоба
@word doc.Nom protest Протест
@word doc.Nom submission Представление
@word doc.gen complaint кассационной жалобы
@word doc.gen protest протеста
@word doc.gen submission представления
@word doc.heard complaint будет рассмотрена
@word doc.heard protest будет рассмотрен
@word doc.heard submission будет рассмотрено
@word act.gen verdict приговора
@word act.gen ruling постановления
@word act.gen private-ruling частного постановления

@block head
# Бланк суда (наименования, адрес, телефон) выводится перед этим блоком.
< № {out.number} от {out.date}

@if custody
> {filer.to}
через администрацию учреждения {filer.institution}
{filer.address}
@else
> {filer.to}
{filer.address}
@endif

< Извещение о рассмотрении дела в кассационном порядке
@end

@block intro
{doc.Nom} (рег. № {filing.number}) о пересмотре в кассационном порядке
{act.gen} {act.court.gen} от {act.date} № {act.number} {doc.heard} в
судебном заседании кассационного суда:

< Дата и время: {hearing.date}, {hearing.time}
Место: {hearing.place}

В соответствии с частью первой статьи 492 Уголовно-процессуального
кодекса Республики Казахстан и пунктом 11 нормативного постановления
Верховного Суда Республики Казахстан от 29 мая 2025 года № 1
«О применении законодательства, регламентирующего рассмотрение уголовных
дел в кассационном порядке» направляю копию {doc.gen}. Вы вправе ознакомиться
с дополнительно поступившими материалами, представить возражения и
участвовать в судебном заседании.
@end

@block closing
< Приложение: копия {doc.gen} на ____ л.
@end

@block signature
< Судья	{judge}

< Исп.: {assistant}
Тел.: {executor.telephone}
@end
