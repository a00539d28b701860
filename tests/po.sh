# kk and ru are complete: every message that the sources hold today has a
# translation that is neither missing nor fuzzy, and keeps the printf
# directives of its original.  The catalogue is extracted afresh, so a
# string added to the code without a translation fails here.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1
want=$(find core data tui -name "*.c" | LC_ALL=C sort)
have=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
check_eq "po/POTFILES.in lists every source (po/potfiles.sh)" "$want" "$have"
files=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
	--keyword=C_:1c,2 --add-comments=TRANSLATORS: -o "$T/qarau.pot" \
	$files 2>"$T/xgettext.err" || { cat "$T/xgettext.err"; exit 1; }
for lang in kk ru; do
	msgmerge --quiet --no-fuzzy-matching -o "$T/$lang.po" "po/$lang.po" \
		"$T/qarau.pot" || exit 1
	stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null \
		"$T/$lang.po" 2>&1)
	case $stats in
	*untranslated*|*fuzzy*)
		not_ok "$lang.po complete" "$stats"
		LC_ALL=C msgattrib --untranslated --no-wrap "$T/$lang.po" |
			grep '^msgid' | head -20 ;;
	*" translated message"*) ok "$lang.po complete ($stats)" ;;
	*) not_ok "$lang.po checks" "$stats" ;;
	esac
done
finish
