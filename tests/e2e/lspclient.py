"""A minimal LSP client over pipes, for the language server's end-to-end test
(lsp-session.py) and its latency benchmark (tests/bench/lsp_latency.py).

A thread reads the server's framed messages into a queue; the test sends
requests and notifications, waits for a response or a notification, and at
the end gets the exit code and everything the server wrote on stderr.
"""
import json
import queue
import subprocess
import tempfile
import threading
import time


def utf16_length(text):
    """The length of `text` in UTF-16 code units, as LSP counts characters."""
    return len(text.encode("utf-16-le")) // 2


def position_of(text, offset):
    """The LSP position of character `offset` (a Python index) in `text`."""
    before = text[:offset]
    line = before.count("\n")
    return {"line": line, "character": utf16_length(before[before.rfind("\n") + 1:])}


def offset_of(text, position):
    """The Python index of an LSP position in `text` (lines ended by "\\n")."""
    start = 0
    for _ in range(position["line"]):
        start = text.index("\n", start) + 1
    units, index = 0, start
    while units < position["character"] and index < len(text) and text[index] != "\n":
        units += utf16_length(text[index])
        index += 1
    return index


def apply_edit(text, edit):
    """`text` with one TextEdit (or content change with a range) applied."""
    begin = offset_of(text, edit["range"]["start"])
    end = offset_of(text, edit["range"]["end"])
    return text[:begin] + edit.get("newText", edit.get("text")) + text[end:]


class Client:
    def __init__(self, command, cwd=None):
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr, cwd=cwd)
        self.messages = queue.Queue()
        self.next_id = 1
        self.seen = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def write(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    @staticmethod
    def frame(message):
        body = json.dumps(message, ensure_ascii=False).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def send(self, message):
        self.write(self.frame(message))

    def request_message(self, method, params=None):
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.next_id += 1
        return message

    def request(self, method, params=None):
        """Sends a request; returns its id."""
        message = self.request_message(method, params)
        self.send(message)
        return message["id"]

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def wait_for(self, wanted, timeout=60):
        """The first message for which `wanted` is true, and when it came;
        the others read meanwhile are kept in `self.seen`."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no such message from the server")
            item = self.messages.get(timeout=left)
            if item is None:
                raise EOFError("the server closed its output")
            arrived, message = item
            self.seen.append(message)
            if wanted(message):
                return message, arrived

    def response(self, request_id, timeout=60):
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m,
                             timeout)[0]

    def diagnostics(self, uri, timeout=60):
        """The next publishDiagnostics for `uri`: its params, and when it came."""
        message, arrived = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri, timeout)
        return message["params"], arrived

    def finish(self, timeout=60):
        """Closes standard input; the exit code and standard error."""
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        code = self.proc.wait(timeout=timeout)
        self.stderr.seek(0)
        return code, self.stderr.read().decode(errors="replace")
