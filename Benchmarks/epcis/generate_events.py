#!/usr/bin/env python3
"""Deterministic generator of large, realistic EPCIS 2.0 documents for a cashmere chain.

Each block of 43 events is one small season at one mill: 8 herder lots commissioned (with
origin ILMD and, for most, a certificate), shipped and received; 3 dehaired lots, each a
blend of 2 or 3 herder lots, with a fibre-diameter inspection; 1 yarn lot spun from the 3
dehaired lots; 4 knitting runs of 8 serialised sweaters each; 4 cartons packed and shipped.
Identifiers use GS1's demonstration prefix 952 and valid check digits. The same events are
written as JSON-LD and as XML, split over several files (exports per period):

    python3 Benchmarks/epcis/generate_events.py --events 1000000 --files 4 --out /tmp/epcis-bench

The same arguments always give byte-identical files.
"""
import argparse
import json
import os
import random

from epcis_formats import EPCIS_CONTEXT, event_xml, xml_document_start, XML_DOCUMENT_END, STANDARD_PREFIXES

PREFIX = "9521234"
EXTRA = {"ex": "https://mill.example.com/epcis/"}
AIMAGS = ["Arkhangai", "Bayankhongor", "Govi-Altai", "Övörkhangai", "Töv", "Zavkhan", "Khovd", "Uvs", "Dundgovi", "Ömnögovi"]
HERDERS = 500


