#!/usr/bin/env bash
# ctest report.csv-libreoffice: the CSV report opened as Swedish Excel opens
# it. LibreOffice Calc (headless) imports it with ';', UTF-8 and language
# sv-SE (LCID 1053) and saves flat ODS; compare-csv-spreadsheet.py then checks
# that every score and mean became a number with the right value ("1,42" ->
# 1.42) and every text cell the same text. The batch is the sample corpus plus
# a case whose avdelning and enhet hold ';' and '"', so quoting is exercised.
#   check-csv-libreoffice.sh CLI SOURCE_DIR
# Exits 77 (skipped) when soffice is not installed.
set -uo pipefail
cli=$1
src=$2
if ! command -v soffice >/dev/null; then
  echo "soffice not found (apt-get install libreoffice-calc-nogui): skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/in"
cp -r "$src/corpora/sample/." "$tmp/in/"
sed -e 's/^Ärende: 2025-0106$/Ärende: 2025-0199/' \
    -e 's/^Avdelning: .*/Avdelning: Hemtjänst; "natt"/' \
    -e 's/^Enhet: .*/Enhet: Åsen; natt "Ugglan"/' \
    "$src/corpora/sample/text/2025-0106-utredning.txt" >"$tmp/in/text/2025-0199-utredning.txt"

(cd "$tmp/in" && "$cli" audit --format csv -o "$tmp/rapport.csv" . 2>/dev/null)
code=$?
if [ "$code" -gt 1 ]; then
  echo "FAIL: ibic-audit exited $code"
  exit 1
fi
grep -q '"Åsen; natt ""Ugglan"""' "$tmp/rapport.csv" || {
  echo "FAIL: the enhet with ';' and '\"' is not quoted in the CSV"
  exit 1
}

# A profile of its own, so a running LibreOffice or a parallel test does not
# hold the lock; -env:UserInstallation must be a file: URL.
timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless \
  --infilter="Text - txt - csv (StarCalc):59,34,76,1,,1053" \
  --convert-to fods --outdir "$tmp" "$tmp/rapport.csv" >"$tmp/soffice.log" 2>&1
if [ ! -s "$tmp/rapport.fods" ]; then
  echo "FAIL: LibreOffice did not convert the report"
  cat "$tmp/soffice.log"
  exit 1
fi
python3 "$src/tests/tools/compare-csv-spreadsheet.py" "$tmp/rapport.csv" "$tmp/rapport.fods"
