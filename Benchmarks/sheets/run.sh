#!/usr/bin/env bash
# Spreadsheet reading benchmark (issue 15): the Spreadsheets module (release build) against
# openpyxl in read-only mode and Python's csv, on the same ROWS-row steps sheet in the same run,
# every cell read, best of ROUNDS. Run it on a quiet machine: nothing else building or testing.
#
# Usage: Benchmarks/sheets/run.sh [ROWS] [ROUNDS]   (default 100000 rows, 3 rounds)
set -euo pipefail
cd "$(dirname "$0")"
rows="${1:-100000}" rounds="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 generate_sheet.py --rows "$rows" --out "$work"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/sheets-benchmark"
"$bin" "$rounds" "$work/sheet-$rows.xlsx" "$work/sheet-$rows.csv" "$work/sheet-$rows-eu.csv" > "$work/swift.jsonl"
python3 - "$work" "$rows" "$rounds" <<'PY'
import csv, io, json, sys, time
import openpyxl

work, rows, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
swift = {json.loads(line)["file"].rsplit("/", 1)[1]: json.loads(line) for line in open(f"{work}/swift.jsonl")}

def best(body):
    times, cells = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        cells = body()
        times.append(time.perf_counter() - start)
    return min(times), cells

def xlsx(path):
    workbook = openpyxl.load_workbook(path, read_only=True)
    cells = sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value is not None)
    workbook.close()
    return cells

def csv_cells(path, delimiter):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return sum(len(row) for row in csv.reader(handle, delimiter=delimiter))

peers = {
    f"sheet-{rows}.xlsx": ("openpyxl read-only", lambda: xlsx(f"{work}/sheet-{rows}.xlsx")),
    f"sheet-{rows}.csv": ("Python csv", lambda: csv_cells(f"{work}/sheet-{rows}.csv", ",")),
    f"sheet-{rows}-eu.csv": ("Python csv", lambda: csv_cells(f"{work}/sheet-{rows}-eu.csv", ";")),
}
print(f"| file ({rows} rows) | Spreadsheets | cells | peer | peer time | cells | peer / Spreadsheets |")
print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
for name, (peer, body) in peers.items():
    seconds, cells = best(body)
    ours = swift[name]
    print(f"| {name} | {ours['seconds']:.3f} s | {ours['cells']} | {peer} | {seconds:.3f} s | {cells} | {seconds / ours['seconds']:.1f}× |")
PY
