#!/usr/bin/env bash
# Benchmarks the batch audit. Every figure is a ratio against a baseline
# measured in the same run on the same machine, never an absolute threshold:
#  - throughput: cases per second with all cores vs one thread;
#  - cost of the two-pass grouping: audit time vs the time to only read every
#    file once (`cat`), the floor for any reader;
#  - memory: peak RSS for 10x the cases vs 1x, and how much of the growth the
#    report itself explains (flat memory apart from the report means the extra
#    RSS is a small multiple of the extra report bytes).
set -euo pipefail
cli=$1
src=$2
small=${3:-20}
large=$((small * 10))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$src/tests/bench/generate.py" "$src/corpora/sample" "$tmp/small" "$small"
python3 "$src/tests/bench/generate.py" "$src/corpora/sample" "$tmp/large" "$large"

seconds() { # command... -> wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
peak_kib() { # command... -> max RSS in KiB
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

cases_large=$((large * 16))
read_only=$(seconds find "$tmp/large" -type f -exec cat {} +)
one_thread=$(seconds "$cli" check --jobs 1 --format json "$tmp/large")
all_cores=$(seconds "$cli" check --format json "$tmp/large")
audit=$(seconds "$cli" audit --format json "$tmp/large")
rss_small=$(peak_kib "$cli" audit --format json "$tmp/small")
rss_large=$(peak_kib "$cli" audit --format json "$tmp/large")
report_small=$("$cli" audit --format json "$tmp/small" | wc -c)
report_large=$("$cli" audit --format json "$tmp/large" | wc -c)

printf 'cases audited (large set):        %d\n' "$cases_large"
printf 'cases/s, all cores:               %.0f\n' "$(echo "$cases_large / $all_cores" | bc -l)"
printf 'speed-up all cores / one thread:  %.2fx\n' "$(echo "$one_thread / $all_cores" | bc -l)"
printf 'audit time / plain read (cat):    %.1fx\n' "$(echo "$audit / $read_only" | bc -l)"
printf 'peak RSS 10x cases / 1x cases:    %.2fx (%d KiB / %d KiB)\n' \
  "$(echo "$rss_large / $rss_small" | bc -l)" "$rss_large" "$rss_small"
printf 'extra RSS / extra report bytes:   %.2f (the report is held once as results, once as text)\n' \
  "$(echo "($rss_large - $rss_small) * 1024 / ($report_large - $report_small)" | bc -l)"
