#!/usr/bin/env python3
"""Deterministic generator of a large steps sheet for the spreadsheet reading benchmark (issue 15):
ROWS rows of herder-to-garment steps (dates, step names in English and Mongolian, lots,
kilograms, GLNs, aimags, booleans) after a header row, written three ways from the same rows:

    sheet-ROWS.xlsx      openpyxl in write-only mode (shared strings, date styles), as businesses' tools write
    sheet-ROWS.csv       Python's csv, `,` and UTF-8 without a byte-order mark
    sheet-ROWS-eu.csv    `;` and a UTF-8 byte-order mark, as Excel writes CSV in European locales

    python3 Benchmarks/sheets/generate_sheet.py --rows 100000 --out /tmp/sheets-bench

The same arguments always give the same cell values (openpyxl stamps its own save time in
docProps/core.xml and the zip headers, so the .xlsx bytes differ from run to run).
"""
import argparse
import csv
import datetime
import os
import random

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

HEADER = [
    "date", "step", "алхам", "input lot", "input kg", "output lot", "output kg", "location GLN", "herder organisation",
    "aimag", "soum", "certificate", "organic",
]
STEPS = [
    ("herder lot", "малчны багц"), ("shipping", "тээвэрлэлт"), ("receiving", "хүлээн авалт"), ("dehairing", "самнах"),
    ("fibre test", "ширхэгийн шинжилгээ"), ("spinning", "ээрэх"), ("knitting", "сүлжих"), ("packing", "савлах"),
]
AIMAGS = [("Arkhangai", "Tsenkher"), ("Bayankhongor", "Bayan-Ovoo"), ("Övörkhangai", "Khujirt"), ("Töv", "Erdene"), ("Uvs", "Züüngovi")]


def gln(number):
    """A GLN with GS1's demonstration prefix 952 and its mod-10 check digit."""
    digits = f"952123{number:06d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return digits + str((10 - total % 10) % 10)


def rows(count):
    """The rows after the header: the same for the same count."""
    generator = random.Random(15)
    start = datetime.date(2024, 4, 1)
    for index in range(count):
        english, mongolian = STEPS[index % len(STEPS)]
        aimag, soum = AIMAGS[generator.randrange(len(AIMAGS))]
        kilograms_in = round(generator.uniform(5, 500), 2)
        yield [
            start + datetime.timedelta(days=index // 400),
            english,
            mongolian,
            f"LOT-{index // 8:06d}-{index % 8}",
            kilograms_in,
            f"LOT-{index // 8 + 1:06d}-{index % 8}",
            round(kilograms_in * generator.uniform(0.4, 0.95), 2),
            gln(generator.randrange(1000)),
            f"Herder group {generator.randrange(500):03d}",
            aimag,
            soum,
            f"SFA-{generator.randrange(10**6):06d}" if generator.random() < 0.7 else None,
            generator.random() < 0.3,
        ]


def write_xlsx(path, count):
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Steps")
    bold = Font(bold=True)
    header = []
    for title in HEADER:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows(count):
        sheet.append(row)
    workbook.save(path)


def write_csv(path, count, delimiter, bom):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(HEADER)
        for row in rows(count):
            writer.writerow(["" if value is None else ("TRUE" if value is True else "FALSE" if value is False else value) for value in row])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", default="/tmp/sheets-bench")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    base = os.path.join(arguments.out, f"sheet-{arguments.rows}")
    write_xlsx(base + ".xlsx", arguments.rows)
    write_csv(base + ".csv", arguments.rows, ",", bom=False)
    write_csv(base + "-eu.csv", arguments.rows, ";", bom=True)


if __name__ == "__main__":
    main()
