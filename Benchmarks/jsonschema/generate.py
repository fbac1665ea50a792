#!/usr/bin/env python3
"""Writes varied passport documents for the JSON Schema benchmark.

Usage: generate.py OUT_DIR [COUNT] [TEMPLATES_DIR]
  COUNT documents (default 10,000) named docs/00000.json ..., plus large.json (about 500 KB).
  Without TEMPLATES_DIR: passport-like documents built from a template in this script, matching
  passport-like.schema.json (the large one has a long traceability history).
  With TEMPLATES_DIR (for example the output of `dpp demo`): every *.json and *.jsonld file in it
  is a template; each document is a template with its members in a shuffled order, and the large
  one is the biggest template with its longest array of objects repeated up to about 500 KB.
Deterministic: the same seed gives the same files. Roughly 1 in 50 documents is made invalid.
"""
import json
import os
import random
import sys

FIBRES = ["cashmere", "yak", "camel", "wool", "silk", "polyamide", "elastane"]
COUNTRIES = ["MN", "CN", "IT", "GB", "DE", "FR", "NP", "PE"]
EVENTS = ["shearing", "combing", "dehairing", "spinning", "dyeing", "knitting", "finishing", "shipping"]
CARE = ["hand-wash-30", "machine-wash-30", "dry-clean", "do-not-tumble-dry", "iron-low", "do-not-bleach"]


def check_digit(digits):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def gtin(rng):
    body = "0952" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + check_digit(body)


def gln(rng):
    body = "952" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + check_digit(body)


def timestamp(rng):
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def event(rng):
    return {
        "eventType": rng.choice(EVENTS),
        "eventTime": timestamp(rng),
        "location": "https://id.example.com/414/" + gln(rng),
        "inputLots": ["LOT-%05d" % rng.randint(0, 99999) for _ in range(rng.randint(1, 3))],
        "quantity": {"value": round(rng.uniform(1, 500), 2), "unit": rng.choice(["KGM", "GRM", "MTR"])},
    }


def passport(rng, events):
    code = gtin(rng)
    lot = "L%04d-%s" % (rng.randint(0, 9999), rng.choice(["A", "B", "C"]))
    fibres = rng.sample(FIBRES, rng.randint(1, 3))
    shares = [rng.randint(1, 10) for _ in fibres]
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/", "https://example.com/textile/v1"],
        "type": ["VerifiableCredential", "DigitalProductPassport"],
        "id": "https://passports.example.com/01/%s/10/%s" % (code, lot),
        "issuer": {"id": "https://id.example.com/417/" + gln(rng), "name": rng.choice(["Gobi Fibre LLC", "Khangai Knitwear", "Steppe Spinners"]), "registrationCountry": "MN"},
        "validFrom": timestamp(rng),
        "credentialSubject": {
            "product": {
                "id": "https://id.example.com/01/%s/10/%s" % (code, lot),
                "name": rng.choice(["Cashmere crew-neck sweater", "Yak wool scarf", "Camel hair coat", "Fine wool beanie"]) + " " + str(rng.randint(1, 99)),
                "description": "Knitted in Ulaanbaatar from fibre combed in spring. " * rng.randint(1, 4),
                "gtin": code,
                "batchNumber": lot,
                "productCategory": [{"code": "6110.12", "name": "Jerseys of Kashmir goats", "schemeID": "https://www.wcoomd.org/hs"}],
                "countryOfProduction": rng.choice(COUNTRIES),
                "dimensions": {"weight": {"value": rng.randint(80, 900), "unit": "GRM"}},
                "careInstructions": rng.sample(CARE, rng.randint(1, 4)),
            },
            "granularityLevel": rng.choice(["model", "batch", "item"]),
            "materialProvenance": [
                {"name": fibre, "originCountry": rng.choice(COUNTRIES), "massFraction": round(share / sum(shares), 4), "recycled": rng.random() < 0.2}
                for fibre, share in zip(fibres, shares)
            ],
            "conformityClaim": [
                {"id": "https://claims.example.com/%d" % rng.randint(0, 10**6), "conformance": True, "referenceStandard": "EU 1007/2011",
                 "assessmentDate": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                 "evidence": {"linkURL": "https://evidence.example.com/%d.pdf" % rng.randint(0, 10**6), "linkName": "Test report"}}
                for _ in range(rng.randint(1, 3))
            ],
            "traceabilityInformation": [event(rng) for _ in range(events)],
            "circularityScorecard": {"recyclableContent": rng.randint(0, 100), "recycledContent": rng.randint(0, 30)},
            "emissionsScorecard": {"carbonFootprint": round(rng.uniform(1, 40), 2), "declaredUnit": "KGM", "operationalScope": "CradleToGate"},
        },
    }
    if rng.random() < 0.02:
        # An invalid one now and then, so that the error paths are exercised too.
        rng.choice([
            lambda d: d["credentialSubject"]["product"].update(gtin="95212345"),
            lambda d: d["credentialSubject"]["materialProvenance"][0].update(massFraction=1.5),
            lambda d: d.pop("issuer"),
        ])(document)
    return document


def shuffled(value, rng):
    """`value` with the members of every object in a random order (same content, different bytes)."""
    if isinstance(value, dict):
        keys = list(value)
        rng.shuffle(keys)
        return {key: shuffled(value[key], rng) for key in keys}
    if isinstance(value, list):
        return [shuffled(element, rng) for element in value]
    return value


def longest_object_array(value):
    """The list of objects in `value` with the longest JSON text."""
    best = None
    stack = [value]
    while stack:
        current = stack.pop()
        children = current.values() if isinstance(current, dict) else current if isinstance(current, list) else []
        if isinstance(current, list) and current and all(isinstance(element, dict) for element in current):
            if best is None or len(json.dumps(current)) > len(json.dumps(best)):
                best = current
        stack.extend(children)
    return best


def from_templates(out, count, folder):
    templates = []
    # A published site (`dpp demo` output) holds events, linksets and records beside its
    # passports: only its passport.jsonld files are templates then.
    only_passports = any("passport.jsonld" in names for _, _, names in os.walk(folder))
    for directory, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if only_passports and name != "passport.jsonld":
                continue
            if name.endswith((".json", ".jsonld")) and name != "report.json":
                with open(os.path.join(directory, name)) as file:
                    document = json.load(file)
                # JSON-LD context files (nothing but "@context") are not passports.
                if isinstance(document, dict) and set(document) != {"@context"}:
                    templates.append(document)
    if not templates:
        sys.exit("no *.json or *.jsonld templates in " + folder)
    rng = random.Random(20261129)
    for index in range(count):
        document = shuffled(templates[index % len(templates)], rng)
        if rng.random() < 0.02:
            document.pop(rng.choice(sorted(document)))
        with open(os.path.join(out, "docs", "%05d.json" % index), "w") as file:
            json.dump(document, file, ensure_ascii=False)
    large = json.loads(json.dumps(max(templates, key=lambda template: len(json.dumps(template)))))
    array = longest_object_array(large)
    originals = list(array)
    while len(json.dumps(large)) < 500_000:
        array.extend(originals)
    with open(os.path.join(out, "large.json"), "w") as file:
        json.dump(large, file, ensure_ascii=False)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    if len(sys.argv) > 3:
        return from_templates(out, count, sys.argv[3])
    rng = random.Random(20261129)
    for index in range(count):
        with open(os.path.join(out, "docs", "%05d.json" % index), "w") as file:
            json.dump(passport(rng, rng.randint(3, 12)), file, ensure_ascii=False)
    with open(os.path.join(out, "large.json"), "w") as file:
        json.dump(passport(random.Random(7), 1900), file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
