#!/usr/bin/env python3
"""dppvalidator (PyPI) on dpp's UNTP 0.7.0 demo passports: every finding, counted, with who is right.

Usage (from the package root):
  swift build --product dpp
  python3 Benchmarks/peer/dppvalidator_agreement.py [--dpp PATH] [--reference DIR]

Publishes the demo (UNTP 0.7.0, the default) into a temporary folder and runs
`dppvalidator validate --format json` on every passport four ways: as it is, with --strict, and
with its textile-v2 profile without and with --strict. Prints one Markdown table: each finding
(rule, severity, member with list indices dropped), on how many passports each run raised it,
the verdict and the text that decides it. Then the same dppvalidator --strict on UNTP's own 0.7.0
sample passports (from the reference folder), for comparison. A finding this script has no
verdict for is printed as "not judged" and the script exits 1, so that a finding of another
dppvalidator release cannot pass unseen.
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]

RUNS = {
    "default": [],
    "--strict": ["--strict"],
    "textile-v2": ["--profile", "textile-v2"],
    "textile-v2 --strict": ["--profile", "textile-v2", "--strict"],
}

SAMPLES = "untp/spec-untp-v0.7.0/artefacts/samples/v0.7.0/dpp"

UNTP_SPEC = "UNTP 0.7.0"
DPP_PAGE = f"{UNTP_SPEC} DigitalProductPassport.md"
SCHEMA = f"{UNTP_SPEC} DigitalProductPassport.json"
STRICT = ("`--strict` turns every `additionalProperties: true` of the schema into `false` "
          "(`validators/schema.py`, `_set_additional_properties_false`), so it rejects what the "
          "schema explicitly allows")
EXTENSIONS = ("VerifiableCredentials.md: issuers \"MAY extend credentials with additional properties but, "
              "if so, MUST include additional @context file reference that defines the extended properties\"; "
              "our textile context defines each of these members")
PEER_PILOT = ("its textile-v2 pack implements the CIRPASS-2 pilot's \"MVP Textile DPP v2\", not a "
              "published rule: no textile delegated act under ESPR has been adopted")

# (rule, member) -> (verdict, the text that decides it). A member of None matches any.
VERDICTS = {
    ("CQ016", "$.validUntil"): (
        "peer's mistake",
        f"{SCHEMA}: `validUntil` is not required, \"The expiry date (if applicable) of this verifiable "
        "credential\"; VC Data Model 2.0: if present it is when \"the credential ceases to be valid\". "
        "ESPR Art. 9(2)(i) is a different thing: the delegated act sets \"the period during which the "
        "digital product passport is to remain available\", at least the product's expected lifetime. "
        "A garment's fibre composition and origins do not expire, so the passport states no expiry."),
    ("PRT001", "$.credentialSubject.relatedParty[].role"): (
        "peer's mistake",
        f"{SCHEMA} `$defs.PartyRole.properties.role.enum` has 20 roles, `importer` among them (so has the "
        "copy dppvalidator bundles, `untp-dpp-schema-0.7.0.json`); the \"closed-6\" the message cites "
        "exists in neither. ESPR Annex III (j) asks for the importer's details and EORI: remapping the "
        "importer to `manufacturer`, as suggested, would misstate who the party is."),
    ("SCH010", "$.credentialSubject.characteristics"): (
        "peer's mistake",
        f"{DPP_PAGE}, Characteristics: \"an open extension point for industry-specific product attributes "
        "not covered by the core model. The schema uses `additionalProperties: true`, so any key-value "
        f"pairs can be added\" (requirement DPP-07). {STRICT}. UNTP's own battery sample fails it the same way."),
    ("SCH010", "$.credentialSubject.materialProvenance[]"): (
        "peer's mistake",
        f"{SCHEMA}: `$defs.Material` has `additionalProperties: true`; {EXTENSIONS} (the origin lot, "
        f"producer, region, harvest). {STRICT}."),
    ("SCH010", "$.credentialSubject.relatedParty[].party"): (
        "peer's mistake",
        f"{SCHEMA}: `$defs.Party` has `additionalProperties: true` and no EORI member, while ESPR Annex III "
        f"(j) asks for the importer's EORI number; {EXTENSIONS} (`eori` is `tp:eori`). {STRICT}."),
    ("TXT001", "$.credentialSubject.productCategory"): (
        "peer's mistake",
        "Raised on the knitted beanie, HS 6505 (\"hats and other headgear, knitted\"), chapter 65. "
        "Regulation 1007/2011 Art. 2(a) treats \"products containing at least 80 % by weight of textile "
        "fibres\" as textile products whatever their HS chapter; the rule only accepts chapters 50-63."),
    ("TXT003", "$.credentialSubject.performanceClaim"): (
        "peer's mistake",
        "No passport has a synthetic fibre (the materials' codes are cashmere, yak, silk, camel and wool). "
        "The rule looks for fibre abbreviations as substrings of the material's name: \"EL\" (elastane) in "
        "\"Camel\", \"PL\" (polyester) in \"Example Silk Weaving Co.\"."),
    ("TXT004", "$.credentialSubject.performanceClaim"): (
        "peer's rule, no specification's",
        f"{PEER_PILOT}. It wants a `performanceClaim` whose topic contains the word \"durability\"; UNTP 0.7.0's "
        "topic vocabulary (`untp-topics.jsonld`) has no such topic. The passports give each durability test "
        "(ISO method, result, unit) in `characteristics.durability`, UNTP's place for product attributes."),
    ("TXT005", "$.credentialSubject.relatedDocument"): (
        "peer's rule, no specification's; left",
        f"{PEER_PILOT}. {SCHEMA}: `Link` requires only `linkURL` and `linkName`; `mediaType` is optional. "
        "Care is given in `characteristics.care`. Giving the consumer page's `mediaType` (`text/html`) is "
        "cheap and left to the rework of `relatedDocument`."),
    ("TXT006", "$.credentialSubject"): (
        "peer's rule, no specification's; left",
        f"{PEER_PILOT}. The passports disclose recycled content as `characteristics.recycledContentPercent` "
        f"(0); {SCHEMA}'s `Material.recycledMassFraction`, which the rule reads, is optional. Writing it on "
        "each origin lot (0: fibre from a herd is virgin) is left to the rework of the origins."),
    ("TXT007", "$.credentialSubject.relatedDocument"): (
        "peer's rule, no specification's",
        f"{PEER_PILOT} (info only). Repair instructions and their link are in `characteristics.repair`."),
}


def normalised(path):
    """The member a finding names, with list indices dropped."""
    return re.sub(r"\[\d+\]", "[]", path)


def results(output):
    """Each file's result in dppvalidator's JSON output (one file, or several under `files`)."""
    document = json.loads(output)
    return [entry["result"] for entry in document["files"]] if "files" in document else [document]


def findings(files, options):
    """(rule, severity, member) -> the number of files it was raised on."""
    run = subprocess.run(["dppvalidator", "validate", *options, "--format", "json", *map(str, files)],
                         capture_output=True, text=True)
    if not run.stdout.strip():
        sys.exit(f"dppvalidator {' '.join(options)} printed nothing: {run.stderr}")
    counts = collections.Counter()
    for result in results(run.stdout):
        raised = {(f["code"], f["severity"], normalised(f["path"]))
                  for key in ("errors", "warnings", "info") for f in result.get(key, [])}
        counts.update(raised)
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpp", default=str(ROOT / ".build/debug/dpp"))
    parser.add_argument("--reference", default=str(ROOT.parent / "shared/reference"))
    args = parser.parse_args()
    version = subprocess.run(["dppvalidator", "--version"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        demo = subprocess.run([args.dpp, "demo", "--out", str(site)], capture_output=True, text=True)
        if demo.returncode != 0:
            sys.exit(f"dpp demo failed: {demo.stderr}")
        passports = sorted(site.glob("01/*/10/*/passport.jsonld"))
        by_run = {name: findings(passports, options) for name, options in RUNS.items()}
    rows = sorted(set().union(*by_run.values()), key=lambda f: (f[0], f[2]))
    judged = True
    print(f"{version} on the {len(passports)} UNTP 0.7.0 demo passports of `dpp demo`; passports raising each finding:\n")
    print("| rule (severity) | member | " + " | ".join(f"`{name}`" for name in RUNS) + " | verdict | the text that decides it |")
    print("| --- | --- | " + " | ".join("---:" for _ in RUNS) + " | --- | --- |")
    for code, severity, member in rows:
        verdict, text = VERDICTS.get((code, member), ("not judged", ""))
        judged = judged and verdict != "not judged"
        counts = " | ".join(str(by_run[name].get((code, severity, member), 0)) for name in RUNS)
        print(f"| {code} ({severity}) | `{member}` | {counts} | **{verdict}** | {text} |")
    print()
    for name, counts in by_run.items():
        failing = {f for f in counts if f[1] == "error"}
        print(f"- `{name}`: {sum(1 for f in failing)} error finding(s)"
              f"{', ' + ', '.join(sorted({f[0] for f in failing})) if failing else ''}.")
    samples = sorted((pathlib.Path(args.reference) / SAMPLES).glob("*.json"))
    if samples:
        strict = findings(samples, ["--strict"])
        shown = ", ".join(f"{code} ({severity}) at `{member}` on {n}" for (code, severity, member), n in sorted(strict.items()))
        print(f"\nUNTP's own {len(samples)} 0.7.0 sample passports, `dppvalidator validate --strict`: {shown or 'nothing'}.")
    else:
        print("\nUNTP's own samples are not in the reference folder: not compared.")
    return 0 if judged else 1


if __name__ == "__main__":
    sys.exit(main())
