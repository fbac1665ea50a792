#!/usr/bin/env python3
"""Writes Fixtures/invalid/: passports with exactly one planted defect each, derived from the
valid demo passports so that they stay in step with the passport format.

Usage: python3 Fixtures/tools/make-invalid-fixtures.py [--dpp PATH-TO-dpp]

It runs `dpp demo --untp VERSION` into a temporary folder for each UNTP version (the demo passports
are valid under the eu-textile and us-cashmere profiles on 2026-09-01), applies one mutation per
fixture where that version puts the member, and writes `<name>.jsonld` (the passport) and
`<name>.rule` (the one rule id it must raise), the 0.7.0 passports in Fixtures/invalid/ and the
0.6.1 ones in Fixtures/invalid/untp-0.6.1/, and README.md (every fixture's defect). Fixtures whose rule starts with `US-CASHMERE-` are meant for the
us-cashmere profile, those of the responsible-nomads pack (`RN-*`, `CERT-ORIGIN-HOLDER`) for
responsible-nomads, all others for eu-textile; all are checked on 2026-09-01.
"""
import argparse
import copy
import json
import os
import pathlib
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Fixtures" / "invalid"

BEANIE = "09521234000358/10/KC-BN-2026-001"     # outer shell 100% cashmere (80%), silk lining (20%)
SWEATER = "09521234000112/10/KC-SW-2026-002"    # 100% cashmere, one fibre test
SCARF = "09521234000280/10/KC-SC-2026-001"      # 70% cashmere, 30% yak
THROW = "09521234000426/10/KC-CT-2026-001"      # 100% camel
WOOL = "09521234000594/10/KC-WC-2026-001"       # 70% wool, 30% cashmere


class Places:
    """Where a UNTP version puts the members the mutations plant defects in: `subject` holds the
    textile evidence (journey, certificates, claims, traced share), `product` the product's
    members, `chars` its textile characteristics; `manufacturer` and `importer` find a party."""

    def __init__(self, version):
        self.version = version
        if version == "0.6.1":
            self.subject, self.product = ["credentialSubject"], ["credentialSubject", "product"]
            self.chars = self.product + ["characteristics"]
            self.origins = ["credentialSubject", "materialsProvenance"]
            self.granularity = ["credentialSubject", "granularityLevel"]
            self.gtin = self.product + ["registeredId"]
        else:
            # 0.7.0: the subject is the product; our evidence is in its open characteristics.
            self.product = ["credentialSubject"]
            self.chars = self.subject = ["credentialSubject", "characteristics"]
            self.origins = ["credentialSubject", "materialProvenance"]
            self.granularity = ["credentialSubject", "idGranularity"]
            self.gtin = ["credentialSubject", "modelNumber"]

    def party(self, p, role):
        """The path to the manufacturer or importer, or None when the passport has none."""
        if self.version == "0.6.1":
            path = self.product + ["producedByParty"] if role == "manufacturer" else self.subject + ["importer"]
            return path if get(p, path[:-1]).get(path[-1]) is not None else None
        related = get(p, self.product).get("relatedParty", [])
        index = next((i for i, r in enumerate(related) if r.get("role") == role), None)
        return None if index is None else self.product + ["relatedParty", index, "party"]


def get(p, path):
    node = p
    for key in path:
        node = node[key]
    return node


def chars(p, v):
    return get(p, v.chars)


def fibres(p, v, component=0):
    return chars(p, v)["components"][component]["fibreContent"]


def measurements(p, v):
    return [m for step in get(p, v.subject)["journey"] for m in step.get("measurements", [])]


def set_(where, value):
    """A mutation that sets the member at `where(places)` (a list of keys and indices)."""
    def mutate(p, v):
        path = where(v) if callable(where) else where
        get(p, path[:-1])[path[-1]] = value
    return mutate


def delete(where):
    def mutate(p, v):
        path = where(v)
        del get(p, path[:-1])[path[-1]]
    return mutate


def party_set(role, key, value):
    return lambda p, v: set_(v.party(p, role) + [key], value)(p, v)


def party_delete(role, key=None):
    """Removes the party of `role` (in 0.7.0 its whole `relatedParty` entry), or its `key`."""
    def mutate(p, v):
        path = v.party(p, role)
        if key is not None:
            del get(p, path)[key]
        elif v.version == "0.6.1":
            del get(p, path[:-1])[path[-1]]
        else:
            del get(p, path[:-2])[path[-2]]
    return mutate


