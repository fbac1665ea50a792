#!/usr/bin/env python3
"""Writes the demo fixtures: a fictional Mongolian cashmere MSME and its supply chain.

Khangai Cashmere LLC (fictional) dehairs, spins and knits in Mongolia; five herder
cooperatives in five aimags supply raw fibre. Everything uses GS1's demonstration prefix 952
(company prefix 9521234, a supplier 9524321) and example domains. Run from the repository
root: `python3 Fixtures/tools/make-demo-fixtures.py`; it rewrites Fixtures/demo/*.json*
and the XML twin Fixtures/demo/events.xml (the same events in EPCIS 2.0 XML).
The output is deterministic.
"""
import datetime
import json
import os

PREFIX = "9521234"


def check_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gln(ref: str, prefix: str = PREFIX) -> str:
    body = prefix + ref.rjust(12 - len(prefix), "0")
    return body + check_digit(body)


def gtin(ref: str) -> str:
    body = "0" + PREFIX + ref.rjust(12 - len(PREFIX), "0")
    return body + check_digit(body)


def party(g):
    return f"https://id.gs1.org/417/{g}"


def place(g):
    return f"https://id.gs1.org/414/{g}"


def lot(gtin14, lot_number):
    return f"https://id.gs1.org/01/{gtin14}/10/{lot_number}"


# --- Parties and places -------------------------------------------------------------------
COMPANY = gln("00010")          # Khangai Cashmere LLC, head office
DEHAIRING = gln("00027")        # dehairing and scouring plant, Darkhan
SPINNING = gln("00034")         # spinning mill, Ulaanbaatar
KNITTING = gln("00041")         # knitting factory, Ulaanbaatar
SUPPLIER = gln("00017", prefix="9524321")  # silk lining supplier (fictional)
IMPORTER = gln("00019", prefix="9528765")  # EU importer (fictional), Germany

HERDERS = {
    "BKH": dict(gln=gln("00102"), name="Bayan-Uul Herders' Cooperative", aimag="Bayankhongor", soum="Bayan-Ovoo",
                postal="64000", point=(47.0, 100.5)),
    "GAL": dict(gln=gln("00119"), name="Altai Ovoo Herders' Cooperative", aimag="Govi-Altai", soum="Tonkhil",
                postal="81000", point=(46.3, 93.9)),
    "OVK": dict(gln=gln("00126"), name="Orkhon Valley Herders' Cooperative", aimag="Övörkhangai", soum="Khujirt",
                postal="62000", point=(46.9, 102.8)),
    "ARK": dict(gln=gln("00133"), name="Tsagaan Nuur Yak Herders' Cooperative", aimag="Arkhangai", soum="Tariat",
                postal="65000", point=(48.2, 99.9)),
    "OMN": dict(gln=gln("00140"), name="Gobi Temee Camel Herders' Cooperative", aimag="Ömnögovi", soum="Bayandalai",
                postal="46000", point=(43.5, 103.5)),
}


def located(postal, locality, region, point):
    """A facility's postal code, locality, region and coordinates: illustrative values for the
    fictional demo (the aimag's postal prefix, a point near the soum or town named), not surveyed."""
    return {"postalCode": postal, "locality": locality, "region": region, "latitude": point[0], "longitude": point[1]}

# --- Product classes (GTIN-14) ------------------------------------------------------------
RAW = {"cashmere": gtin("10001"), "yak": gtin("10002"), "camel": gtin("10003"), "wool": gtin("10004")}
FIBRE = {"cashmere": gtin("20001"), "yak": gtin("20002"), "camel": gtin("20003"), "wool": gtin("20004")}
YARN = {"cashmere": gtin("30001"), "cashmere-yak": gtin("30002"), "camel": gtin("30003"), "wool-cashmere": gtin("30004")}
SILK_FABRIC = "0" + "9524321" + "00024"
SILK_FABRIC = SILK_FABRIC + check_digit(SILK_FABRIC)
SKU = {
    "sweater": gtin("00011"), "scarf": gtin("00028"), "beanie": gtin("00035"),
    "camel-throw": gtin("00042"), "wool-sweater": gtin("00059"),
}

