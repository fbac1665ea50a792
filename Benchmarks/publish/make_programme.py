#!/usr/bin/env python3
"""Writes a national programme's publishing input: LOTS production lots of 500 SKUs from 200 herder groups.

Usage: python3 Benchmarks/publish/make_programme.py LOTS OUT_DIR

The demo's chain (Fixtures/demo: 48 events from five herder groups' lots through dehairing,
spinning and knitting to six production lots of five products) is copied ceil(LOTS / 6) times.
Copy k is relabelled so that the copies are independent chains spread over the programme:

- its five products become SKU set k mod 100 of 100 (500 SKUs in all: each demo product cloned
  with a new GTIN-13 in prefix 9521235, its SKU and name numbered);
- its five herder groups become group set k mod 40 of 40 (200 groups: parties, pasture
  facilities, certificates, herder organisation records and emissions declarations cloned with
  new GLNs in prefix 9521236 and new certificate ids);
- every lot gets the suffix -k, k written in base 36: the demo's longest lot has 15
  characters, so up to 10,077,696 lots (four base-36 digits) every lot stays within the 20
  characters of GS1's AI (10) (in decimal, the 100,000-lot programme's lots had 21), every SSCC a new serial (check digit recomputed), every event a
  new UUID.

It writes OUT_DIR/catalog.json, OUT_DIR/events.jsonld (EPCIS 2.0 JSON-LD, compact) and
OUT_DIR/steps.csv (the same events as step rows, the spreadsheet form `dpp events convert`
reads), and prints the counts. The output is deterministic.
"""
import csv
import io
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "Fixtures", "demo")
SKU_SETS = 100
GROUP_SETS = 40


def check_digit(digits):
    """The GS1 mod-10 check digit of `digits` (a key without its check digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def gs1_key(prefix, number, width):
    """A 13-digit GS1 key (GLN or GTIN-13): `prefix`, `number` on `width` digits, check digit."""
    body = prefix + f"{number:0{width}d}"
    return body + check_digit(body)


def product_gtins(catalog):
    return [product["gtin"] for product in catalog["products"]]


def herder_glns(catalog):
    return [party["gln"] for party in catalog["parties"] if party["role"] == "herder organisation"]


def herder_certificates(catalog, glns):
    holders = {f"https://id.gs1.org/417/{gln}" for gln in glns}
    return [certificate["id"] for certificate in catalog["certificates"] if certificate["holder"] in holders]


def sku_gtin(sku_set, index):
    """The GTIN-14 (leading 0) of the demo product `index` in SKU set `sku_set`."""
    return "0" + gs1_key("9521235", sku_set * 10 + index, 5)


def group_gln(group_set, index):
    return gs1_key("9521236", group_set * 10 + index, 5)


def certificate_id(certificate, group_set):
    return f"{certificate}-G{group_set:02d}"


class Relabelling:
    """The substitutions turning the demo's identifiers into copy k's."""

    def __init__(self, catalog, lots):
        self.gtins = product_gtins(catalog)
        self.glns = herder_glns(catalog)
        self.certificates = herder_certificates(catalog, self.glns)
        self.lots = sorted(lots, key=len, reverse=True)
        keys = [re.escape(key) for key in self.gtins + self.glns + self.certificates]
        self.key_pattern = re.compile("|".join(keys))
        self.lot_pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(lot) for lot in self.lots) + r")(?![\w-])")

    def apply(self, text, k, sscc_pattern):
        sku_set, group_set = k % SKU_SETS, k % GROUP_SETS

        def key(match):
            value = match.group(0)
            if value in self.gtins:
                return sku_gtin(sku_set, self.gtins.index(value))
            if value in self.glns:
                return group_gln(group_set, self.glns.index(value))
            return certificate_id(value, group_set)

        text = self.key_pattern.sub(key, text)
        text = self.lot_pattern.sub(lambda match: f"{match.group(1)}-{base36(k)}", text)
        text = sscc_pattern.sub(lambda match: sscc(match, k), text)
        return text.replace("urn:uuid:5c0a7e10-", f"urn:uuid:{k:08x}-")


def base36(number):
    """`number` in base 36, digits then capital letters: 46655 is ZZZ."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if number == 0:
            return text


def sscc(match, k):
    """An SSCC of copy k: extension digit, company prefix 9521234, a new serial reference, check digit."""
    body = match.group("extension") + "9521234" + f"{(k * 100 + int(match.group('serial')[-2:])) % 10**9:09d}"
    return match.group("before") + body + check_digit(body)


JSON_SSCC = re.compile(r"(?P<before>/00/)(?P<extension>\d)9521234(?P<serial>\d{9})\d")
CSV_SSCC = re.compile(r"(?P<before>(?<!\d))(?P<extension>\d)9521234(?P<serial>\d{9})\d(?!\d)")


