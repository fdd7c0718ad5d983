#!/usr/bin/env bash
# End-to-end checks of the ibic-audit command line: exit codes, formats,
# --help, atomic -o, and that a broken file never stops a batch.
source "$(dirname "$0")/common.sh" "$@"

check "audit of the sample corpus exits 0" \
  test "$(exit_code "$cli" audit "$src/corpora/sample")" = 0
check "JSON report is valid JSON" \
  bash -c "'$cli' audit --format json '$src/corpora/sample' | python3 -m json.tool >/dev/null"
"$cli" audit --format json "$src/corpora/sample" >"$tmp/a.json"
"$cli" audit --format json --jobs 1 "$src/corpora/sample" >"$tmp/b.json"
check "two runs give byte-identical JSON" cmp -s "$tmp/a.json" "$tmp/b.json"
check "-o writes the same report" \
  bash -c "'$cli' audit --format json -o '$tmp/c.json' '$src/corpora/sample' && cmp -s '$tmp/a.json' '$tmp/c.json'"
check "-o leaves no temporary file" bash -c "[ \$(ls '$tmp' | wc -l) -eq 3 ]"
check "check prints compiler-style findings" \
  bash -c "'$cli' check '$src/corpora/sample' | grep -Eq '^[^ ]+\.(txt|xml):[0-9]+:[0-9]+: (warning|error|info): .* \[[a-z-]+/[a-z-]+\]$'"
check "--fail-on warning makes findings fail" \
  test "$(exit_code "$cli" check --fail-on warning "$src/corpora/sample")" = 1
check "a batch with a broken file exits 2" \
  test "$(exit_code "$cli" audit "$src/tests/inputs/mixed")" = 2
check "the rest of a broken batch is still reported" \
  bash -c "'$cli' audit --format json '$src/tests/inputs/mixed' 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if len(r[\"cases\"]) >= 2 and len(r[\"errors\"]) >= 1 else 1)'"
check "a missing path exits 2" \
  test "$(exit_code "$cli" audit "$tmp/does-not-exist")" = 2
printf 'rules:\n  ingen/sadan-regel: {enabled: false}\n' >"$tmp/bad.yaml"
check "an unknown rule in the config exits 3" \
  test "$(exit_code "$cli" audit --config "$tmp/bad.yaml" "$src/corpora/sample")" = 3
check "the config error names file:line:column" \
  bash -c "'$cli' audit --config '$tmp/bad.yaml' '$src/corpora/sample' 2>&1 | grep -q 'bad.yaml:2:[0-9]*: error'"
check "an unknown option exits 3" \
  test "$(exit_code "$cli" audit --no-such-option "$src/corpora/sample")" = 3
for sub in audit check rules; do
  check "$sub --help works" bash -c "'$cli' $sub --help | grep -q USAGE"
done
check "rules lists the rules" bash -c "'$cli' rules | grep -q '^sprak/vardeladdat-ord'"
check "rules explain shows rationale and examples" \
  bash -c "'$cli' rules explain sprak/vardeladdat-ord | grep -q 'Exempel som ger fynd'"
check "rules explain of an unknown id exits 3" \
  test "$(exit_code "$cli" rules explain nope/nope)" = 3

agree_out="$tmp/agree.txt"
"$cli" agree --labels "$src/corpora/labelled/LABELS.tsv" "$src/corpora/labelled" >"$agree_out" 2>/dev/null
check "agree prints per-question agreement, kappa and misses too high, too low and with null" \
  grep -Eq '^alla +[0-9]+ +[0-9.]+ % +[0-9.-]+ +[0-9]+ +[0-9]+ +[0-9]+$' "$agree_out"
check "agree names the columns of the misses" \
  grep -q '^fråga  par  exakt lika  viktad κ  för högt  för lågt  null$' "$agree_out"
check "agree lists every template question it has labels for" \
  test "$(grep -Ec '^[MU][0-9]+ ' "$agree_out")" -eq 22
check "agree's confusion matrix has rows 0, 1, 2, null and holds every pair" \
  awk '/^Förväxlingsmatris/ { m = 1; next }
       /^alla / { pairs = $2 }
       m && /^(0|1|2|null) / { rows++; for (i = 2; i <= 5; i++) sum += $i }
       m && /^$/ { m = 0 }
       END { exit !(rows == 4 && sum == pairs && pairs > 0) }' "$agree_out"