def lining_split(p, v):
    comps = chars(p, v)["components"]
    comps[1]["weightPercent"] = 15
    comps.append({"componentName": "pocket lining", "componentKind": "main lining", "weightPercent": 5, "fibreContent": []})


def other_fibres(p, v):
    chars(p, v)["components"][0]["fibreContent"] = [
        {"fibre": "cashmere", "fibreName": "cashmere", "percent": 80},
        {"fibre": "other-fibres", "fibreName": "other fibres", "percent": 20},
    ]
    chars(p, v)["labelText"] = "80% cashmere, 20% other fibres"  # the label follows the composition


def pure_beyond_tolerance(p, v):
    chars(p, v)["components"][0]["fibreContent"] = [
        {"fibre": "cashmere", "fibreName": "cashmere", "percent": 97},
        {"fibre": "wool", "fibreName": "wool", "percent": 3},
    ]
    chars(p, v)["labelText"] = "pure cashmere"


def swap_order(p, v):
    fibres(p, v).reverse()


def excluded(role, fibre, percent):
    def mutate(p, v):
        chars(p, v)["excludedFibres"] = [{"fibre": fibre, "fibreRole": role, "percentOfWeight": percent}]
    return mutate


def virgin_wool_recycled(p, v):
    chars(p, v)["labelText"] = "70% virgin wool, 30% cashmere"
    chars(p, v)["recycledContentPercent"] = 20


def composition_yak_to_camel(p, v):
    fibres(p, v)[1] = {"fibre": "camel", "fibreName": "camel", "percent": 30}
    chars(p, v)["labelText"] = "70% cashmere, 30% camel"  # the label follows the composition


def drop_certificate(p, v):
    s = get(p, v.subject)
    s["certificates"] = [c for c in s["certificates"] if "OTX-2026-CN-0017" not in c["certificateURL"]]


def cert_field(number, key, value):
    def mutate(p, v):
        for c in get(p, v.subject)["certificates"]:
            if c["certificateNumber"] == number:
                c[key] = value
    return mutate


def generic_claim(p, v):
    get(p, v.subject)["productClaims"].append({
        "claimText": "Eco-friendly, sustainable cashmere", "claimKind": "environmental",
        "evidenceRefs": ["https://khangai-cashmere.example.com/our-values"],
    })


def emissions_claim_without_footprint(p, v):
    """A 'low-carbon' claim backed by a certificate, with the footprint taken out: 0.6.1's
    `emissionsScorecard`; 0.7.0's `productFootprint` and its performance claim."""
    certificate = get(p, v.subject)["certificates"][0]["certificateURL"]
    get(p, v.subject)["productClaims"].append({
        "claimText": "Low-carbon cashmere", "claimKind": "environmental", "evidenceRefs": [certificate],
    })
    get(p, v.subject).pop("emissionsScorecard", None)
    get(p, v.chars).pop("productFootprint", None)
    claims = get(p, v.product).get("performanceClaim")
    if claims is not None:
        get(p, v.product)["performanceClaim"] = [c for c in claims if not c["id"].endswith("#footprint")]


def generic_conformity_claim(p, v):
    """The first declaration of conformity says 'sustainable, eco-friendly', its evidence a company
    page: `conformityClaim[0].description` and `conformityEvidence` in 0.6.1,
    `performanceClaim[0].name` and `evidence` in 0.7.0."""
    page = {"linkURL": "https://khangai-cashmere.example.com/our-values", "linkName": "Our values"}
    text = "Sustainable, eco-friendly cashmere"
    if v.version == "0.6.1":
        claim = get(p, v.subject)["conformityClaim"][0]
        claim["description"] = text
        claim["conformityEvidence"] = page
    else:
        claim = get(p, v.product)["performanceClaim"][0]
        claim["name"] = text
        claim["evidence"] = [dict(claim["evidence"][0], **page)]


def coverage_below(p, v):
    get(p, v.subject)["tracedMassFraction"] = 0.9
    get(p, v.origins)[0]["massFraction"] = 0.3


def measurement(key, value):
    def mutate(p, v):
        for m in measurements(p, v):
            m[key] = value
    return mutate


def no_tests(p, v):
    for step in get(p, v.subject)["journey"]:
        step.pop("measurements", None)


def context_missing(p, v):
    p["@context"] = p["@context"][:2]


def percent_zero(p, v):
    f = fibres(p, v)
    f[0]["percent"], f[1]["percent"] = 100, 0


