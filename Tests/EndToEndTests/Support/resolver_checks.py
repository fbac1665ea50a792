#!/usr/bin/env python3
"""Outside checks of a site's resolver files, with tools TextilePassport did not write.

  resolver_checks.py schemas SITE REFERENCE BASE_URL
      every linkset (*/linkset.json) against GS1's linkset schema and UNTP 0.7.0's IDR linkset
      schema, and .well-known/gs1resolver against GS1's resolver description file schema (Python
      jsonschema, format checker on); every link target under BASE_URL must be a file of SITE (its
      path decoded once, as a web server decodes it), and
      every linkset must name its own key first (its folder's Digital Link) and each level above it.

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import json
import pathlib
import sys
import urllib.parse


def main():
    import jsonschema
    check, site, reference, base = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
    assert check == "schemas", check
    gs1 = json.loads((reference / "gs1/resolver/linkset/gs1-linkset-schema.json").read_text())
    untp = json.loads((reference / "untp/spec-untp-v0.7.0/artefacts/schema/v0.7.0/idr/LinksetSchema.json").read_text())
    description = json.loads((reference / "gs1/resolver/resolverDescriptionFile.schema.json").read_text())
    checker = jsonschema.FormatChecker()
    problems = []
    linksets = sorted(site.rglob("linkset.json"))
    links = 0
    for path in linksets:
        name = path.relative_to(site)
        document = json.loads(path.read_text())
        for label, schema in (("GS1", gs1), ("UNTP", untp)):
            for error in jsonschema.Draft7Validator(schema, format_checker=checker).iter_errors(document):
                problems.append(f"{name}: {label} linkset schema: {error.message} at {list(error.absolute_path)}")
        anchors = [context["anchor"] for context in document["linkset"]]
        key = base + "/" + str(name.parent)
        # The key, then each level above it: an item's lot (without /21/), the product (without /10/).
        expected = [key]
        for qualifier in ("/21/", "/10/"):
            if qualifier in expected[-1]:
                expected.append(expected[-1].rsplit(qualifier, 1)[0])
        if anchors != expected:
            problems.append(f"{name}: anchors {anchors}, expected {expected}")
        for context in document["linkset"]:
            for relation, targets in context.items():
                if not isinstance(targets, list):
                    continue
                for target in targets:
                    links += 1
                    href = target["href"]
                    # A web server decodes the path once to find the file.
                    if href.startswith(base + "/") and not (site / urllib.parse.unquote(href[len(base) + 1:])).is_file():
                        problems.append(f"{name}: {relation} target {href} is not a file of the site")
    resolver = json.loads((site / ".well-known/gs1resolver").read_text())
    for error in jsonschema.Draft7Validator(description, format_checker=checker).iter_errors(resolver):
        problems.append(f".well-known/gs1resolver: {error.message} at {list(error.absolute_path)}")
    for problem in problems:
        print(problem)
    print(f"{len(linksets)} linksets ({links} links) and the description file checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