check "agree's misses add up to the differing judgements it lists" \
  awk '/^alla / { misses = $6 + $7 + $8 }
       /^Olika bedömningar/ { d = 1; next }
       d && /^  / { listed++ }
       END { exit !(misses > 0 && misses == listed) }' "$agree_out"
check "sentences prints precision and recall per check" \
  bash -c "'$cli' sentences '$src/corpora/sprak/meningar.tsv' | grep -Eq '^sprak/vardeladdat-ord +[0-9]+ +[0-9]+ +[0-9]+ +[0-9.]+ +[0-9.]+'"
check "a missing labels file is a usage error" \
  test "$(exit_code "$cli" agree --labels "$tmp/none.tsv" "$src/corpora/sample")" = 3
check "reports never repeat a personnummer" \
  bash -c "printf 'Ärende: p\nDokument: Journalanteckningar\n\n2025-01-01 08:00 Hemliv (undersköterska)\nHennes nummer 19450312-1235 står här.\n' > '$tmp/pnr.txt'; ! '$cli' check '$tmp/pnr.txt' 2>&1 | grep -q 1235"

# Baselines: only findings that were not there before count.
b="$tmp/baseline"
mkdir -p "$b"
cp -r "$src/corpora/sample" "$b/before"
cp -r "$src/corpora/sample" "$b/after"
# An unrelated note inserted above a finding moves it down three lines.
python3 - "$b/after/text/2025-0110-journal.txt" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace("2025-03-02 14:00", "2025-03-01 12:00 Förflyttning (undersköterska)\n"
              "Rolf gick till matsalen med rollator och åt lunch där.\n\n2025-03-02 14:00", 1)
open(p, "w", encoding="utf-8").write(s)
EOF
check "--write-baseline writes fingerprints only" \
  bash -c "'$cli' check --write-baseline '$b/base.json' '$b/before' >/dev/null; python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); f=d[\"findings\"]; sys.exit(0 if d[\"schema\"]==\"ibic-audit/baseline/1\" and f and all(set(x)=={\"rule\",\"case\",\"document\",\"fingerprint\"} for x in f) else 1)' '$b/base.json'"
check "without a baseline --fail-on warning fails on the sample" \
  test "$(exit_code "$cli" check --fail-on warning "$b/after")" = 1
check "with the baseline: no new findings and exit 0 under --fail-on warning" \
  test "$(exit_code "$cli" check --fail-on warning --baseline "$b/base.json" "$b/after")" = 0
check "with the baseline the JSON report lists no findings" \
  bash -c "'$cli' audit --format json --baseline '$b/base.json' '$b/after' | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if sum(len(c[\"findings\"]) for c in r[\"cases\"])==0 and r[\"groups\"] else 1)'"
check "a JSON report works as a baseline" \
  test "$(exit_code "$cli" audit --fail-on warning --baseline "$tmp/a.json" "$b/after")" = 0
sed -i 's/Rolf var lat i dag/Rolf var otrevlig i dag/' "$b/after/text/2025-0110-journal.txt"
check "changed text is a new finding, and only it is listed" \
  bash -c "'$cli' check --format json --fail-on warning --baseline '$b/base.json' '$b/after' >'$b/new.json'; [ \$? = 1 ] && python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); f=[x for c in r[\"cases\"] for x in c[\"findings\"]]; sys.exit(0 if len(f)==1 and \"otrevlig\" in f[0][\"message\"] else 1)' '$b/new.json'"
check "a missing baseline exits 3" \
  test "$(exit_code "$cli" check --baseline "$b/none.json" "$b/before")" = 3
check "the report's findings carry a fingerprint" \
  bash -c "python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); f=[x for c in r[\"cases\"] for x in c[\"findings\"]]; sys.exit(0 if f and all(len(x[\"fingerprint\"])==16 for x in f) else 1)' '$tmp/a.json'"

