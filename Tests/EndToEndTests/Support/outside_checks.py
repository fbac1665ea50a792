#!/usr/bin/env python3
"""Outside checks of a published passport site, with tools TextilePassport did not write.

  outside_checks.py schemas SITE REFERENCE   every passport.jsonld against the UNTP DPP JSON
                                             schema of the version its @context names (0.6.1 or
                                             0.7.0) and the W3C VC 2.0 one (Python jsonschema)
  outside_checks.py jsonld SITE REFERENCE    every passport.jsonld expanded with pyld, contexts
                                             from local files only, compacted back with the same
                                             context: no key path may be lost; the textile
                                             contexts have no @vocab and define no term of the
                                             UNTP context of their version; every type and id
                                             must expand to an IRI
  outside_checks.py event-schemas SITE REFERENCE
                                             every events/*.jsonld against the UNTP 0.7.0
                                             DigitalTraceabilityEvent schema, each lifecycle event
                                             against the schema of its type (MakeEvent, MoveEvent,
                                             ModifyEvent), and the W3C VC 2.0 schema
  outside_checks.py event-jsonld SITE REFERENCE
                                             every events/*.jsonld expanded with pyld as above
  outside_checks.py nodes SITE REFERENCE     every passport.jsonld to RDF (pyld, N-Quads): the
                                             credential (and the 0.6.1 passport subject) and the
                                             product are distinct nodes, and no node links to itself

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import json
import pathlib
import re
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


# The UNTP DPP context of each version, and where the reference folder holds it and the schema.
UNTP_CONTEXTS = {
    "0.6.1": "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/",
    "0.7.0": "https://vocabulary.uncefact.org/untp/0.7.0/context/",
}
UNTP_CONTEXT_FILES = {
    "0.6.1": "untp/spec-untp-v0.6.1/data-models/untp-dpp/artefacts/context.jsonld",
    "0.7.0": "untp/spec-untp-v0.7.0/artefacts/contexts/v0.7.0/untp-context.jsonld",
}
UNTP_SCHEMAS = {
    "0.6.1": "untp/spec-untp-v0.6.1/data-models/untp-dpp/artefacts/untp-dpp-schema.json",
    "0.7.0": "untp/spec-untp-v0.7.0/artefacts/schema/v0.7.0/dpp/DigitalProductPassport.json",
}


# The formats the UNTP and VC schemas use that jsonschema checks only when an optional package is
# installed (rfc3987 for the URI and IRI ones, rfc3339-validator for date-time); without it the
# format checker passes every value of that format silently.
CHECKED_FORMATS = ("uri", "uri-reference", "iri", "date-time")


def format_checker():
    """jsonschema's format checker; stops the check when it would skip one of `CHECKED_FORMATS`."""
    import jsonschema
    checker = jsonschema.FormatChecker()
    missing = [name for name in CHECKED_FORMATS if name not in checker.checkers]
    if missing:
        sys.exit(f"jsonschema cannot check the formats {', '.join(missing)}: install rfc3987 and rfc3339-validator (make test-deps)")
    return checker


def version(document):
    """The UNTP version whose context the document names, or None."""
    contexts = document.get("@context", [])
    contexts = contexts if isinstance(contexts, list) else [contexts]
    return next((v for v, url in UNTP_CONTEXTS.items() if url in contexts), None)


def check_schemas(site, reference):
    import jsonschema
    vc = json.loads((reference / "untp/w3c-vc-data-model/schema/verifiable-credential/verifiable-credential-schema.json").read_text())
    checker = format_checker()
    vc_validator = jsonschema.Draft202012Validator(vc, format_checker=checker)
    untp_validators = {v: jsonschema.Draft202012Validator(json.loads((reference / f).read_text()), format_checker=checker)
                       for v, f in UNTP_SCHEMAS.items()}
    problems = 0
    files = passports(site)
    for path in files:
        document = json.loads(path.read_text())
        v = version(document)
        if v is None:
            problems += 1
            print(f"{path}: the @context names no UNTP DPP version")
            continue
        for name, validator in {f"UNTP DPP {v}": untp_validators[v], "W3C VC 2.0": vc_validator}.items():
            problems += report_schema_errors(path, name, validator, document)
    return files, problems


def check_event_schemas(site, reference):
    import jsonschema
    folder = reference / "untp/spec-untp-v0.7.0/artefacts/schema/v0.7.0/dte"
    checker = format_checker()

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


def local_loader(site, reference):
    """A pyld document loader that reads the VC, UNTP and textile contexts from local files only."""
    from pyld import jsonld
    local = {"https://www.w3.org/ns/credentials/v2": reference / "untp/w3c-vc-data-model/contexts/credentials/v2"}
    local.update({UNTP_CONTEXTS[v]: reference / f for v, f in UNTP_CONTEXT_FILES.items()})

    def loader(url, options=None):
        path = local.get(url)
        if path is None and "/contexts/textile-passport/" in url:
            path = site / "contexts/textile-passport" / url.rsplit("/", 1)[1]
        if path is None or not path.exists():
            raise jsonld.JsonLdError(f"no local copy of {url} (network is not used)", "loading document failed")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(path.read_text())}
    return loader


