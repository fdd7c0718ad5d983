#!/usr/bin/env bash
# `ibic-audit lsp` under a real editor: Neovim's built-in LSP client,
# headless, scripted in lsp-neovim.lua. It opens a fictional journal whose
# plan lies beside it, gets the value-laden phrase as the one diagnostic at
# the byte columns Neovim converts from the server's UTF-16 (after å/ä/ö and
# a character outside the BMP), applies the server's quick fix through
# Neovim's own edit code (incremental didChange) and sees the diagnostics
# go. Skipped (77) without nvim (apt-get install neovim).
source "$(dirname "$0")/common.sh" "$@"
command -v nvim >/dev/null || { echo "nvim is not installed: skipped"; exit 77; }

case=$tmp/case
mkdir "$case"
cp "$src/tests/inputs/lsp/2099-0001-journal.txt" "$case/"
line=$(tail -n 1 "$case/2099-0001-journal.txt")
sed 's/2025-0102/2099-0001/' "$src/corpora/sample/text/2025-0102-genomforandeplan.txt" \
  >"$case/2099-0001-genomforandeplan.txt"

# Byte columns of "var dement" on the 0-based line 9, as Neovim shows them.
begin=$(python3 -c 'import sys; l=sys.argv[1]; print(len(l[:l.index("var dement")].encode()))' "$line")
end=$((begin + 10))

# Neovim keeps its LSP log and state under XDG folders: the scratch folder.
XDG_CACHE_HOME=$tmp/xdg XDG_STATE_HOME=$tmp/xdg XDG_DATA_HOME=$tmp/xdg XDG_CONFIG_HOME=$tmp/xdg \
  IBIC_CLI=$cli IBIC_RULES=$src/rules IBIC_DOC=$case/2099-0001-journal.txt IBIC_OUT=$tmp/out \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $(dirname "$0")/lsp-neovim.lua" \
  >"$tmp/nvim.log" 2>&1
status=$?
echo "nvim $(nvim --version | head -1): exit $status"
cat "$tmp/out" 2>/dev/null

check "Neovim ran the script to the end" test "$status" = 0
check "the one diagnostic is the value-laden phrase, at Neovim's byte columns" \
  test "$(grep -v '^after fix\|^fixed line' "$tmp/out")" = "sprak/vardeladdat-ord 9:$begin-9:$end 2"
check "the plan beside the journal was read (no genomforandeplan/saknas)" \
  bash -c "! grep -q genomforandeplan/saknas '$tmp/out'"
check "the quick fix quiets it" grep -qx 'after fix: 0 diagnostics' "$tmp/out"
check "the quick fix gives the fixed sentence" \
  grep -qxF "fixed line: ${line/var dement/hade en demenssjukdom}" "$tmp/out"
[ "$failed" -eq 0 ] || cat "$tmp/nvim.log"
finish