CERT_BASE = "https://certs.example.org"
CERTIFICATES = [
    dict(id=f"{CERT_BASE}/sfa/SFA-MN-2026-0102", scheme="SFA Cashmere Standard", schemeURL="https://sustainablefibre.org/",
         number="SFA-MN-2026-0102", issuer="Example Certification Body LLC", holder=party(HERDERS["BKH"]["gln"]),
         scope=dict(fibres=["cashmere"], activities=["herding", "combing"]), validFrom="2026-01-15", validUntil="2029-01-14",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/sfa/SFA-MN-2026-0119", scheme="SFA Cashmere Standard", schemeURL="https://sustainablefibre.org/",
         number="SFA-MN-2026-0119", issuer="Example Certification Body LLC", holder=party(HERDERS["GAL"]["gln"]),
         scope=dict(fibres=["cashmere"], activities=["herding", "combing"]), validFrom="2026-02-01", validUntil="2029-01-31",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/sfa/SFA-MN-2025-0126", scheme="SFA Cashmere Standard", schemeURL="https://sustainablefibre.org/",
         number="SFA-MN-2025-0126", issuer="Example Certification Body LLC", holder=party(HERDERS["OVK"]["gln"]),
         scope=dict(fibres=["cashmere"], activities=["herding", "combing"]), validFrom="2025-06-01", validUntil="2028-05-31",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/rws/RWS-MN-2026-0126", scheme="Responsible Wool Standard", schemeURL="https://textileexchange.org/responsible-wool-standard/",
         number="RWS-MN-2026-0126", issuer="Example Certification Body LLC", holder=party(HERDERS["OVK"]["gln"]),
         scope=dict(fibres=["wool"], activities=["herding", "shearing"]), validFrom="2026-03-01", validUntil="2027-02-28",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/ocs/OCS-MN-2026-0133", scheme="Organic Content Standard", schemeURL="https://textileexchange.org/organic-content-standard/",
         number="OCS-MN-2026-0133", issuer="Example Certification Body LLC", holder=party(HERDERS["ARK"]["gln"]),
         scope=dict(fibres=["yak"], activities=["herding", "combing"]), validFrom="2026-01-01", validUntil="2026-12-31",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/ocs/OCS-MN-2026-0140", scheme="Organic Content Standard", schemeURL="https://textileexchange.org/organic-content-standard/",
         number="OCS-MN-2026-0140", issuer="Example Certification Body LLC", holder=party(HERDERS["OMN"]["gln"]),
         scope=dict(fibres=["camel"], activities=["herding", "combing"]), validFrom="2026-01-01", validUntil="2027-12-31",
         topic="environment.biodiversity"),
    dict(id=f"{CERT_BASE}/oekotex/OTX-2026-CN-0017", scheme="OEKO-TEX STANDARD 100", schemeURL="https://www.oeko-tex.com/",
         number="OTX-2026-CN-0017", issuer="Example Testing Institute", holder=party(SUPPLIER),
         scope=dict(fibres=["silk"], activities=["weaving", "dyeing"]), validFrom="2026-02-10", validUntil="2027-02-09",
         topic="environment.water"),
]
CERT_OF = {"BKH": CERTIFICATES[0]["id"], "GAL": CERTIFICATES[1]["id"], "OVK": CERTIFICATES[2]["id"],
           "OVK-W": CERTIFICATES[3]["id"], "ARK": CERTIFICATES[4]["id"], "OMN": CERTIFICATES[5]["id"]}

events = []


def event_id(n):
    return f"urn:uuid:5c0a7e10-2026-4d00-9b00-{n:012d}"


def add(event):
    event["eventID"] = event_id(len(events) + 1)
    events.append(event)
    return event


def q(epc_class, kg, uom="KGM"):
    return {"epcClass": epc_class, "quantity": kg, "uom": uom}


def when(day, hour="08:00", plus_days=0):
    date = datetime.date.fromisoformat(f"2026-{day}") + datetime.timedelta(days=plus_days)
    return {"eventTime": f"{date.isoformat()}T{hour}:00Z", "eventTimeZoneOffset": "+08:00"}


