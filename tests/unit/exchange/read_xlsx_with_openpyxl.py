"""Reads a workbook with openpyxl, an independent reader, and compares it with
the JSON the exporter was given: sheet names, the three header rows, every cell,
frozen panes and print setup. Prints each difference; exit 1 if there is one."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
want = json.load(open(sys.argv[2], encoding="utf-8"))
problems = []
if book.sheetnames != [s["name"] for s in want]:
    problems.append(f"sheets {book.sheetnames} != {[s['name'] for s in want]}")
for s in want:
    if s["name"] not in book.sheetnames:
        continue
    ws = book[s["name"]]
    rows = list(ws.iter_rows(values_only=True))
    expected = s["header"] + s["rows"]
    if len(rows) != len(expected):
        problems.append(f"{s['name']}: {len(rows)} rows, expected {len(expected)}")
    for r, (got, exp) in enumerate(zip(rows, expected), start=1):
        got = list(got) + [None] * (len(exp) - len(got))
        for c, (g, e) in enumerate(zip(got, exp), start=1):
            if e == "":
                e = None
            if g != e:
                problems.append(f"{s['name']}!R{r}C{c}: {g!r} != {e!r}")
    if ws.freeze_panes != "B4":
        problems.append(f"{s['name']}: freeze panes {ws.freeze_panes}")
    if ws.page_setup.orientation != "landscape" or ws.print_title_rows not in ("1:3", "$1:$3"):
        problems.append(f"{s['name']}: print setup {ws.page_setup.orientation} {ws.print_title_rows}")
    if ws.column_dimensions["A"].width is None or ws.column_dimensions["A"].width < 4:
        problems.append(f"{s['name']}: column A has no width")
for p in problems[:40]:
    print(p)
sys.exit(1 if problems else 0)
