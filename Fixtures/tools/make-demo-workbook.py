#!/usr/bin/env python3
"""Writes Fixtures/demo/catalogue.xlsx: the demo catalogue (Fixtures/demo/catalog.json) as the
catalogue workbook, by the project's own writer:

    dpp catalog convert Fixtures/demo/catalog.json --out Fixtures/demo/catalogue.xlsx

Run from the repository root after `swift build`: `python3 Fixtures/tools/make-demo-workbook.py`.
The writer is deterministic, so the same catalogue gives the same bytes (a test checks that the
fixture is what the command writes today).
"""
import subprocess
import sys

binaries = subprocess.run(["swift", "build", "--show-bin-path"], capture_output=True, text=True, check=True).stdout.strip()
result = subprocess.run(
    [f"{binaries}/dpp", "catalog", "convert", "Fixtures/demo/catalog.json", "--out", "Fixtures/demo/catalogue.xlsx"]
)
sys.exit(result.returncode)
