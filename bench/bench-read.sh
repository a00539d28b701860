#!/bin/sh
# Reading filings' documents (issue 11):
# - precision (correct proposals / proposals) and recall (stated facts
#   proposed / stated facts) of 'qarau read --porcelain' over every format
#   of the sample filings (tests/read/samples), per format and overall,
#   against the targets (precision >= 95%, recall >= 60%), with every wrong
#   proposal and the facts missed;
# - 'read' of a 20-page PDF with a text layer (target: under 0.5 s);
# - OCR of one A4 page at 300 dpi against the tesseract command on the same
#   image with -l kaz+rus, both on one core (target: at most 1.2x);
# - 'qarau list' on a register of 10^4 filings, without and with a 20 MB
#   document stored (target: no measurable difference).
# Prints figures; fails only when it cannot run, never on a figure.
# Called by bench/run.sh.  BENCH_READ_DIR keeps the generated samples
# between runs (remade when a sample is newer); QARAU_READ replaces the
# reading command (for trying the scoring); BENCH_READ_VERBOSE=1 lists
# every fact missed, not only the count per fact.
set -u
: "${QARAU:?run through make bench}"
here=$(cd "$(dirname "$0")" && pwd)
S=$here/../tests/read/samples
gen=$here/../tests/read/make-samples.sh
build=${BENCH_BUILDDIR:-${TMPDIR:-/tmp}}
out=${BENCH_READ_DIR:-$build/bench/read-samples}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-read.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
runs=5
# One core for qarau and for tesseract alike (Tesseract's OpenMP threads).
OMP_THREAD_LIMIT=1; export OMP_THREAD_LIMIT

now_ns() { date +%s%N; }
ms() { printf '%d.%03d' $(($1 / 1000000)) $(($1 / 1000 % 1000)); }

# Best of N wall-clock nanoseconds of a command (the least disturbed run).
best_ns() {
	n=$1; shift
	best=
	i=0
	while [ $i -lt "$n" ]; do
		t0=$(now_ns)
		"$@" > /dev/null 2>&1 || return 1
		t1=$(now_ns)
		d=$((t1 - t0))
		if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
		i=$((i + 1))
	done
	echo "$best"
}

if [ -n "${QARAU_READ:-}" ]; then
	reader() { $QARAU_READ "$@"; }
	have_read=yes
elif "$QARAU" read --help > /dev/null 2>&1; then
	reader() { "$QARAU" read --porcelain "$@"; }
	have_read=yes
else
	echo "read: pending: this qarau has no 'read' command (branch propose)"
	have_read=no
fi

# The samples, made again when a text, an expectation or the generator is
# newer than the last run.
if [ ! -s "$out/MANIFEST" ] ||
    [ -n "$(find "$S" "$gen" -newer "$out/MANIFEST" -type f | head -1)" ]; then
	t0=$(now_ns)
	rm -rf "$out"
	sh "$gen" -l "$out" > "$tmp/gen.log" 2>&1 ||
	    { cat "$tmp/gen.log"; echo "bench-read: make-samples.sh failed"; exit 1; }
	t1=$(now_ns)
	echo "samples: $(wc -l < "$out/MANIFEST") documents made in $(( (t1 - t0) / 1000000000 )) s ($out)"
fi

# The set-valued facts, whose proposals may join items with commas.
"$QARAU" questions --porcelain 2>/dev/null |
    awk -F '\t' '$2 == "set" { print $1 }' > "$tmp/sets"

