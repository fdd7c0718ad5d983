#!/usr/bin/env python3
"""Writes N fictional cases for benchmarks by renumbering the sample corpus.

Every case id in every copy is made unique, so a run over N copies audits
16 * N independent cases. The text is the (fictional) sample corpus as is.
"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
target = pathlib.Path(sys.argv[2])
copies = int(sys.argv[3])
files = sorted(p for p in source.rglob("*") if p.suffix in (".xml", ".txt"))
case_id = re.compile(r"2025-01(\d\d)")
for n in range(copies):
    for f in files:
        text = f.read_text(encoding="utf-8")
        text = case_id.sub(lambda m: f"B{n:05d}-{m.group(1)}", text)
        out = target / f"{n:05d}" / f.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
