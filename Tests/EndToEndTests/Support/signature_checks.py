#!/usr/bin/env python3
"""Checks a signed TextilePassport site with two JOSE libraries dpp does not use.

Usage: signature_checks.py SITE DID_DOCUMENT

For every passport.jwt below SITE: joserfc and jwcrypto each verify it with the public key the
DID document lists under the JWS header's kid (and under assertionMethod); the header is
{alg, kid, typ: vc+jwt, cty: vc}; the payload equals the passport.jsonld beside it. Prints
"N passports verified by joserfc and jwcrypto, P problems" and each problem; exit 1 on any.
"""
import base64
import json
import os
import sys
import warnings

from joserfc import jws as rfc_jws
from joserfc.jwk import ECKey, OKPKey
from jwcrypto import jwk as jwcrypto_jwk
from jwcrypto import jws as jwcrypto_jws

warnings.simplefilter("ignore")


def b64decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main():
    site, did_path = sys.argv[1], sys.argv[2]
    did = json.load(open(did_path))
    methods = {m["id"]: m["publicKeyJwk"] for m in did["verificationMethod"]}
    problems, count = [], 0
    for folder, _, files in sorted(os.walk(site)):
        if "passport.jwt" not in files:
            continue
        count += 1
        path = os.path.join(folder, "passport.jwt")
        token = open(path).read()
        header = json.loads(b64decode(token.split(".")[0]))
        kid = header.get("kid")
        if kid not in methods or kid not in did.get("assertionMethod", []):
            problems.append(f"{path}: kid {kid} is not an assertion key of the DID document")
            continue
        if header.get("typ") != "vc+jwt" or header.get("cty") != "vc":
            problems.append(f"{path}: header {header}")
        jwk = methods[kid]
        key = OKPKey.import_key(jwk) if jwk["kty"] == "OKP" else ECKey.import_key(jwk)
        try:
            rfc_jws.deserialize_compact(token, key, algorithms=[header["alg"]])
        except Exception as error:
            problems.append(f"{path}: joserfc: {error}")
        try:
            signed = jwcrypto_jws.JWS()
            signed.deserialize(token)
            signed.verify(jwcrypto_jwk.JWK(**jwk), alg=header["alg"])
        except Exception as error:
            problems.append(f"{path}: jwcrypto: {error}")
        payload = json.loads(b64decode(token.split(".")[1]))
        if payload != json.load(open(os.path.join(folder, "passport.jsonld"))):
            problems.append(f"{path}: the payload differs from passport.jsonld")
    print(f"{count} passports verified by joserfc and jwcrypto, {len(problems)} problems")
    for problem in problems:
        print(problem)
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
