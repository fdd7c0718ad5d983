#!/usr/bin/env python3
"""End-to-end test of `ibic-audit lsp`: one JSON-RPC session over pipes, as
an editor drives it.

A fictional case folder holds a journal and its genomförandeplan and an
.ibic-audit.yaml that makes value-laden words errors. The journal is opened
with a value-laden phrase after å/ä/ö and a character outside the BMP on
its line; the test checks the diagnostic (rule id, UTF-16 range, severity
from the config, link, Swedish message with the question) and that the
plan beside it was read (no "genomförandeplan saknas"); takes the quick
fix, checks that applying it gives the fixed text, sends it back as an
incremental change and gets empty diagnostics; hovers; cancels a request;
sends malformed JSON, a bad header, unknown methods; shuts down and exits
(code 0), and in a second session exits without shutdown (code 1). No
text of the document may appear on stderr.

Usage: lsp-session.py IBIC-AUDIT SOURCE-DIR
"""
import os
import pathlib
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, apply_edit, position_of  # noqa: E402

cli, src = os.path.abspath(sys.argv[1]), pathlib.Path(os.path.abspath(sys.argv[2]))
failed = 0
passed = 0


def check(what, ok):
    global failed, passed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what)


JOURNAL = (src / "tests/inputs/lsp/2099-0001-journal.txt").read_text()
BAD = "var dement"
FIXED = JOURNAL.replace(BAD, "hade en demenssjukdom")

