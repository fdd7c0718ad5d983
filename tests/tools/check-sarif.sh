#!/usr/bin/env bash
# ctest report.sarif-schema: the real command line's SARIF output validated
# against the OASIS SARIF 2.1.0 schema with ajv (a copy of shared/schemas is
# kept in tests/tools so a clone alone can run it; IBIC_SARIF_SCHEMA names
# another). Three logs: the sample corpus; a batch with an unreadable file
# (tool execution notifications); a file whose path needs percent-encoding
# (space, å, ä, ö).
#   check-sarif.sh CLI SOURCE_DIR
# Needs node and tests/tools/node_modules (`npm ci` in tests/tools, which
# .ci/setup --tests runs).
set -uo pipefail
cli=$1
src=$2
tools=$src/tests/tools
schema=${IBIC_SARIF_SCHEMA:-$tools/sarif-schema-2.1.0.json}

if ! command -v node >/dev/null; then
  echo "node is missing: run .ci/setup --tests" >&2
  exit 1
fi
if [ ! -d "$tools/node_modules/ajv-draft-04" ] || [ ! -d "$tools/node_modules/ajv-formats" ]; then
  echo "tests/tools/node_modules is missing: run .ci/setup --tests (npm ci in tests/tools)" >&2
  exit 1
fi
if [ ! -f "$schema" ]; then
  echo "SARIF schema not found at $schema (set IBIC_SARIF_SCHEMA)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

validate() { # name, then the CLI arguments; run from the source tree
  local name=$1; shift
  (cd "$src" && "$cli" audit --format sarif "$@" >"$tmp/$name.sarif" 2>/dev/null)
  local code=$?
  if [ "$code" -gt 2 ]; then
    echo "FAIL: $name: ibic-audit exited $code"
    failed=1
    return
  fi
  node "$tools/validate-sarif.js" "$schema" "$tmp/$name.sarif" || failed=1
}

validate sample corpora/sample
validate mixed tests/inputs/mixed
if ! grep -q '"toolExecutionNotifications"' "$tmp/mixed.sarif"; then
  echo "FAIL: the unreadable file of tests/inputs/mixed is not reported"
  failed=1
fi
mkdir -p "$tmp/ärende mapp"
cp "$src/corpora/sample/text/2025-0102-utredning.txt" "$tmp/ärende mapp/åäö utredning.txt"
validate encoded "$tmp/ärende mapp"
if ! grep -q '"uri": "file:///.*/%C3%A4rende%20mapp/%C3%A5%C3%A4%C3%B6%20utredning.txt"' "$tmp/encoded.sarif"; then
  echo "FAIL: an absolute path with space and å, ä, ö is not a percent-encoded file: URI"
  failed=1
fi
exit $failed
