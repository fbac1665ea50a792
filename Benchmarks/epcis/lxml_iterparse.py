#!/usr/bin/env python3
"""The Python peer: lxml iterparse over EPCIS XML, extracting the fields dpp's reader types.

For each event: type, eventTime, offset, action, bizStep, disposition, read point, business
location, EPCs (all lists), quantity elements (class, quantity, unit), parent, sensor report
attributes and ILMD fields. Elements are cleared as they are read, so memory stays flat.

    python3 Benchmarks/epcis/lxml_iterparse.py FILE.xml...
"""
import sys
from lxml import etree

KINDS = {"ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"}


def local(tag):
    return tag.rpartition("}")[2]


def event_fields(element):
    fields = {"type": local(element.tag), "epcs": [], "quantities": [], "ilmd": {}, "sensors": []}
    for child in element:
        name = local(child.tag)
        if name in ("eventTime", "eventTimeZoneOffset", "action", "bizStep", "disposition", "parentID", "eventID", "certificationInfo"):
            fields[name] = (child.text or "").strip()
        elif name in ("readPoint", "bizLocation"):
            fields[name] = child.findtext("id")
        elif name.endswith("EPCList") or name in ("epcList", "childEPCs"):
            fields["epcs"] += [(name, (epc.text or "").strip()) for epc in child]
        elif name.endswith("uantityList"):
            for element_ in child:
                fields["quantities"].append((name, element_.findtext("epcClass"), element_.findtext("quantity"), element_.findtext("uom")))
        elif name == "ilmd":
            fields["ilmd"] = {item.tag: item.text for item in child}
        elif name == "sensorElementList":
            fields["sensors"] = [dict(report.attrib) for sensor in child for report in sensor if local(report.tag) == "sensorReport"]
    return fields


def main():
    count = 0
    for path in sys.argv[1:]:
        for _, element in etree.iterparse(path, events=("end",), resolve_entities=False, no_network=True, huge_tree=False):
            if local(element.tag) in KINDS:
                event_fields(element)
                count += 1
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
    print(f"{count} events")


if __name__ == "__main__":
    main()
