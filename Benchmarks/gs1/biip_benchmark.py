#!/usr/bin/env python3
"""Parses every Digital Link URI of a file (one per line) with PyPI biip; prints count, accepted, seconds, URIs/s."""
import sys
import time

import biip
from biip.gs1_digital_link_uris import GS1DigitalLinkURI

uris = open(sys.argv[1], encoding="utf-8").read().split("\n")
uris = [u for u in uris if u]
accepted = 0
start = time.perf_counter()
for uri in uris:
    try:
        GS1DigitalLinkURI.parse(uri)
        accepted += 1
    except Exception:
        pass
seconds = time.perf_counter() - start
print("biip %s\t%d\t%d\t%.3f\t%d" % (biip.__version__, len(uris), accepted, seconds, len(uris) / seconds))