# Herder lots: (key, herder, fibre, lot number, kg, harvest date, certificate key, species)
HERDER_LOTS = [
    ("H1", "BKH", "cashmere", "HRD-BKH-2026-01", 400, "04-18", "BKH", "Capra hircus (Mongolian cashmere goat)"),
    ("H2", "GAL", "cashmere", "HRD-GAL-2026-01", 300, "04-22", "GAL", "Capra hircus (Mongolian cashmere goat)"),
    ("H3", "OVK", "cashmere", "HRD-OVK-2026-01", 250, "04-25", "OVK", "Capra hircus (Mongolian cashmere goat)"),
    ("H4", "OVK", "wool", "HRD-OVK-2026-W1", 600, "06-10", "OVK-W", "Ovis aries (Khangai fine-wool sheep)"),
    ("H5", "ARK", "yak", "HRD-ARK-2026-Y1", 200, "05-20", "ARK", "Bos grunniens (yak)"),
    ("H6", "OMN", "camel", "HRD-OMN-2026-C1", 180, "05-28", "OMN", "Camelus bactrianus (Bactrian camel)"),
]
LOT_ID = {}
for key, herder, fibre, number, kg, day, cert, species in HERDER_LOTS:
    h = HERDERS[herder]
    LOT_ID[key] = lot(RAW[fibre], number)
    add({"type": "ObjectEvent", **when(day, "03:00"), "action": "ADD", "bizStep": "commissioning",
         "disposition": "active", "quantityList": [q(LOT_ID[key], kg)],
         "readPoint": {"id": place(h["gln"])}, "bizLocation": {"id": place(h["gln"])},
         "certificationInfo": CERT_OF[cert],
         "ilmd": {"cbvmda:countryOfOrigin": "MN", "cbvmda:lotNumber": number,
                  "tpx:fibre": fibre, "tpx:species": species, "tpx:region": h["aimag"], "tpx:district": h["soum"],
                  "tpx:producer": party(h["gln"]), "tpx:harvestMethod": "combed" if fibre != "wool" else "shorn"}})
    add({"type": "ObjectEvent", **when(day, plus_days=2), "action": "OBSERVE", "bizStep": "shipping",
         "disposition": "in_transit", "quantityList": [q(LOT_ID[key], kg)],
         "readPoint": {"id": place(h["gln"])},
         "sourceList": [{"type": "owning_party", "source": party(h["gln"])}, {"type": "location", "source": place(h["gln"])}],
         "destinationList": [{"type": "owning_party", "destination": party(COMPANY)}, {"type": "location", "destination": place(DEHAIRING)}]})
    add({"type": "ObjectEvent", **when(day, plus_days=5), "action": "OBSERVE", "bizStep": "receiving",
         "disposition": "in_progress", "quantityList": [q(LOT_ID[key], kg)],
         "readPoint": {"id": place(DEHAIRING)}, "bizLocation": {"id": place(DEHAIRING)},
         "sourceList": [{"type": "owning_party", "source": party(h["gln"])}],
         "destinationList": [{"type": "owning_party", "destination": party(COMPANY)}]})

# The silk lining fabric: commissioned by the supplier in China, shipped to the knitting factory.
LOT_ID["SILK"] = lot(SILK_FABRIC, "SLK-2026-0457")
add({"type": "ObjectEvent", **when("05-04", "02:00"), "action": "ADD", "bizStep": "commissioning", "disposition": "active",
     "quantityList": [q(LOT_ID["SILK"], 5)], "readPoint": {"id": place(SUPPLIER)}, "bizLocation": {"id": place(SUPPLIER)},
     "certificationInfo": CERTIFICATES[6]["id"],
     "ilmd": {"cbvmda:countryOfOrigin": "CN", "cbvmda:lotNumber": "SLK-2026-0457", "tpx:fibre": "silk",
              "tpx:species": "Bombyx mori (mulberry silkworm)", "tpx:producer": party(SUPPLIER)}})
add({"type": "ObjectEvent", **when("05-12"), "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress",
     "quantityList": [q(LOT_ID["SILK"], 5)], "readPoint": {"id": place(KNITTING)}, "bizLocation": {"id": place(KNITTING)},
     "sourceList": [{"type": "owning_party", "source": party(SUPPLIER)}],
     "destinationList": [{"type": "owning_party", "destination": party(COMPANY)}]})


def transform(day, location, inputs, output, out_qty, out_uom, process, extra_ilmd=None):
    ilmd = {"cbvmda:lotNumber": output.rsplit("/", 1)[1], "tpx:process": process}
    ilmd.update(extra_ilmd or {})
    return add({"type": "TransformationEvent", **when(day), "bizStep": "commissioning", "disposition": "active",
                "inputQuantityList": [q(LOT_ID[k], kg) for k, kg in inputs],
                "outputQuantityList": [q(output, out_qty, out_uom)],
                "readPoint": {"id": place(location)}, "bizLocation": {"id": place(location)}, "ilmd": ilmd})


def fibre_test(day, key, mean, sdev, p97, method):
    tested = when(day, "05:00", plus_days=1)
    add({"type": "ObjectEvent", **tested, "action": "OBSERVE", "bizStep": "inspecting",
         "disposition": "conformant", "quantityList": [q(LOT_ID[key], 0.05)],
         "readPoint": {"id": place(DEHAIRING)},
         "sensorElementList": [{"sensorMetadata": {"time": tested["eventTime"], "dataProcessingMethod": method},
                                "sensorReport": [{"type": "Length", "meanValue": mean, "sDev": sdev,
                                                  "percRank": 97, "percValue": p97, "uom": "4H"}]}]})