def responsible_nomads_claim(p, v):
    """The product claims Responsible Nomads, its evidence the certificates its claim already cites."""
    claims = get(p, v.subject)["productClaims"]
    claims.append({"claimText": "Responsible Nomads cashmere", "claimKind": "environmental", "evidenceRefs": claims[0]["evidenceRefs"]})


def responsible_nomads_stale(p, v):
    """The Responsible Nomads claim, every origin's group certified, one group last monitored on 2023-06-01."""
    responsible_nomads_claim(p, v)
    for origin in get(p, v.origins):
        certifications = origin.setdefault("herderCertifications", [])
        if not any(c["certificationScheme"] == "Responsible Nomads" for c in certifications):
            certifications.append({
                "certificateURL": "https://certs.example.org/rn/RN-MN-2026-0099", "certificationScheme": "Responsible Nomads",
                "certifiedFibres": ["cashmere"], "certifiedUntil": "2028-12-31",
            })
    get(p, v.origins)[0]["rangelandStatus"]["assessedOn"] = "2023-06-01"


# name, base passport, mutation, rule id, the defect in words
FIXTURES = [
    ("composition-sum", BEANIE, set_(lambda v: v.chars + ["components", 0, "fibreContent", 0, "percent"], 95), "TXT-COMPOSITION-SUM",
     "the outer shell's only fibre is 95%, so its fibres add up to 95%"),
    ("component-weight-sum", BEANIE, set_(lambda v: v.chars + ["components", 1, "weightPercent"], 25), "TXT-COMPONENT-WEIGHT-SUM",
     "the lining is 25% of the weight, so the components add up to 105%"),
    ("fibre-name-unknown", BEANIE, set_(lambda v: v.chars + ["components", 1, "fibreContent", 0, "fibre"], "mulberry-silk"), "TXT-FIBRE-NAME",
     "the lining's fibre is 'mulberry-silk', not an Annex I fibre"),
    ("fibre-label-baby-cashmere", SCARF, set_(lambda v: v.chars + ["components", 0, "fibreContent", 0, "fibreName"], "baby cashmere"), "TXT-FIBRE-LABEL",
     "the cashmere is printed as 'baby cashmere'"),
    ("fibre-label-mongolian-cashmere", SWEATER, set_(lambda v: v.chars + ["components", 0, "fibreContent", 0, "fibreName"], "Mongolian cashmere"), "TXT-FIBRE-LABEL",
     "the cashmere is printed as 'Mongolian cashmere'"),
    ("fibre-label-merino", WOOL, set_(lambda v: v.chars + ["components", 0, "fibreContent", 0, "fibreName"], "merino"), "TXT-FIBRE-LABEL",
     "the wool is printed as 'merino'"),
    ("fibre-label-in-label-text", SCARF, set_(lambda v: v.chars + ["labelText"], "70% Mongolian cashmere, 30% yak"), "TXT-FIBRE-LABEL",
     "the label text prints the cashmere as 'Mongolian cashmere'"),
    ("fibre-label-in-label-statement", BEANIE, set_(lambda v: v.chars + ["labelStatements"], ["Lining: 100% mulberry silk"]),
     "TXT-FIBRE-LABEL", "a label statement prints the lining's silk as 'mulberry silk'"),
    ("label-fibre-unlisted", SCARF, set_(lambda v: v.chars + ["labelText"], "70% cashmere, 30% camel"), "TXT-LABEL-FIBRE-UNLISTED",
     "the label text says 30% camel where the composition lists yak"),
    ("label-composition-percentages", SCARF, set_(lambda v: v.chars + ["labelText"], "60% cashmere, 40% yak"), "TXT-LABEL-COMPOSITION",
     "the label text says 60% cashmere, 40% yak where the composition is 70% and 30%"),
    ("label-composition-order", SCARF, set_(lambda v: v.chars + ["labelText"], "30% yak, 70% cashmere"), "TXT-LABEL-COMPOSITION",
     "the label text lists yak before cashmere while the composition lists cashmere first"),
    ("label-statement-fibre-unlisted", SWEATER, set_(lambda v: v.chars + ["labelStatements"], ["Soft as silk"]),
     "TXT-LABEL-FIBRE-UNLISTED", "a label statement of the 100% cashmere sweater names silk"),
    ("composition-order", SCARF, swap_order, "TXT-COMPOSITION-ORDER",
     "yak 30% is listed before cashmere 70%"),
    ("other-fibres-over-15", SWEATER, other_fibres, "TXT-OTHER-FIBRES",
     "20% of the sweater is grouped as 'other fibres' (at most 15% may be)"),
    ("pure-label-on-blend", SCARF, set_(lambda v: v.chars + ["labelText"], "100% cashmere"), "TXT-PURE-LABEL",
     "the 70/30 cashmere/yak scarf is labelled '100% cashmere'"),
    ("pure-label-beyond-tolerance", SWEATER, pure_beyond_tolerance, "TXT-PURE-LABEL",
     "labelled 'pure cashmere' with 3% wool, more than the 2% extraneous-fibre tolerance"),
    ("decorative-fibre-over-7", BEANIE, excluded("decorative", "polyester", 9), "TXT-DECORATIVE-FIBRE",
     "9% decorative polyester left out of the composition (at most 7%)"),
    ("antistatic-fibre-over-2", BEANIE, excluded("antistatic", "polyamide", 3), "TXT-ANTISTATIC-FIBRE",
     "3% antistatic polyamide left out of the composition (at most 2%)"),
    ("main-lining-without-composition", BEANIE, lining_split, "TXT-COMPONENT-COMPOSITION",
     "a 5% pocket lining of kind 'main lining' has no composition (main linings are never exempt)"),
    ("animal-parts-unstated", BEANIE, set_(lambda v: v.chars + ["containsNonTextileAnimalParts"], True), "TXT-ANIMAL-PARTS",
     "the product contains non-textile parts of animal origin but the label does not say so"),
    ("virgin-wool-recycled", WOOL, virgin_wool_recycled, "TXT-VIRGIN-WOOL",
     "labelled '70% virgin wool' while 20% of the product is recycled"),
    ("virgin-wool-without-wool", THROW, set_(lambda v: v.chars + ["labelText"], "100% virgin wool"), "TXT-VIRGIN-WOOL",
     "the camel-hair throw is labelled 'virgin wool'"),
    ("virgin-wool-blend-without-percentages", WOOL, set_(lambda v: v.chars + ["labelText"], "virgin wool / cashmere"), "TXT-VIRGIN-WOOL",
     "the wool/cashmere blend is labelled 'virgin wool / cashmere' without its percentages (Art. 8(2))"),
    ("granularity-missing", BEANIE, delete(lambda v: v.granularity), "ESPR-GRANULARITY",
     "the granularity (0.6.1 granularityLevel, 0.7.0 idGranularity) is missing"),
    ("gtin-missing", BEANIE, delete(lambda v: v.gtin), "ESPR-GTIN",
     "the product has no GTIN (0.6.1 registeredId, 0.7.0 modelNumber)"),
    ("commodity-code-outside-textiles", BEANIE, set_(lambda v: v.product + ["productCategory", 0, "code"], "420221"), "ESPR-COMMODITY-CODE",
     "the HS code is 420221 (handbags, chapter 42), not a textile chapter"),
    ("manufacturer-missing", BEANIE, party_delete("manufacturer"), "ESPR-MANUFACTURER",
     "the manufacturer (0.6.1 producedByParty, 0.7.0 relatedParty of role manufacturer) is missing"),
    ("facility-missing", BEANIE, delete(lambda v: v.product + ["producedAtFacility"]), "ESPR-FACILITY",
     "the manufacturing facility (producedAtFacility) is missing"),
    ("importer-missing", BEANIE, party_delete("importer"), "ESPR-IMPORTER",
     "no EU importer, though the goods are EU-bound"),
    ("importer-eori-not-eu", BEANIE, party_set("importer", "eori", "CN123456789"), "ESPR-IMPORTER-EORI",
     "the importer's EORI 'CN123456789' is not an EU EORI"),
    ("importer-eori-missing", SCARF, party_delete("importer", "eori"), "ESPR-IMPORTER-EORI",
     "the importer has no EORI"),
    ("care-missing", BEANIE, delete(lambda v: v.chars + ["care"]), "ESPR-CARE",
     "no care instructions"),
    ("repair-missing", BEANIE, delete(lambda v: v.chars + ["repair"]), "ESPR-REPAIR",
     "no repair instructions"),
    ("recycled-content-missing", BEANIE, delete(lambda v: v.chars + ["recycledContentPercent"]), "ESPR-RECYCLED-CONTENT",
     "recycledContentPercent is missing (0 would be a disclosure; absence is not)"),
    ("substances-missing", BEANIE, delete(lambda v: v.chars + ["substancesOfConcern"]), "ESPR-SUBSTANCES",
     "substancesOfConcern is missing (an empty list would be a disclosure)"),
    ("certificate-expired", BEANIE, set_(lambda v: v.subject + ["certificates", 0, "certifiedUntil"], "2026-08-31"), "CERT-NOT-VALID",
     "the first certificate expired on 2026-08-31, the day before the check date"),
    ("certificate-not-yet-valid", SCARF, cert_field("OCS-MN-2026-0133", "certifiedFrom", "2026-10-01"), "CERT-NOT-VALID",
     "the yak certificate is valid only from 2026-10-01"),
    ("certificate-unlisted", BEANIE, drop_certificate, "CERT-UNLISTED",
     "the silk origin cites the OEKO-TEX certificate, which is not listed"),
    ("certificate-holder-outside-trace", THROW, set_(lambda v: v.subject + ["certificates", 0, "certificateHolder"], "https://id.gs1.org/417/9529999000015"),
     "CERT-HOLDER", "the camel certificate is held by a party that appears nowhere in the trace"),
    ("certificate-scope-wrong-fibre", BEANIE, cert_field("OTX-2026-CN-0017", "certifiedFibres", ["cotton"]), "CERT-SCOPE",
     "the certificate cited for the silk covers cotton only"),
    ("rn-certified-share", SWEATER, responsible_nomads_claim, "RN-CERTIFIED-SHARE",
     "the product claims Responsible Nomads, but only Orkhon Valley's 45.5% of the cashmere comes from a group with a Responsible Nomads certificate"),
    ("rn-monitoring-age", SWEATER, responsible_nomads_stale, "RN-MONITORING-AGE",
     "the product claims Responsible Nomads, every group certified, but Altai Ovoo's pastures were last assessed on 2023-06-01, 1188 days before"),
    ("cert-origin-holder", BEANIE, cert_field("SFA-MN-2026-0102", "certificateHolder", "https://id.gs1.org/417/9521234001195"), "CERT-ORIGIN-HOLDER",
     "the SFA certificate cited for Bayan-Uul's cashmere is held by Altai Ovoo (in the trace, but not the origin's producer)"),
    ("claim-without-evidence", BEANIE, set_(lambda v: v.subject + ["productClaims", 0, "evidenceRefs"], []), "CLAIM-NO-EVIDENCE",
     "the traceability claim has no evidence"),
    ("claim-generic", SWEATER, generic_claim, "CLAIM-GENERIC",
     "an 'eco-friendly, sustainable' claim backed only by a company web page"),
    ("claim-emissions-method", SWEATER, emissions_claim_without_footprint, "CLAIM-EMISSIONS-METHOD",
     "a 'low-carbon' claim, backed by a certificate, in a passport that states no footprint"),
    ("claim-generic-conformity", BEANIE, generic_conformity_claim, "CLAIM-GENERIC",
     "a conformity claim says 'sustainable, eco-friendly' with a company web page as its evidence"),
    ("claim-generic-description", BEANIE, set_(lambda v: v.product + ["description"], "Eco-friendly double-layer beanie in cashmere and silk."),
     "CLAIM-GENERIC", "the product description says 'eco-friendly', a generic claim that cites no evidence"),
    ("claim-generic-label-statement", SWEATER, set_(lambda v: v.chars + ["labelStatements"], ["Sustainable cashmere"]), "CLAIM-GENERIC",
     "a label statement says 'sustainable', a generic claim that cites no evidence"),
    ("gtin-check-digit", BEANIE, set_(lambda v: v.gtin, "09521234000359"), "ID-GTIN",
     "the GTIN's check digit is wrong (…359 instead of …358)"),
    ("gln-check-digit", BEANIE, party_set("manufacturer", "registeredId", "9521234000106"), "ID-GLN",
     "the manufacturer's GLN check digit is wrong (…106 instead of …105)"),
    ("digital-link-check-digit", BEANIE, set_(lambda v: v.origins + [0, "originLot"], "https://id.gs1.org/01/09521234100011/10/HRD-BKH-2026-01"),
     "ID-DIGITAL-LINK", "an origin lot's Digital Link has a GTIN with a wrong check digit"),
    ("link-lot-mismatch", BEANIE, set_(lambda v: v.product + ["batchNumber"], "KC-BN-2026-009"), "ID-LINK-MISMATCH",
     "batchNumber says KC-BN-2026-009 but the product's Digital Link names lot KC-BN-2026-001"),
    ("granularity-item-without-serial", BEANIE, set_(lambda v: v.granularity, "item"), "ID-GRANULARITY",
     "declared at item level, but the identifier has no serial number"),
    ("origin-shares", BEANIE, set_(lambda v: v.origins + [0, "massFraction"], 0.5), "TRACE-ORIGIN-SHARES",
     "an origin's share is 0.5 instead of 0.4, so the shares add up to 1.1"),
    ("traced-share-below-95", BEANIE, coverage_below, "TRACE-COVERAGE",
     "only 90% of the fibre mass is traced (the profile asks for 95%)"),
    ("traced-share-missing", BEANIE, delete(lambda v: v.subject + ["tracedMassFraction"]), "TRACE-SHARE-MISSING",
     "tracedMassFraction is missing"),
    ("verified-ratio-missing", BEANIE, delete(lambda v: v.subject + ["traceabilityInformation", 0, "verifiedRatio"]), "TRACE-VERIFIED-RATIO",
     "the first traceability process does not say what share was verified"),
    ("origin-fibre-not-composed", SCARF, composition_yak_to_camel, "TRACE-ORIGIN-FIBRE",
     "the composition says camel where the origins supply yak"),
    ("schema-context-missing", BEANIE, context_missing, "SCHEMA-MINITEMS",
     "the textile JSON-LD context is missing from @context"),
    ("schema-percent-zero", SCARF, percent_zero, "SCHEMA-EXCLUSIVEMINIMUM",
     "yak is listed at 0% beside 100% cashmere (a fibre's share is above 0)"),
    ("us-cashmere-mean-diameter", SWEATER, measurement("meanValue", 19.6), "US-CASHMERE-DIAMETER",
     "the cashmere's mean diameter is 19.6 µm (US law: at most 19)"),
    ("us-cashmere-coarse-fibres", SWEATER, measurement("percentileValue", 31.5), "US-CASHMERE-COARSE",
     "the 97th percentile diameter is 31.5 µm, so more than 3% of the fibres are over 30 µm"),
    ("us-cashmere-variation", SWEATER, measurement("standardDeviation", 4.5), "US-CASHMERE-CV",
     "standard deviation 4.5 µm on a mean of 16.2 µm: a coefficient of variation of 27.8% (US law: at most 24%)"),
    ("us-cashmere-no-test", SWEATER, no_tests, "US-CASHMERE-NO-TEST",
     "the journey holds no fibre-diameter test of the cashmere"),
]


