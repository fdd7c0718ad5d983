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

# Whether a command exits with a code and writes a text (grep pattern) to
# standard out or error. Its output is kept whole in a file: `grep -q` at
# the end of a pipe stops reading at the first match, and a command that
# writes more then ends on a write error with another exit code.
exits_saying() { # code, text, then the command
  local code=$1 text=$2; shift 2
  "$@" >"$tmp/said" 2>&1
  local got=$?
  [ "$got" = "$code" ] && grep -q -- "$text" "$tmp/said"
}

finish() {
  echo "$passed passed, $failed failed"
  test "$failed" -eq 0
}
