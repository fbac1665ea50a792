#!/usr/bin/env python3
"""dpp validate (release build, schema + every rule pack) beside dppvalidator on 10,000 passports.

Usage (from the package root):
  swift build -c release --product dpp
  python3 Benchmarks/validate/run.py [--count N] [--runs R] [--dpp PATH]

Writes N passports (default 10,000) into a temporary folder: the six demo passports of
`dpp demo`, each copy with its own lot number (replaced everywhere it occurs, so identifiers,
batch numbers and links stay consistent and every passport is valid). Then times, as whole
processes on the same folder in the same run:
  - dpp validate FOLDER --profile us-cashmere --at 2026-09-01 --format json --jobs J
    (the textile passport schema and all seven rule packs), J = 1 and the number of
    processors, best of R runs each;
  - dppvalidator validate FOLDER/*.jsonld --profile textile-v2 --format json, once.
Prints a Markdown table for BENCHMARKS.md.
"""
import argparse
import json
import os
import pathlib
import platform
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpp", default=str(ROOT / ".build" / "release" / "dpp"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run([args.dpp, "demo", "--out", str(tmp / "site")], check=True, stdout=subprocess.DEVNULL)
        bases = [(p.parent.name, p.read_text()) for p in sorted((tmp / "site" / "01").glob("*/10/*/passport.jsonld"))]
        folder = tmp / "passports"
        folder.mkdir()
        total_bytes = 0
        for index in range(args.count):
            lot, text = bases[index % len(bases)]
            copy = text.replace(lot, f"{lot}-{index:05d}")
            (folder / f"{index:05d}.jsonld").write_text(copy)
            total_bytes += len(copy.encode())
        paths = sorted(str(p) for p in folder.glob("*.jsonld"))

        dpp_best = {}
        for jobs in sorted({1, os.cpu_count() or 1}):
            for _ in range(args.runs):
                elapsed, result = timed([args.dpp, "validate", str(folder), "--profile", "us-cashmere", "--at", "2026-09-01",
                                         "--format", "json", "--jobs", str(jobs)])
                summary = json.loads(result.stdout)["summary"]
                if result.returncode != 0 or summary["valid"] != args.count:
                    raise SystemExit(f"dpp: exit {result.returncode}, summary {summary}")
                dpp_best[jobs] = min(dpp_best.get(jobs, elapsed), elapsed)

        peer_elapsed, peer = timed(["dppvalidator", "validate", *paths, "--profile", "textile-v2", "--format", "json"])
        peer_summary = json.loads(peer.stdout)["summary"]

    cpu = platform.processor() or platform.machine()
    print(f"{args.count} passports ({total_bytes / args.count / 1024:.1f} KB each on average), {os.cpu_count()} cores ({cpu}), {platform.python_implementation()} {platform.python_version()}\n")
    print("| tool | what it checks | time | passports/s | verdict |")
    print("| --- | --- | --- | --- | --- |")
    for jobs, best in dpp_best.items():
        print(f"| dpp validate --profile us-cashmere --jobs {jobs} (release, best of {args.runs}) | parse, textile passport schema (JSON Schema 2020-12), 7 rule packs, 43 rules | "
              f"{best:.2f} s | {args.count / best:,.0f} | {args.count} valid |")
    print(f"| {subprocess.run(['dppvalidator', '--version'], stdout=subprocess.PIPE, text=True).stdout.strip()} --profile textile-v2 | "
          f"parse, UNTP model, its rule layers, textile-v2 pack | {peer_elapsed:.2f} s | {args.count / peer_elapsed:,.0f} | "
          f"{peer_summary.get('valid')} valid, {peer_summary.get('invalid')} invalid |")
    print(f"\ndpp is {peer_elapsed / min(dpp_best.values()):.1f} times as fast.")


if __name__ == "__main__":
    main()
