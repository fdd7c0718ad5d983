#!/usr/bin/env bash
# The installation as a user gets it: `cmake --install` to a prefix that is
# then moved, the binary run from there without the source tree's rules, the
# man page and bash completion checked against --help, and the C library
# built against through pkg-config (the .deb: deb-debian12.sh).
build=$1
source "$(dirname "$0")/common.sh" "$build/plugins/cli/ibic-audit" "$2"

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
# Moved after installing: nothing may point back at the prefix or the source.
mv "$tmp/prefix" "$tmp/moved"
p=$tmp/moved
cli=$p/bin/ibic-audit
unset IBIC_AUDIT_RULES

check "the binary is installed" test -x "$cli"
check "the rules are installed" test -f "$p/share/ibic-audit/rules/granskningsmall/U1.yaml"
check "the installed binary audits the sample corpus" \
  bash -c "'$cli' audit --format json '$src/corpora/sample' | python3 -c 'import json,sys; assert json.load(sys.stdin)[\"cases\"]'"
# A rule removed from the installation disappears from the program's list:
# it reads the installed rules, not the source tree's.
rule=$p/share/ibic-audit/rules/sprak/upprepat-ord.yaml
check "the source tree's rules list the rule" bash -c "'$cli' rules | grep -q '^sprak/upprepat-ord '"
rm "$rule"
check "the installed rules are the ones read" bash -c "! '$cli' rules | grep -q '^sprak/upprepat-ord '"

man_page=$p/share/man/man1/ibic-audit.1
check "the man page is installed" test -f "$man_page"
if command -v man >/dev/null; then
  check "the man page renders" bash -c "MANWIDTH=80 man -l '$man_page' 2>&1 >/dev/null | grep -q . && exit 1 || exit 0"
fi
for sub in $("$cli" --help | awk '/^SUBCOMMANDS:/ { s = 1; next } /^OPTIONS:/ { s = 0 } s && $1 ~ /^[a-z]+$/ { print $1 }'); do
  check "the man page names the subcommand $sub" grep -q "^\.B.*$sub" "$man_page"
done
for opt in $("$cli" audit --help-list | awk '$1 ~ /^--?[a-z]/ && $1 !~ /^--help/ { sub(/=.*/, "", $1); print $1 }'); do
  check "the man page documents $opt" grep -q -- "$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" "$man_page"
done

completion=$p/share/bash-completion/completions/ibic-audit
check "the bash completion is installed" test -f "$completion"
complete_words() { # the completions bash offers for the words given
  PATH="$p/bin:$PATH" bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _ibic_audit; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
export -f complete_words; export p completion
check "completion offers the subcommands" test "$(complete_words ibic-audit au)" = audit
check "completion offers a subcommand's options" \
  bash -c "complete_words ibic-audit audit --for | grep -qx -- --format="
check "completion offers the formats" \
  bash -c "complete_words ibic-audit check --format=sa | grep -qx -- --format=sarif"
check "completion offers rule ids after explain" \
  bash -c "complete_words ibic-audit rules explain sprak/vard | grep -qx sprak/vardeladdat-ord"

# The C library, as a review tool builds against it: header, pkg-config,
# a versioned SONAME that exports only the C interface, and the example.
lib=$(ls "$p"/lib*/libibic-audit.so.[0-9]* "$p"/lib/*/libibic-audit.so.[0-9]* 2>/dev/null | head -1)
check "the C header is installed" test -f "$p/include/ibic/ibic_audit.h"
check "the library is installed with a versioned SONAME" \
  bash -c "objdump -p '$lib' | grep -Eq 'SONAME +libibic-audit\.so\.[0-9]+$'"
check "the library exports only ibic_audit_*" \
  bash -c "nm -D --defined-only '$lib' | awk '\$2 ~ /^[TDBR]$/ { print \$3 }' | grep -v '^IBIC_AUDIT_' | grep -qv '^ibic_audit_' && exit 1 || exit 0"
pc_dir=$(dirname "$(find "$p" -name ibic-audit.pc | head -1)")
# The .pc names the prefix it was installed to; the moved prefix is given.
example=$tmp/check_text
check "the example C program builds with pkg-config" \
  bash -c "cc '$src/plugins/capi/example/check_text.c' -o '$example' \
    \$(PKG_CONFIG_PATH='$pc_dir' pkg-config --define-variable=prefix='$p' --cflags --libs ibic-audit)"
note='Ärende: 2025-9901
Dokument: Journal

2025-03-05 08:12 Personlig vård (undersköterska)
Elsa var dement och vägrade duscha.
'
check "the example checks a note through the library and gets the JSON report" \
  bash -c "printf '%s' '$note' | LD_LIBRARY_PATH='$(dirname "$lib")' '$example' anteckning.txt |
    python3 -c 'import json,sys; r=json.load(sys.stdin); assert any(f[\"rule\"]==\"sprak/vardeladdat-ord\" for c in r[\"cases\"] for f in c[\"findings\"])'"

finish
