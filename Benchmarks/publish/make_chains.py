#!/usr/bin/env python3
"""Writes a publishing benchmark input: the demo chain of Fixtures/demo copied N times.

Usage: python3 Benchmarks/publish/make_chains.py N OUT_DIR

Copy k renames every lot (`/10/LOT` -> `/10/LOT-k`), every SSCC (a new serial, check digit
recomputed) and every event id, so the copies are independent chains: N x 6 production lots of
the demo's 5 products, N x 48 events in one JSON-LD file. The catalogue is the demo's.
"""
import json
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def check_digit(digits):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def copy_of(text, k):
    text = re.sub(r"/10/([A-Za-z0-9-]+)", lambda m: f"/10/{m.group(1)}-{k}", text)
    # SSCC: extension digit, company prefix 9521234, serial reference; 17 digits then a check digit.
    text = re.sub(r"/00/(\d)(9521234)(\d{9})\d",
                  lambda m: "/00/" + (body := m.group(1) + m.group(2) + f"{(k * 100 + int(m.group(3)[-2:])) % 10**9:09d}") + check_digit(body), text)
    return text.replace("urn:uuid:5c0a7e10-", f"urn:uuid:{k:08x}-")


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    demo = os.path.join(ROOT, "Fixtures", "demo")
    shutil.copy(os.path.join(demo, "catalog.json"), os.path.join(out, "catalog.json"))
    document = json.load(open(os.path.join(demo, "events.jsonld")))
    events = document["epcisBody"]["eventList"]
    template = json.dumps(events)
    copies = []
    for k in range(count):
        copies += json.loads(copy_of(template, k))
    document["epcisBody"]["eventList"] = copies
    with open(os.path.join(out, "events.jsonld"), "w") as handle:
        json.dump(document, handle)
    print(f"{out}: {len(copies)} events, {count * 6} production lots")


if __name__ == "__main__":
    main()
