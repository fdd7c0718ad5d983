#!/usr/bin/env bash
# ctest e2e.docx-libreoffice: Word documents from a real word processor.
# LibreOffice Writer (headless) converts each fictional case in
# corpora/docx/*.html (a header table, paragraphs with heading styles) to
# .docx; the .docx is audited alone and must get the same findings as the
# same case in the text format (the .txt beside it): same rules, columns,
# messages, suggestions, fingerprints and scores, and under each finding the
# same source line, now found by paragraph number.
#   docx-libreoffice.sh CLI SOURCE_DIR
# Exits 77 (skipped) when soffice is not installed.
source "$(dirname "$0")/common.sh" "$@"
if ! command -v soffice >/dev/null; then
  echo "soffice not found (apt-get install libreoffice-writer-nogui): skipped"
  exit 77
fi

for html in "$src"/corpora/docx/*.html; do
  name=$(basename "$html" .html)
  mkdir -p "$tmp/$name/docx" "$tmp/$name/txt"
  # A profile of its own, so a running LibreOffice or a parallel test does
  # not hold the lock; -env:UserInstallation must be a file: URL.
  timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/$name/docx" "$html" \
    >"$tmp/soffice.log" 2>&1
  docx=$tmp/$name/docx/$name.docx
  if [ ! -s "$docx" ]; then
    echo "FAIL: LibreOffice did not convert $html"
    cat "$tmp/soffice.log"
    failed=$((failed + 1))
    continue
  fi
  cp "$src/corpora/docx/$name.txt" "$tmp/$name/txt/"
  check "$name.docx has real heading styles and a table" python3 - "$docx" <<'EOF'
import re, sys, zipfile
body = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
sys.exit(0 if re.search(r'<w:pStyle w:val="Heading2"/>', body) and "<w:tbl>" in body else 1)
EOF
  for f in docx txt; do
    (cd "$tmp/$name/$f" && "$cli" audit --format json -o "$tmp/$name/$f.json" . 2>"$tmp/$name/$f.err")
    (cd "$tmp/$name/$f" && "$cli" check --colour=never . >"$tmp/$name/$f.out" 2>&1)
  done
  check "$name.docx is read without input errors" test ! -s "$tmp/$name/docx.err"
  check "$name.docx: the same findings and scores as $name.txt" \
    python3 - "$tmp/$name/docx.json" "$tmp/$name/txt.json" <<'EOF'
import json, sys
def key(path):
    r = json.load(open(path))
    assert not r["errors"], r["errors"]
    assert len(r["cases"]) == 1
    c = r["cases"][0]
    findings = sorted((f["rule"], f["column"], f["end_column"], f["message"],
                       f["suggestion"] or "", f["severity"], f["question"] or "",
                       f["fingerprint"]) for f in c["findings"])
    scores = [(q["id"], q["score"]) for q in c["questions"]]
    return c["id"], findings, scores
docx, txt = key(sys.argv[1]), key(sys.argv[2])
if docx != txt:
    print("docx:", docx, "\ntxt: ", txt, sep="\n")
    sys.exit(1)
sys.exit(0 if len(docx[1]) >= 10 else 1)
EOF
  # The report shows under each finding the line it points at: for the
  # .docx, the paragraph of that number. Only the numbers may differ.
  check "$name.docx: each finding shows the paragraph it points at" \
    python3 - "$tmp/$name/docx.out" "$tmp/$name/txt.out" <<'EOF'
import re, sys
def shown(path):
    text = open(path).read()
    # "./file:LINE:COL: severity: message [rule]" then "  N | source line".
    out = re.findall(r"^\./[^:]+:\d+:(\d+: \w+: .*)\n +\d+ \| (.*)$", text, re.M)
    return sorted(out)
docx, txt = shown(sys.argv[1]), shown(sys.argv[2])
sys.exit(0 if docx == txt and len(docx) >= 10 else 1)
EOF
done

finish
