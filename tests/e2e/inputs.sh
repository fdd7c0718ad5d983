#!/usr/bin/env bash
# End-to-end checks of odd inputs, files and terminals (issue 11): limits as
# clear errors while the rest of the batch is audited, honest exit codes,
# files that are not regular, links, -o, and text that must not reach a
# terminal raw.
source "$(dirname "$0")/common.sh" "$@"
# A tmpfs mounted for the full-disk check must not outlive the script.
trap 'umount "$tmp/small" 2>/dev/null; chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
note() { # a journal file: case id, life area
  printf 'Ärende: %s\nDokument: Journalanteckningar\n\n2025-01-01 08:00 %s (undersköterska)\nHon diskade själv efter frukosten.\n' "$1" "$2"
}

mkdir "$tmp/good" && note g1 Hemliv >"$tmp/good/a.txt"

# Limits: each reported with file:line:column, the other files still audited.
mkdir "$tmp/deep"
python3 - "$tmp/deep" <<'PY'
import sys
d = sys.argv[1]
n = 11500
open(d + '/djup.xml', 'w').write(
    '<ibic-export version="1"><case id="d"><document id="U" type="utredning">\n'
    + '<section>\n' * n + '<p>x</p>\n' + '</section>\n' * n
    + '</document></case></ibic-export>\n')
open(d + '/lang-rad.txt', 'w').write(
    'Ärende: l1\nDokument: Journalanteckningar\n\n2025-01-01 08:00 Hemliv (undersköterska)\n'
    + 'ord ' * 30000 + '\n')
PY
note d2 Hemliv >"$tmp/deep/bra.txt"
"$cli" audit --format json "$tmp/deep" >"$tmp/deep.json" 2>"$tmp/deep.err"
check "XML nested 11,500 deep is an error at its line, exit 2" \
  bash -c "grep -q 'djup.xml:99:1: error: XML-elementen är nästlade i mer än 100 nivåer' '$tmp/deep.err'"
check "a line over the limit is an error at its column" \
  bash -c "grep -q 'lang-rad.txt:5:100001: error: Raden är längre än 100000 tecken' '$tmp/deep.err'"
check "the rest of a batch with limits reached is audited" \
  python3 -c "import json,sys; r=json.load(open('$tmp/deep.json')); sys.exit(0 if [c['id'] for c in r['cases']] == ['d2'] and len(r['errors']) == 2 else 1)"
check "reached limits exit 2" test "$(exit_code "$cli" audit "$tmp/deep")" = 2
printf 'limits:\n  max-line-length: 200000\n  max-words-per-document: 1000\n' >"$tmp/deep/.ibic-audit.yaml"
check "limits are read from .ibic-audit.yaml: too many words" \
  bash -c "'$cli' check '$tmp/deep/lang-rad.txt' 2>&1 | grep -q 'lang-rad.txt:4:1: error: Dokumentet har fler än 1000 ord, så ärendet l1 granskades inte'"
printf 'limits: {max-seconds-per-document: 0.000001}\n' >"$tmp/slow.yaml"
check "time per document: the case is abandoned with a diagnostic" \
  bash -c "'$cli' check --config '$tmp/slow.yaml' '$src/corpora/sample' 2>&1 | grep -q 'error: Granskningen av ärendet .* tog mer än 1e-06 s per dokument och avbröts'"
printf 'limits: {max-file-mb: 0}\n' >"$tmp/zero.yaml"
check "a limit out of range is a configuration error with its place" \
  bash -c "'$cli' check --config '$tmp/zero.yaml' '$tmp/good' 2>&1 | grep -q 'zero.yaml:1:10: error: limits: max-file-mb ska vara mellan 1 och 4095'"
python3 -c "print('rules: ' + '[' * 20000 + ']' * 20000)" >"$tmp/deep.yaml"
check "deep YAML in a configuration is an error, not a stack overflow" \
  bash -c "'$cli' check --config '$tmp/deep.yaml' '$tmp/good' 2>&1 | grep -q 'deep.yaml:1:108: error: YAML-värdena är nästlade i mer än 100 nivåer'"
check "deep YAML exits 3" test "$(exit_code "$cli" check --config "$tmp/deep.yaml" "$tmp/good")" = 3
mkdir "$tmp/rules" && cp -r "$src/rules/." "$tmp/rules/"
python3 -c "print(''.join('  ' * i + 'a%d:\n' % i for i in range(3000)))" >"$tmp/rules/sprak/djup.yaml"
check "deep YAML in a rule file is an error with its place" \
  bash -c "'$cli' check --rules '$tmp/rules' '$tmp/good' 2>&1 | grep -q 'djup.yaml:101:201: error: YAML-värdena är nästlade'"
