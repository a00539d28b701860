#!/bin/sh
# Builds every format of the sample filings (tests/read/samples/README.md)
# from their texts, into a build directory: nothing it makes is committed.
#
#   make-samples.sh [-f FORMAT,...] [-l] OUTDIR [NAME...]
#
# -f builds only the formats named; -l also builds the 20-page PDF of the
# speed benchmark (OUTDIR/long/long-20p.pdf).  Without NAMEs, every sample.
# Writes OUTDIR/FORMAT/NAME.EXT and OUTDIR/MANIFEST, one line a document:
# "FORMAT<TAB>LANG<TAB>NAME<TAB>PATH".
#
# Needs soffice (pdf, docx, odt, doc, rtf and the scans, which start from
# the PDF), iconv, pdftoppm, ImageMagick's convert and img2pdf.  LibreOffice
# is slow to start, so each target format is one soffice call for all the
# documents, with a private profile (another soffice running, or the
# user's profile, would make it fail or change the output).
set -u

me=make-samples
here=$(cd "$(dirname "$0")" && pwd)
S=$here/samples
only=
long=no
while getopts f:l opt; do
	case $opt in
	f) only=$(echo "$OPTARG" | tr , ' ') ;;
	l) long=yes ;;
	*) echo "usage: $me [-f FORMAT,...] [-l] OUTDIR [NAME...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $me [-f FORMAT,...] [-l] OUTDIR [NAME...]" >&2; exit 2; }
out=$1; shift
mkdir -p "$out" || exit 1
out=$(cd "$out" && pwd)
work=$out/.work
rm -rf "$work"; mkdir -p "$work/fodt" "$work/pdf" || exit 1

die() { echo "$me: $*" >&2; exit 1; }

# The samples and their formats, filtered by the command line.
names=${*:-$(sed -n 's/^\([a-z][a-z0-9-]*\):.*/\1/p' "$S/FORMATS")}
: > "$work/jobs"
for n in $names; do
	[ -f "$S/$n.txt" ] || die "no sample $n"
	for f in $(sed -n "s/^$n:[ 	]*//p" "$S/FORMATS"); do
		case " ${only:-$f} " in *" $f "*) ;; *) continue ;; esac
		printf '%s %s\n' "$f" "$n" >> "$work/jobs"
	done
done

want() { awk -v f="$1" '$1 == f { print $2 }' "$work/jobs"; }
wantany() { for f in "$@"; do want "$f"; done | sort -u; }

# The text as a flat ODF document: a paragraph a line, runs of spaces kept
# (the heading blocks are indented with them), a page break where the text
# has a form feed.  Liberation Serif has the Kazakh letters.
to_fodt() {
	awk '
	function esc(s) {
		gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s)
		gsub(/>/, "\\&gt;", s)
		return s
	}
	function spaces(s,    r, m) {
		r = ""
		while (match(s, /  +/)) {
			r = r substr(s, 1, RSTART) "<text:s text:c=\"" RLENGTH - 1 "\"/>"
			s = substr(s, RSTART + RLENGTH)
		}
		r = r s
		if (substr(r, 1, 1) == " ")
			r = "<text:s/>" substr(r, 2)
		return r
	}
	BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
		print "<office:font-face-decls><style:font-face style:name=\"Liberation Serif\" svg:font-family=\"&apos;Liberation Serif&apos;\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"/></office:font-face-decls>"
		print "<office:styles><style:style style:name=\"Standard\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\" fo:line-height=\"115%\"/><style:text-properties style:font-name=\"Liberation Serif\" fo:font-size=\"11.5pt\"/></style:style></office:styles>"
		print "<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"1.5cm\"/></style:page-layout>"
		print "<style:style style:name=\"PB\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:break-before=\"page\"/></style:style></office:automatic-styles>"
		print "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/></office:master-styles>"
		print "<office:body><office:text>"
		brk = 0
	}
	{
		line = $0
		sub(/\r$/, "", line)
		while ((i = index(line, "\f")) > 0) {
			if (i > 1) { print "<text:p text:style-name=\"" (brk ? "PB" : "Standard") "\">" spaces(esc(substr(line, 1, i - 1))) "</text:p>"; brk = 0 }
			brk = 1
			line = substr(line, i + 1)
		}
		print "<text:p text:style-name=\"" (brk ? "PB" : "Standard") "\">" spaces(esc(line)) "</text:p>"
		brk = 0
	}
	END { print "</office:text></office:body></office:document>" }' "$1"
}