OFDA = "https://www.iwto.org/resources/test-methods/iwto-47"
# Dehairing (cashmere, yak, camel) and scouring/combing (wool): output lots in kg.
for key, day, inputs, fibre, number, out_kg, test in [
    ("D1", "05-20", [("H1", 400)], "cashmere", "DH-C-2026-01", 200, (15.8, 3.3, 24.1)),
    ("D2", "05-24", [("H2", 300), ("H3", 250)], "cashmere", "DH-C-2026-02", 270, (16.2, 3.5, 25.0)),
    ("D3", "06-01", [("H5", 200)], "yak", "DH-Y-2026-01", 100, (18.1, 4.1, 27.5)),
    ("D4", "06-06", [("H6", 180)], "camel", "DH-CA-2026-01", 120, (18.9, 4.4, 28.2)),
    ("D5", "06-20", [("H4", 600)], "wool", "SC-W-2026-01", 330, (19.5, 4.2, 27.9)),
]:
    LOT_ID[key] = lot(FIBRE[fibre], number)
    transform(day, DEHAIRING, inputs, LOT_ID[key], out_kg, "KGM", "scouring and combing" if fibre == "wool" else "dehairing")
    fibre_test(day, key, *test, OFDA)

# Spinning: blends of dehaired lots into yarn lots, at the spinning mill.
for key, day, inputs, yarn, number, out_kg, count in [
    ("S1", "07-02", [("D1", 150), ("D2", 150)], "cashmere", "YRN-C-2026-01", 285, "2/26 Nm"),
    ("S2", "07-06", [("D2", 70), ("D3", 30)], "cashmere-yak", "YRN-CY-2026-01", 95, "2/28 Nm"),
    ("S3", "07-09", [("D4", 100)], "camel", "YRN-CA-2026-01", 94, "2/16 Nm"),
    ("S4", "07-13", [("D5", 140), ("D1", 50), ("D2", 10)], "wool-cashmere", "YRN-WC-2026-01", 190, "2/30 Nm"),
    ("S5", "07-16", [("D2", 40)], "cashmere", "YRN-C-2026-02", 38, "2/26 Nm"),
]:
    LOT_ID[key] = lot(YARN[yarn], number)
    transform(day, SPINNING, inputs, LOT_ID[key], out_kg, "KGM", "spinning", {"tpx:yarnCount": count})

# Knitting (and linking the lining): production lots of finished garments, counted in pieces.
PRODUCTION_LOTS = [
    ("K1", "08-03", [("S1", 90)], "sweater", "KC-SW-2026-001", 280),
    ("K2", "08-10", [("S5", 36)], "sweater", "KC-SW-2026-002", 115),
    ("K3", "08-06", [("S2", 60)], "scarf", "KC-SC-2026-001", 390),
    ("K4", "08-12", [("S1", 12), ("SILK", 3)], "beanie", "KC-BN-2026-001", 140),
    ("K5", "08-14", [("S3", 50)], "camel-throw", "KC-CT-2026-001", 95),
    ("K6", "08-18", [("S4", 120)], "wool-sweater", "KC-WC-2026-001", 340),
]
for key, day, inputs, sku, number, pieces in PRODUCTION_LOTS:
    LOT_ID[key] = lot(SKU[sku], number)
    transform(day, KNITTING, inputs, LOT_ID[key], pieces, "H87", "knitting")

# Packing into cartons (SSCC) and shipping to the EU importer.
def sscc(ref):
    body = "0" + PREFIX + ref.rjust(16 - len(PREFIX), "0")
    return body + check_digit(body)

cartons = []
for i, (key, day, _, _, _, pieces) in enumerate(PRODUCTION_LOTS):
    carton = f"https://id.gs1.org/00/{sscc(str(9000 + i))}"
    cartons.append(carton)
    add({"type": "AggregationEvent", **when(day, "10:00", plus_days=3), "action": "ADD", "bizStep": "packing",
         "disposition": "in_progress", "parentID": carton, "childQuantityList": [q(LOT_ID[key], pieces, "H87")],
         "readPoint": {"id": place(KNITTING)}, "bizLocation": {"id": place(KNITTING)}})
add({"type": "ObjectEvent", **when("08-25", "06:00"), "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
     "epcList": cartons, "readPoint": {"id": place(KNITTING)},
     "bizTransactionList": [{"type": "po", "bizTransaction": f"urn:epcglobal:cbv:bt:{IMPORTER}:PO-2026-0815"}],
     "sourceList": [{"type": "owning_party", "source": party(COMPANY)}, {"type": "location", "source": place(KNITTING)}],
     "destinationList": [{"type": "owning_party", "destination": party(IMPORTER)}]})

