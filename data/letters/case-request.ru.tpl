# Запрос судьи об истребовании уголовного дела из нижестоящего суда
# (ч. 1 ст. 492, ч. 4 ст. 486 УПК).  Формат файла: data/letters/README.
@kind case-request
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

@word doc.arrived complaint поступила кассационная жалоба
@word doc.arrived protest поступил протест
@word doc.arrived submission поступило представление
@word doc.gen complaint кассационной жалобы
@word doc.gen protest протеста
@word doc.gen submission представления
@word act.gen verdict приговора
@word act.gen ruling постановления
@word act.gen private-ruling частного постановления

@block head
# Бланк суда (наименования, адрес, телефон) выводится перед этим блоком.
< № {out.number} от {out.date}

> Председателю
{act.court.gen}

< Об истребовании уголовного дела
@end

@block intro
{filing.received} в кассационный суд {doc.arrived} (рег. № {filing.number})
о пересмотре в кассационном порядке {act.gen} {act.court.gen} от {act.date}
№ {act.number}.

В соответствии с частью первой статьи 492 Уголовно-процессуального
кодекса Республики Казахстан (далее – УПК) прошу направить в кассационный
суд уголовное дело, по которому вынесен названный судебный акт, в срок,
установленный частью четвёртой статьи 486 УПК, – не позднее семи суток со
дня получения настоящего запроса.
@end

@block closing
< Приложение: копия {doc.gen} на ____ л.
@end

@block signature
< Судья	{judge}

< Исп.: {assistant}
Тел.: {executor.telephone}
@end
