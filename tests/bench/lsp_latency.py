#!/usr/bin/env python3
"""How long an editor waits for the language server: the time from sending
a textDocument/didChange to receiving the textDocument/publishDiagnostics
for that version, over many edits of one document.

The document is opened where it lies, so the server checks it with the
other files of its case in its folder, as in an editor. Each edit inserts
or removes one word in the middle of the text (incremental, UTF-16
positions); the next edit is sent once the diagnostics of the previous one
came. Prints p50 and p99 (and the mean); asserts nothing.

    python3 tests/bench/lsp_latency.py --cli build/plugins/cli/ibic-audit \\
        --rules rules --document some/folder/2025-0001-journal.txt

run.py (the `bench` target) runs it on a ~10 KB journal of the generated
corpus, in the corpus folder and alone in a folder of its own.
"""
import argparse
import pathlib
import statistics
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "e2e"))
from lspclient import Client, position_of  # noqa: E402


def measure(cli, rules, document, edits=200):
    """Milliseconds from each didChange to its diagnostics, sorted, and the
    number of diagnostics of the last version."""
    document = pathlib.Path(document).resolve()
    text = document.read_text()
    uri = document.as_uri()
    client = Client([cli, "lsp", "--rules", str(rules)])
    client.response(client.request("initialize", {"capabilities": {}}))
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    params, _ = client.diagnostics(uri)

    # A place in the middle, at the start of a line of prose.
    middle = text.index("\n", len(text) // 2) + 1
    at = position_of(text, middle)
    word = "ofta "
    times = []
    for n in range(edits):
        version = n + 2
        if n % 2 == 0:
            change = {"range": {"start": at, "end": at}, "text": word}
        else:
            end = dict(at, character=at["character"] + len(word))
            change = {"range": {"start": at, "end": end}, "text": ""}
        message = client.frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        client.seen.clear()
        # The reader thread stamps each arrival with the same clock.
        start = time.perf_counter()
        client.write(message)
        while True:
            params, arrived = client.diagnostics(uri)
            if params.get("version") == version:
                break
        times.append((arrived - start) * 1000)
    client.response(client.request("shutdown"))
    client.notify("exit")
    client.finish()
    return sorted(times), len(params["diagnostics"]), len(text.encode())


def percentile(sorted_values, share):
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


def summary(times):
    return (f"p50 {percentile(times, 0.50):.2f} ms, p99 {percentile(times, 0.99):.2f} ms, "
            f"mean {statistics.mean(times):.2f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--document", required=True)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    times, diagnostics, size = measure(args.cli, args.rules, args.document, args.edits)
    folder = pathlib.Path(args.document).resolve().parent
    files = sum(1 for p in folder.iterdir() if p.suffix in (".txt", ".xml"))
    print(f"didChange → publishDiagnostics, {len(times)} edits of a {size / 1000:.1f} KB "
          f"document ({diagnostics} diagnostics) in a folder of {files} files: {summary(times)}")


if __name__ == "__main__":
    main()
