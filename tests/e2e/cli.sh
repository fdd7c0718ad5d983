#!/usr/bin/env bash
# End-to-end checks of the ibic-audit command line: exit codes, formats,
# --help, atomic -o, and that a broken file never stops a batch.
set -uo pipefail
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
passed=0

check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}
exit_code() { "$@" >/dev/null 2>&1; echo $?; }

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

check "agree prints per-question agreement and kappa" \
  bash -c "'$cli' agree --labels '$src/corpora/labelled/LABELS.tsv' '$src/corpora/labelled' | grep -Eq '^alla +[0-9]+ +[0-9.]+ % +[0-9.-]+'"
check "agree lists every template question it has labels for" \
  bash -c "[ \$('$cli' agree --labels '$src/corpora/labelled/LABELS.tsv' '$src/corpora/labelled' | grep -Ec '^[MU][0-9]+ ') -eq 22 ]"
check "sentences prints precision and recall per check" \
  bash -c "'$cli' sentences '$src/corpora/sprak/meningar.tsv' | grep -Eq '^sprak/vardeladdat-ord +[0-9]+ +[0-9]+ +[0-9]+ +[0-9.]+ +[0-9.]+'"
check "a missing labels file is a usage error" \
  test "$(exit_code "$cli" agree --labels "$tmp/none.tsv" "$src/corpora/sample")" = 3
check "reports never repeat a personnummer" \
  bash -c "printf 'Ärende: p\nDokument: Journalanteckningar\n\n2025-01-01 08:00 Hemliv (undersköterska)\nHennes nummer 19450312-1235 står här.\n' > '$tmp/pnr.txt'; ! '$cli' check '$tmp/pnr.txt' 2>&1 | grep -q 1235"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