VERSIONS = {"0.7.0": OUT, "0.6.1": OUT / "untp-0.6.1"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpp", default=str(ROOT / ".build" / "debug" / "dpp"), help="the dpp binary")
    args = parser.parse_args()
    bases = {}
    with tempfile.TemporaryDirectory() as tmp:
        for version in VERSIONS:
            site = pathlib.Path(tmp) / version
            subprocess.run([args.dpp, "demo", "--unsigned", "--untp", version, "--out", str(site)], check=True, stdout=subprocess.DEVNULL)
            for key in {f[1] for f in FIXTURES}:
                bases[version, key] = json.loads((site / "01" / key / "passport.jsonld").read_text())
    if OUT.exists():
        shutil.rmtree(OUT)
    for folder in VERSIONS.values():
        folder.mkdir(parents=True)
    lines = [
        "# Invalid passports",
        "",
        "Written by `Fixtures/tools/make-invalid-fixtures.py` from the demo passports (do not edit by hand).",
        "Each `<name>.jsonld` has exactly one planted defect; `<name>.rule` holds the one rule id it must",
        "raise, with no error from any other rule. `US-CASHMERE-*` fixtures are checked with the",
        "`us-cashmere` profile, `RN-*` and `CERT-ORIGIN-HOLDER` ones with `responsible-nomads`, all others",
        "with `eu-textile`; all on 2026-09-01.",
        "",
        "Every defect is planted in both UNTP versions: the files of this folder are UNTP 0.7.0 passports",
        "(what `dpp demo` writes), those of `untp-0.6.1/` the same lots written with `dpp demo --untp 0.6.1`,",
        "the defect planted where that version puts the member.",
        "",
        "| fixture | derived from | rule | defect |",
        "| --- | --- | --- | --- |",
    ]
    for name, base, mutate, rule, defect in FIXTURES:
        for version, folder in VERSIONS.items():
            passport = copy.deepcopy(bases[version, base])
            mutate(passport, Places(version))
            (folder / f"{name}.jsonld").write_text(json.dumps(passport, indent=2, ensure_ascii=False) + "\n")
            (folder / f"{name}.rule").write_text(rule + "\n")
        lines.append(f"| `{name}` | `01/{base}` | `{rule}` | {defect} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(FIXTURES)} fixtures in each of {len(VERSIONS)} UNTP versions to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
