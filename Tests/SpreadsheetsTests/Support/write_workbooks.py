#!/usr/bin/env python3
"""Writes the workbooks, zip containers and CSV files the Spreadsheets tests read back, and
expected.json: what each holds, as the writer meant it (never as TextilePassport reads it).

usage: write_workbooks.py OUT_DIR

Cells in expected.json are [type, value]: ["text", s], ["number", x], ["boolean", b],
["date", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"], ["error", "#DIV/0!"]; a formula cell is
[type, value, formula]. Workbooks are written by openpyxl, and by hand with zipfile where
openpyxl cannot (cached formula values, inline strings, date-typed cells).
"""
import csv
import datetime
import io
import json
import os
import sys
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]
expected = {}


def path(name):
    return os.path.join(out, name)


def openpyxl_workbook():
    """Products (strings, numbers, booleans, dates, merged cells, blank rows and columns), a hidden sheet, a very hidden one."""
    workbook = openpyxl.Workbook()
    products = workbook.active
    products.title = "Products"
    products["A1"] = "GTIN"
    products["B1"] = "Нэр"  # Mongolian: name
    products["D1"] = "Fibre %"  # column C left empty
    products["A2"] = "09524000000018"
    products["B2"] = "Cashmere sweater, \"classic\""
    products["D2"] = 100
    products["E2"] = 1250.75
    products["F2"] = True
    products["G2"] = False
    products["A3"] = datetime.date(2024, 2, 29)
    products["B3"] = datetime.datetime(2023, 12, 31, 18, 30, 15)
    products["C3"] = datetime.date(1900, 3, 1)
    products["A5"] = "after a blank row"  # row 4 left empty
    products["B5"] = -12.5e-3
    products.merge_cells("B6:D7")
    products["B6"] = "merged"
    hidden = workbook.create_sheet("Lists")
    hidden["A1"] = "kg"
    hidden.sheet_state = "hidden"
    very = workbook.create_sheet("Internal")
    very["A1"] = 7
    very.sheet_state = "veryHidden"
    workbook.save(path("openpyxl.xlsx"))
    expected["openpyxl.xlsx"] = {
        "sheets": [
            {
                "name": "Products",
                "visibility": "visible",
                "cells": {
                    "A1": ["text", "GTIN"], "B1": ["text", "Нэр"], "D1": ["text", "Fibre %"],
                    "A2": ["text", "09524000000018"], "B2": ["text", "Cashmere sweater, \"classic\""],
                    "D2": ["number", 100], "E2": ["number", 1250.75], "F2": ["boolean", True], "G2": ["boolean", False],
                    "A3": ["date", "2024-02-29"], "B3": ["date", "2023-12-31T18:30:15"], "C3": ["date", "1900-03-01"],
                    "A5": ["text", "after a blank row"], "B5": ["number", -12.5e-3],
                    "B6": ["text", "merged"],
                },
                "merged": ["B6:D7"],
            },
            {"name": "Lists", "visibility": "hidden", "cells": {"A1": ["text", "kg"]}, "merged": []},
            {"name": "Internal", "visibility": "veryHidden", "cells": {"A1": ["number", 7]}, "merged": []},
        ],
        "date1904": False,
    }


def openpyxl_1904_workbook():
    """The same dates in the 1904 date system."""
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Dates"
    sheet["A1"] = datetime.date(2024, 2, 29)
    sheet["A2"] = datetime.datetime(1904, 1, 1, 6, 0, 0)
    sheet["A3"] = datetime.date(2099, 12, 31)
    workbook.save(path("openpyxl-1904.xlsx"))
    expected["openpyxl-1904.xlsx"] = {
        "sheets": [{
            "name": "Dates", "visibility": "visible",
            "cells": {"A1": ["date", "2024-02-29"], "A2": ["date", "1904-01-01T06:00:00"], "A3": ["date", "2099-12-31"]},
            "merged": [],
        }],
        "date1904": True,
    }