tmp = pathlib.Path(tempfile.mkdtemp(prefix="ibic-lsp-"))
try:
    case = tmp / "ärenden"
    case.mkdir()
    journal = case / "2099-0001-journal.txt"
    journal.write_text(JOURNAL)
    plan = (src / "corpora/sample/text/2025-0102-genomforandeplan.txt").read_text()
    (case / "2099-0001-genomforandeplan.txt").write_text(
        plan.replace("2025-0102", "2099-0001"))
    (tmp / ".ibic-audit.yaml").write_text(
        "rules:\n  sprak/vardeladdat-ord: {severity: error}\n")
    uri = journal.as_uri()

    client = Client([cli, "lsp", "--rules", str(src / "rules")], cwd=tmp)
    init = client.response(client.request("initialize", {
        "processId": os.getpid(), "rootUri": None,
        "clientInfo": {"name": "lsp-session.py"},
        "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}}}))
    caps = init["result"]["capabilities"]
    check("incremental sync", caps["textDocumentSync"]["change"] == 2)
    check("quick fixes and hover offered",
          caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"] and caps["hoverProvider"])
    client.notify("initialized", {})
    client.notify("workspace/didChangeConfiguration", {"settings": {}})  # ignored

    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": JOURNAL}})
    params, _ = client.diagnostics(uri)
    codes = [d.get("code") for d in params["diagnostics"]]
    check(f"one value-laden-word diagnostic (got {codes})", codes == ["sprak/vardeladdat-ord"])
    check("the plan beside the journal was read with it",
          "genomforandeplan/saknas" not in codes)
    diagnostic = next((d for d in params["diagnostics"] if d.get("code") == "sprak/vardeladdat-ord"), None)
    if diagnostic is None:
        print("no diagnostic to go on with:", params)
        sys.exit(1)
    start = JOURNAL.index(BAD)
    expected = {"start": position_of(JOURNAL, start), "end": position_of(JOURNAL, start + len(BAD))}
    check(f"the range counts UTF-16 units ({diagnostic['range']} != {expected})",
          diagnostic["range"] == expected)
    check("line 9, after å/ä/ö and a surrogate pair", expected["start"] == {"line": 9, "character": 35})
    check("severity from the folder's .ibic-audit.yaml (error)", diagnostic["severity"] == 1)
    check("source", diagnostic["source"] == "ibic-audit")
    check("codeDescription links the rule file",
          diagnostic["codeDescription"]["href"] ==
          pathlib.Path(os.path.abspath(src / "rules/sprak/vardeladdat-ord.yaml")).as_uri())
    check("a Swedish message with the question",
          "Värdeladdat ord 'var dement'" in diagnostic["message"]
          and "Granskningsmallen, fråga U8:" in diagnostic["message"])
    check("the version is published", params.get("version") == 1)

    actions = client.response(client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic]}}))["result"]
    check("one quick fix", len(actions) == 1 and actions[0]["kind"] == "quickfix")
    edits = actions[0]["edit"]["changes"][uri]
    check("applying the quick fix gives the fixed text",
          len(edits) == 1 and apply_edit(JOURNAL, edits[0]) == FIXED)
    nothing = client.response(client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}},
        "context": {"diagnostics": []}}))["result"]
    check("no quick fix away from the finding", nothing == [])

    hover = client.response(client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": expected["start"]}))["result"]
    check("hover explains the rule in Markdown",
          hover is not None and hover["contents"]["kind"] == "markdown"
          and "`sprak/vardeladdat-ord`" in hover["contents"]["value"]
          and "**Skriv i stället:**" in hover["contents"]["value"]
          and "fråga U8" in hover["contents"]["value"])
    check("hover has the finding's range", hover is not None and hover["range"] == expected)
    empty = client.response(client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}))["result"]
    check("no hover away from findings", empty is None)

    # A request and its cancellation in one write, behind a request that
    # checks the document again: the cancellation reaches it while it waits.
    touch = client.request_message("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"], "context": {"diagnostics": []}})
    cancelled = client.request_message("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": expected["start"]})
    client.write(client.frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 0, "character": 0}}, "text": ""}]}})
                 + client.frame(touch) + client.frame(cancelled)
                 + client.frame({"jsonrpc": "2.0", "method": "$/cancelRequest",
                                 "params": {"id": cancelled["id"]}}))
    client.response(touch["id"])
    answer = client.response(cancelled["id"])
    check("the cancelled request gets one answer: cancelled, or its result if it already ran",
          answer.get("error", {}).get("code") == -32800 or "result" in answer)
    print("cancelled request answered with",
          "RequestCancelled" if "error" in answer else "its result (it had already started)")

    # Malformed input: JSON that is not, a header without a length, a
    # request without a method; the session goes on.
    client.write(b"Content-Length: 9\r\n\r\n{\"id\": 1,")
    check("malformed JSON gets a ParseError", client.response(None)["error"]["code"] == -32700)
    client.write(b"Content-Length: tolv\r\n\r\n")
    check("a bad header gets an error", client.response(None)["error"]["code"] == -32700)
    client.send({"jsonrpc": "2.0", "id": "utan-metod"})
    check("a request without a method is invalid",
          client.response("utan-metod")["error"]["code"] == -32600)
    client.notify("ibic/okänd", {})
    unknown = client.response(client.request("ibic/okänd", {}))
    check("an unknown request gets MethodNotFound", unknown["error"]["code"] == -32601)

    # The fix as an incremental change, in UTF-16 positions.
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 3},
        "contentChanges": [{"range": edits[0]["range"], "text": edits[0]["newText"]}]})
    params, _ = client.diagnostics(uri)
    while params.get("version") != 3:
        params, _ = client.diagnostics(uri)
    check(f"the fixed text has no diagnostics (got {params['diagnostics']})",
          params["diagnostics"] == [])

    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    while True:
        params, _ = client.diagnostics(uri)
        if params.get("version") is None:
            break
    check("closing clears the diagnostics", params["diagnostics"] == [])

    check("shutdown answers null",
          client.response(client.request("shutdown"))["result"] is None)
    after = client.response(client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}))
    check("requests after shutdown are refused", after["error"]["code"] == -32600)
    client.notify("exit")
    code, log = client.finish()
    check(f"exit after shutdown gives exit code 0 (got {code})", code == 0)
    for private in ("Elsa", "dement", "demenssjukdom", "2099-0001", "ärenden", "förmiddagen"):
        check(f"stderr holds no text of the document or its name: {private}", private not in log)
    check("stderr logs the malformed input", "giltig JSON" in log and "Content-Length" in log)

    # Exit without shutdown.
    client = Client([cli, "lsp", "--rules", str(src / "rules")], cwd=tmp)
    client.response(client.request("initialize", {"capabilities": {}}))
    client.notify("exit")
    code, _ = client.finish()
    check(f"exit without shutdown gives exit code 1 (got {code})", code == 1)
finally:
    shutil.rmtree(tmp)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
