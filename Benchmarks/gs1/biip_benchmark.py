#!/usr/bin/env python3
"""Parses Digital Link URIs of a file (one per line) with PyPI biip.

Usage: biip_benchmark.py FILE [EVERY]   -- EVERY=N parses every Nth URI only (default 1: all).
Prints: parser, URIs parsed, accepted, processor seconds, URIs per processor second.
"""
import sys
import time

import biip
from biip.gs1_digital_link_uris import GS1DigitalLinkURI

every = int(sys.argv[2]) if len(sys.argv) > 2 else 1
uris = [u for u in open(sys.argv[1], encoding="utf-8").read().split("\n") if u][::every]
accepted = 0
start = time.process_time()
for uri in uris:
    try:
        GS1DigitalLinkURI.parse(uri)
        accepted += 1
    except Exception:
        pass
seconds = time.process_time() - start
print("biip %s\t%d\t%d\t%.3f\t%d" % (biip.__version__, len(uris), accepted, seconds, len(uris) / seconds))
