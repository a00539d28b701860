# The manual pages are valid mdoc.
. "$top_srcdir/tests/lib.sh"
if ! command -v mandoc >/dev/null 2>&1; then
	echo "SKIP: mandoc is not installed"; exit 77
fi
for page in "$top_srcdir"/man/*.[1-9]; do
	out=$(mandoc -T lint -W warning "$page" 2>&1)
	check_eq "mandoc -T lint $(basename "$page")" "" "$out"
done
finish
