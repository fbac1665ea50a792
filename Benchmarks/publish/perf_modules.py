#!/usr/bin/env python3
"""Sums a perf profile's self time by the module that spent it: where a `dpp` run's CPU goes.

Usage: perf report --no-children --sort dso,sym --stdio -g none | python3 Benchmarks/publish/perf_modules.py

Swift symbols are demangled with `swift demangle` and counted under the project module they
belong to (Rendering: pages, QR codes, labels; Passport: assembly and the rule packs;
Credentials: signing; ...), the Swift runtime and standard library, or Foundation; any other
symbol under its shared object (libz, libcrypto, libc, the kernel...). Prints each module's
share of the samples, largest first.
"""
import collections
import re
import subprocess
import sys

PROJECT_MODULES = (
    "CatalogTables", "CivilCalendar", "Credentials", "Diagnostics", "GS1", "JSONCore", "JSONSchema", "Passport",
    "Pipeline", "Rendering", "Spreadsheets", "TextileResources", "Traceability", "dpp", "Foundation",
    "FoundationEssentials", "FoundationInternationalization", "Swift",
)
LINE = re.compile(r"^\s*([0-9.]+)%\s+(\S+)\s+\[[^\]]+\]\s+(.*)$")
MODULE = re.compile(r"\(extension in (\w+)\):|\b(" + "|".join(PROJECT_MODULES) + r")\.")


def demangled(symbols):
    """`symbols` demangled, in order (unchanged where they are not Swift symbols)."""
    result = subprocess.run(["swift", "demangle"], input="\n".join(symbols), capture_output=True, text=True)
    lines = result.stdout.split("\n")
    return lines[: len(symbols)] if result.returncode == 0 and len(lines) >= len(symbols) else symbols


def main():
    entries = [match.groups() for match in map(LINE.match, sys.stdin) if match]
    names = demangled([symbol.strip() for _, _, symbol in entries])
    shares = collections.Counter()
    for (percent, dso, _), name in zip(entries, names):
        match = MODULE.search(name)
        module = match and (match.group(1) or match.group(2))
        if module == "Swift":
            key = "Swift runtime and standard library"
        elif module:
            key = module
        elif dso.startswith("libswiftCore"):
            key = "Swift runtime and standard library"
        elif dso == "dpp":
            key = "dpp (other symbols)"
        else:
            key = dso
        shares[key] += float(percent)
    for key, share in shares.most_common():
        if share >= 0.5:
            print(f"{share:6.1f}%  {key}")


if __name__ == "__main__":
    main()