mkdir "$tmp/big"
python3 - "$tmp/big" <<'PY'
import random, sys
d = sys.argv[1]
head = 'Ärende: %s\nDokument: Journalanteckningar\n\n2025-01-01 08:00 Hemliv (undersköterska)\n'
open(d + '/ord.txt', 'w').write(head % 'w1' + 'Hon ' + 'a' * 1000000 + ' diskade.\n')
random.seed(1)
open(d + '/stavning.txt', 'w').write(head % 'w2' + '\n'.join(
    ''.join(random.choice('abcdefghijklmnopqrstuvwxyzåäö') for _ in range(10000))
    for _ in range(200)) + '\n')
PY
printf 'limits: {max-line-length: 2000000}\n' >"$tmp/big/.ibic-audit.yaml"
check "a 1 MB word and 200 words of 10,000 letters take seconds, not minutes" \
  bash -c "timeout 30 '$cli' check '$tmp/big' >/dev/null 2>&1; test \$? -lt 2"
check "a token longer than any word is neither spell-checked nor quoted" \
  bash -c "test \$('$cli' check '$tmp/big' 2>&1 | wc -c) -lt 100000"

# Honest status.
mkdir "$tmp/empty" "$tmp/word"
touch "$tmp/word/plan.docx" "$tmp/word/utredning.pdf" "$tmp/word/beslut.odt"
printf 'PK\003\004\033[2J\033]0;x\007 trasig' >"$tmp/word/journal.docx"
check "an empty folder exits 2, even with --fail-on info" \
  test "$(exit_code "$cli" audit --fail-on info "$tmp/empty")" = 2
check "nothing audited is said in Swedish" \
  bash -c "'$cli' audit '$tmp/empty' 2>&1 | grep -q 'inget ärende granskades'"
check "a folder of unreadable documents exits 2" \
  test "$(exit_code "$cli" audit --fail-on info "$tmp/word")" = 2
"$cli" audit "$tmp/word" >"$tmp/word.out" 2>&1
check "a .pdf is named with what to export instead" \
  grep -q 'utredning.pdf: error: Filtypen .pdf kan inte läsas. Exportera dokumentet som text (.txt), Word-dokument (.docx) eller XML' "$tmp/word.out"
check "an .odt is named with what to save it as" \
  grep -q 'beslut.odt: error: Filtypen .odt kan inte läsas. Öppna dokumentet i Word eller LibreOffice, spara det som Word-dokument (.docx)' "$tmp/word.out"
check "an empty .docx is an empty file" grep -q 'plan.docx:1:1: error: Filen är tom' "$tmp/word.out"
check "a broken .docx is named, and nothing of its bytes is printed" \
  bash -c "grep -q 'journal.docx: error: Filen kan inte läsas som Word-dokument: zip-arkivet är trasigt' '$tmp/word.out' && ! grep -q \$'\\033\\|\\007' '$tmp/word.out' && ! grep -q trasig\$ '$tmp/word.out'"
check "a .pdf named on the command line gets the same advice" \
  bash -c "'$cli' check '$tmp/word/utredning.pdf' 2>&1 | grep -q 'utredning.pdf: error: Filtypen .pdf kan inte läsas'"
note w1 Hemliv >"$tmp/word/anteckning.txt"
check "beside unreadable documents the rest is audited, exit 2" \
  bash -c "'$cli' audit --format json '$tmp/word' 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if [c[\"id\"] for c in r[\"cases\"]] == [\"w1\"] and len(r[\"errors\"]) == 4 else 1)'; test \${PIPESTATUS[0]} = 2"
mkdir "$tmp/notes" && note n1 Trädgård >"$tmp/notes/a.txt" && note n2 Hemliv >"$tmp/notes/b.txt"
check "an unknown life area on a line of a read file does not exit 2" \
  test "$(exit_code "$cli" check "$tmp/notes")" = 0
check "a line-level remark is no unreadable file" \
  bash -c "'$cli' check '$tmp/notes' 2>&1 | grep -q '0 filer som inte kunde läsas, 1 anmärkning om indata'"
# The same remark in every other output: no lost file, a complete run.
"$cli" check --format html -o "$tmp/notes.html" "$tmp/notes" 2>/dev/null
check "HTML counts a remark apart from unreadable files" \
  bash -c "grep -q '<strong>0</strong>filer som inte kunde läsas' '$tmp/notes.html' && grep -q '<h2>Anmärkningar om indata</h2>' '$tmp/notes.html' && ! grep -q '<h2>Filer som inte kunde läsas</h2>' '$tmp/notes.html'"
