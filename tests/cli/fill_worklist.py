"""Fills rows of a worklist as a data keeper does in Excel or WPS, with openpyxl:
fill_worklist.py FILE.xlsx FIELD=VALUE=SOURCE ... (VALUE may be empty). The cells
are found by the key row (row 3), the rows by the figure's path."""
import sys

import openpyxl

path = sys.argv[1]
book = openpyxl.load_workbook(path)
ws = book["worklist"]
keys = {cell.value: cell.column for cell in ws[3]}
rows = {ws.cell(row=r, column=keys["field"]).value: r for r in range(4, ws.max_row + 1)}
for arg in sys.argv[2:]:
    field, value, source = arg.split("=", 2)
    r = rows[field]
    if value:
        try:
            number = float(value) if "." in value else int(value)
        except ValueError:
            number = value  # text, as a keeper may type it
        ws.cell(row=r, column=keys["bureau_value"]).value = number
    ws.cell(row=r, column=keys["bureau_source"]).value = source
book.save(path)