def programme_catalog(catalog):
    """The demo catalogue with 500 SKUs and 200 herder groups instead of 5 and 5."""
    gtins, glns = product_gtins(catalog), herder_glns(catalog)
    certificates = herder_certificates(catalog, glns)
    products = []
    for sku_set in range(SKU_SETS):
        for index, product in enumerate(catalog["products"]):
            clone = json.loads(json.dumps(product))
            clone["gtin"] = sku_gtin(sku_set, index)
            clone["sku"] = f"{product['sku']}-{sku_set:03d}"
            clone["name"] = f"{product['name']}, style {sku_set + 1}"
            products.append(clone)
    herders = {f"https://id.gs1.org/417/{gln}" for gln in glns}
    parties = [party for party in catalog["parties"] if party["role"] != "herder organisation"]
    facilities = [facility for facility in catalog["facilities"] if facility["operator"] not in herders]
    kept_certificates = [certificate for certificate in catalog["certificates"] if certificate["id"] not in certificates]
    group_parties, group_facilities, group_certificates = [], [], []
    group_organisations, group_emissions = [], []
    herder_places = {f"https://id.gs1.org/414/{gln}" for gln in glns}
    for group_set in range(GROUP_SETS):
        def clone(value):
            text = json.dumps(value)
            for index, gln in enumerate(glns):
                text = text.replace(gln, group_gln(group_set, index))
            for certificate in certificates:
                text = text.replace(f'"{certificate}"', f'"{certificate_id(certificate, group_set)}"')
            return json.loads(text)
        for party in catalog["parties"]:
            if party["role"] == "herder organisation":
                copy = clone(party)
                copy["name"] = f"{party['name']} {group_set + 1}"
                group_parties.append(copy)
        for facility in catalog["facilities"]:
            if facility["operator"] in herders:
                copy = clone(facility)
                copy["name"] = f"{facility['name']} {group_set + 1}"
                group_facilities.append(copy)
        for certificate in catalog["certificates"]:
            if certificate["id"] in certificates:
                copy = clone(certificate)
                copy["number"] = f"{certificate['number']}-G{group_set:02d}"
                group_certificates.append(copy)
        group_organisations += [clone(organisation) for organisation in catalog.get("herderOrganisations", [])]
        group_emissions += [clone(declaration) for declaration in catalog.get("emissions", []) if declaration["facility"] in herder_places]
    result = dict(catalog)
    result["parties"] = parties + group_parties
    result["facilities"] = facilities + group_facilities
    result["certificates"] = kept_certificates + group_certificates
    result["products"] = products
    if "herderOrganisations" in catalog:
        result["herderOrganisations"] = group_organisations
    if "emissions" in catalog:
        kept = [declaration for declaration in catalog["emissions"] if declaration["facility"] not in herder_places]
        result["emissions"] = kept + group_emissions
    return result


def demo_lots(events):
    lots = set()
    for text in re.findall(r"/10/([A-Za-z0-9-]+)", json.dumps(events)):
        lots.add(text)
    return lots


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: make_programme.py LOTS OUT_DIR   (LOTS: production lots, at least 1)")
    lots, out = int(sys.argv[1]), sys.argv[2]
    copies = math.ceil(lots / 6)
    os.makedirs(out, exist_ok=True)
    catalog = json.load(open(os.path.join(DEMO, "catalog.json")))
    document = json.load(open(os.path.join(DEMO, "events.jsonld")))
    relabelling = Relabelling(catalog, demo_lots(document["epcisBody"]["eventList"]))
    with open(os.path.join(out, "catalog.json"), "w") as handle:
        json.dump(programme_catalog(catalog), handle, ensure_ascii=False, indent=1)
    events = document["epcisBody"]["eventList"]
    template = ",".join(json.dumps(event, ensure_ascii=False, separators=(",", ":")) for event in events)
    head = dict(document)
    head["epcisBody"] = {"eventList": []}
    opening, closing = json.dumps(head, ensure_ascii=False, separators=(",", ":")).split("[]", 1)
    with open(os.path.join(out, "events.jsonld"), "w") as handle:
        handle.write(opening + "[")
        for k in range(copies):
            handle.write(("," if k else "") + relabelling.apply(template, k, JSON_SSCC))
        handle.write("]" + closing)
    steps = open(os.path.join(DEMO, "steps.csv"), encoding="utf-8").read()
    header, body = steps.split("\n", 1)
    with open(os.path.join(out, "steps.csv"), "w", encoding="utf-8") as handle:
        handle.write(header + "\n")
        for k in range(copies):
            handle.write(relabelling.apply(body, k, CSV_SSCC))
    print(f"{out}: {copies * len(events)} events, {copies * 6} production lots of {SKU_SETS * 5} SKUs "
          f"from {GROUP_SETS * 5} herder groups")


if __name__ == "__main__":
    main()
