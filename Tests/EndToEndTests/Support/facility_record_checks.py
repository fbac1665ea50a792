#!/usr/bin/env python3
"""Outside checks of a site's Digital Facility Records (facilities/*.jsonld), with tools TextilePassport did not write.

  facility_record_checks.py schemas SITE REFERENCE [--strict]
      every record against the UNTP 0.7.0 DigitalFacilityRecord schema and the W3C VC 2.0 schema
      (Python jsonschema, format checker on). A member the DFR schema requires of the facility is
      allowed to be absent only when the inputs do not give it and the run said so: the record's
      DFR-INCOMPLETE warning in SITE/report.json names it. With --strict nothing may be absent.
  facility_record_checks.py jsonld SITE REFERENCE
      every record expanded with pyld, contexts from local files only, and compacted back with the
      same contexts: no key path may be lost, and every type must expand to an IRI of a vocabulary.

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import outside_checks  # noqa: E402 (the sibling script: the format checker and the pyld check of every credential)
from outside_checks import format_checker  # noqa: E402

# The members of the facility the DFR schema requires that the inputs may lack, by the schema
# path of the object that requires them and the missing property.
MAY_BE_ABSENT = {
    ("credentialSubject", "processCategory"): "processCategory",
    ("credentialSubject", "locationInformation"): "locationInformation",
    ("credentialSubject/address", "streetAddress"): "address.streetAddress",
    ("credentialSubject/address", "postalCode"): "address.postalCode",
    ("credentialSubject/address", "addressLocality"): "address.addressLocality",
    ("credentialSubject/address", "addressRegion"): "address.addressRegion",
}

UNTP = "untp/spec-untp-v0.7.0/artefacts"


def records(site):
    return sorted((pathlib.Path(site) / "facilities").glob("*.jsonld"))


def announced_gaps(site):
    """The members each record's DFR-INCOMPLETE warning names, by GLN."""
    report = json.loads((pathlib.Path(site) / "report.json").read_text())
    gaps = {}
    for file in report.get("files", []):
        for diagnostic in file.get("diagnostics", []):
            if diagnostic.get("rule") != "DFR-INCOMPLETE":
                continue
            match = re.search(r"\(GLN (\d{13})\) leaves out (.*?), which", diagnostic["message"])
            if match:
                gaps[match.group(1)] = set(match.group(2).split(", "))
    return gaps


def check_schemas(site, reference, strict):
    import jsonschema
    dfr = json.loads((reference / UNTP / "schema/v0.7.0/dfr/DigitalFacilityRecord.json").read_text())
    vc = json.loads((reference / "untp/w3c-vc-data-model/schema/verifiable-credential/verifiable-credential-schema.json").read_text())
    checker = format_checker()
    validators = {"UNTP DFR 0.7.0": jsonschema.Draft202012Validator(dfr, format_checker=checker),
                  "W3C VC 2.0": jsonschema.Draft202012Validator(vc, format_checker=checker)}
    gaps = {} if strict else announced_gaps(site)
    problems = 0
    absent = 0
    files = records(site)
    for path in files:
        document = json.loads(path.read_text())
        for name, validator in validators.items():
            for error in validator.iter_errors(document):
                where = "/".join(map(str, error.absolute_path))
                missing = error.message.split("'")[1] if error.validator == "required" else None
                member = MAY_BE_ABSENT.get((where, missing))
                if member is not None and member in gaps.get(path.stem, set()):
                    absent += 1
                    continue
                problems += 1
                print(f"{path}: {name}: {error.message} at /{where}")
    if absent:
        print(f"{absent} required members absent because the inputs do not give them (each named by a DFR-INCOMPLETE warning)")
    return files, problems


def check_jsonld(site, reference):
    """Every record expanded with pyld as outside_checks.py expands passports and events."""
    return outside_checks.check_jsonld(site, reference, records)


def main():
    command, site, reference = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    if command == "schemas":
        files, problems = check_schemas(site, reference, strict="--strict" in sys.argv[4:])
    else:
        files, problems = {"jsonld": check_jsonld}[command](site, reference)
    if not files:
        print(f"no facilities/*.jsonld in {site}")
        return 1
    print(f"{len(files)} facility records checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
