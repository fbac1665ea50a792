#!/usr/bin/env python3
"""dpp validate beside dppvalidator (PyPI) on Fixtures/invalid and the demo passports.

Usage (from the package root): python3 Benchmarks/validate/compare.py [--dpp PATH] [--profile textile-v1|textile-v2]

dpp checks each fixture with the profile it is meant for (us-cashmere for US-CASHMERE-*,
eu-textile otherwise) on 2026-09-01. dppvalidator runs with its textile profile twice: on the
files as they are, and on copies whose EPCIS event links (urn:uuid) are rewritten to https URLs,
because its model layer refuses non-http links and then runs none of its rules. Its findings on
the valid demo passports are its baseline; a fixture's findings beyond the baseline are what it
detected. Prints the Markdown tables of BENCHMARKS.md's "Exporter checks" section.
"""
import argparse
import json
import os
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
INVALID = ROOT / "Fixtures" / "invalid"

# Why each rule's defect matters, for the "who is right" column (dppvalidator has no such check).
WHY = {
    "TXT-COMPOSITION-SUM": "Reg. 1007/2011 Art. 9: the composition gives every fibre's share by weight; shares that add up to 95% are false",
    "TXT-COMPONENT-WEIGHT-SUM": "components that make up 105% of the weight cannot all be true",
    "TXT-FIBRE-NAME": "Art. 5: only Annex I names may be used for fibre composition",
    "TXT-FIBRE-LABEL": "Art. 5(1): 'baby cashmere', 'Mongolian cashmere', 'merino' are not Annex I names and may not stand in the composition",
    "TXT-COMPOSITION-ORDER": "Art. 9(1): fibres are listed in descending order of weight",
    "TXT-OTHER-FIBRES": "Art. 9: 'other fibres' may cover at most 15% together",
    "TXT-PURE-LABEL": "Art. 7: '100%', 'pure' or 'all' only for a single fibre within the 2% (carded 5%) tolerance",
    "TXT-DECORATIVE-FIBRE": "Art. 10(1): only up to 7% of decorative fibres may be left out of the composition",
    "TXT-ANTISTATIC-FIBRE": "Art. 10(2): only up to 2% of antistatic fibres may be left out",
    "TXT-COMPONENT-COMPOSITION": "Art. 11: main linings always state their composition",
    "TXT-ANIMAL-PARTS": "Art. 12: the label must say 'Contains non-textile parts of animal origin'",
    "TXT-VIRGIN-WOOL": "Art. 8: 'virgin wool' only for wool never used before (no recycled share), in blends at least 25% wool, with one other fibre in a carded blend, the full percentages given",
    "TXT-LABEL-FIBRE-UNLISTED": "Art. 5(2): an Annex I name is not used for other fibres, alone or as an adjective; the label names one the composition does not list",
    "ESPR-GRANULARITY": "ESPR Art. 9-10: the passport says whether it is per model, batch or item (set by the delegated act)",
    "ESPR-GTIN": "ESPR Annex III: a unique product identifier (the GTIN)",
    "ESPR-COMMODITY-CODE": "ESPR Annex III: the commodity code; 4202 (handbags) is not a textile heading, so this is not a textile passport",
    "ESPR-MANUFACTURER": "ESPR Annex III: the manufacturer's unique operator identifier",
    "ESPR-FACILITY": "ESPR Annex III: the unique facility identifier",
    "ESPR-IMPORTER": "ESPR Annex III: the importer of goods placed on the EU market",
    "ESPR-IMPORTER-EORI": "ESPR Annex III: the importer's EORI; an EU importer's EORI starts with an EU country code",
    "ESPR-CARE": "ESPR Art. 7(2)(b): information for consumers on use and maintenance (care)",
    "ESPR-REPAIR": "ESPR Art. 7(2)(b): information on repair",
    "ESPR-RECYCLED-CONTENT": "ESPR Art. 7(2)(b): recycled content must be disclosed; 0 is a disclosure, silence is not",
    "ESPR-SUBSTANCES": "ESPR Art. 7(5): substances of concern must be disclosed; an empty list says 'none'",
    "CERT-NOT-VALID": "a certificate outside its validity on the shipping date backs nothing",
    "CERT-UNLISTED": "an origin cites a certificate the passport does not describe: it cannot be checked",
    "CERT-HOLDER": "a certificate backs only what its holder did; this holder is not in the chain",
    "CERT-SCOPE": "the certificate cited for the silk covers cotton only",
    "CLAIM-NO-EVIDENCE": "Directive 2024/825: an environmental or social claim needs evidence",
    "CLAIM-GENERIC": "Directive 2024/825 Annex I 4a: generic environmental claims without recognised excellent performance are banned",
    "ID-GTIN": "a GTIN with a wrong check digit identifies no product",
    "ID-GLN": "a GLN with a wrong check digit identifies no party",
    "ID-DIGITAL-LINK": "the origin lot's Digital Link carries a GTIN with a wrong check digit",
    "ID-LINK-MISMATCH": "the identifier and the batch number name different lots",
    "ID-GRANULARITY": "an item-level passport needs a serial number in its identifier",
    "TRACE-ORIGIN-SHARES": "origin shares that add up to 1.1 are impossible",
    "TRACE-COVERAGE": "the profile asks for 95% of the fibre mass traced; 90% is not enough",
    "TRACE-SHARE-MISSING": "the passport must say how much of the fibre was traced",
    "TRACE-VERIFIED-RATIO": "each process must say what share was verified",
    "TRACE-ORIGIN-FIBRE": "an origin supplies yak but the composition declares camel: one of them is false",
    "SCHEMA-MINITEMS": "the passport breaks the textile passport schema: @context lacks the textile context",
    "SCHEMA-EXCLUSIVEMINIMUM": "the passport breaks the textile passport schema: a fibre's share is above 0",
    "US-CASHMERE-DIAMETER": "15 U.S.C. 68b(a)(6): cashmere has a mean diameter of at most 19 µm",
    "US-CASHMERE-COARSE": "15 U.S.C. 68b(a)(6): at most 3% by weight over 30 µm",
    "US-CASHMERE-CV": "15 U.S.C. 68b(a)(6): coefficient of variation at most 24%",
    "US-CASHMERE-NO-TEST": "without a fibre test the US cashmere definition cannot be shown to be met",
}


