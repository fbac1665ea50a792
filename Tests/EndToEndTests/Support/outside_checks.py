#!/usr/bin/env python3
"""Outside checks of a published passport site, with tools TextilePassport did not write.

  outside_checks.py schemas SITE REFERENCE   every passport.jsonld against the UNTP DPP 0.6.1
                                             and W3C VC 2.0 JSON schemas (Python jsonschema)
  outside_checks.py jsonld SITE REFERENCE    every passport.jsonld expanded with pyld, contexts
                                             from local files only, compacted back with the same
                                             context: no key path may be lost

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import json
import pathlib
import sys


def passports(site):
    return sorted(pathlib.Path(site).rglob("passport.jsonld"))


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
            for error in validator.iter_errors(document):
                problems += 1
                print(f"{path}: {name}: {error.message} at /{'/'.join(map(str, error.absolute_path))}")
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


def check_jsonld(site, reference):
    from pyld import jsonld
    site = pathlib.Path(site)
    local = {
        "https://www.w3.org/ns/credentials/v2": reference / "untp/w3c-vc-data-model/contexts/credentials/v2",
        "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/": reference / "untp/spec-untp-v0.6.1/data-models/untp-dpp/artefacts/context.jsonld",
    }

    def loader(url, options=None):
        path = local.get(url)
        if path is None and "/contexts/textile-passport/" in url:
            path = site / "contexts/textile-passport" / url.rsplit("/", 1)[1]
        if path is None or not path.exists():
            raise jsonld.JsonLdError(f"no local copy of {url} (network is not used)", "loading document failed")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(path.read_text())}

    options = {"documentLoader": loader}
    problems = 0
    files = passports(site)
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
    return files, problems


def main():
    command, site, reference = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    files, problems = {"schemas": check_schemas, "jsonld": check_jsonld}[command](site, reference)
    if not files:
        print(f"no passport.jsonld below {site}")
        return 1
    print(f"{len(files)} passports checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