# Lowercase (the tags e and p too; Cyrillic too: perl, as awk here may not know UTF-8), ё as е,
# no quotes, one space, no final full stop or comma, no "№" before a
# number, one kind of dash.
norm() {
	perl -CSD -Mutf8 -pe '
		$_ = lc; tr/ё/е/; s/[«»"“”„\x{2019}\x{2018}]//g;
		s/[\x{2013}\x{2014}\x{2212}]/-/g; s/ +/ /g;
		s/\t /\t/g; s/ (\t|$)/$1/g; s/[.,](\t|$)/$1/g;
		s/\t(№|n|no) ?(?=[0-9])/\t/g;'
}

# One document: its proposals against its expectation.  Writes
# "P<TAB>KEY=VALUE<TAB>ok|wrong<TAB>expected" per distinct proposal and
# "S<TAB>FACT<TAB>found|missed" per stated fact.
score() {	# EXPECT PORCELAIN
	{
		awk -F '\t' '
		FILENAME == sets { set[$1] = 1; next }
		/^[ \t]*(#|$)/ { next }
		{
			eq = index($0, "="); k = substr($0, 1, eq - 1)
			v = substr($0, eq + 1)
			n = split(v, alt, / [|] /)
			fact = (k in set) ? k "=" v : k
			for (i = 1; i <= n; i++)
				print "e\t" k "\t" alt[i] "\t" fact
		}' sets="$tmp/sets" "$tmp/sets" "$1"
		awk -F '\t' '
		FILENAME == sets { set[$1] = 1; next }
		/^suggest\./ {
			kv = substr($1, 9); eq = index(kv, "=")
			k = substr(kv, 1, eq - 1); v = substr(kv, eq + 1)
			if (k in set) {
				n = split(v, it, /, */)
				for (i = 1; i <= n; i++) print "p\t" k "\t" it[i]
			} else
				print "p\t" k "\t" v
		}' sets="$tmp/sets" "$tmp/sets" "$2"
	} | norm | awk -F '\t' '
	$1 == "e" {
		ok[$2 "\t" $3] = $4; facts[$4] = 1
		expv[$2] = expv[$2] (expv[$2] == "" ? "" : " | ") $3
		next
	}
	$1 == "p" {
		if ((kv = $2 "=" $3) in seen) next
		seen[kv] = 1
		if (($2 "\t" $3) in ok) {
			found[ok[$2 "\t" $3]] = 1
			print "p\t" kv "\tok\t"
		} else
			print "p\t" kv "\twrong\t" ($2 in expv ? expv[$2] : "(not stated)")
	}
	END {
		for (f in facts)
			print "S\t" f "\t" (f in found ? "found" : "missed")
	}'
}

if [ "$have_read" = yes ]; then
	: > "$tmp/results"
	while IFS='	' read -r fmt lang name path; do
		[ "$fmt" = long ] && continue
		t0=$(now_ns)
		if ! reader "$path" > "$tmp/out" 2> "$tmp/err"; then
			printf 'X\t%s\t%s\t%s\n' "$fmt" "$name" \
			    "$(head -1 "$tmp/err")" >> "$tmp/results"
			: > "$tmp/out"
		fi
		t1=$(now_ns)
		printf 'T\t%s\t%s\t%s\n' "$fmt" "$name" $((t1 - t0)) \
		    >> "$tmp/results"
		score "$S/$name.expect" "$tmp/out" |
		    sed "s/^/$fmt	$name	/" >> "$tmp/results"
	done < "$out/MANIFEST"

	awk -F '\t' -v verbose="${BENCH_READ_VERBOSE:-0}" '
	function pct(a, b) { return b ? sprintf("%.1f%%", 100 * a / b) : "-" }
	$1 == "T" { docs[$2]++; ns[$2] += $4; next }
	$1 == "X" { err[++nerr] = $2 " " $3 ": " $4; next }
	$3 == "p" {
		lang = substr($2, 1, 2); k = $4; sub(/=.*/, "", k)
		prop[$1]++; prop[lang]++; kprop[k]++; P++
		if ($5 == "ok") { good[$1]++; good[lang]++; kgood[k]++; G++ }
		else wrong[++nw] = $1 " " $2 ": " $4 " (expected: " $6 ")"
		next
	}
	$3 == "S" {
		lang = substr($2, 1, 2); k = $4; sub(/=.*/, "", k)
		stated[$1]++; stated[lang]++; kstated[k]++; St++
		if ($5 == "found") { hit[$1]++; hit[lang]++; khit[k]++; H++ }
		else missed[++nm] = $1 " " $2 ": " $4
		next
	}
	END {
		for (f in docs)
			printf "read %s: precision %s (%d/%d), recall %s (%d/%d), %d documents, %.2f s each\n",
			    f, pct(good[f], prop[f]), good[f], prop[f],
			    pct(hit[f], stated[f]), hit[f], stated[f], docs[f],
			    ns[f] / docs[f] / 1e9 | "sort"
		close("sort")
		split("kk ru uz", langs, " ")
		for (i = 1; i <= 3; i++)
			if (stated[langs[i]] + prop[langs[i]] > 0)
				printf "read %s samples: precision %s (%d/%d), recall %s (%d/%d)\n",
				    langs[i], pct(good[langs[i]], prop[langs[i]]),
				    good[langs[i]], prop[langs[i]],
				    pct(hit[langs[i]], stated[langs[i]]),
				    hit[langs[i]], stated[langs[i]]
		printf "read precision: %s (%d/%d) (target >= 95%%)\n", pct(G, P), G, P
		printf "read recall: %s (%d/%d) (target >= 60%%)\n", pct(H, St), H, St
		for (k in kstated) kprop[k] += 0
		for (k in kprop)
			printf "  fact %s: %d proposed, %d right; %d stated, %d found\n",
			    k, kprop[k], kgood[k], kstated[k], khit[k] | "sort"
		close("sort")
		for (i = 1; i <= nerr; i++) print "  failed to read: " err[i]
		for (i = 1; i <= nw; i++) print "  wrong: " wrong[i]
		if (verbose + 0)
			for (i = 1; i <= nm; i++) print "  missed: " missed[i]
	}' "$tmp/results"
fi

# Speed of reading a 20-page PDF with a text layer.
long=$out/long/long-20p.pdf
if [ "$have_read" = yes ] && [ -f "$long" ]; then
	if ns=$(best_ns $runs reader "$long"); then
		echo "read 20-page PDF: $(ms "$ns") ms (target < 500 ms)"
	else
		echo "read 20-page PDF: failed"
	fi
fi

# OCR of one A4 page at 300 dpi, qarau and the tesseract command on the
# same image, one core each.
page=$(awk -F '\t' '$1 == "png" && $2 == "ru" { print $4; exit }' "$out/MANIFEST")
if [ "$have_read" = yes ] && [ -n "$page" ] && command -v tesseract > /dev/null 2>&1; then
	a=$(best_ns 3 reader "$page")
	b=$(best_ns 3 tesseract "$page" - -l kaz+rus)
	if [ -n "$a" ] && [ -n "$b" ]; then
		echo "OCR of one A4 page (300 dpi, kaz+rus, one core): qarau read $(ms "$a") ms, tesseract $(ms "$b") ms, ratio $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }') x (target <= 1.2)"
	else
		echo "OCR of one A4 page: failed"
	fi
fi

# 'qarau list' on 10^4 filings, then with a 20 MB document stored with one
# of them: a DOCX whose text is a sample's and whose bulk is an
# incompressible 20 MB picture, so that storing it costs no OCR.
gen_register=$build/bench/gen-register
facts=$here/../tests/register/filing.facts
if [ ! -x "$gen_register" ]; then
	echo "list with a 20 MB document: $gen_register not built"
	exit 0
fi
"$gen_register" "$tmp/a.db" 10000 > /dev/null || exit 1
"$QARAU" -d "$tmp/a.db" list --limit 1 > /dev/null || exit 1
if ! "$QARAU" add --help 2>&1 | grep -q -- --document; then
	a=$(best_ns $runs "$QARAU" -d "$tmp/a.db" --today 2025-07-10 list --limit 50 --porcelain)
	echo "list --limit 50, 10000 filings: $(ms "$a") ms"
	echo "list with a 20 MB document: pending: this qarau has no 'add --document' (branch docstore)"
	exit 0
fi
big=$tmp/big.docx
docx=$(awk -F '\t' '$1 == "docx" { print $4; exit }' "$out/MANIFEST")
mkdir -p "$tmp/word/media"
cp "$docx" "$big" &&
    head -c 20000000 /dev/urandom > "$tmp/word/media/image1.jpeg" &&
    (cd "$tmp" && zip -q -0 "$big" word/media/image1.jpeg) ||
    { echo "bench-read: cannot make the 20 MB DOCX (zip)"; exit 1; }
# The same register twice, one with the document: the runs alternate, so
# that the machine's load weighs on both alike.
cp "$tmp/a.db" "$tmp/b.db" || exit 1
QARAU_TODAY=2025-07-10 "$QARAU" -d "$tmp/b.db" add --document "$big" "$facts" \
    > /dev/null || { echo "bench-read: add --document failed"; exit 1; }
QARAU_TODAY=2025-07-10 "$QARAU" -d "$tmp/a.db" add "$facts" > /dev/null ||
    exit 1
for args in "--limit 50" "--all"; do
	ba=; bb=
	i=0
	while [ $i -lt $((2 * runs)) ]; do
		for w in a b; do
			# shellcheck disable=SC2086
			d=$(best_ns 1 "$QARAU" -d "$tmp/$w.db" --today 2025-07-10 \
			    list $args --porcelain) || exit 1
			if [ $w = a ]; then
				if [ -z "$ba" ] || [ "$d" -lt "$ba" ]; then ba=$d; fi
			elif [ -z "$bb" ] || [ "$d" -lt "$bb" ]; then bb=$d; fi
		done
		i=$((i + 1))
	done
	echo "list $args, 10001 filings: $(ms "$ba") ms; with a 20 MB document stored: $(ms "$bb") ms"
done
echo "register files: $(($(wc -c < "$tmp/a.db") / 1000000)) MB; with the document: $(($(wc -c < "$tmp/b.db") / 1000000)) MB"
