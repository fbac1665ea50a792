#!/usr/bin/env python3
"""An issuer that is not TextilePassport: joserfc and jwcrypto (PyPI) sign credentials with keys of their own.

  peer_issuer.py OUT DID

For each library and each of EdDSA and ES256, makes a key, signs a small VC 2.0 credential
issued by DID as application/vc+jwt (header alg, kid DID#THUMBPRINT, typ vc+jwt, cty vc) and
writes it to OUT/<library>-<alg>.jwt; writes the DID document listing every public key as a
JsonWebKey under assertionMethod to OUT/did.json. Prints the JWT file names, one a line.

Exits 2 with a message when either library is missing (python3 -m pip install joserfc jwcrypto).
"""
import json
import pathlib
import sys
import warnings

try:
    from joserfc import jws as joserfc_jws
    from joserfc.jwk import ECKey, OKPKey
    from jwcrypto import jwk as jwcrypto_jwk, jws as jwcrypto_jws
except ImportError as error:
    sys.exit(f"{error}: python3 -m pip install joserfc jwcrypto")

# joserfc warns that RFC 9864 deprecates EdDSA; the W3C test suite and today's verifiers use it.
warnings.simplefilter("ignore")

CURVES = {"EdDSA": "Ed25519", "ES256": "P-256"}
PUBLIC_MEMBERS = ("kty", "crv", "x", "y")


def credential(did, library, algorithm):
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": f"urn:example:{library}:{algorithm}",
        "type": ["VerifiableCredential"],
        "issuer": did,
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001", "signedBy": library},
    }


def joserfc_issue(did, algorithm):
    curve = CURVES[algorithm]
    key = OKPKey.generate_key(curve) if curve == "Ed25519" else ECKey.generate_key(curve)
    kid = f"{did}#{key.thumbprint()}"
    header = {"alg": algorithm, "kid": kid, "typ": "vc+jwt", "cty": "vc"}
    payload = json.dumps(credential(did, "joserfc", algorithm))
    return kid, key.as_dict(private=False), joserfc_jws.serialize_compact(header, payload, key, algorithms=[algorithm])


def jwcrypto_issue(did, algorithm):
    curve = CURVES[algorithm]
    key = jwcrypto_jwk.JWK.generate(kty="OKP" if curve == "Ed25519" else "EC", crv=curve)
    kid = f"{did}#{key.thumbprint()}"
    token = jwcrypto_jws.JWS(json.dumps(credential(did, "jwcrypto", algorithm)))
    token.add_signature(key, algorithm, protected=json.dumps({"alg": algorithm, "kid": kid, "typ": "vc+jwt", "cty": "vc"}))
    return kid, key.export_public(as_dict=True), token.serialize(compact=True)


def main(out, did):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    methods = []
    for library, issue in (("joserfc", joserfc_issue), ("jwcrypto", jwcrypto_issue)):
        for algorithm in CURVES:
            kid, jwk, compact = issue(did, algorithm)
            methods.append({"id": kid, "type": "JsonWebKey", "controller": did,
                            "publicKeyJwk": {name: jwk[name] for name in PUBLIC_MEMBERS if name in jwk}})
            name = f"{library}-{algorithm}.jwt"
            (out / name).write_text(compact + "\n")
            print(name)
    document = {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"], "id": did,
                "verificationMethod": methods, "assertionMethod": [method["id"] for method in methods]}
    (out / "did.json").write_text(json.dumps(document, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} OUT DID")
    main(sys.argv[1], sys.argv[2])