# One soffice call converts every document of a format.
LO_PROFILE=file://$work/lo-profile
soffice_to() {	# FILTER OUTDIR FILE...
	filter=$1; dir=$2; shift 2
	[ $# -gt 0 ] || return 0
	command -v soffice > /dev/null 2>&1 || die "no soffice (LibreOffice)"
	mkdir -p "$dir"
	soffice --headless --norestore "-env:UserInstallation=$LO_PROFILE" \
	    --convert-to "$filter" --outdir "$dir" "$@" \
	    > "$work/soffice.log" 2>&1 ||
	    { cat "$work/soffice.log" >&2; die "soffice --convert-to $filter failed"; }
	for f in "$@"; do
		b=$(basename "$f" .fodt)
		ls "$dir/$b".* > /dev/null 2>&1 ||
		    { cat "$work/soffice.log" >&2; die "soffice made no $b ($filter)"; }
	done
}

manifest() {	# FORMAT NAME PATH
	printf '%s\t%s\t%s\t%s\n' "$1" "$(echo "$2" | cut -c1-2)" "$2" "$3" \
	    >> "$out/MANIFEST"
}
: > "$out/MANIFEST"

# Plain texts.  The Windows encodings with CRLF line ends, as Notepad and
# Word write them; UTF-16 little-endian with its BOM.  KOI8-R has no « » —
# №: a KOI8-R typist writes " - N.
for n in $(want utf8); do
	mkdir -p "$out/utf8"; cp "$S/$n.txt" "$out/utf8/$n.txt"
	manifest utf8 "$n" "$out/utf8/$n.txt"
done
crlf() { sed 's/$/\r/' "$1"; }
for n in $(want utf16); do
	mkdir -p "$out/utf16"
	{ printf '\377\376'; crlf "$S/$n.txt" | iconv -f UTF-8 -t UTF-16LE; } \
	    > "$out/utf16/$n.txt" || die "$n: iconv UTF-16LE"
	manifest utf16 "$n" "$out/utf16/$n.txt"
done
for n in $(want cp1251); do
	mkdir -p "$out/cp1251"
	crlf "$S/$n.txt" | iconv -f UTF-8 -t CP1251 > "$out/cp1251/$n.txt" ||
	    die "$n: iconv CP1251"
	manifest cp1251 "$n" "$out/cp1251/$n.txt"
done
for n in $(want koi8r); do
	mkdir -p "$out/koi8r"
	sed 's/[«»]/"/g; s/—/-/g; s/№/N/g' "$S/$n.txt" |
	    iconv -f UTF-8 -t KOI8-R > "$out/koi8r/$n.txt" || die "$n: iconv KOI8-R"
	manifest koi8r "$n" "$out/koi8r/$n.txt"
done
for n in $(want rk1048); do
	mkdir -p "$out/rk1048"
	crlf "$S/$n.txt" | iconv -f UTF-8 -t RK1048 > "$out/rk1048/$n.txt" ||
	    die "$n: iconv RK1048"
	manifest rk1048 "$n" "$out/rk1048/$n.txt"
done

# Office formats and the PDF the scans start from.
for n in $(wantany pdf docx odt doc rtf png jpeg tiff scanpdf); do
	to_fodt "$S/$n.txt" > "$work/fodt/$n.fodt" || die "$n: fodt"
done
fodts() { for n in "$@"; do printf '%s\n' "$work/fodt/$n.fodt"; done; }
# shellcheck disable=SC2046
soffice_to pdf "$work/pdf" $(fodts $(wantany pdf png jpeg tiff scanpdf))
for n in $(want pdf); do
	mkdir -p "$out/pdf"; cp "$work/pdf/$n.pdf" "$out/pdf/$n.pdf"
	manifest pdf "$n" "$out/pdf/$n.pdf"
done
office() {	# FORMAT FILTER
	# shellcheck disable=SC2046
	soffice_to "$2" "$out/$1" $(fodts $(want "$1"))
	for n in $(want "$1"); do manifest "$1" "$n" "$out/$1/$n.$1"; done
}
office docx 'docx:MS Word 2007 XML'
office odt odt
office doc 'doc:MS Word 97'
office rtf 'rtf:Rich Text Format'

# Scans: the PDF rendered at 300 dpi in grey, turned by 1 to 3 degrees
# (alternating sides), with noise, as a registry's scanner gives them; the
# seed makes the same sample come out the same each time.
scan_pages() {	# NAME SEED -> $work/scan/NAME-*.png
	mkdir -p "$work/scan"
	pdftoppm -r 300 -gray -png "$work/pdf/$1.pdf" "$work/scan/$1-raw" ||
	    die "$1: pdftoppm"
	i=0
	for p in "$work/scan/$1-raw"*.png; do
		i=$((i + 1))
		angle=$(awk -v s="$2" -v i="$i" 'BEGIN { a = 1 + (s * 7 + i * 3) % 21 / 10; if ((s + i) % 2) a = -a; print a }')
		convert "$p" -seed "$(( $2 * 10 + i ))" -background white \
		    -rotate "$angle" -gravity center -extent 2480x3508 +repage \
		    -attenuate 0.6 +noise Gaussian -blur 0x0.4 \
		    -colorspace Gray -density 300 -units PixelsPerInch \
		    "$work/scan/$1-$i.png" || die "$1: convert"
		rm -f "$p"
	done
}
seed=0
for n in $(wantany png jpeg tiff scanpdf); do
	seed=$((seed + 1))
	scan_pages "$n" "$seed"
	pages=$(ls "$work/scan/$n-"[0-9]*.png | wc -l)
	for f in png jpeg tiff scanpdf; do
		want "$f" | grep -qx "$n" || continue
		mkdir -p "$out/$f"
		case $f in
		png|jpeg)
			[ "$pages" -eq 1 ] || die "$n: $pages pages in a single image ($f)"
			ext=$f; [ $f = jpeg ] && ext=jpg
			convert "$work/scan/$n-1.png" -quality 85 \
			    "$out/$f/$n.$ext" || die "$n: $f"
			manifest "$f" "$n" "$out/$f/$n.$ext" ;;
		tiff)
			# shellcheck disable=SC2046
			convert $(ls "$work/scan/$n-"[0-9]*.png | sort -V) \
			    -compress lzw "$out/tiff/$n.tif" || die "$n: tiff"
			manifest tiff "$n" "$out/tiff/$n.tif" ;;
		scanpdf)
			# Scanners put JPEG pages in the PDF, without text.
			for p in $(ls "$work/scan/$n-"[0-9]*.png | sort -V); do
				convert "$p" -quality 80 "${p%.png}.jpg" || die "$n: jpeg"
			done
			# shellcheck disable=SC2046
			img2pdf -o "$out/scanpdf/$n.pdf" \
			    $(ls "$work/scan/$n-"[0-9]*.jpg | sort -V) ||
			    die "$n: img2pdf"
			manifest scanpdf "$n" "$out/scanpdf/$n.pdf" ;;
		esac
	done
done

# The speed benchmark's 20-page PDF with a text layer: the pages of the
# longer samples in turn, Russian and Kazakh, a form feed between them.
if [ "$long" = yes ]; then
	mkdir -p "$out/long"
	awk 'BEGIN { RS = "\f" }
	{ sub(/\n+$/, ""); page[n++] = $0 }
	END {
		for (i = 0; i < 20; i++)
			printf "%s%s\n", (i ? "\f" : ""), page[i % n]
	}' "$S"/ru-11-*.txt "$S"/kk-10-*.txt "$S"/ru-01-*.txt \
	    "$S"/kk-01-*.txt > "$work/long-20p.txt" || die "long: text"
	to_fodt "$work/long-20p.txt" > "$work/fodt/long-20p.fodt"
	soffice_to pdf "$out/long" "$work/fodt/long-20p.fodt"
	manifest long xx long-20p "$out/long/long-20p.pdf"
fi

rm -rf "$work"
echo "$me: $(wc -l < "$out/MANIFEST") documents in $out"
