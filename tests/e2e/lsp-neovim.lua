-- Driven by lsp-neovim.sh: Neovim's built-in LSP client (0.7 or later)
-- starts `ibic-audit lsp` on a fictional journal, waits for diagnostics,
-- writes them as "code line:col-line:col severity" (Neovim's 0-based lines
-- and byte columns, which it converts from the server's UTF-16), then
-- takes the quick fix the server offers, applies it, waits for the
-- diagnostics to go, and writes the fixed line. Arguments come in the
-- environment: IBIC_CLI, IBIC_RULES, IBIC_DOC, IBIC_OUT.
local cli, rules = os.getenv("IBIC_CLI"), os.getenv("IBIC_RULES")
local doc, out = os.getenv("IBIC_DOC"), os.getenv("IBIC_OUT")
local lines = {}
local function finish(ok)
  vim.fn.writefile(lines, out)
  vim.cmd(ok and "qa!" or "cquit!")
end

vim.cmd("edit " .. vim.fn.fnameescape(doc))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "ibic-audit",
  cmd = { cli, "lsp", "--rules", rules },
  root_dir = vim.fn.fnamemodify(doc, ":p:h"),
})
if not client_id then
  table.insert(lines, "the client did not start")
  return finish(false)
end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  table.insert(lines, "no diagnostics within 30 s")
  return finish(false)
end
local first
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or ""
  table.insert(lines, string.format("%s %d:%d-%d:%d %d", code, d.lnum, d.col,
                                    d.end_lnum, d.end_col, d.severity))
  if code == "sprak/vardeladdat-ord" then first = d end
end
if not first then return finish(false) end

-- The quick fix, as `:lua vim.lsp.buf.code_action()` would offer it.
local params = vim.lsp.util.make_range_params()
params.range = {
  start = { line = first.lnum, character = vim.lsp.util.character_offset(buf, first.lnum, first.col, "utf-16") },
  ["end"] = { line = first.end_lnum, character = vim.lsp.util.character_offset(buf, first.end_lnum, first.end_col, "utf-16") },
}
params.context = { diagnostics = {} }
local answers = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
local action
for _, answer in pairs(answers) do
  for _, a in ipairs(answer.result or {}) do action = action or a end
end
if not action then
  table.insert(lines, "no code action")
  return finish(false)
end
vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
local quiet = vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
table.insert(lines, "after fix: " .. #vim.diagnostic.get(buf) .. " diagnostics")
table.insert(lines, "fixed line: " .. vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, true)[1])
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
finish(quiet)