def dpp_errors(binary, profile, paths):
    result = subprocess.run([binary, "validate", "--profile", profile, "--at", "2026-09-01", "--format", "json", *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    report = json.loads(result.stdout)
    return {pathlib.Path(f["path"]).name: sorted({d["rule"] for d in f["diagnostics"] if d["severity"] == "error"}) for f in report["files"]}


def dppvalidator(profile, paths):
    result = subprocess.run(["dppvalidator", "validate", "--profile", profile, "--format", "json", *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    report = json.loads(result.stdout)
    files = report["files"] if "files" in report else [{"path": paths[0], "result": report}]
    verdicts = {}
    for f in files:
        r = f["result"]
        findings = {(e["code"], e["severity"]) for key in ("errors", "warnings", "info") for e in r.get(key, [])}
        verdicts[pathlib.Path(f["path"]).name] = (r["valid"], findings)
    return verdicts


def https_links(source, target):
    """A copy of `source` whose urn:uuid event links are https URLs."""
    document = json.loads(source.read_text())
    for process in document.get("credentialSubject", {}).get("traceabilityInformation", []):
        for link in process.get("traceabilityEvent", []):
            if link.get("linkURL", "").startswith("urn:uuid:"):
                link["linkURL"] = "https://events.example.com/" + link["linkURL"][len("urn:uuid:"):]
    target.write_text(json.dumps(document))


def show(findings):
    return ", ".join(f"{code} ({severity})" for code, severity in sorted(findings)) or "none"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpp", default=str(ROOT / ".build" / "release" / "dpp"))
    parser.add_argument("--profile", default="textile-v2", help="dppvalidator's textile profile")
    args = parser.parse_args()
    fixtures = sorted(p.stem for p in INVALID.glob("*.jsonld"))
    rules = {name: (INVALID / f"{name}.rule").read_text().strip() for name in fixtures}
    readme = {line.split("|")[1].strip(" `"): line.split("|")[4].strip() for line in (INVALID / "README.md").read_text().splitlines()
              if line.startswith("| `")}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run([args.dpp, "demo", "--out", str(tmp / "site")], check=True, stdout=subprocess.DEVNULL)
        demo = sorted((tmp / "site" / "01").glob("*/10/*/passport.jsonld"))
        (tmp / "demo").mkdir()
        demo_named = []
        for path in demo:
            named = tmp / "demo" / (path.parent.name + ".jsonld")
            named.write_bytes(path.read_bytes())
            demo_named.append(named)
        ours = dpp_errors(args.dpp, "eu-textile", [str(INVALID / f"{n}.jsonld") for n in fixtures if not rules[n].startswith("US-")])
        ours.update(dpp_errors(args.dpp, "us-cashmere", [str(INVALID / f"{n}.jsonld") for n in fixtures if rules[n].startswith("US-")]))
        ours_demo = dpp_errors(args.dpp, "us-cashmere", [str(p) for p in demo_named])
        raw = dppvalidator(args.profile, [str(INVALID / f"{n}.jsonld") for n in fixtures] + [str(p) for p in demo_named])
        (tmp / "https").mkdir()
        for name in fixtures:
            https_links(INVALID / f"{name}.jsonld", tmp / "https" / f"{name}.jsonld")
        for path in demo_named:
            https_links(path, tmp / "https" / path.name)
        fixed = dppvalidator(args.profile, [str(tmp / "https" / f"{n}.jsonld") for n in fixtures] + [str(tmp / "https" / p.name) for p in demo_named])

    baseline_raw = set.intersection(*(raw[p.name][1] for p in demo_named))
    baseline = set.intersection(*(fixed[p.name][1] for p in demo_named))
    print(f"dppvalidator {args.profile}; dpp profiles eu-textile (us-cashmere for US-CASHMERE-*), checked on 2026-09-01.\n")
    print("### The valid demo passports\n")
    print("| passport | dpp | dppvalidator, files as they are | dppvalidator, event links as https |")
    print("| --- | --- | --- | --- |")
    for path in demo_named:
        verdict = "valid" if not ours_demo[path.name] else "invalid: " + ", ".join(ours_demo[path.name])
        r, f = raw[path.name], fixed[path.name]
        print(f"| `{path.stem}` | {verdict} | {'valid' if r[0] else 'invalid'}: {show(r[1])} | {'valid' if f[0] else 'invalid'}: {show(f[1])} |")
    print("\n### The invalid fixtures\n")
    print(f"dppvalidator's baseline (what it reports on every valid demo passport) is left out: {show(baseline)} with https links, {show(baseline_raw)} as they are.\n")
    print("| fixture | defect | dpp | dppvalidator beyond its baseline | who is right, and why |")
    print("| --- | --- | --- | --- | --- |")
    agree = 0
    for name in fixtures:
        rule = rules[name]
        extra = fixed[name + ".jsonld"][1] - baseline
        extra_raw = raw[name + ".jsonld"][1] - baseline_raw
        found = show(extra) if extra else "nothing"
        if extra_raw and extra_raw != extra:
            found += f" (as they are: {show(extra_raw)})"
        caught = ours[name + ".jsonld"] == [rule]
        right = "dpp" if caught and not extra else ("both" if caught else "dppvalidator")
        if right == "both":
            agree += 1
        print(f"| `{name}` | {readme.get(name, '')} | {', '.join(ours[name + '.jsonld']) or 'valid'} | {found} | {right}: {WHY.get(rule, '')} |")
    print(f"\n{len(fixtures)} fixtures: dpp raises exactly the planted rule on {sum(ours[n + '.jsonld'] == [rules[n]] for n in fixtures)}; "
          f"dppvalidator reports something beyond its baseline on {sum(bool(fixed[n + '.jsonld'][1] - baseline) for n in fixtures)}.")


if __name__ == "__main__":
    main()
