#!/usr/bin/env python3
"""Writes COUNT GS1 Digital Link URIs of mixed shapes, one per line, deterministically (seed 42).

Usage: python3 Benchmarks/gs1/generate_uris.py COUNT OUTPUT

Shapes: GTIN alone, with lot, with lot and serial, with CPV, with TPX, with data attributes
(expiry, production date, origin, net weight), custom domains with path stems, location GLN
with extension, party GLN, SSCC with content attributes, ITIP, GIAI, non-AI query parameters,
and about 10 % invalid URIs (wrong check digit, qualifiers out of order, bad character,
unknown query AI, 8-digit GTIN).
"""
import random
import sys

rng = random.Random(42)
CSET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
STEMS = ["https://id.gs1.org", "https://dpp.example.com", "https://brand.example.org/dpp", "http://example.com:8080/a/b"]


def check_digit(digits):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def key(n, prefix=""):
    """A random numeric key of n digits starting with prefix, with its check digit."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + check_digit(body)


def text(low, high):
    return "".join(rng.choice(CSET) for _ in range(rng.randint(low, high)))


def date():
    return "%02d%02d%02d" % (rng.randint(20, 35), rng.randint(1, 12), rng.randint(1, 28))


def valid_uri():
    stem = rng.choice(STEMS)
    shape = rng.randrange(12)
    gtin = key(14, "0952")
    if shape == 0:
        return f"{stem}/01/{gtin}"
    if shape == 1:
        return f"{stem}/01/{gtin}/10/{text(1, 20)}"
    if shape == 2:
        return f"{stem}/01/{gtin}/10/{text(1, 20)}/21/{text(1, 20)}"
    if shape == 3:
        return f"{stem}/01/{gtin}/22/{text(1, 5)}/10/{text(1, 10)}/21/{text(1, 12)}?17={date()}"
    if shape == 4:
        return f"{stem}/01/{gtin}/235/{text(5, 28)}"
    if shape == 5:
        return f"{stem}/01/{gtin}/10/{text(3, 12)}?11={date()}&422=496&3103={rng.randint(0, 999999):06d}"
    if shape == 6:
        return f"{stem}/414/{key(13, '952')}/254/{text(1, 20)}"
    if shape == 7:
        return f"{stem}/417/{key(13, '952')}"
    if shape == 8:
        return f"{stem}/00/{key(18, '0952')}?02={key(14, '0952')}&37={rng.randint(1, 999)}&10={text(1, 10)}"
    if shape == 9:
        return f"{stem}/8006/{key(14, '0952')}0102/21/{text(1, 20)}"
    if shape == 10:
        return f"{stem}/8004/9521234{text(1, 20).replace('.', 'x')}"
    return f"{stem}/01/{gtin}/21/{text(1, 20)}?linkType=gs1:dpp&17={date()}"


def invalid_uri():
    gtin = key(14, "0952")
    shape = rng.randrange(5)
    if shape == 0:
        wrong = gtin[:-1] + str((int(gtin[-1]) + 1) % 10)
        return f"https://id.gs1.org/01/{wrong}/10/{text(1, 10)}"
    if shape == 1:
        return f"https://id.gs1.org/01/{gtin}/21/{text(1, 10)}/10/{text(1, 10)}"
    if shape == 2:
        return f"https://id.gs1.org/01/{gtin}/10/AB%20C"
    if shape == 3:
        return f"https://id.gs1.org/01/{gtin}?89={text(1, 5)}"
    return f"https://id.gs1.org/01/{key(8, '952')}"


count, output = int(sys.argv[1]), sys.argv[2]
with open(output, "w") as out:
    for _ in range(count):
        out.write((invalid_uri() if rng.random() < 0.1 else valid_uri()) + "\n")
