#!/usr/bin/env python3
"""Outside checks of a published passport site, with tools TextilePassport did not write.

  outside_checks.py schemas SITE REFERENCE   every passport.jsonld against the UNTP DPP 0.6.1
                                             and W3C VC 2.0 JSON schemas (Python jsonschema)
  outside_checks.py jsonld SITE REFERENCE    every passport.jsonld expanded with pyld, contexts
                                             from local files only, compacted back with the same
                                             context: no key path may be lost, and
                                             every type and id must expand to an IRI
  outside_checks.py event-schemas SITE REFERENCE
                                             every events/*.jsonld against the UNTP 0.7.0
                                             DigitalTraceabilityEvent schema, each lifecycle event
                                             against the schema of its type (MakeEvent, MoveEvent,
                                             ModifyEvent), and the W3C VC 2.0 schema
  outside_checks.py event-jsonld SITE REFERENCE
                                             every events/*.jsonld expanded with pyld as above

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import json
import re
import pathlib
import sys


def passports(site):
    return sorted(pathlib.Path(site).rglob("passport.jsonld"))


def events(site):
    return sorted((pathlib.Path(site) / "events").glob("*.jsonld"))


def report_schema_errors(path, name, validator, instance, prefix=""):
    problems = 0
    for error in validator.iter_errors(instance):
        problems += 1
        print(f"{path}: {name}: {error.message} at {prefix}/{'/'.join(map(str, error.absolute_path))}")
    return problems


def check_schemas(site, reference):
    import jsonschema
    untp = json.loads((reference / "untp/spec-untp-v0.6.1/data-models/untp-dpp/artefacts/untp-dpp-schema.json").read_text())
    vc = json.loads((reference / "untp/w3c-vc-data-model/schema/verifiable-credential/verifiable-credential-schema.json").read_text())
    checker = jsonschema.FormatChecker()
    validators = {"UNTP DPP 0.6.1": jsonschema.Draft202012Validator(untp, format_checker=checker),
                  "W3C VC 2.0": jsonschema.Draft202012Validator(vc, format_checker=checker)}
    problems = 0
    files = passports(site)
    for path in files:
        document = json.loads(path.read_text())
        for name, validator in validators.items():
            problems += report_schema_errors(path, name, validator, document)
    return files, problems


def check_event_schemas(site, reference):
    import jsonschema
    folder = reference / "untp/spec-untp-v0.7.0/artefacts/schema/v0.7.0/dte"
    checker = jsonschema.FormatChecker()

    def validator(path):
        return jsonschema.Draft202012Validator(json.loads(path.read_text()), format_checker=checker)

    vc = reference / "untp/w3c-vc-data-model/schema/verifiable-credential/verifiable-credential-schema.json"
    credential = {"UNTP 0.7.0 DigitalTraceabilityEvent": validator(folder / "DigitalTraceabilityEvent.json"),
                  "W3C VC 2.0": validator(vc)}
    lifecycle = {kind: validator(folder / f"{kind}.json") for kind in ("MakeEvent", "MoveEvent", "ModifyEvent")}
    problems = 0
    files = events(site)
    for path in files:
        document = json.loads(path.read_text())
        for name, schema in credential.items():
            problems += report_schema_errors(path, name, schema, document)
        for index, subject in enumerate(document.get("credentialSubject", [])):
            kinds = [kind for kind in lifecycle if kind in subject.get("type", [])]
            if len(kinds) != 1:
                problems += 1
                print(f"{path}: lifecycle event {index} is not one of {', '.join(lifecycle)}: {subject.get('type')}")
                continue
            problems += report_schema_errors(path, f"UNTP 0.7.0 {kinds[0]}", lifecycle[kinds[0]], subject, f"/credentialSubject/{index}")
    return files, problems


def key_paths(value, prefix=""):
    paths = set()
    if isinstance(value, dict):
        for key, member in value.items():
            if key == "@context":
                continue
            path = f"{prefix}/{key}"
            paths.add(path)
            paths |= key_paths(member, path)
    elif isinstance(value, list):
        for member in value:
            paths |= key_paths(member, prefix)
    return paths


# The base that relative IRIs are resolved against, so that they can be told from absolute ones.
UNRESOLVED = "https://unresolved.invalid/"
# Types the UNTP 0.7.0 schemas require that its context defines no term for (UNTP's own samples
# use them alike): reported as a note, not a problem.
UNDEFINED_BY_UNTP = {"DigitalTraceabilityEvent"}


def unresolved_iris(expanded):
    """The types and ids of an expanded JSON-LD document that expanded to no IRI of their own."""
    return {text[len(UNRESOLVED):] for text in re.findall(r'"([^"]*)"', json.dumps(expanded)) if text.startswith(UNRESOLVED)}


def check_jsonld(site, reference, files=passports):
    from pyld import jsonld
    site = pathlib.Path(site)
    local = {
        "https://www.w3.org/ns/credentials/v2": reference / "untp/w3c-vc-data-model/contexts/credentials/v2",
        "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/": reference / "untp/spec-untp-v0.6.1/data-models/untp-dpp/artefacts/context.jsonld",
        "https://vocabulary.uncefact.org/untp/0.7.0/context/": reference / "untp/spec-untp-v0.7.0/artefacts/contexts/v0.7.0/untp-context.jsonld",
    }

    def loader(url, options=None):
        path = local.get(url)
        if path is None and "/contexts/textile-passport/" in url:
            path = site / "contexts/textile-passport" / url.rsplit("/", 1)[1]
        if path is None or not path.exists():
            raise jsonld.JsonLdError(f"no local copy of {url} (network is not used)", "loading document failed")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(path.read_text())}

    options = {"documentLoader": loader, "base": UNRESOLVED}
    problems = 0
    files = files(site)
    for path in files:
        document = json.loads(path.read_text())
        try:
            expanded = jsonld.expand(document, options)
            compacted = jsonld.compact(expanded, {"@context": document["@context"]}, options)
        except Exception as error:  # pyld raises its own error types
            problems += 1
            print(f"{path}: JSON-LD processing failed: {error}")
            continue
        for name in sorted(unresolved_iris(expanded)):
            if name in UNDEFINED_BY_UNTP:
                print(f"note: {path}: type {name} has no term in the UNTP 0.7.0 context, which its schema requires")
                continue
            problems += 1
            print(f"{path}: {name} has no term in the contexts: it expands to no IRI")
        lost = key_paths(document) - key_paths(compacted)
        for path_lost in sorted(lost):
            problems += 1
            print(f"{path}: dropped by JSON-LD expansion: {path_lost}")
    return files, problems


def main():
    command, site, reference = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    checks = {"schemas": check_schemas, "jsonld": check_jsonld, "event-schemas": check_event_schemas,
              "event-jsonld": lambda site, reference: check_jsonld(site, reference, events)}
    files, problems = checks[command](site, reference)
    what = "traceability events" if command.startswith("event-") else "passports"
    if not files:
        print(f"no {what} below {site}")
        return 1
    print(f"{len(files)} {what} checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
