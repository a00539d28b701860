# The sample filings of issue 11 (tests/read/samples/README.md) are
# well-formed: every text has its expectation and its formats, every
# expectation names facts of the vocabulary with values it accepts, and
# the formats assigned can hold the text.  Cheap: no conversion, no OCR;
# the benchmark (bench/bench-read.sh) reads them.
. "$top_srcdir/tests/lib.sh"

S=$top_srcdir/tests/read/samples
known="pdf docx odt doc rtf utf8 utf16 cp1251 koi8r rk1048 png jpeg tiff scanpdf"

# The vocabulary: key, type, values (qarau questions --porcelain).
"$QARAU" questions --porcelain > "$T/vocab"; rc=$?
check_eq "qarau questions --porcelain" 0 "$rc"
# filing.efiling-number comes with the identity branch (issue 11, item 1);
# until the vocabulary has it, it is checked as a text fact.
grep -q '^filing\.efiling-number	' "$T/vocab" ||
    printf 'filing.efiling-number\ttext\t-\n' >> "$T/vocab"

n=0
for txt in "$S"/*.txt; do
	name=$(basename "$txt" .txt)
	n=$((n + 1))
	exp=$S/$name.expect
	if [ ! -f "$exp" ]; then
		not_ok "$name: has an expectation" "missing: $exp"
		continue
	fi
	if ! iconv -f UTF-8 -t UTF-8 "$txt" > /dev/null 2>&1; then
		not_ok "$name: the text is UTF-8"
	fi
	# Control characters other than tab, newline and the form feed that
	# separates pages would not survive the conversions.
	if LC_ALL=C grep -q '[[:cntrl:]]' "$txt" &&
	    [ -n "$(LC_ALL=C tr -d '\t\n\f' < "$txt" | LC_ALL=C tr -dc '\000-\037\177')" ]; then
		not_ok "$name: no control characters but tab, newline, form feed"
	fi
	bad=$(awk -F '\t' '
	part == "vocab" {
		type[$1] = $2
		nv = split($3, v, ",")
		for (i = 1; i <= nv; i++) ok[$1, v[i]] = 1
		next
	}
	function validdate(d,    y, m, dd, ml) {
		if (d !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/)
			return 0
		y = substr(d, 1, 4) + 0; m = substr(d, 6, 2) + 0
		dd = substr(d, 9, 2) + 0
		if (m < 1 || m > 12 || dd < 1) return 0
		ml = substr("312831303130313130313031", 2 * m - 1, 2) + 0
		if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
			ml = 29
		return dd <= ml
	}
	/^[ \t]*(#|$)/ { next }
	{
		eq = index($0, "=")
		if (eq < 2) { print FNR ": not KEY=VALUE: " $0; next }
		k = substr($0, 1, eq - 1); val = substr($0, eq + 1)
		if (!(k in type)) { print FNR ": no such fact: " k; next }
		if (val == "") { print FNR ": empty value: " k; next }
		t = type[k]
		if (t == "enum" || t == "set") {
			if (val == "unknown" || !((k, val) in ok))
				print FNR ": " k ": not a value: " val
		} else if (t == "bool") {
			if (val != "yes" && val != "no")
				print FNR ": " k ": not yes or no: " val
		} else if (t == "date") {
			if (!validdate(val))
				print FNR ": " k ": not a date: " val
		} else {
			ns = split(val, sp, / [|] /)
			for (i = 1; i <= ns; i++)
				if (sp[i] !~ /^[^ |]/ || sp[i] ~ /[ |]$/)
					print FNR ": " k ": a bad spelling: " val
		}
		if (t != "set" && (k in seen))
			print FNR ": " k ": given twice"
		if (t == "set" && ((k, val) in seen))
			print FNR ": " k "=" val ": given twice"
		seen[k] = 1; seen[k, val] = 1
	}
	END {
		if (!("filing.kind" in seen)) print "no filing.kind"
	}' part=vocab "$T/vocab" part=expect "$exp")
	if [ -n "$bad" ]; then
		old_ifs=$IFS; IFS='
'
		not_ok "$name: the expectation is valid" $bad
		IFS=$old_ifs
	else
		ok "$name: the expectation is valid"
	fi

	fmts=$(sed -n "s/^$name:[ 	]*//p" "$S/FORMATS")
	if [ -z "$fmts" ]; then
		not_ok "$name: has formats in FORMATS"
		continue
	fi
	for f in $fmts; do
		case " $known " in
		*" $f "*) ;;
		*) not_ok "$name: format $f is known"; continue ;;
		esac
		# KOI8-R has no « » — №: make-samples.sh transliterates them.
		case $f in
		cp1251) enc=CP1251 ;; koi8r) enc=KOI8-R//TRANSLIT ;;
		rk1048) enc=RK1048 ;; *) enc= ;;
		esac
		if [ -n "$enc" ] && ! iconv -f UTF-8 -t "$enc" "$txt" \
		    > /dev/null 2>&1; then
			not_ok "$name: the text fits $enc"
		fi
	done
done
check_eq "at least 24 samples" yes "$([ "$n" -ge 24 ] && echo yes || echo no)"

for exp in "$S"/*.expect; do
	[ -f "${exp%.expect}.txt" ] ||
	    not_ok "$(basename "$exp"): has its text"
done

# Every name in FORMATS is a sample; every format has a Kazakh and a
# Russian sample (the encodings without Kazakh letters, Russian only).
missing=$(awk -v S="$S" '
	/^[ \t]*(#|$)/ { next }
	{
		name = $1; sub(/:$/, "", name)
		if (system("test -f \"" S "/" name ".txt\"") != 0)
			print "FORMATS names no sample: " name
		lang = substr(name, 1, 2)
		for (i = 2; i <= NF; i++) have[$i, lang] = 1
	}
	END {
		n = split("pdf docx odt doc rtf utf8 utf16 cp1251 koi8r rk1048 png jpeg tiff scanpdf", f, " ")
		for (i = 1; i <= n; i++) {
			if (!((f[i], "ru") in have)) print f[i] ": no Russian sample"
			if (f[i] != "cp1251" && f[i] != "koi8r" && !((f[i], "kk") in have))
				print f[i] ": no Kazakh sample"
		}
	}' "$S/FORMATS")
check_eq "FORMATS covers every format in kk and ru" "" "$missing"

finish