# The year before: the 2025 herder lots and their dehairing, the report's baseline year (no
# product of the catalogue was made from them). Only the Orkhon Valley group was certified then.
BASELINE_LOTS = [
    ("H25-1", "BKH", "cashmere", "HRD-BKH-2025-01", 350, "04-20", None),
    ("H25-2", "GAL", "cashmere", "HRD-GAL-2025-01", 280, "04-24", None),
    ("H25-3", "OVK", "cashmere", "HRD-OVK-2025-01", 220, "06-12", "OVK"),
    ("H25-4", "ARK", "yak", "HRD-ARK-2025-Y1", 150, "05-22", None),
    ("H25-5", "OMN", "camel", "HRD-OMN-2025-C1", 160, "05-30", None),
]
SPECIES = {fibre: species for _, _, fibre, _, _, _, _, species in HERDER_LOTS}


def in_2025(moment):
    return {key: value.replace("2026-", "2025-", 1) if key == "eventTime" else value for key, value in moment.items()}


for key, herder, fibre, number, kg, day, cert in BASELINE_LOTS:
    h = HERDERS[herder]
    LOT_ID[key] = lot(RAW[fibre], number)
    commissioning = {"type": "ObjectEvent", **in_2025(when(day, "03:00")), "action": "ADD", "bizStep": "commissioning",
                     "disposition": "active", "quantityList": [q(LOT_ID[key], kg)],
                     "readPoint": {"id": place(h["gln"])}, "bizLocation": {"id": place(h["gln"])}}
    if cert:
        commissioning["certificationInfo"] = CERT_OF[cert]
    commissioning["ilmd"] = {"cbvmda:countryOfOrigin": "MN", "cbvmda:lotNumber": number, "tpx:fibre": fibre,
                             "tpx:species": SPECIES[fibre], "tpx:region": h["aimag"], "tpx:district": h["soum"],
                             "tpx:producer": party(h["gln"]), "tpx:harvestMethod": "combed"}
    add(commissioning)
    add({"type": "ObjectEvent", **in_2025(when(day, plus_days=2)), "action": "OBSERVE", "bizStep": "shipping",
         "disposition": "in_transit", "quantityList": [q(LOT_ID[key], kg)],
         "readPoint": {"id": place(h["gln"])},
         "sourceList": [{"type": "owning_party", "source": party(h["gln"])}, {"type": "location", "source": place(h["gln"])}],
         "destinationList": [{"type": "owning_party", "destination": party(COMPANY)}, {"type": "location", "destination": place(DEHAIRING)}]})
    add({"type": "ObjectEvent", **in_2025(when(day, plus_days=5)), "action": "OBSERVE", "bizStep": "receiving",
         "disposition": "in_progress", "quantityList": [q(LOT_ID[key], kg)],
         "readPoint": {"id": place(DEHAIRING)}, "bizLocation": {"id": place(DEHAIRING)},
         "sourceList": [{"type": "owning_party", "source": party(h["gln"])}],
         "destinationList": [{"type": "owning_party", "destination": party(COMPANY)}]})

for key, day, inputs, fibre, number, out_kg in [
    ("D25-1", "05-28", [("H25-1", 350), ("H25-2", 280)], "cashmere", "DH-C-2025-01", 315),
    ("D25-2", "06-05", [("H25-4", 150)], "yak", "DH-Y-2025-01", 78),
    ("D25-3", "06-10", [("H25-5", 160)], "camel", "DH-CA-2025-01", 104),
    ("D25-4", "06-25", [("H25-3", 220)], "cashmere", "DH-C-2025-02", 110),
]:
    LOT_ID[key] = lot(FIBRE[fibre], number)
    event = transform(day, DEHAIRING, inputs, LOT_ID[key], out_kg, "KGM", "dehairing")
    event["eventTime"] = event["eventTime"].replace("2026-", "2025-", 1)

# An export lists events in time order; ids keep the order they were written in above.
events.sort(key=lambda event: event["eventTime"])

document = {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                 {"tpx": "https://textilepassport.example.org/epcis#"}],
    "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z",
    "epcisBody": {"eventList": events},
}

# --- The catalogue --------------------------------------------------------------------------
def test(property_, method, result, unit=None, grade=None):
    entry = {"property": property_, "method": method, "result": result}
    if unit: entry["unit"] = unit
    if grade is not None: entry["grade"] = grade
    return entry

