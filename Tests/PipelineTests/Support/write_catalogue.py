#!/usr/bin/env python3
"""Writes catalogue tables as a workbook (openpyxl) or as CSV files (Python's csv), as a
bookkeeper's spreadsheet program would, from the tables TextilePassport dumped as JSON.

usage: write_catalogue.py TABLES.json OUT FORM

TABLES.json is {"sheets": [{"names": {"en": .., "mn": .., "csv": ..}, "headers": {"en": [..],
"mn": [..]}, "rows": [[cell, ..], ..]}]}; a cell is null or [kind, value, csv]: ["text", s, s],
["number", "3.5", "3.5"], ["boolean", true, "TRUE"] or ["date", "YYYY-MM-DD", "YYYY-MM-DD"], csv
being the field TextilePassport would write in a CSV file. FORM is one of:
  xlsx-en, xlsx-mn    OUT is a workbook with English or Mongolian sheet names and headers,
                      numbers as numbers, booleans as booleans, dates as date cells;
  csv                 OUT is a folder of comma-separated UTF-8 files named by the sheets;
  csv-excel-eu        the same with `;` and a UTF-8 byte-order mark, as European Excel saves.
"""
import csv
import datetime
import json
import os
import sys

import openpyxl

tables, out, form = json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2], sys.argv[3]


def workbook_value(cell):
    kind, value, _ = cell
    if kind == "number":
        return int(value) if all(c in "-0123456789" for c in value) else float(value)
    if kind == "date":
        return datetime.date.fromisoformat(value)
    return value


if form.startswith("xlsx-"):
    language = form[len("xlsx-"):]
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    instructions = workbook.create_sheet("Instructions" if language == "en" else "Заавар")
    instructions["A1"] = "Fill in one row per record."
    for sheet in tables["sheets"]:
        worksheet = workbook.create_sheet(sheet["names"][language])
        worksheet.append(sheet["headers"][language])
        for row in sheet["rows"]:
            worksheet.append([None if cell is None else workbook_value(cell) for cell in row])
            for column, cell in enumerate(row, start=1):
                if cell is not None and cell[0] == "date":
                    worksheet.cell(row=worksheet.max_row, column=column).number_format = "yyyy-mm-dd"
    workbook.save(out)
else:
    os.makedirs(out, exist_ok=True)
    european = form == "csv-excel-eu"
    for sheet in tables["sheets"]:
        with open(os.path.join(out, sheet["names"]["csv"]), "w", encoding="utf-8-sig" if european else "utf-8", newline="") as file:
            writer = csv.writer(file, delimiter=";" if european else ",")
            writer.writerow(sheet["headers"]["en"])
            for row in sheet["rows"]:
                writer.writerow(["" if cell is None else cell[2] for cell in row])
