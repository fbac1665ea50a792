#!/usr/bin/env python3
"""Prints, as JSON, what openpyxl reads in a workbook: for each sheet in tab order its name,
state, frozen panes, column widths, every cell with a value or a style (type, value, bold, fill
colour) and its data validations. The Spreadsheets tests compare it with what they wrote.

usage: dump_workbook.py WORKBOOK.xlsx

A cell is [data_type, value, bold, fill]: data_type as openpyxl gives it (s, n, b, d, e), a
date as its ISO text, fill as the ARGB of a solid fill's foreground or null.
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
                cells[cell.coordinate] = [cell.data_type, cell_value(cell), bool(cell.font.b), fill]
        validations = [
            {
                "type": validation.type,
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
        widths = {
            letter: dimension.width
            for letter, dimension in sorted(sheet.column_dimensions.items())
            if dimension.customWidth
        }
        sheets.append({
            "name": sheet.title,
            "state": sheet.sheet_state,
            "freeze": sheet.freeze_panes,
            "widths": widths,
            "cells": cells,
            "validations": validations,
        })
    return {"sheets": sheets, "epoch": workbook.epoch.isoformat()}


print(json.dumps(dump(sys.argv[1]), ensure_ascii=False, sort_keys=True))