# Standard in, as an editor or review tool sends an unsaved file.
plan=$(ls "$src"/corpora/sample/text/*-genomforandeplan.txt | head -1)
check "check - reads standard in and names it '-'" \
  bash -c "'$cli' check - <'$plan' | grep -q '^-:[0-9]*:[0-9]*: '"
"$cli" check --format json --stdin-name "$plan" - <"$plan" >"$tmp/stdin.json"
"$cli" check --format json "$(dirname "$plan")" >"$tmp/folder.json"
check "check --stdin-name FILE - gives the file's findings of a run over its folder" \
  python3 - "$tmp/stdin.json" "$tmp/folder.json" "$plan" <<'PY'
import json, sys
def findings(path):
    return sorted(json.dumps(f, sort_keys=True) for c in json.load(open(path))['cases']
                  for f in c['findings'] if f['file'].endswith(sys.argv[3].rsplit('/', 1)[1]))
one, all_ = findings(sys.argv[1]), findings(sys.argv[2])
sys.exit(0 if one and one == all_ and
         all(f['file'] == sys.argv[3] for c in json.load(open(sys.argv[1]))['cases'] for f in c['findings'])
         else 1)
PY
"$cli" check --format json --stdin-filename "$plan" - <"$plan" >"$tmp/stdin-filename.json"
check "--stdin-filename is --stdin-name, as other linters spell it" \
  cmp -s "$tmp/stdin.json" "$tmp/stdin-filename.json"
check "'-' with other inputs is a usage error" \
  test "$(exit_code "$cli" check - "$plan" </dev/null)" = 3
check "invalid UTF-8 on standard in is an input error, exit 2" \
  test "$(printf '\xff\xfe' | exit_code "$cli" check -)" = 2

# Audit history in SQLite.
db="$b/audit.db"
check "audit --store --round saves a round" \
  test "$(exit_code "$cli" audit --store "$db" --round "Våren 2025" "$b/before")" = 0
rm "$b/after/text/2025-0104-"*
check "a second round is saved" \
  test "$(exit_code "$cli" audit --store "$db" --round "Hösten 2025" "$b/after")" = 0
check "saving a round again replaces it" \
  bash -c "'$cli' audit --store '$db' --round 'Hösten 2025' '$b/after' 2>&1 >/dev/null | grep -q ersattes"
check "history lists both rounds with cases and files" \
  bash -c "out=\$('$cli' history --store '$db'); echo \"\$out\" | grep -q '^Våren 2025 .* 16 .* 22 ' && echo \"\$out\" | grep -q '^Hösten 2025 .* 15 ' && [ \$(echo \"\$out\" | wc -l) = 3 ]"
check "compare shows områdespoäng with a decimal comma and colour changes" \
  bash -c "out=\$('$cli' compare --store '$db' 'Våren 2025' 'Hösten 2025'); echo \"\$out\" | grep -Eq '^  M[0-9]+ +[0-2],[0-9]{2} → [0-2],[0-9]{2}  \([+−±][0-2],[0-9]{2}\)' && echo \"\$out\" | grep -Eq '(grön|gul|röd) → (grön|gul|röd)'"
check "compare --format csv is Swedish Excel CSV" \
  bash -c "'$cli' compare --format csv --store '$db' 'Våren 2025' 'Hösten 2025' | python3 -c 'import sys; b=sys.stdin.buffer.read(); t=b.decode(\"utf-8\"); sys.exit(0 if b.startswith(b\"\\xef\\xbb\\xbfAvdelning;Enhet;\") and \";1,\" in t else 1)'"
check "compare --format html is one self-contained page with colour words" \
  bash -c "'$cli' compare --format html --store '$db' 'Våren 2025' 'Hösten 2025' >'$b/c.html' && grep -q '<!DOCTYPE html>' '$b/c.html' && grep -q 'class=\"farg gul\">gul<' '$b/c.html' && ! grep -q '<script\|<link' '$b/c.html'"
check "compare with an unknown round exits 3 with a Swedish message" \
  exits_saying 3 "omgången 'Vintern 2031' finns inte" "$cli" compare --store "$db" 'Våren 2025' 'Vintern 2031'
check "history of a missing store exits 3" \
  exits_saying 3 'finns inte' "$cli" history --store "$b/saknas.db"
check "... and creates nothing" test ! -e "$b/saknas.db"
check "--store without --round exits 3" \
  test "$(exit_code "$cli" audit --store "$db" "$b/before")" = 3
check "the store holds no message text" \
  bash -c "! grep -q 'Värdeladdat' '$db'"
check "--help documents the exit codes" \
  bash -c "'$cli' audit --help | grep -q 'Slutkoder' && '$cli' audit --help | grep -q 'baseline'"
check "no progress line when stderr is not a terminal" \
  bash -c "'$cli' audit '$b/before' 2>'$b/err' >/dev/null; ! grep -q \$'\\r' '$b/err'"

# Report formats for review workflows (schema, spreadsheet and browser checks
# are the ctests report.*; these check what the command line writes).
"$cli" audit --format sarif "$src/corpora/sample" >"$tmp/r.sarif" 2>/dev/null
check "--format sarif: SARIF 2.1.0 with a result per finding of the JSON report" \
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); j=json.load(open(sys.argv[2])); r=s["runs"][0]["results"]; sys.exit(0 if s["version"]=="2.1.0" and len(s["runs"])==1 and len(r)==sum(len(c["findings"]) for c in j["cases"]) > 0 else 1)' "$tmp/r.sarif" "$tmp/a.json"
check "--format sarif -o writes the same log" \
  bash -c "'$cli' audit --format sarif -o '$tmp/o.sarif' '$src/corpora/sample' && cmp -s '$tmp/r.sarif' '$tmp/o.sarif'"
check "--format junit: a testsuite per case, a testcase per question" \
  bash -c "'$cli' audit --format junit '$src/corpora/sample' | python3 -c 'import sys,json,xml.etree.ElementTree as E; t=E.parse(sys.stdin).getroot(); j=json.load(open(sys.argv[1])); s=t.findall(\"testsuite\"); sys.exit(0 if t.tag==\"testsuites\" and len(s)==len(j[\"cases\"]) and len(t.findall(\"testsuite/testcase\"))>=22*len(s) else 1)' '$tmp/a.json'"
check "check --format junit exits as check does" \
  test "$(exit_code "$cli" check --format junit --fail-on warning "$src/corpora/sample")" = 1
check "--format csv: BOM, ';', CRLF and decimal comma" \
  bash -c "'$cli' audit --format csv '$src/corpora/sample' | python3 -c 'import sys,re; b=sys.stdin.buffer.read(); t=b.decode(\"utf-8\"); sys.exit(0 if b.startswith(b\"\\xef\\xbb\\xbf\\xc3\\xa4rende;avdelning;enhet;M1;\") and t.count(\"\\n\")==t.count(\"\\r\\n\") and re.search(r\";[0-2],[0-9][0-9]\", t) else 1)'"
check "--format html: one page in Swedish with no script and no address" \
  bash -c "'$cli' audit --format html -o '$tmp/r.html' '$src/corpora/sample' && grep -q '^<html lang=\"sv\">' '$tmp/r.html' && ! grep -qi '<script' '$tmp/r.html' && ! grep -q '://' '$tmp/r.html'"
check "an unknown --format exits 3" \
  test "$(exit_code "$cli" audit --format pdf "$src/corpora/sample")" = 3

# Shards: each folder audited on its own, the JSON reports merged.
m="$tmp/merge"
mkdir -p "$m"
"$cli" audit --format json "$src/corpora/sample/text" >"$m/text.json" 2>/dev/null
"$cli" audit --format json "$src/corpora/sample/xml" >"$m/xml.json" 2>/dev/null
check "merge of the text and xml reports exits 0" \
  test "$(exit_code "$cli" merge --format json -o "$m/merged.json" "$m/text.json" "$m/xml.json")" = 0
check "merged groups (områdespoäng, colours) equal one run over the sample" \
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); a=json.load(open(sys.argv[2])); t=json.load(open(sys.argv[3])); sys.exit(0 if m["groups"] and m["groups"]==a["groups"] and t["groups"]!=a["groups"] else 1)' "$m/merged.json" "$tmp/a.json" "$m/text.json"
check "merged cases and findings equal one run over the sample" \
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); a=json.load(open(sys.argv[2])); sys.exit(0 if m["cases"]==a["cases"] and len(m["cases"])>len(json.load(open(sys.argv[3]))["cases"]) else 1)' "$m/merged.json" "$tmp/a.json" "$m/text.json"
check "merge writes the text report by default" \
  bash -c "'$cli' merge '$m/text.json' '$m/xml.json' | grep -q 'Hemtjänst'"
check "a report merged with itself exits 3 with a Swedish message naming the case" \
  exits_saying 3 'ärendet 2025-0102 finns i både rapport 1 och 2' "$cli" merge "$m/text.json" "$m/text.json"
printf '{"schema": "annat/1", "cases": []}\n' >"$m/other.json"
check "a file that is no ibic-audit report exits 3 and is named" \
  exits_saying 3 'other.json är ingen JSON-rapport från ibic-audit' "$cli" merge "$m/text.json" "$m/other.json"

# Vendor XML, read through the mapping found beside it or named.
for v in nordsys omsorgsdata; do
  check "vendor export $v is audited with no options and no input errors" \
    bash -c "'$cli' audit --format json '$src/corpora/vendor/$v' 2>'$tmp/$v.err' | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if len(r[\"cases\"]) >= 2 and not r[\"errors\"] else 1)' && ! grep -q error: '$tmp/$v.err'"
done
check "a vendor finding is reported at the vendor file's line and column" \
  bash -c "'$cli' check '$src/corpora/vendor/nordsys' | grep -q 'export-2025-06-01.xml:79:19: info: Värdeladdat ord .vägrade.'"
v="$tmp/vendor"
mkdir -p "$v/export" "$v/mappningar"
cp "$src/corpora/vendor/nordsys/export-2025-06-02.xml" "$v/export/"
cp "$src/corpora/vendor/nordsys/nordsys.ibic-mapping.yaml" "$v/mappningar/nordsys.yaml"
check "a vendor export without a mapping exits 2" \
  test "$(exit_code "$cli" check "$v/export")" = 2
check "... and says how to give one" \
  bash -c "'$cli' check '$v/export' 2>&1 | grep -q 'export-2025-06-02.xml:3:1: error: Rotelementet ska vara <ibic-export>, inte <NordsysExport>.*--mapping FIL'"
check "--mapping names the mapping" \
  test "$(exit_code "$cli" check --mapping "$v/mappningar/nordsys.yaml" "$v/export")" = 0
check "--mapping with a file that does not exist exits 3" \
  test "$(exit_code "$cli" check --mapping "$v/mappningar/ingen.yaml" "$v/export")" = 3
sed 's/^  select: Dok$/  select: Dok[/' "$v/mappningar/nordsys.yaml" >"$v/export/trasig.ibic-mapping.yaml"
cp "$src/tests/inputs/vendor/nordsys/nordsys.xml" "$v/export/kanonisk.xml"
check "a broken mapping is an error at its line and column, exit 2" \
  exits_saying 2 'trasig.ibic-mapping.yaml:23:15: error: document: select: ogiltigt XPath-uttryck' "$cli" check "$v/export"
check "... and the rest of the batch is still audited" \
  bash -c "'$cli' check --format json '$v/export' 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if len(r[\"cases\"]) == 3 else 1)'"

# Where the time goes.
check "check --profile lists the spelling rule and the analysis stage on stderr" \
  bash -c "'$cli' check --profile '$src/corpora/sample' 2>'$m/profile' >/dev/null; grep -Eq '^ +[0-9.]+ +[0-9.]+ % +[0-9]+  sprak/stavning$' '$m/profile' && grep -Eq '  analys' '$m/profile'"
check "check --profile leaves the report on stdout unchanged" \
  bash -c "'$cli' check --profile --format json '$src/corpora/sample' 2>/dev/null | cmp -s - <('$cli' check --format json '$src/corpora/sample')"

# The memo of the dictionary's answers: kept under XDG_CACHE_HOME, the same
# findings with it, without it and from it; --no-cache writes none.
memo="$tmp/memo-cache"
XDG_CACHE_HOME="$memo" "$cli" check --no-cache --format json "$src/corpora/sample" >"$tmp/memo-none.json"
check "--no-cache keeps no memo" test ! -e "$memo"
XDG_CACHE_HOME="$memo" "$cli" check --format json "$src/corpora/sample" >"$tmp/memo-first.json"
check "a check keeps the dictionary's answers in XDG_CACHE_HOME/ibic-audit" \
  bash -c "ls '$memo'/ibic-audit/spelling-*.memo >/dev/null"
XDG_CACHE_HOME="$memo" "$cli" check --format json "$src/corpora/sample" >"$tmp/memo-again.json"
check "the findings are the same without, into and from the memo" \
  bash -c "cmp -s '$tmp/memo-none.json' '$tmp/memo-first.json' && cmp -s '$tmp/memo-none.json' '$tmp/memo-again.json'"
for f in "$memo"/ibic-audit/spelling-*.memo; do head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"; done
check "a damaged memo changes no finding" \
  bash -c "XDG_CACHE_HOME='$memo' '$cli' check --format json '$src/corpora/sample' | cmp -s - '$tmp/memo-none.json'"

finish
