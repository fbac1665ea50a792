#!/usr/bin/env python3
"""Writes EPCIS 2.0 documents in JSON-LD and in XML from the same events.

Events are dictionaries in the JSON-LD shape (as EPCIS 2.0 JSON writes them). The XML form
follows the EPCIS 2.0 XML schema: standard elements in schema order, CBV values as URNs,
user fields as namespaced elements. Used by the benchmark generator and to write the XML twin
of a JSON-LD fixture:

    python3 Benchmarks/epcis/epcis_formats.py to-xml Fixtures/demo/events.jsonld > Fixtures/demo/events.xml
"""
import json
import sys
from xml.sax.saxutils import escape, quoteattr

EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
STANDARD_PREFIXES = {"cbvmda": "urn:epcglobal:cbv:mda", "gs1": "https://gs1.org/voc/"}

COMMON = ["eventTime", "recordTime", "eventTimeZoneOffset", "eventID", "errorDeclaration", "certificationInfo"]
ORDER = {
    "ObjectEvent": COMMON + ["epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList",
                             "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition", "ilmd"],
    "AggregationEvent": COMMON + ["parentID", "childEPCs", "action", "bizStep", "disposition", "readPoint", "bizLocation",
                                  "bizTransactionList", "childQuantityList", "sourceList", "destinationList", "sensorElementList",
                                  "persistentDisposition"],
    "TransactionEvent": COMMON + ["bizTransactionList", "parentID", "epcList", "action", "bizStep", "disposition", "readPoint",
                                  "bizLocation", "quantityList", "sourceList", "destinationList", "sensorElementList",
                                  "persistentDisposition"],
    "TransformationEvent": COMMON + ["inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID",
                                     "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList",
                                     "destinationList", "sensorElementList", "persistentDisposition", "ilmd"],
    "AssociationEvent": COMMON + ["parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
                                  "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList",
                                  "persistentDisposition"],
}
URN = {"bizStep": "urn:epcglobal:cbv:bizstep:", "disposition": "urn:epcglobal:cbv:disp:", "btt": "urn:epcglobal:cbv:btt:",
       "sdt": "urn:epcglobal:cbv:sdt:", "er": "urn:epcglobal:cbv:er:"}


def vocabulary(value, kind):
    """A bare CBV word as its URN; a URI stays as it is."""
    return value if ":" in value else URN[kind] + value