"$cli" check --format sarif -o "$tmp/notes.sarif" "$tmp/notes" 2>/dev/null
check "SARIF: a run with only a remark executed successfully, the remark a warning" \
  python3 -c "import json,sys; inv=json.load(open(sys.argv[1]))['runs'][0]['invocations'][0]; n=inv['toolExecutionNotifications']; sys.exit(0 if inv['executionSuccessful'] and [x['level'] for x in n]==['warning'] else 1)" "$tmp/notes.sarif"
"$cli" check --format junit -o "$tmp/notes.xml" "$tmp/notes" 2>/dev/null
check "JUnit: a remark is no error" \
  bash -c "grep -q '<testsuites[^>]* errors=\"0\"' '$tmp/notes.xml' && grep -q 'Anmärkningar om indata' '$tmp/notes.xml'"
"$cli" audit --format json -o "$tmp/notes.json" "$tmp/notes" 2>/dev/null
check "merge reads a remark back as a remark" \
  bash -c "'$cli' merge '$tmp/notes.json' 2>&1 | grep -q '0 filer som inte kunde läsas, 1 anmärkning om indata'"
"$cli" audit --store "$tmp/notes.db" --round r1 "$tmp/notes" >/dev/null 2>&1
check "the store counts no unreadable file for a remark" \
  python3 -c "import sqlite3,sys; sys.exit(0 if sqlite3.connect(sys.argv[1]).execute('SELECT errors FROM rounds').fetchone()[0]==0 else 1)" "$tmp/notes.db"
printf '# ingenting här än\n' >"$tmp/comment.yaml"
check "a config of only comments is an empty config" \
  test "$(exit_code "$cli" check --config "$tmp/comment.yaml" "$tmp/good")" = 0
printf 'colours: {gron: 1.2, gul: 1.7}\n' >"$tmp/colours.yaml"
check "colour thresholds in the wrong order are refused" \
  bash -c "'$cli' check --config '$tmp/colours.yaml' '$tmp/good' 2>&1 | grep -q 'colours.yaml:1:11: error: colours: gul (1,70) och gron (1,20) ska ligga mellan 0 och 2'"
printf 'colours: {gron: 2.5}\n' >"$tmp/colours2.yaml"
check "colour thresholds above 2 are refused" \
  test "$(exit_code "$cli" check --config "$tmp/colours2.yaml" "$tmp/good")" = 3
printf 'rules:\n  sprak/oforklarad-forkortning:\n    parameters:\n      extra-entries:\n        - {forms: [kl.]}\n' >"$tmp/abbr.yaml"
check "an abbreviation without explanation is refused at its place" \
  bash -c "'$cli' check --config '$tmp/abbr.yaml' '$tmp/good' 2>&1 | grep -q 'abbr.yaml:5:20: error: förkortningen kl. saknar suggestions'"

# Files.
mkdir -p "$tmp/loop/a" && note s1 Hemliv >"$tmp/loop/a/x.txt"
ln -s .. "$tmp/loop/a/upp" && ln -s ../a "$tmp/loop/a/igen"
check "a folder link loop ends and counts each file once" \
  bash -c "timeout 20 '$cli' audit --format json '$tmp/loop' | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if len(r[\"cases\"]) == 1 and r[\"cases\"][0][\"files\"] == [\"$tmp/loop/a/x.txt\"] else 1)'"
# Root reads every folder, so as root the program runs without the
# capabilities that override file modes. Dropping them, rather than running
# as nobody, keeps the binary reachable wherever the checkout lives.
without_override=()
if [ "$(id -u)" = 0 ]; then
  without_override=(setpriv --bounding-set=-dac_override,-dac_read_search)
  "${without_override[@]}" true 2>/dev/null || without_override=()