def context_problems(site, reference, files):
    """The textile contexts the passports name: no @vocab anywhere, and no term of the UNTP
    context of the passport's version (which protects its terms) defined otherwise."""
    problems = []
    checked = set()
    for path in files:
        document = json.loads(path.read_text())
        v = version(document)
        textile = [url for url in document.get("@context", []) if "/contexts/textile-passport/" in url]
        if v is None or not textile:
            continue
        context_path = site / "contexts/textile-passport" / textile[0].rsplit("/", 1)[1]
        if (context_path, v) in checked or not context_path.exists():
            continue
        checked.add((context_path, v))
        text = context_path.read_text()
        if '"@vocab"' in text:
            problems.append(f"{context_path}: has an @vocab")
        untp = json.loads((reference / UNTP_CONTEXT_FILES[v]).read_text())["@context"]
        for term, definition in json.loads(text)["@context"].items():
            if term.startswith("@") or term not in untp:
                continue
            iri = lambda d: d if isinstance(d, str) else d.get("@id")
            if iri(definition) != iri(untp[term]) or isinstance(definition, dict) and definition != untp[term]:
                problems.append(f"{context_path}: redefines '{term}', a term of the UNTP {v} context")
    return problems


# The base that relative IRIs are resolved against, so that they can be told from absolute ones.
UNRESOLVED = "https://unresolved.invalid/"
# Credential types the UNTP 0.7.0 schemas require that its context defines no term for (UNTP's own
# samples use them alike): reported as a note, not a problem.
UNDEFINED_BY_UNTP = {"DigitalTraceabilityEvent", "DigitalProductPassport", "DigitalFacilityRecord"}


def unresolved_iris(expanded):
    """The types and ids of an expanded JSON-LD document that expanded to no IRI of their own."""
    return {text[len(UNRESOLVED):] for text in re.findall(r'"([^"]*)"', json.dumps(expanded)) if text.startswith(UNRESOLVED)}


def check_jsonld(site, reference, files=passports):
    from pyld import jsonld
    site = pathlib.Path(site)
    options = {"documentLoader": local_loader(site, reference), "base": UNRESOLVED}
    problems = 0
    files = files(site)
    for problem in context_problems(site, reference, files):
        problems += 1
        print(problem)
    for path in files:
        document = json.loads(path.read_text())
        try:
            expanded = jsonld.expand(document, options)
            compacted = jsonld.compact(expanded, {"@context": document["@context"]}, options)
        except Exception as error:  # pyld raises its own error types
            problems += 1
            print(f"{path}: JSON-LD processing failed: {error}")
            continue
        lost = key_paths(document) - key_paths(compacted)
        for path_lost in sorted(lost):
            problems += 1
            print(f"{path}: dropped by JSON-LD expansion: {path_lost}")
        for name in sorted(unresolved_iris(expanded)):
            if name in UNDEFINED_BY_UNTP:
                print(f"note: {path}: type {name} has no term in the UNTP 0.7.0 context, which its schema requires")
                continue
            problems += 1
            print(f"{path}: {name} has no term in the contexts: it expands to no IRI")
    return files, problems


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# The local names of the types of the credential and, in 0.6.1, of the passport it holds.
PASSPORT_TYPES = {"VerifiableCredential", "DigitalProductPassport", "ProductPassport", "TextileProductPassport"}


def local_name(iri):
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def check_nodes(site, reference):
    from pyld import jsonld
    site = pathlib.Path(site)
    loader = local_loader(site, reference)
    problems = 0
    files = passports(site)
    for path in files:
        document = json.loads(path.read_text())
        try:
            dataset = jsonld.to_rdf(document, {"documentLoader": loader})
        except Exception as error:  # pyld raises its own error types
            problems += 1
            print(f"{path}: JSON-LD to RDF failed: {error}")
            continue
        # The default graph: the credential and what it says (the proof graphs are not used here).
        triples = [(t["subject"]["value"], t["predicate"]["value"], t["object"]) for t in dataset.get("@default", [])]
        types = {}
        for subject, predicate, obj in triples:
            if predicate == RDF_TYPE:
                types.setdefault(subject, set()).add(local_name(obj["value"]))
        passport_nodes = {node for node, names in types.items() if names & PASSPORT_TYPES}
        product_nodes = {node for node, names in types.items() if "Product" in names}
        if not passport_nodes or not product_nodes:
            problems += 1
            print(f"{path}: no credential node ({len(passport_nodes)}) or no product node ({len(product_nodes)}) in RDF")
        for node in sorted(passport_nodes & product_nodes):
            problems += 1
            print(f"{path}: {node} is both a passport ({sorted(types[node] & PASSPORT_TYPES)}) and a Product")
        for subject, predicate, obj in triples:
            if obj["type"] in ("IRI", "blank node") and obj["value"] == subject:
                problems += 1
                print(f"{path}: {subject} links to itself by {predicate}")
    return files, problems


def main():
    command, site, reference = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    checks = {"schemas": check_schemas, "jsonld": check_jsonld, "nodes": check_nodes, "event-schemas": check_event_schemas,
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
