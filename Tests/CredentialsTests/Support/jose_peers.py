#!/usr/bin/env python3
"""Two JOSE libraries TextilePassport did not write, joserfc and jwcrypto, as outside checkers.

Every command reads one JSON document on standard input and writes one on standard output:

  jose_peers.py verify      [{"jws": COMPACT, "jwk": PUBLIC_JWK, "alg": ALG}, ...]
                            -> [{"joserfc": RESULT, "jwcrypto": RESULT}, ...], where RESULT is
                               {"payload": HEX} when the JWS verifies with the JWK and only ALG
                               allowed, else {"error": TEXT}
  jose_peers.py sign        {"payload": TEXT, "algorithms": [ALG, ...]}
                            -> [{"library", "alg", "jws", "jwk": PUBLIC_JWK, "pem": PKCS8_PEM}, ...]:
                               for each library and algorithm, a key of its own making and a JWS of
                               the payload with header {"alg": ALG, "kid": THUMBPRINT}
  jose_peers.py pem-public  [{"pem": PKCS8_PEM, "kty": "OKP" or "EC"}, ...]
                            -> [{"joserfc": PUBLIC_JWK, "jwcrypto": PUBLIC_JWK}, ...]: each library's
                               reading of a private key PEM, as its public JWK

Exits 2 with a message when either library is missing (python3 -m pip install joserfc jwcrypto).
"""
import json
import sys
import warnings

try:
    from joserfc import jws as joserfc_jws
    from joserfc.jwk import ECKey, JWKRegistry, OKPKey
    from jwcrypto import jwk as jwcrypto_jwk, jws as jwcrypto_jws
except ImportError as error:
    sys.exit(f"{error}: python3 -m pip install joserfc jwcrypto")

# joserfc warns that RFC 9864 deprecates EdDSA; the W3C test suite and today's verifiers use it.
warnings.simplefilter("ignore")

CURVES = {"EdDSA": "Ed25519", "Ed25519": "Ed25519", "ES256": "P-256", "ES384": "P-384", "ES512": "P-521"}
PUBLIC_MEMBERS = ("kty", "crv", "x", "y")


def public_members(jwk):
    return {name: jwk[name] for name in PUBLIC_MEMBERS if name in jwk}


def attempt(body):
    try:
        return {"payload": body().hex()}
    except Exception as error:  # each library raises its own error types
        return {"error": f"{type(error).__name__}: {error}"}


def joserfc_verify(compact, jwk, algorithm):
    return joserfc_jws.deserialize_compact(compact, JWKRegistry.import_key(jwk), algorithms=[algorithm]).payload


def jwcrypto_verify(compact, jwk, algorithm):
    token = jwcrypto_jws.JWS()
    token.deserialize(compact)
    token.verify(jwcrypto_jwk.JWK(**jwk), alg=algorithm)
    return token.payload


def verify(cases):
    return [{"joserfc": attempt(lambda: joserfc_verify(case["jws"], case["jwk"], case["alg"])),
             "jwcrypto": attempt(lambda: jwcrypto_verify(case["jws"], case["jwk"], case["alg"]))} for case in cases]


def joserfc_sign(payload, algorithm):
    curve = CURVES[algorithm]
    key = OKPKey.generate_key(curve) if curve == "Ed25519" else ECKey.generate_key(curve)
    header = {"alg": algorithm, "kid": key.thumbprint()}
    compact = joserfc_jws.serialize_compact(header, payload, key, algorithms=[algorithm])
    return compact, key.as_dict(private=False), key.as_pem(private=True).decode()


def jwcrypto_sign(payload, algorithm):
    curve = CURVES[algorithm]
    key = jwcrypto_jwk.JWK.generate(kty="OKP" if curve == "Ed25519" else "EC", crv=curve)
    token = jwcrypto_jws.JWS(payload)
    token.add_signature(key, algorithm, protected=json.dumps({"alg": algorithm, "kid": key.thumbprint()}))
    pem = key.export_to_pem(private_key=True, password=None).decode()
    return token.serialize(compact=True), key.export_public(as_dict=True), pem


def sign(request):
    payload = request["payload"].encode()
    results = []
    for library, signer in (("joserfc", joserfc_sign), ("jwcrypto", jwcrypto_sign)):
        for algorithm in request["algorithms"]:
            compact, jwk, pem = signer(payload, algorithm)
            results.append({"library": library, "alg": algorithm, "jws": compact, "jwk": public_members(jwk), "pem": pem})
    return results


def pem_public(keys):
    return [{"joserfc": public_members(JWKRegistry.import_key(key["pem"].encode(), key["kty"]).as_dict(private=False)),
             "jwcrypto": public_members(jwcrypto_jwk.JWK.from_pem(key["pem"].encode()).export_public(as_dict=True))}
            for key in keys]


COMMANDS = {"verify": verify, "sign": sign, "pem-public": pem_public}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(COMMANDS)} < request.json")
    json.dump(COMMANDS[sys.argv[1]](json.load(sys.stdin)), sys.stdout)