KNIT_TESTS = [
    test("pilling", "ISO 12945-2:2020 (Martindale, 2000 rubs)", 3.5, grade=True),
    test("abrasion", "ISO 12947-2:2016 (Martindale, specimen breakdown)", 20000, unit="rubs"),
    test("colour fastness to washing", "ISO 105-C06:2010 A1S", 4, grade=True),
    test("colour fastness to rubbing (dry)", "ISO 105-X12:2016", 4.5, grade=True),
    test("dimensional change in washing", "ISO 5077:2007 with ISO 6330 4N, flat dry", -3.0, unit="%"),
]
for t in KNIT_TESTS:
    if t.get("grade") is True:
        t.pop("grade"); t["unit"] = "grade (1-5)"

HAND_WASH = {"washing": "hand wash at 30 °C with wool detergent", "bleaching": "do not bleach",
             "drying": "dry flat in the shade, do not tumble dry", "ironing": "iron at low temperature (110 °C) with a damp cloth",
             "professionalCleaning": "dry cleaning with tetrachloroethene (P) allowed",
             "symbols": ["hand-wash-30", "do-not-bleach", "dry-flat", "iron-low", "dry-clean-p"]}

def product(key, name, description, hs, hs_name, weight, components, tests, care, recyclability, claims, repair, label):
    return {"sku": f"KC-{key.upper()}", "gtin": SKU[key], "name": name, "description": description, "labelText": label,
            "hsCode": hs, "hsDescription": hs_name, "weightGrams": weight, "countryOfProduction": "MN",
            "manufacturer": party(COMPANY), "facility": place(KNITTING),
            "components": components, "durability": tests, "care": care, "repair": repair,
            "recyclability": recyclability, "recycledContentPercent": 0, "substancesOfConcern": [],
            "claims": claims}

def component(name, weight_percent, fibres, kind="main"):
    return {"name": name, "kind": kind, "weightPercent": weight_percent,
            "fibres": [{"fibre": f, "percent": p} for f, p in fibres]}

REPAIR = {"instructions": "Spare yarn is included; small holes can be darned. Khangai repairs its knitwear for free for two years.",
          "url": "https://khangai-cashmere.example.com/repair"}
MONO = {"recyclable": True, "recyclableContentPercent": 100,
        "instructions": "Mono-fibre animal hair: return to a textile collection point for mechanical recycling into new yarn.",
        "url": "https://khangai-cashmere.example.com/take-back"}
claim_traced = {"text": "Fibre traced to certified herder cooperatives", "kind": "traceability",
                "evidence": "trace"}