def text(value):
    """A JSON scalar as XML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(str(value))


def extension(name, value, indent):
    """A user field (prefix:name) as XML elements; arrays become repeated elements."""
    values = value if isinstance(value, list) else [value]
    lines = []
    for item in values:
        if isinstance(item, dict):
            lines.append(f"{indent}<{name}>")
            for key, member in item.items():
                lines += extension(key, member, indent + "  ")
            lines.append(f"{indent}</{name}>")
        else:
            lines.append(f"{indent}<{name}>{text(item)}</{name}>")
    return lines


def quantities(name, elements, indent):
    lines = [f"{indent}<{name}>"]
    for element in elements:
        lines.append(f"{indent}  <quantityElement>")
        lines.append(f"{indent}    <epcClass>{escape(element['epcClass'])}</epcClass>")
        if "quantity" in element:
            lines.append(f"{indent}    <quantity>{text(element['quantity'])}</quantity>")
        if "uom" in element:
            lines.append(f"{indent}    <uom>{escape(element['uom'])}</uom>")
        lines.append(f"{indent}  </quantityElement>")
    lines.append(f"{indent}</{name}>")
    return lines


def sensor_element(element, indent):
    lines = [f"{indent}<sensorElement>"]
    if "sensorMetadata" in element:
        attributes = "".join(f" {key}={quoteattr(text(value))}" for key, value in element["sensorMetadata"].items())
        lines.append(f"{indent}  <sensorMetadata{attributes}/>")
    for report in element.get("sensorReport", []):
        attributes = ""
        for key, value in report.items():
            if key in ("type", "exception") and ":" not in str(value):
                value = "gs1:" + value
            attributes += f" {key}={quoteattr(text(value))}"
        lines.append(f"{indent}  <sensorReport{attributes}/>")
    for key, value in element.items():
        if key not in ("sensorMetadata", "sensorReport"):
            lines += extension(key, value, indent + "  ")
    lines.append(f"{indent}</sensorElement>")
    return lines


def event_xml(event, indent="      "):
    """One event as XML lines."""
    kind = event["type"]
    inner = indent + "  "
    lines = [f"{indent}<{kind}>"]
    for field in ORDER[kind]:
        if field not in event:
            continue
        value = event[field]
        if field in ("epcList", "childEPCs", "inputEPCList", "outputEPCList"):
            lines.append(f"{inner}<{field}>")
            lines += [f"{inner}  <epc>{escape(epc)}</epc>" for epc in value]
            lines.append(f"{inner}</{field}>")
        elif field in ("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"):
            lines += quantities(field, value, inner)
        elif field in ("bizStep", "disposition"):
            lines.append(f"{inner}<{field}>{escape(vocabulary(value, field))}</{field}>")
        elif field in ("readPoint", "bizLocation"):
            lines.append(f"{inner}<{field}><id>{escape(value['id'])}</id></{field}>")
        elif field == "certificationInfo":
            for reference in value if isinstance(value, list) else [value]:
                lines.append(f"{inner}<certificationInfo>{escape(reference)}</certificationInfo>")
        elif field == "bizTransactionList":
            lines.append(f"{inner}<bizTransactionList>")
            for transaction in value:
                kind_attribute = f" type={quoteattr(vocabulary(transaction['type'], 'btt'))}" if "type" in transaction else ""
                lines.append(f"{inner}  <bizTransaction{kind_attribute}>{escape(transaction['bizTransaction'])}</bizTransaction>")
            lines.append(f"{inner}</bizTransactionList>")
        elif field in ("sourceList", "destinationList"):
            member = field[:-4]
            lines.append(f"{inner}<{field}>")
            for entry in value:
                lines.append(f"{inner}  <{member} type={quoteattr(vocabulary(entry['type'], 'sdt'))}>{escape(entry[member])}</{member}>")
            lines.append(f"{inner}</{field}>")
        elif field == "sensorElementList":
            lines.append(f"{inner}<sensorElementList>")
            for element in value:
                lines += sensor_element(element, inner + "  ")
            lines.append(f"{inner}</sensorElementList>")
        elif field == "persistentDisposition":
            lines.append(f"{inner}<persistentDisposition>")
            for key in ("unset", "set"):
                lines += [f"{inner}  <{key}>{escape(vocabulary(word, 'disposition'))}</{key}>" for word in value.get(key, [])]
            lines.append(f"{inner}</persistentDisposition>")
        elif field == "errorDeclaration":
            lines.append(f"{inner}<errorDeclaration>")
            lines.append(f"{inner}  <declarationTime>{escape(value['declarationTime'])}</declarationTime>")
            if "reason" in value:
                lines.append(f"{inner}  <reason>{escape(vocabulary(value['reason'], 'er'))}</reason>")
            if "correctiveEventIDs" in value:
                lines.append(f"{inner}  <correctiveEventIDs>")
                lines += [f"{inner}    <correctiveEventID>{escape(i)}</correctiveEventID>" for i in value["correctiveEventIDs"]]
                lines.append(f"{inner}  </correctiveEventIDs>")
            lines.append(f"{inner}</errorDeclaration>")
        elif field == "ilmd":
            lines.append(f"{inner}<ilmd>")
            for key, member in value.items():
                lines += extension(key, member, inner + "  ")
            lines.append(f"{inner}</ilmd>")
        else:
            lines.append(f"{inner}<{field}>{text(value)}</{field}>")
    for key, value in event.items():
        if ":" in key and key != "@context":
            lines += extension(key, value, inner)
    lines.append(f"{indent}</{kind}>")
    return lines


def prefixes_of(context):
    """The prefixes a JSON-LD @context declares, beside the standard ones."""
    prefixes = dict(STANDARD_PREFIXES)
    for entry in context if isinstance(context, list) else [context]:
        if isinstance(entry, dict):
            prefixes.update({key: value for key, value in entry.items() if isinstance(value, str)})
    return prefixes


def xml_document_start(prefixes, creation_date):
    declarations = "".join(f"\n    xmlns:{prefix}={quoteattr(iri)}" for prefix, iri in sorted(prefixes.items()))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"{declarations}\n'
            f'    schemaVersion="2.0" creationDate="{creation_date}">\n  <EPCISBody>\n    <EventList>\n')


XML_DOCUMENT_END = "    </EventList>\n  </EPCISBody>\n</epcis:EPCISDocument>\n"


def to_xml(document):
    """A whole JSON-LD EPCIS document as XML text."""
    prefixes = prefixes_of(document.get("@context", []))
    events = document["epcisBody"]["eventList"]
    body = "".join("\n".join(event_xml(event)) + "\n" for event in events)
    return xml_document_start(prefixes, document["creationDate"]) + body + XML_DOCUMENT_END


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "to-xml":
        sys.exit("usage: epcis_formats.py to-xml EVENTS.jsonld > EVENTS.xml")
    with open(sys.argv[2], encoding="utf-8") as source:
        sys.stdout.write(to_xml(json.load(source)))