def check_digit(digits):
    """The GS1 mod-10 check digit of `digits`."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def gtin(item):
    body = "0" + PREFIX + f"{item:05d}"
    return body + check_digit(body)


def gln(location):
    body = PREFIX + f"{location:05d}"
    return body + check_digit(body)


def sscc(serial):
    body = "0" + PREFIX + f"{serial:09d}"
    return body + check_digit(body)


GTIN_RAW, GTIN_DEHAIRED, GTIN_YARN, GTIN_SWEATER = gtin(1001), gtin(2001), gtin(3001), gtin(4001)
DEHAIRER, SPINNER, KNITTER = gln(90001), gln(90002), gln(90003)


def lot(product, name):
    return f"https://id.gs1.org/01/{product}/10/{name}"


def place(location):
    return {"id": f"https://id.gs1.org/414/{location}"}


def party(location):
    return f"https://id.gs1.org/417/{location}"


def time(base, hours):
    seconds = base + hours * 3600
    days, rest = divmod(seconds, 86400)
    import datetime
    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=days)
    return f"{day.isoformat()}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"


def block(number, rng):
    """The 43 events of block `number`, in time order."""
    base = number * 3600  # one block an hour
    at = lambda hours: time(base, hours)
    events = []
    herder_lots = []
    for index in range(8):
        herder = gln((number * 8 + index) % HERDERS + 1)
        name = f"HRD-{number:06d}-{index}"
        kilograms = rng.randint(150, 600)
        herder_lots.append((lot(GTIN_RAW, name), kilograms))
        commissioning = {
            "type": "ObjectEvent", "eventTime": at(0), "eventTimeZoneOffset": "+08:00",
            "eventID": f"urn:uuid:00000000-0000-4000-8000-{number * 64 + index:012d}",
        }
        if rng.random() < 0.9:
            commissioning["certificationInfo"] = f"https://certs.example.org/sfa/SFA-{number:06d}-{index}"
        commissioning.update({
            "action": "ADD", "bizStep": "commissioning", "disposition": "active",
            "readPoint": place(herder), "bizLocation": place(herder),
            "quantityList": [{"epcClass": lot(GTIN_RAW, name), "quantity": kilograms, "uom": "KGM"}],
            "ilmd": {"cbvmda:countryOfOrigin": "MN", "cbvmda:lotNumber": name, "ex:aimag": rng.choice(AIMAGS),
                     "ex:herderOrganisation": party(herder), "ex:harvestMethod": "combed"},
        })
        events.append(commissioning)
        for step, where, hours in (("shipping", herder, 1), ("receiving", DEHAIRER, 2)):
            events.append({
                "type": "ObjectEvent", "eventTime": at(hours), "eventTimeZoneOffset": "+08:00",
                "action": "OBSERVE", "bizStep": step, "disposition": "in_transit" if step == "shipping" else "in_progress",
                "readPoint": place(where),
                "quantityList": [{"epcClass": lot(GTIN_RAW, name), "quantity": kilograms, "uom": "KGM"}],
                "sourceList": [{"type": "owning_party", "source": party(herder)}],
                "destinationList": [{"type": "owning_party", "destination": party(DEHAIRER)}],
            })
    dehaired = []
    for index, members in enumerate(([0, 1, 2], [3, 4], [5, 6, 7])):
        inputs = [{"epcClass": herder_lots[m][0], "quantity": herder_lots[m][1], "uom": "KGM"} for m in members]
        output_kg = round(sum(herder_lots[m][1] for m in members) * rng.uniform(0.45, 0.55), 1)
        name = f"DH-{number:06d}-{index}"
        dehaired.append((lot(GTIN_DEHAIRED, name), output_kg))
        events.append({
            "type": "TransformationEvent", "eventTime": at(3), "eventTimeZoneOffset": "+08:00",
            "inputQuantityList": inputs,
            "outputQuantityList": [{"epcClass": lot(GTIN_DEHAIRED, name), "quantity": output_kg, "uom": "KGM"}],
            "bizStep": "commissioning", "disposition": "active", "readPoint": place(DEHAIRER), "bizLocation": place(DEHAIRER),
            "ilmd": {"cbvmda:lotNumber": name, "ex:process": "dehairing"},
        })
        events.append({
            "type": "ObjectEvent", "eventTime": at(4), "eventTimeZoneOffset": "+08:00",
            "action": "OBSERVE", "bizStep": "inspecting", "disposition": "conformant", "readPoint": place(DEHAIRER),
            "quantityList": [{"epcClass": lot(GTIN_DEHAIRED, name), "quantity": 0.05, "uom": "KGM"}],
            "sensorElementList": [{"sensorMetadata": {"time": at(4), "dataProcessingMethod": "https://www.iwto.org/iwto-47"},
                                   "sensorReport": [{"type": "Length", "meanValue": round(rng.uniform(14.5, 16.5), 1), "uom": "4H"}]}],
        })
    yarn = lot(GTIN_YARN, f"YRN-{number:06d}")
    used = [round(kg * 0.9, 1) for _, kg in dehaired]
    events.append({
        "type": "TransformationEvent", "eventTime": at(5), "eventTimeZoneOffset": "+08:00",
        "inputQuantityList": [{"epcClass": d[0], "quantity": u, "uom": "KGM"} for d, u in zip(dehaired, used)],
        "outputQuantityList": [{"epcClass": yarn, "quantity": round(sum(used) * 0.95, 1), "uom": "KGM"}],
        "bizStep": "commissioning", "disposition": "active", "readPoint": place(SPINNER), "bizLocation": place(SPINNER),
        "ilmd": {"cbvmda:lotNumber": f"YRN-{number:06d}", "ex:process": "spinning"},
    })
    for run in range(4):
        serials = [f"https://id.gs1.org/01/{GTIN_SWEATER}/21/{number:06d}{run}{item}" for item in range(8)]
        events.append({
            "type": "TransformationEvent", "eventTime": at(6), "eventTimeZoneOffset": "+08:00",
            "inputQuantityList": [{"epcClass": yarn, "quantity": round(8 * rng.uniform(0.28, 0.34), 2), "uom": "KGM"}],
            "outputEPCList": serials,
            "bizStep": "commissioning", "disposition": "active", "readPoint": place(KNITTER), "bizLocation": place(KNITTER),
        })
        carton = f"https://id.gs1.org/00/{sscc(number * 4 + run)}"
        events.append({
            "type": "AggregationEvent", "eventTime": at(7), "eventTimeZoneOffset": "+08:00",
            "parentID": carton, "childEPCs": serials, "action": "ADD", "bizStep": "packing", "disposition": "in_progress",
            "readPoint": place(KNITTER),
        })
        events.append({
            "type": "ObjectEvent", "eventTime": at(8), "eventTimeZoneOffset": "+08:00",
            "epcList": [carton], "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
            "readPoint": place(KNITTER),
            "destinationList": [{"type": "owning_party", "destination": party(gln(90100 + run))}],
        })
    return events


def events(count, seed):
    """`count` events, block after block."""
    rng = random.Random(seed)
    produced = 0
    number = 0
    while produced < count:
        for event in block(number, rng)[: count - produced]:
            produced += 1
            yield event
        number += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    context = [EPCIS_CONTEXT, EXTRA]
    prefixes = dict(STANDARD_PREFIXES, **EXTRA)
    per_file = -(-arguments.events // arguments.files)
    stream = events(arguments.events, arguments.seed)
    for index in range(arguments.files):
        stem = os.path.join(arguments.out, f"events-{index:02d}")
        with open(stem + ".jsonld", "w", encoding="utf-8") as jsonld, open(stem + ".xml", "w", encoding="utf-8") as xml:
            jsonld.write('{"@context": ' + json.dumps(context) + ', "type": "EPCISDocument", "schemaVersion": "2.0", '
                         '"creationDate": "2026-12-31T00:00:00Z", "epcisBody": {"eventList": [\n')
            xml.write(xml_document_start(prefixes, "2026-12-31T00:00:00Z"))
            for position in range(per_file):
                event = next(stream, None)
                if event is None:
                    break
                jsonld.write((",\n" if position else "") + json.dumps(event, ensure_ascii=False))
                xml.write("\n".join(event_xml(event)) + "\n")
            jsonld.write("\n]}}\n")
            xml.write(XML_DOCUMENT_END)


if __name__ == "__main__":
    main()