catalog = {
    "$schema": "https://dpp.example.com/schemas/catalog.schema.json",
    "issuer": {"name": "Khangai Cashmere LLC", "did": "did:web:dpp.example.com:khangai-cashmere", "gln": COMPANY},
    "parties": [
        {"id": party(COMPANY), "gln": COMPANY, "name": "Khangai Cashmere LLC", "country": "MN",
         "address": "Khan-Uul district, Ulaanbaatar, Mongolia", "email": "info@khangai.example.com",
         "website": "https://khangai.example.com", "role": "manufacturer"},
        {"id": party(IMPORTER), "gln": IMPORTER, "name": "Beispiel Textil GmbH", "country": "DE",
         "address": "Musterstraße 1, 10115 Berlin, Germany", "email": "safety@beispiel.example.com",
         "role": "importer", "eori": "DE123456789012345"},
        {"id": party(SUPPLIER), "gln": SUPPLIER, "name": "Example Silk Weaving Co. Ltd", "country": "CN",
         "address": "Suzhou, Jiangsu, China", "role": "supplier"},
    ] + [{"id": party(h["gln"]), "gln": h["gln"], "name": h["name"], "country": "MN",
          "address": f"{h['soum']} soum, {h['aimag']} aimag, Mongolia", "role": "herder organisation"} for h in HERDERS.values()],
    "facilities": [
        {"id": place(DEHAIRING), "gln": DEHAIRING, "name": "Khangai dehairing and scouring plant", "country": "MN",
         "address": "Darkhan, Darkhan-Uul aimag, Mongolia", "operator": party(COMPANY), "process": "dehairing"}
        | located("45000", "Darkhan", "Darkhan-Uul", (49.49, 105.92)),
        {"id": place(SPINNING), "gln": SPINNING, "name": "Khangai spinning mill", "country": "MN",
         "address": "Songinokhairkhan district, Ulaanbaatar, Mongolia", "operator": party(COMPANY), "process": "spinning"}
        | located("18000", "Songinokhairkhan", "Ulaanbaatar", (47.92, 106.79)),
        {"id": place(KNITTING), "gln": KNITTING, "name": "Khangai knitting factory", "country": "MN",
         "address": "Khan-Uul district, Ulaanbaatar, Mongolia", "operator": party(COMPANY), "process": "knitting"}
        | located("17000", "Khan-Uul", "Ulaanbaatar", (47.88, 106.88)),
        {"id": place(SUPPLIER), "gln": SUPPLIER, "name": "Example Silk Weaving Co. mill", "country": "CN",
         "address": "Suzhou, Jiangsu, China", "operator": party(SUPPLIER), "process": "weaving"}
        | located("215000", "Suzhou", "Jiangsu", (31.30, 120.59)),
    ] + [{"id": place(h["gln"]), "gln": h["gln"], "name": f"{h['name']} pastures", "country": "MN",
          "address": f"{h['soum']} soum, {h['aimag']} aimag, Mongolia", "operator": party(h["gln"]), "process": "herding"}
         | located(h["postal"], h["soum"], h["aimag"], h["point"]) for h in HERDERS.values()],
    "certificates": [{k: v for k, v in c.items() if k != "topic"} | {"conformityTopic": c["topic"]} for c in CERTIFICATES],
    "products": [
        product("sweater", "Crew-neck cashmere sweater", "Fully fashioned crew-neck sweater knitted from 2/26 Nm Mongolian cashmere yarn.",
                "611012", "Jerseys, pullovers, cardigans and similar articles, knitted, of Kashmir (cashmere) goats",
                300, [component("main", 100, [("cashmere", 100)])], KNIT_TESTS, HAND_WASH, MONO,
                [claim_traced], REPAIR, "100% cashmere"),
        product("scarf", "Cashmere and yak scarf", "Rib-knitted scarf, 180 × 30 cm, in undyed cashmere and yak down.",
                "611710", "Shawls, scarves, mufflers and the like, knitted",
                150, [component("main", 100, [("cashmere", 70), ("yak", 30)])], KNIT_TESTS, HAND_WASH, MONO,
                [claim_traced], REPAIR, "70% cashmere, 30% yak"),
        product("beanie", "Silk-lined cashmere beanie", "Double-layer beanie: cashmere outer shell with a mulberry silk lining.",
                "650500", "Hats and other headgear, knitted or crocheted",
                100, [component("outer shell", 80, [("cashmere", 100)]), component("lining", 20, [("silk", 100)], kind="main lining")],
                KNIT_TESTS, HAND_WASH, {"recyclable": True, "recyclableContentPercent": 80,
                 "instructions": "Separate the silk lining from the cashmere shell before recycling; both are mono-fibre.",
                 "url": "https://khangai-cashmere.example.com/take-back"},
                [claim_traced], REPAIR, "Outer shell: 100% cashmere. Lining: 100% silk"),
        product("camel-throw", "Camel hair throw", "Knitted throw, 130 × 170 cm, in undyed Bactrian camel hair.",
                "630120", "Blankets (other than electric blankets) and travelling rugs, of wool or of fine animal hair",
                500, [component("main", 100, [("camel", 100)])], KNIT_TESTS, HAND_WASH, MONO,
                [claim_traced], REPAIR, "100% camel hair"),
        product("wool-sweater", "Fine wool and cashmere sweater", "V-neck sweater in a 70/30 blend of fine Khangai wool and cashmere.",
                "611011", "Jerseys, pullovers, cardigans and similar articles, knitted, of wool",
                340, [component("main", 100, [("wool", 70), ("cashmere", 30)])], KNIT_TESTS, HAND_WASH,
                {"recyclable": True, "recyclableContentPercent": 100,
                 "instructions": "Animal-fibre blend: return to a textile collection point for mechanical recycling.",
                 "url": "https://khangai-cashmere.example.com/take-back"},
                [claim_traced], REPAIR, "70% wool, 30% cashmere"),
    ],
}

# --- The XML twin of the events (EPCIS 2.0 XML, XSD element order) -------------------------
from xml.sax.saxutils import escape, quoteattr

CBV = {"bizStep": "urn:epcglobal:cbv:bizstep:", "disposition": "urn:epcglobal:cbv:disp:"}
ORDER = {
    "ObjectEvent": ["epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList",
                    "quantityList", "sourceList", "destinationList", "sensorElementList", "ilmd"],
    "AggregationEvent": ["parentID", "childEPCs", "action", "bizStep", "disposition", "readPoint", "bizLocation",
                         "bizTransactionList", "childQuantityList", "sourceList", "destinationList"],
    "TransformationEvent": ["inputQuantityList", "outputQuantityList", "bizStep", "disposition", "readPoint", "bizLocation", "ilmd"],
}


