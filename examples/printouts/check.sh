#!/usr/bin/env bash
# The printouts, checked in a real browser (issue 14 item 7): the CLI writes each printout (print-sheet, explain
# --format html, council --format html; Vietnamese and English), headless Chromium prints each to PDF, and
# PrintoutCheck.java beside this script reads each PDF with pdftotext (poppler-utils): the page count; on every page
# the sheet, the product and "Trang N/M" ("Page N of M"); every full text printed whole, no "..." truncation; each
# criterion with all its options on one page and each part heading with its first criterion; the html lang attribute.
#
#   bash examples/printouts/check.sh            # after `mvn package` (needs ocop-samples/target/ocop.jar)
#
# Needs chromium (or chromium-browser / google-chrome) and pdftotext/pdfinfo; .ci/run installs them from Debian's
# packages when they are missing. The PDFs and their sources stay in examples/printouts/target/ to be looked at
# (`pdftoppm -png -r 60 FILE.pdf page` renders pages as pictures).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=ocop-samples/target/ocop.jar
OUT=examples/printouts/target
[ -f "$JAR" ] || { echo "printouts: $JAR is missing; run mvn package first" >&2; exit 1; }
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROME" ] || { echo "printouts: no chromium found (apt-get install chromium)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "printouts: no pdftotext found (apt-get install poppler-utils)" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
ocop() { OCOP_JAR="$JAR" bin/ocop "$@"; }   # the launcher with its class-data-sharing archive
EX=ocop-samples/examples
S1="Phiếu 1: Rau, củ, quả, hạt tươi"
S26="Phiếu 26: Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"
S1_EN="Sheet 1: Fresh vegetables, tubers, fruits and seeds"
F26="Bộ tiêu chí qd-26-2026 (QĐ 26/2026/QĐ-TTg)"
F26_EN="Rule set qd-26-2026 (QĐ 26/2026/QĐ-TTg)"
BUOI="Bưởi da xanh (ví dụ minh họa)"
DULICH="Du lịch cộng đồng bản Đăk Răng (ví dụ minh họa)"
CHANH="Chanh dây tươi (minh họa)"

# the printouts, each with the JSON output of the same thing (the full texts it must print)
ocop print-sheet --rule-set qd-26-2026 --sheet 1 > "$OUT/print-sheet-1.html"
ocop print-sheet --rule-set qd-26-2026 --sheet 26 --product "$DULICH" > "$OUT/print-sheet-26.html"
ocop print-sheet --rule-set qd-26-2026 --sheet 1 --product "$BUOI" --lang en > "$OUT/print-sheet-1.en.html"
ocop sheet --rule-set qd-26-2026 --sheet 1 --format json > "$OUT/sheet-1.json"
ocop sheet --rule-set qd-26-2026 --sheet 26 --format json > "$OUT/sheet-26.json"
ocop explain "$EX/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json" "$EX/qd-26-2026/26-du-lich-cong-dong.json" \
    --format html > "$OUT/explain.html"
ocop explain "$EX/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json" --format html --lang en > "$OUT/explain.en.html"
ocop explain "$EX/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json" --format json > "$OUT/explain-01.json"
ocop explain "$EX/qd-26-2026/26-du-lich-cong-dong.json" --format json > "$OUT/explain-26.json"
ocop council "$EX"/council/member-*.json --council-size 5 --chair chu-tich --format html > "$OUT/council.html"
ocop council "$EX"/council/member-*.json --council-size 5 --chair chu-tich --format html --lang en \
    > "$OUT/council.en.html"

# the self-check: a copy of the English score card with one option text cut short ("…"), which must be refused
sed 's/Sản phẩm được trồng trên địa bàn cấp xã từ 75% đến 100%/Sản phẩm được trồng trên địa bàn cấp xã từ 75%…/' \
    "$OUT/explain.en.html" > "$OUT/cut.en.html"
cmp -s "$OUT/explain.en.html" "$OUT/cut.en.html" && { echo "printouts: the self-check found no text to cut" >&2; exit 1; }

# print to PDF, two at a time (Chromium's own header and footer off: the printouts draw theirs)
start=$(date +%s)
print() {
    "$CHROME" --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
        --user-data-dir="$OUT/.chromium-$(basename "$1" .html)" --print-to-pdf="${1%.html}.pdf" "file://$PWD/$1" >/dev/null 2>&1 || true
    [ -s "${1%.html}.pdf" ] || { echo "printouts: chromium printed no ${1%.html}.pdf" >&2; return 1; }
}
export -f print; export CHROME OUT
ls "$OUT"/*.html | xargs -P 2 -I{} bash -c 'print "$@"' _ {}
echo "printouts: $(ls "$OUT"/*.pdf | wc -l) PDFs printed by $("$CHROME" --version 2>/dev/null) in $(( $(date +%s) - start )) s"

if java -cp "$JAR" examples/printouts/PrintoutCheck.java pdf="$OUT/cut.en.pdf" html="$OUT/cut.en.html" lang=en \
    sheet="$S1_EN" product="Product: $BUOI" footer="$F26_EN" json="$OUT/explain-01.json" texts=optionText \
    > "$OUT/cut.txt"; then
    echo "printouts: the check did not notice a text cut short (see $OUT/cut.txt)" >&2; exit 1
fi
grep -q "not printed whole: \"Sản phẩm được trồng trên địa bàn cấp xã từ 75% đến 100%\"" "$OUT/cut.txt" \
    || { echo "printouts: the check refused the cut text for another reason:" >&2; cat "$OUT/cut.txt" >&2; exit 1; }
echo "printouts: self-check ok (a text cut short is refused)"

java -cp "$JAR" examples/printouts/PrintoutCheck.java \
    pdf="$OUT/print-sheet-1.pdf" html="$OUT/print-sheet-1.html" lang=vi sheet="$S1" \
    product="Sản phẩm: ……………………………………" footer="$F26" minPages=3 \
    json="$OUT/sheet-1.json" texts=title,text together=yes \
  -- pdf="$OUT/print-sheet-26.pdf" html="$OUT/print-sheet-26.html" lang=vi sheet="$S26" \
    product="Sản phẩm: $DULICH" footer="$F26" minPages=3 json="$OUT/sheet-26.json" texts=title,text together=yes \
  -- pdf="$OUT/print-sheet-1.en.pdf" html="$OUT/print-sheet-1.en.html" lang=en sheet="$S1_EN" \
    product="Product: $BUOI" footer="$F26_EN" minPages=3 json="$OUT/sheet-1.json" texts=text \
  -- pdf="$OUT/explain.pdf" html="$OUT/explain.html" lang=vi sheet="$S1|$S26" \
    product="Sản phẩm: $BUOI|Sản phẩm: $DULICH" footer="$F26" minPages=4 \
    json="$OUT/explain-01.json,$OUT/explain-26.json" texts=title,optionText \
  -- pdf="$OUT/explain.en.pdf" html="$OUT/explain.en.html" lang=en sheet="$S1_EN" product="Product: $BUOI" \
    footer="$F26_EN" minPages=2 json="$OUT/explain-01.json" texts=optionText \
  -- pdf="$OUT/council.pdf" html="$OUT/council.html" lang=vi sheet="$S1" product="Sản phẩm: $CHANH" \
    footer="$F26" minPages=2 json="$OUT/sheet-1.json" texts=title \
  -- pdf="$OUT/council.en.pdf" html="$OUT/council.en.html" lang=en sheet="$S1_EN" product="Product: $CHANH" \
    footer="$F26_EN" minPages=2