fi
if [ "$(id -u)" != 0 ] || [ ${#without_override[@]} -gt 0 ]; then
  mkdir -p "$tmp/locked/hemlig" && note u1 Hemliv >"$tmp/locked/hemlig/a.txt" && note u2 Hemliv >"$tmp/locked/b.txt"
  chmod 000 "$tmp/locked/hemlig"
  check "an unreadable sub-folder is a diagnostic and exits 2" \
    exits_saying 2 'hemlig: error: Mappen kunde inte läsas: behörighet saknas' \
      "${without_override[@]}" "$cli" check "$tmp/locked"
else
  echo "skip: an unreadable sub-folder (root may not drop its file capabilities here)"
  chmod 700 "$tmp/locked/hemlig"
fi
mkfifo "$tmp/fifo.txt"
check "a FIFO as --config is refused, not waited on" \
  test "$(exit_code "$cli" check --config "$tmp/fifo.txt" "$tmp/good")" = 3
# AddressSanitizer reserves terabytes of address space, so the sanitizer
# job (ASAN_OPTIONS set) runs this without the memory cap.
check "/dev/zero as --config is refused" \
  bash -c "[ -n \"\${ASAN_OPTIONS:-}\" ] || ulimit -v 4000000; timeout 20 '$cli' check --config /dev/zero '$tmp/good' 2>&1 | grep -q '/dev/zero: error: Det är ingen vanlig fil'"
check "a FIFO as --baseline is refused" \
  test "$(exit_code "$cli" check --baseline "$tmp/fifo.txt" "$tmp/good")" = 3
check "a FIFO as input is refused with a message" \
  bash -c "timeout 20 '$cli' check '$tmp/fifo.txt' 2>&1 | grep -q 'fifo.txt: error: Det är ingen vanlig fil'"
check "/dev/zero as input exits 2" test "$(exit_code "$cli" check /dev/zero)" = 2
# A FIFO of our own, not /dev/null: a binary without the check, run by this
# script, would replace the system's.
mkfifo "$tmp/ut.txt"
check "-o never replaces anything but a regular file" \
  bash -c "'$cli' check -o '$tmp/ut.txt' '$tmp/good' 2>&1 | grep -q 'ingen vanlig fil .* ersätts inte' && test -p '$tmp/ut.txt'"
check "-o to a missing folder is said in Swedish" \
  bash -c "'$cli' check -o '$tmp/saknas/r.txt' '$tmp/good' 2>&1 | grep -q 'mappen $tmp/saknas finns inte'"
touch "$tmp/r.json" && chmod 600 "$tmp/r.json"
"$cli" audit --format json -o "$tmp/r.json" "$tmp/good" 2>/dev/null
check "-o keeps the mode of the report it replaces" test "$(stat -c %a "$tmp/r.json")" = 600
check "-o replaced the report" grep -q '"g1"' "$tmp/r.json"
if [ -w /dev/full ]; then
  check "a write error on stdout exits 3 with a message" \
    bash -c "'$cli' check '$tmp/good' 2>'$tmp/full.err' >/dev/full; test \$? = 3 && grep -q 'kunde inte skriva till standard ut' '$tmp/full.err'"
fi

# Finished cases wait in a temporary file; where there is no room for one
# they wait in memory, and the report is the same.
"$cli" audit --format json "$src/corpora/sample" >"$tmp/spooled.json" 2>/dev/null
check "no temporary folder: the same report" \
  bash -c "TMPDIR='$tmp/saknas' '$cli' audit --format json '$src/corpora/sample' 2>/dev/null | cmp -s - '$tmp/spooled.json'"
mkdir "$tmp/small"
if mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  # Three times: whether the spool or the dictionary's copy of its rules
  # meets the full folder first depends on timing.
  check "a temporary folder that fills up: the same report" \
    bash -c "for run in 1 2 3; do TMPDIR='$tmp/small' '$cli' audit --format json '$src/corpora/sample' 2>/dev/null | cmp -s - '$tmp/spooled.json' || exit 1; done"
  umount "$tmp/small"
else
  echo "skipped: a full temporary folder (no permission to mount a tmpfs)"
fi

# Terminals: nothing from input reaches one raw.
mkdir "$tmp/esc"
printf '<ibic-export version="1"><case id="a&#27;[2Jb&#10;x.txt:1:1: error: falskt">\n<document id="U" type="utredning" livsomrade="okänt&#27;[31m">\n<p>Text.</p></document></case></ibic-export>\n' >"$tmp/esc/a.xml"
cp "$tmp/good/a.txt" "$tmp/esc/$(printf 'f\033[2Jil.txt')"
"$cli" audit "$tmp/esc" >"$tmp/esc.out" 2>&1
check "no escape character from input reaches the terminal" \
  bash -c "! grep -q \$'\\033' '$tmp/esc.out'"
check "control characters are shown visibly" grep -q '␛\[2J' "$tmp/esc.out"
check "a line break in a case id cannot forge a finding line" \
  bash -c "! grep -q '^x.txt:1:1: error: falskt' '$tmp/esc.out'"

finish
