#!/usr/bin/env python3
"""Prints, as JSON, what openpyxl reads in a workbook: for each sheet in tab order its name,
state, frozen panes, columns (width and number format), every cell with a value or a style
(type, value, bold, fill colour, number format) and its data validations. The Spreadsheets
tests compare it with what they wrote.

usage: dump_workbook.py WORKBOOK.xlsx

A cell is [data_type, value, bold, fill, number_format]: data_type as openpyxl gives it (s, n,
b, d, e, f), a date as its ISO text, fill as the ARGB of a solid fill's foreground or null. A
column with a custom width or a number format other than General is [width or null, number_format].
"""
import datetime
import json
import sys

import openpyxl


def cell_value(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def dump(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                fill = cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None
                if cell.value is None and not cell.font.b and fill is None:
                    continue
                cells[cell.coordinate] = [cell.data_type, cell_value(cell), bool(cell.font.b), fill, cell.number_format]
        validations = [
            {
                "type": validation.type,
                "errorStyle": validation.errorStyle,
                "sqref": str(validation.sqref),
                "formula1": validation.formula1,
                "allowBlank": bool(validation.allow_blank),
                "showErrorMessage": bool(validation.showErrorMessage),
                "showInputMessage": bool(validation.showInputMessage),
                "promptTitle": validation.promptTitle,
                "prompt": validation.prompt,
                "errorTitle": validation.errorTitle,
                "error": validation.error,
            }
            for validation in sheet.data_validations.dataValidation
        ]
        columns = {
            letter: [dimension.width if dimension.customWidth else None, dimension.number_format]
            for letter, dimension in sorted(sheet.column_dimensions.items())
            if dimension.customWidth or dimension.number_format != "General"
        }
        sheets.append({
            "name": sheet.title,
            "state": sheet.sheet_state,
            "freeze": sheet.freeze_panes,
            "columns": columns,
            "cells": cells,
            "validations": validations,
        })
    return {"sheets": sheets, "epoch": workbook.epoch.isoformat()}


print(json.dumps(dump(sys.argv[1]), ensure_ascii=False, sort_keys=True))
