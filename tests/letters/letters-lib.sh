# Shared by the letter tests: a register with the court's settings and
# one filing that goes back by letter (return.facts).  Sourced after
# tests/lib.sh.
QARAU_TODAY=2025-10-02; export QARAU_TODAY
DB=$T/register.db

# letters_register: fills $DB; sets $ID to the returned filing's number.
letters_register() {
	"$QARAU" -d "$DB" init >/dev/null || return 1
	"$QARAU" -d "$DB" settings court.name.kk \
	    "Қылмыстық істер жөніндегі кассациялық сот" >/dev/null &&
	"$QARAU" -d "$DB" settings court.name.ru \
	    "Кассационный суд по уголовным делам" >/dev/null &&
	"$QARAU" -d "$DB" settings court.address.kk \
	    "Астана қаласы, Қонаев көшесі, 39" >/dev/null &&
	"$QARAU" -d "$DB" settings court.address.ru \
	    "г. Астана, ул. Кунаева, 39" >/dev/null &&
	"$QARAU" -d "$DB" settings assistant "Ж. Әбенова" >/dev/null ||
	    return 1
	ID=$("$QARAU" -d "$DB" add "$top_srcdir/tests/letters/return.facts" |
	    tail -n 1) || return 1
	"$QARAU" -d "$DB" set "$ID" "judge=Н. Төлеуов" >/dev/null
}

# One line of text: newlines and runs of blanks (also no-break spaces)
# become one space, so that sentences wrapped anywhere can be matched;
# a word hyphenated at a line's end (a soft hyphen) is joined again, and
# no-break hyphens read as hyphens.
flat() {
	sed -z 's/\xc2\xad\n//g; s/\xc2\xad//g' |
	    sed 's/\xc2\xa0/ /g; s/\xe2\x80\x91/-/g; s/\xe2\x81\xa0//g' |
	    tr '\n\f' '  ' | tr -s ' '
}