def xml_number(value):
    return str(value) if not float(value).is_integer() else str(int(value))


def xml_event(event, out):
    kind = event["type"]
    out.append(f"      <{kind}>")
    out.append(f"        <eventTime>{event['eventTime']}</eventTime>")
    out.append(f"        <eventTimeZoneOffset>{event['eventTimeZoneOffset']}</eventTimeZoneOffset>")
    out.append(f"        <eventID>{event['eventID']}</eventID>")
    if "certificationInfo" in event:
        out.append(f"        <certificationInfo>{escape(event['certificationInfo'])}</certificationInfo>")
    unknown = set(event) - set(ORDER[kind]) - {"type", "eventTime", "eventTimeZoneOffset", "eventID", "certificationInfo"}
    assert not unknown, f"no XML form for {unknown}"
    for field in ORDER[kind]:
        if field not in event:
            continue
        value = event[field]
        if field in ("action", "parentID"):
            out.append(f"        <{field}>{escape(value)}</{field}>")
        elif field in CBV:
            out.append(f"        <{field}>{CBV[field]}{value}</{field}>")
        elif field in ("readPoint", "bizLocation"):
            out.append(f"        <{field}><id>{escape(value['id'])}</id></{field}>")
        elif field in ("epcList", "childEPCs"):
            out.append(f"        <{field}>" + "".join(f"<epc>{escape(epc)}</epc>" for epc in value) + f"</{field}>")
        elif field.lower().endswith("quantitylist"):
            out.append(f"        <{field}>")
            for element in value:
                out.append("          <quantityElement>")
                out.append(f"            <epcClass>{escape(element['epcClass'])}</epcClass>")
                out.append(f"            <quantity>{xml_number(element['quantity'])}</quantity>")
                out.append(f"            <uom>{element['uom']}</uom>")
                out.append("          </quantityElement>")
            out.append(f"        </{field}>")
        elif field == "bizTransactionList":
            out.append("        <bizTransactionList>")
            for transaction in value:
                out.append(f"          <bizTransaction type=\"urn:epcglobal:cbv:btt:{transaction['type']}\">{escape(transaction['bizTransaction'])}</bizTransaction>")
            out.append("        </bizTransactionList>")
        elif field in ("sourceList", "destinationList"):
            tag = field[:-4]
            out.append(f"        <{field}>")
            for entry in value:
                out.append(f"          <{tag} type=\"urn:epcglobal:cbv:sdt:{entry['type']}\">{escape(entry[tag])}</{tag}>")
            out.append(f"        </{field}>")
        elif field == "sensorElementList":
            out.append("        <sensorElementList>")
            for element in value:
                meta = element["sensorMetadata"]
                out.append("          <sensorElement>")
                out.append(f"            <sensorMetadata time=\"{meta['time']}\" dataProcessingMethod={quoteattr(meta['dataProcessingMethod'])}/>")
                for report in element["sensorReport"]:
                    attributes = " ".join(f"{key}=\"{'gs1:' + val if key == 'type' else xml_number(val) if isinstance(val, (int, float)) else val}\""
                                          for key, val in report.items())
                    out.append(f"            <sensorReport {attributes}/>")
                out.append("          </sensorElement>")
            out.append("        </sensorElementList>")
        elif field == "ilmd":
            out.append("        <ilmd>")
            for key, val in value.items():
                out.append(f"          <{key}>{escape(val)}</{key}>")
            out.append("        </ilmd>")
    out.append(f"      </{kind}>")


xml = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"',
       '    xmlns:cbvmda="urn:epcglobal:cbv:mda"',
       '    xmlns:gs1="https://gs1.org/voc/"',
       '    xmlns:tpx="https://textilepassport.example.org/epcis#"',
       f'    schemaVersion="2.0" creationDate="{document["creationDate"]}">',
       "  <EPCISBody>", "    <EventList>"]
for event in events:
    xml_event(event, xml)
xml += ["    </EventList>", "  </EPCISBody>", "</epcis:EPCISDocument>"]

os.makedirs("Fixtures/demo", exist_ok=True)
with open("Fixtures/demo/events.xml", "w", encoding="utf-8") as f:
    f.write("\n".join(xml) + "\n")
with open("Fixtures/demo/events.jsonld", "w", encoding="utf-8") as f:
    json.dump(document, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open("Fixtures/demo/catalog.json", "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(events)} events, {len(catalog['products'])} products")
