#!/usr/bin/env python3
"""Writes Fixtures/demo/steps.csv: the demo's 67 EPCIS events as step rows, one row an event.

The rows are what a bookkeeper would type: local dates and times, GLNs, lots with their
amounts (`LOT:kg; LOT:kg`), certificate URIs. `dpp events convert Fixtures/demo/steps.csv`
turns them back into the same events (the tests check it, event for event). Run from the
repository root: `python3 Fixtures/tools/make-demo-steps.py`. The output is deterministic.
"""
import csv
import datetime
import json

COLUMNS = [
    "event id", "date", "time zone", "step", "process", "input lots", "output lot", "output product",
    "output quantity", "output unit", "location", "from", "to", "to location", "containers", "purchase order",
    "herder organisation", "country", "aimag", "soum", "fibre", "species", "harvest method", "certificates",
    "yarn count", "test", "test method", "test unit", "mean", "standard deviation", "percentile rank",
    "percentile value", "test passed",
]
PROCESS_STEPS = ("dehairing", "spinning", "knitting")


def last(uri):
    """The last path segment of a Digital Link: the GLN, SSCC or lot."""
    return uri.rsplit("/", 1)[-1]


def gtin_and_lot(epc_class):
    parts = epc_class.split("/")
    return parts[parts.index("01") + 1], parts[parts.index("10") + 1]


def number(value):
    return format(value, "g") if isinstance(value, float) else str(value)


def lots(quantities):
    return "; ".join(f"{gtin_and_lot(q['epcClass'])[1]}:{number(q['quantity'])}" for q in quantities)


def local_time(event):
    instant = datetime.datetime.fromisoformat(event["eventTime"].replace("Z", "+00:00"))
    sign = 1 if event["eventTimeZoneOffset"][0] == "+" else -1
    hours, minutes = event["eventTimeZoneOffset"][1:].split(":")
    local = instant + sign * datetime.timedelta(hours=int(hours), minutes=int(minutes))
    return local.strftime("%Y-%m-%d %H:%M")


def party(places, kind, key):
    return next((last(p[key]) for p in places if p["type"] == "owning_party"), "") if kind else ""


def row(event):
    r = {"event id": event["eventID"], "date": local_time(event), "time zone": event["eventTimeZoneOffset"]}
    step = event["bizStep"]
    ilmd = event.get("ilmd", {})
    r["location"] = last(event["readPoint"]["id"])
    sources, destinations = event.get("sourceList", []), event.get("destinationList", [])
    if event["type"] == "TransformationEvent":
        process = ilmd["tpx:process"]
        r["step"] = process if process in PROCESS_STEPS else "dehairing"
        if process not in PROCESS_STEPS:
            r["process"] = process
        r["input lots"] = lots(event["inputQuantityList"])
        output = event["outputQuantityList"][0]
    elif step == "commissioning":
        r["step"] = "herder lot"
        output = event["quantityList"][0]
        r["herder organisation"] = last(ilmd["tpx:producer"])
        r["country"] = ilmd["cbvmda:countryOfOrigin"]
        r["aimag"] = ilmd.get("tpx:region", "")
        r["soum"] = ilmd.get("tpx:district", "")
        r["fibre"] = ilmd["tpx:fibre"]
        r["species"] = ilmd["tpx:species"]
        r["harvest method"] = ilmd.get("tpx:harvestMethod", "")
        r["certificates"] = event.get("certificationInfo", "")
    else:
        output = None
        r["step"] = {"shipping": "shipping", "receiving": "receiving", "inspecting": "fibre test", "packing": "packing"}[step]
        r["input lots"] = lots(event.get("quantityList", event.get("childQuantityList", [])))
        r["from"] = party(sources, sources, "source")
        r["to"] = party(destinations, destinations, "destination")
        r["to location"] = next((last(p["destination"]) for p in destinations if p["type"] == "location"), "")
        containers = [last(e) for e in event.get("epcList", [])] or ([last(event["parentID"])] if "parentID" in event else [])
        r["containers"] = "; ".join(containers)
        for transaction in event.get("bizTransactionList", []):
            r["purchase order"] = transaction["bizTransaction"].rsplit(":", 1)[-1]
    if output:
        gtin, lot = gtin_and_lot(output["epcClass"])
        r.update({"output lot": lot, "output product": gtin, "output quantity": number(output["quantity"]),
                  "output unit": "kg" if output["uom"] == "KGM" else "pcs"})
    r["yarn count"] = ilmd.get("tpx:yarnCount", "")
    for element in event.get("sensorElementList", []):
        report = element["sensorReport"][0]
        r.update({"test": report["type"], "test method": element["sensorMetadata"]["dataProcessingMethod"],
                  "test unit": report["uom"], "mean": number(report["meanValue"]),
                  "standard deviation": number(report["sDev"]), "percentile rank": number(report["percRank"]),
                  "percentile value": number(report["percValue"]),
                  "test passed": "yes" if event["disposition"] == "conformant" else "no"})
    return r


def main():
    with open("Fixtures/demo/events.jsonld", encoding="utf-8") as file:
        events = json.load(file)["epcisBody"]["eventList"]
    with open("Fixtures/demo/steps.csv", "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for event in events:
            writer.writerow(row(event))


if __name__ == "__main__":
    main()
