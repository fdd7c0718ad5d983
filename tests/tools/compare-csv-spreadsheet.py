#!/usr/bin/env python3
"""Compares ibic-audit's CSV report with what a spreadsheet made of it.

    compare-csv-spreadsheet.py REPORT.csv REPORT.fods

REPORT.fods is the CSV opened by LibreOffice Calc as Swedish Excel opens it
(';', UTF-8, language sv-SE) and saved as flat OpenDocument XML. Every cell
that reads as a score or mean ("2", "1,42") must have become a number with
that value (1.42, not the text "1,42" and not 142); every other cell must be
the same text (no byte order mark in the first cell, case ids not turned into
dates). Prints one line per mismatch; exits 1 if there is any.
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def sheet_rows(path):
    """The first table as a list of rows of (type, value, text) cells."""
    table = ET.parse(path).getroot().find(".//table:table", NS)
    rows = []
    for row in table.iter(q("table", "table-row")):
        cells = []
        for cell in row:
            if cell.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                continue
            repeat = int(cell.get(q("table", "number-columns-repeated"), "1"))
            kind = cell.get(q("office", "value-type"), "")
            value = cell.get(q("office", "value"))
            text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
            cells.extend([(kind, value, text)] * min(repeat, 200))
        while cells and cells[-1] == ("", None, ""):
            cells.pop()
        repeat = int(row.get(q("table", "number-rows-repeated"), "1"))
        # Identical rows are stored once with a count; the sheet's blank tail
        # is one row repeated a million times.
        rows.extend([cells] * (repeat if cells else min(repeat, 1000)))
    while rows and not rows[-1]:
        rows.pop()
    return rows


def main():
    csv_path, sheet_path = sys.argv[1:3]
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        expected = [row for row in csv.reader(f, delimiter=";")]
    while expected and not expected[-1]:
        expected.pop()
    got = sheet_rows(sheet_path)
    problems = []
    if len(got) != len(expected):
        problems.append("%d rows in the spreadsheet, %d in the CSV" % (len(got), len(expected)))
    numbers = decimals = 0
    for r, (want_row, got_row) in enumerate(zip(expected, got), start=1):
        for c, want in enumerate(want_row, start=1):
            kind, value, text = got_row[c - 1] if c <= len(got_row) else ("", None, "")
            where = "row %d column %d (%r)" % (r, c, want)
            if want == "":
                if kind or text:
                    problems.append("%s: empty in the CSV, %s %r in the sheet" % (where, kind, text))
            elif re.fullmatch(r"-?\d+(,\d+)?", want):
                number = float(want.replace(",", "."))
                numbers += 1
                decimals += "," in want
                if kind != "float" or value is None or abs(float(value) - number) > 1e-9:
                    problems.append("%s: expected the number %s, got %s %r (%r)"
                                    % (where, number, kind, value, text))
            elif kind != "string" or text != want:
                problems.append("%s: expected the text, got %s %r (%r)" % (where, kind, value, text))
    for p in problems[:40]:
        print(p)
    if problems:
        print("%d problems" % len(problems))
        return 1
    if decimals == 0:
        print("the CSV has no decimal numbers to check")
        return 1
    print("%d rows; %d numbers (%d with decimal comma) read back as numbers"
          % (len(expected), numbers, decimals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
