# What every end-to-end script shares: its arguments, a scratch folder and
# check(). Sourced as `source common.sh "$@"`; the script ends with finish.
set -uo pipefail
cli=$1
src=$2
tmp=$(mktemp -d)
# A test may take away permissions to see them refused.
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failed=0
passed=0

check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}
# The exit code of a command, which must end within two minutes.
exit_code() { timeout 120 "$@" >/dev/null 2>&1; echo $?; }

finish() {
  echo "$passed passed, $failed failed"
  test "$failed" -eq 0
}
