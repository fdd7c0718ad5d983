#!/usr/bin/env bash
# ctest report.html-chromium: the HTML report as a browser shows and prints
# it. Headless Chromium renders the sample corpus's report to a screenshot
# (kept as OUT_DIR/report-html.png for a person to look at) and to an A4 PDF
# (OUT_DIR/report-html.pdf), and dumps the DOM it built. Checks: no console
# error or blocked request, the page needs no network and has no script, the
# DOM has every case and chart, and the PDF has A4 pages with the avdelningar
# on pages of their own.
#   check-html-chromium.sh CLI SOURCE_DIR OUT_DIR
# Exits 77 (skipped) when Chromium is not installed.
set -uo pipefail
cli=$1
src=$2
out=$3
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not found (apt-get install chromium): skipped"
  exit 77
fi
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

(cd "$src" && "$cli" audit --format html -o "$tmp/report.html" corpora/sample 2>/dev/null)
(cd "$src" && "$cli" audit --format json corpora/sample >"$tmp/report.json" 2>/dev/null)
[ -s "$tmp/report.html" ] || { echo "FAIL: no HTML report"; exit 1; }

grep -qi '<script' "$tmp/report.html" && fail "the page has a script"
grep -Eqi '(src|href)="[a-z]+:|@import|url\(' "$tmp/report.html" &&
  fail "the page refers to something outside itself"
grep -q '://' "$tmp/report.html" && fail "the page holds an address"
grep -q '<html lang="sv">' "$tmp/report.html" || fail 'no <html lang="sv">'

# As the machine's probe runs it: no sandbox as root, nothing in the
# background that would try the (closed) network, a fresh profile each time.
run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$tmp/profile-$1" --hide-scrollbars \
    --enable-logging=stderr --v=0 "${@:2}" "file://$tmp/report.html"
}

run_browser shot --window-size=1280,2000 --screenshot="$out/report-html.png" \
  >"$tmp/shot.out" 2>"$tmp/shot.err"
[ -s "$out/report-html.png" ] || fail "no screenshot"
size=$(stat -c %s "$out/report-html.png" 2>/dev/null || echo 0)
[ "$size" -gt 50000 ] || fail "the screenshot is nearly empty ($size bytes)"

run_browser dom --dump-dom >"$tmp/dom.html" 2>"$tmp/dom.err" || fail "--dump-dom failed"
run_browser pdf --no-pdf-header-footer --print-to-pdf="$out/report-html.pdf" \
  >"$tmp/pdf.out" 2>"$tmp/pdf.err"
[ -s "$out/report-html.pdf" ] || fail "no PDF"

if grep -hE 'Uncaught|CONSOLE|Refused to|net::ERR_|Failed to load resource' \
  "$tmp/shot.err" "$tmp/dom.err" "$tmp/pdf.err"; then
  fail "the browser reported errors loading the page (above)"
fi

python3 - "$tmp/report.json" "$tmp/dom.html" "$out/report-html.pdf" <<'EOF' || failed=1
import json, re, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
pdf = open(sys.argv[3], "rb").read()
problems = []
cases = len(report["cases"])
avdelningar = {g["avdelning"] for g in report["groups"]}
groups = len(report["groups"])
findings = sum(len(c["findings"]) for c in report["cases"])
if dom.count('<article class="case"') != cases:
    problems.append("%d case sections in the DOM, %d cases" % (dom.count('<article class="case"'), cases))
if dom.count('<svg class="bars"') != groups:
    problems.append("%d charts in the DOM, %d groups" % (dom.count('<svg class="bars"'), groups))
if dom.count('<li class="finding') != findings:
    problems.append("%d findings in the DOM, %d in the report" % (dom.count('<li class="finding'), findings))
if dom.count('<section class="avdelning"') != len(avdelningar):
    problems.append("%d avdelning sections, %d avdelningar" % (dom.count('<section class="avdelning"'), len(avdelningar)))
# Every traffic light in a table carries its name, not only a colour.
for colour, name in re.findall(r'<span class="chip (gron|gul|rod)"><b>[0-9],[0-9]{2}</b>([^<]*)</span>', dom):
    if {"gron": "grön", "gul": "gul", "rod": "röd"}[colour] != name:
        problems.append("chip %s says %r" % (colour, name))
if not re.search(r'<span class="chip (gron|gul|rod)"><b>', dom):
    problems.append("no områdespoäng chips in the DOM")
boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]", pdf)
pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
if not boxes or any(abs(float(w) - 595.3) > 1.5 or abs(float(h) - 841.9) > 1.5 for w, h in boxes):
    problems.append("PDF pages are not A4: %r" % boxes[:3])
if pages < len(avdelningar) + 1:
    problems.append("%d PDF pages for %d avdelningar on pages of their own" % (pages, len(avdelningar)))
for p in problems:
    print("FAIL:", p)
print("%d cases, %d charts, %d findings in the DOM; %d A4 pages" % (cases, groups, findings, pages))
sys.exit(1 if problems else 0)
EOF

echo "screenshot: $out/report-html.png"
exit $failed