def openpyxl_formula_workbook():
    """Formulas, which openpyxl writes without cached values (LibreOffice computes them when it saves the file again)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sums"
    sheet["A1"] = 40
    sheet["A2"] = 2
    sheet["A3"] = "=A1+A2"
    sheet["B1"] = "=CONCATENATE(\"lot-\",A2)"
    workbook.save(path("formulas.xlsx"))
    expected["formulas.xlsx"] = {
        "sheets": [{
            "name": "Sums", "visibility": "visible",
            "cells": {"A1": ["number", 40], "A2": ["number", 2], "A3": ["number", 42, "A1+A2"], "B1": ["text", "lot-2", "CONCATENATE(\"lot-\",A2)"]},
            "merged": [],
        }],
        "date1904": False,
    }


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hand" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>"""
HAND_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><r><t>Gobi </t></r><r><t xml:space="preserve">cashmere</t></r><rPh><t>ゴビ</t></rPh></is></c><c t="str"><f>B2&amp;"!"</f><v>Gobi cashmere!</v></c></row>
<row><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="e"><f>NA()</f><v>#N/A</v></c><c t="d"><v>2024-05-01T08:15:00</v></c><c t="b"><f>1&gt;0</f><v>1</v></c></row>
</sheetData></worksheet>"""


def hand_workbook(name, sheet, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path(name), "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)


def hand_written_workbooks():
    """Inline strings with runs and a phonetic reading, cached formula values of every type, a date cell, cells without references."""
    hand_workbook("hand.xlsx", HAND_SHEET)
    expected["hand.xlsx"] = {
        "sheets": [{
            "name": "Hand", "visibility": "visible",
            "cells": {
                "B2": ["text", "Gobi cashmere"], "C2": ["text", "Gobi cashmere!", "B2&\"!\""],
                "A3": ["error", "#DIV/0!", "1/0"], "B3": ["error", "#N/A", "NA()"], "C3": ["date", "2024-05-01T08:15:00"], "D3": ["boolean", True, "1>0"],
            },
            "merged": [],
        }],
        "date1904": False,
    }


def containers():
    """Zip containers written every way Python's zipfile can: stored, deflated, with data descriptors, ZIP64."""
    contents = {"a.txt": "stored or deflated\n" * 50, "folder/b.xml": "<b>" + "ü" * 300 + "</b>", "empty": ""}
    for name, compression in (("stored.zip", zipfile.ZIP_STORED), ("deflated.zip", zipfile.ZIP_DEFLATED)):
        with zipfile.ZipFile(path(name), "w", compression) as archive:
            for entry, text in contents.items():
                archive.writestr(entry, text)
    # An unseekable stream makes zipfile write each entry's sizes and CRC in a data descriptor after its data.
    class Unseekable(io.RawIOBase):
        def __init__(self, target):
            self.target = target

        def writable(self):
            return True

        def write(self, data):
            return self.target.write(data)

    with open(path("descriptor.zip"), "wb") as target:
        with zipfile.ZipFile(Unseekable(target), "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, text in contents.items():
                with archive.open(entry, "w") as member:
                    member.write(text.encode())
    zip64(contents)
    # More than 65,535 entries: zipfile writes the ZIP64 end of central directory record and locator.
    with zipfile.ZipFile(path("many.zip"), "w", zipfile.ZIP_STORED) as archive:
        for index in range(70_000):
            archive.writestr(f"e{index}", "")
    expected["containers"] = {"names": ["stored.zip", "deflated.zip", "descriptor.zip", "zip64.zip"], "contents": contents, "many": 70_000}


def zip64(contents):
    """A container whose every size and offset is in ZIP64 extra fields (APPNOTE 4.5.3) with a
    ZIP64 end record, as writers do past 4 GiB; built from zipfile's entries, and read back by zipfile to be sure."""
    import struct
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, text in contents.items():
            with archive.open(entry, "w", force_zip64=True) as member:
                member.write(text.encode())
    original = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    data = buffer.getvalue()
    body = data[: original.start_dir]
    directory = b""
    for info in original.infolist():
        name = info.filename.encode()
        extra = struct.pack("<HHQQQ", 1, 24, info.file_size, info.compress_size, info.header_offset)
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, info.flag_bits, info.compress_type, 0, 33, info.CRC,
            0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0, 0, 0xFFFFFFFF) + name + extra
    count = len(original.infolist())
    end64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), len(body))
    locator = struct.pack("<IIQI", 0x07064B50, 0, len(body) + len(directory), 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    open(path("zip64.zip"), "wb").write(body + directory + end64 + locator + end)
    with zipfile.ZipFile(path("zip64.zip")) as check:
        assert check.testzip() is None
        assert {info.filename: check.read(info).decode() for info in check.infolist()} == contents


def hostile():
    """Inputs that must be refused with a diagnostic: each file name and the rule it raises."""
    rules = {}
    # A zip bomb: 64 MiB of zeros deflate to some 64 KiB (a ratio near 1,000).
    with zipfile.ZipFile(path("bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 << 20))
    rules["bomb.xlsx"] = "SHEET-ZIP-LIMIT"
    # A damaged entry: one stored byte changed, so the CRC-32 no longer matches.
    hand_workbook("bad-crc.xlsx", HAND_SHEET, zipfile.ZIP_STORED)
    data = bytearray(open(path("bad-crc.xlsx"), "rb").read())
    at = data.index(b"Gobi ")
    data[at] = ord("J")
    open(path("bad-crc.xlsx"), "wb").write(bytes(data))
    rules["bad-crc.xlsx"] = "SHEET-ZIP-CRC"
    # A truncated file: the first half of a workbook, then a deflated entry cut short with its central directory intact.
    whole = open(path("hand.xlsx"), "rb").read()
    open(path("truncated.xlsx"), "wb").write(whole[: len(whole) // 2])
    rules["truncated.xlsx"] = "SHEET-ZIP-MALFORMED"
    # Entries whose central directory lies: a size smaller than the entry inflates to, and a
    # compressed size that cuts the deflate stream short.
    for name, field, rule in (("lying-size.xlsx", 24, "SHEET-ZIP-CRC"), ("cut-entry.xlsx", 20, "SHEET-ZIP-MALFORMED")):
        data = bytearray(open(path("hand.xlsx"), "rb").read())
        # The name's last occurrence is in the central directory, after the header's 46 fixed bytes.
        header = data.rindex(b"xl/worksheets/sheet1.xml") - 46
        assert data[header : header + 4] == b"PK\x01\x02"
        size = int.from_bytes(data[header + field : header + field + 4], "little")
        data[header + field : header + field + 4] = (size // 2).to_bytes(4, "little")
        open(path(name), "wb").write(bytes(data))
        rules[name] = rule
    # Billion laughs in a sheet.
    laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    ) + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    hand_workbook("entities.xlsx", laughs)
    rules["entities.xlsx"] = "SHEET-XML-ENTITY"
    # A sheet in Latin-1 that says it is UTF-8.
    hand_workbook("latin1.xlsx", HAND_SHEET.replace("Gobi", "Göbi").replace("<rPh><t>ゴビ</t></rPh>", "").encode("latin-1"))
    rules["latin1.xlsx"] = "XML-MALFORMED"
    # A sheet whose bytes do not convert from the encoding it declares (0x81 0xFF is no Shift_JIS character).
    shift_jis = HAND_SHEET.replace('encoding="UTF-8"', 'encoding="Shift_JIS"').replace("<rPh><t>ゴビ</t></rPh>", "")
    hand_workbook("shift-jis.xlsx", shift_jis.encode("ascii").replace(b"Gobi ", b"Go\x81\xffbi "))
    rules["shift-jis.xlsx"] = "XML-MALFORMED"
    # An entry that climbs out of the folder it would be extracted to.
    with zipfile.ZipFile(path("traversal.xlsx"), "w") as archive:
        archive.writestr("../../etc/cron.d/evil", "* * * * * root true")
    rules["traversal.xlsx"] = "SHEET-ZIP-PATH"
    # What an encrypted workbook starts with: the compound-file magic (the rest is not a real encrypted package).
    open(path("encrypted.xlsx"), "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    rules["encrypted.xlsx"] = "SHEET-ENCRYPTED"
    # Not a zip at all.
    open(path("text.xlsx"), "wb").write(b"GTIN,name\n")
    rules["text.xlsx"] = "SHEET-ZIP-MALFORMED"
    # CSV: invalid UTF-8 on line 3, and a quote never closed from line 2.
    open(path("latin1.csv"), "wb").write("GTIN,name\n1,ok\n2,Göbi\n".encode("latin-1"))
    rules["latin1.csv"] = "CSV-ENCODING"
    open(path("unclosed.csv"), "wb").write(b'GTIN,name\n1,"open\n2,x\n')
    rules["unclosed.csv"] = "CSV-MALFORMED"
    expected["hostile"] = rules
    expected["hostileLines"] = {"latin1.csv": 3, "unclosed.csv": 2}


def csv_files():
    """The same rows as Excel writes them: CSV UTF-8 (a BOM, `;` in European locales) and Unicode text (UTF-16 LE with a BOM, tabs)."""
    header = ["date", "step", "input kg", "note"]
    rows = [
        ["2024-05-01", "dehairing", "1250,5", "Баянхонгор; lot 7"],
        ["2024-05-02", "spinning", "980", "two\nlines, \"quoted\""],
        ["2024-05-03", "", "", ""],
    ]
    with open(path("semicolon-bom.csv"), "w", encoding="utf-8-sig", newline="") as target:
        writer = csv.writer(target, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    with open(path("unicode-text.txt"), "w", encoding="utf-16-le", newline="") as target:
        target.write("\ufeff")
        writer = csv.writer(target, delimiter="\t", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    with open(path("plain.csv"), "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(header)
        writer.writerow([])
        writer.writerows(rows)
    # The same rows in a workbook, all text, which LibreOffice exports as CSV in the tests.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Steps"
    for row in [header] + rows:
        sheet.append([value if value else None for value in row])
    workbook.save(path("steps.xlsx"))
    expected["csv"] = {
        "header": header, "rows": rows, "lines": [2, 3, 5],
        "files": {"semicolon-bom.csv": ";", "unicode-text.txt": "\t", "plain.csv": ","},
        "plainLines": [3, 4, 6],
    }


openpyxl_workbook()
openpyxl_1904_workbook()
openpyxl_formula_workbook()
hand_written_workbooks()
containers()
hostile()
csv_files()
with open(path("expected.json"), "w", encoding="utf-8") as target:
    json.dump(expected, target, ensure_ascii=False, indent=1)
