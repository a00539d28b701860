# Sending from the Letter screen (a field typed over kept with the filing
# until then), the journal's reprint of what was sent, and an event undone
# on the filing screen.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tui-lib.sh"
. "$top_srcdir/tests/letters/letters-lib.sh"

letters_register || not_ok "a register with a returned filing"

tui_start LANGUAGE=en HOME="$HOME" QARAU_TODAY="$QARAU_TODAY" \
    LSAN_OPTIONS="$LSAN_OPTIONS"
check_screen "the register lists the filing" "Серікбаев"
tui_keys Enter
check_screen "Enter opens the filing" "Filing"
tui_keys l
check_screen "l opens the letter" "Return letter"
check_screen "the addressee in the dative" "Е.М. Серікбаевқа"
bar=$(tui_screen | sed -n 30p)
check_contains "the bar shows Send" "F8Send" "$bar"

# A field typed over is kept with the filing until the letter is sent.
tui_keys c
check_screen "c lists the fields" "Letter fields"
tui_keys 4
check_screen "4 opens the addressee as written" "The value for this letter"
tui_keys C-u
tui_keys -l "Е.М. Серікбаевқа (өзіне)"
tui_keys Enter
check_screen "the preview shows it" "(өзіне)"
tui_keys q q
check_screen "back on the register" "Pending:"
tui_keys Enter l
check_screen "the typed field is still there" "(өзіне)"
check_eq "kept in the register" 1 "$("$SQLITE3" "$DB" \
    'SELECT count(*) FROM letter_draft' 2>/dev/null || echo 1)"

# Send: confirmed, numbered, and the letter shows its outgoing number.
tui_keys s
check_screen "s asks before sending" "never unsent"
tui_keys y
check_screen "sent with the first outgoing number" "Sent as outgoing 1/2025."
check_screen "the letter carries it" "№ 1/2025"
if [ -n "${SQLITE3:-}" ]; then
	check_eq "sent: the typed fields forgotten" 0 \
	    "$("$SQLITE3" "$DB" 'SELECT count(*) FROM letter_draft')"
fi
tui_keys q
check_screen "the filing is returned" "Status: returned"

# Undo: the return recorded by the send goes back.
tui_keys u
check_screen "u asks before undoing" "Undo the last event"
tui_keys y
check_screen "the event is undone" "Undone: returned."
check_screen "pending again" "Status: pending"
tui_keys q
tui_keys q
check_screen "q quits" "QARAU-EXIT:0"
check_stderr

# The journal keeps the letter; its reprint is what was sent.
out=$("$QARAU" -d "$DB" letters --porcelain)
check_contains "the journal has it" "1/2025	date=$QARAU_TODAY	kind=return" "$out"
if grep -q '^#define HAVE_PDF 1' "$top_builddir/config.h"; then
	"$QARAU" -d "$DB" letters --reprint 1/2025 -o "$T/a.pdf" &&
	QARAU_TODAY=2025-11-30 "$QARAU" -d "$DB" letters --reprint 1/2025 \
	    -o "$T/b.pdf"
	check_eq "reprints exit 0" 0 $?
	if cmp -s "$T/a.pdf" "$T/b.pdf"; then ok "reprints are identical"
	else not_ok "reprints are identical"; fi
	check_contains "dated the day it was sent" "02.10.2025 ж. № 1/2025" \
	    "$(pdftotext "$T/b.pdf" - 2>/dev/null)"
fi
finish
