# Shared by tests/extract/*.sh: sourced after tests/lib.sh.
#
# X FILE...: qarau-extract as qarau runs it (the uninstalled one, through
# QARAU_LIBEXECDIR); C FILE: extract_file() through extract-client.
# Both leave stdout in $T/out, stderr in $T/err and the status in $rc.
XP=$QARAU_LIBEXECDIR/qarau-extract
CLIENT=$top_builddir/tests/extract/extract-client

if [ ! -x "$XP" ]; then
	# Built without --enable-extract's libraries: the client must say so.
	printf 'x' > "$T/a.txt"
	"$CLIENT" "$T/a.txt" 2>"$T/err"
	case $(cat "$T/err") in
	*"built without qarau-extract"*)
		echo "qarau-extract not built: skipped"; exit 77 ;;
	esac
	echo "qarau-extract missing and the client did not say why"; exit 1
fi

X() {
	"$XP" -- "$1" < "$1" > "$T/out" 2> "$T/err"
	rc=$?
}

C() {
	"$CLIENT" "$1" > "$T/out" 2> "$T/err"
	rc=$?
}

# header KEY: the value of KEY in the header of $T/out.
header() {
	sed -n "/^\$/q; s/^$1=//p" "$T/out"
}

# body: the text after the header.
body() {
	sed '1,/^$/d' "$T/out"
}

# fails NAME FILE NEEDLE: extraction of FILE fails, naming it, with NEEDLE
# in the message, through the client (as qarau would report it).
fails() {
	C "$2"
	if [ "$rc" -ne 0 ]; then ok "$1: exit status $rc"; else
		not_ok "$1: exit status" "expected non-zero, got 0"; fi
	check_contains "$1: names the file" "$2" "$(cat "$T/err")"
	check_contains "$1: says why" "$3" "$(cat "$T/err")"
}

# The private LibreOffice profile of this test, so that the conversions
# neither touch nor wait on anyone's.
office() {
	soffice -env:UserInstallation="file://$T/lo-profile" --headless \
	    --norestore --convert-to "$1" --outdir "$T" "$2" \
	    >/dev/null 2>&1
}

need() {
	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 && continue
		echo "$tool not installed: skipped"
		exit 77
	done
}

# A filing's first lines, in Kazakh and Russian, on two pages.
sample_text() {
	printf '%s\n' "Қазақстан Республикасының Жоғарғы Сотына" \
	    "КАССАЦИЯЛЫҚ ШАҒЫМ" \
	    "Приговор Павлодарского областного суда отменить."
	printf '\f%s\n' "Вторая страница, қолы қойылды."
}
