#!/usr/bin/env python3
"""JOSE benchmark: a passport signed as a compact JWS (EdDSA, Ed25519) and verified again, per second
on one thread, by TextilePassport's Credentials module (release build, libcrypto) beside joserfc and
jwcrypto (PyPI; both sign with pyca/cryptography), in the same run, in turns.

    python3 Benchmarks/jose/run.py [ITERATIONS [ROUNDS [PASSPORT]]]     (from the package root)

Each round signs ITERATIONS times (default 10000) and verifies ITERATIONS times; the figure is the
best of ROUNDS rounds (default 3). PASSPORT defaults to the demo passport committed in
Fixtures/expected/ (what `dpp demo` publishes). Signing includes writing the passport as compact JSON;
verifying includes parsing the payload as JSON. Times are processor seconds of each process, so that
other work on a shared machine counts less. Before timing, joserfc and jwcrypto verify a JWS of the
Swift side with its exported public JWK. Prints a Markdown table for BENCHMARKS.md.
Goal: at least 10,000 signatures and 5,000 verifications per second.
"""
import json
import os
import pathlib
import platform
import subprocess
import sys
import time
import warnings

from cryptography.hazmat.backends.openssl.backend import backend as openssl_backend
import joserfc
from joserfc import jws as joserfc_jws
from joserfc.jwk import JWKRegistry, OKPKey
from jwcrypto import jwk as jwcrypto_jwk, jws as jwcrypto_jws

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_PASSPORT = ROOT / "Fixtures/expected/01_09521234000358_10_KC-BN-2026-001_passport.jsonld"
HEADER = {"alg": "EdDSA", "kid": "did:web:passports.example.com#key-1", "typ": "vc+jwt", "cty": "vc"}

# joserfc warns that RFC 9864 deprecates the name EdDSA; the W3C suite and today's verifiers use it.
warnings.simplefilter("ignore")


def best(body, iterations, rounds):
    """The best processor time in seconds of ROUNDS rounds of ITERATIONS calls of body."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(iterations):
            body()
        times.append(time.process_time() - start)
    return min(times)


def compact_json(document):
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def run_swift(passport, iterations, rounds):
    subprocess.run(["swift", "build", "-c", "release", "--package-path", str(HERE)], check=True, stdout=subprocess.DEVNULL)
    folder = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(HERE), "--show-bin-path"],
                            check=True, capture_output=True, text=True).stdout.strip()
    result = subprocess.run([os.path.join(folder, "jose-benchmark"), str(passport), str(iterations), str(rounds), "EdDSA"],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def check_sample(sample):
    """Both peers verify the Swift side's JWS with its public JWK, or the run stops."""
    joserfc_jws.deserialize_compact(sample["jws"], JWKRegistry.import_key(sample["jwk"]), algorithms=["EdDSA"])
    token = jwcrypto_jws.JWS()
    token.deserialize(sample["jws"])
    token.verify(jwcrypto_jwk.JWK(**sample["jwk"]), alg="EdDSA")


def run_joserfc(document, iterations, rounds):
    key = OKPKey.generate_key("Ed25519")
    public = OKPKey.import_key(key.as_dict(private=False))

    def sign():
        return joserfc_jws.serialize_compact(HEADER, compact_json(document), key, algorithms=["EdDSA"])

    token = sign()

    def verify():
        return json.loads(joserfc_jws.deserialize_compact(token, public, algorithms=["EdDSA"]).payload)

    assert verify() == document
    return best(sign, iterations, rounds), best(verify, iterations, rounds)


def run_jwcrypto(document, iterations, rounds):
    key = jwcrypto_jwk.JWK.generate(kty="OKP", crv="Ed25519")
    public = jwcrypto_jwk.JWK(**key.export_public(as_dict=True))
    protected = json.dumps(HEADER, separators=(",", ":"))

    def sign():
        token = jwcrypto_jws.JWS(compact_json(document))
        token.add_signature(key, "EdDSA", protected=protected)
        return token.serialize(compact=True)

    compact = sign()

    def verify():
        token = jwcrypto_jws.JWS()
        token.deserialize(compact)
        token.verify(public, alg="EdDSA")
        return json.loads(token.payload)

    assert verify() == document
    return best(sign, iterations, rounds), best(verify, iterations, rounds)


def system_openssl():
    """The version of the system's OpenSSL, which the Swift side links."""
    result = subprocess.run(["openssl", "version"], capture_output=True, text=True)
    return result.stdout.strip() or "OpenSSL (version unknown)"


def version(package):
    from importlib.metadata import version as installed
    return installed(package)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    passport = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else DEFAULT_PASSPORT
    document = json.loads(passport.read_text(encoding="utf-8"))

    swift = run_swift(passport, iterations, rounds)
    check_sample(swift["sample"])
    rows = [("dpp (Credentials, libcrypto)", swift["signSeconds"], swift["verifySeconds"]),
            ("joserfc %s" % joserfc.__version__, *run_joserfc(document, iterations, rounds)),
            ("jwcrypto %s" % version("jwcrypto"), *run_jwcrypto(document, iterations, rounds))]

    print("EdDSA (Ed25519) compact JWS of %s: %d bytes of compact JSON, %d bytes of JWS; %d signatures and %d "
          "verifications per round, best of %d rounds, processor time, one thread; %s, %d cores; dpp links the "
          "system's %s, the peers use pyca/cryptography %s with its own %s\n"
          % (passport.name, swift["payloadBytes"], swift["jwsBytes"], iterations, iterations, rounds, platform.machine(),
             os.cpu_count(), system_openssl(), version("cryptography"), openssl_backend.openssl_version_text()))
    print("| library | signatures/s | verifications/s | sign | verify | sign: time / dpp's | verify: time / dpp's |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, sign, verify in rows:
        print("| %s | %.0f | %.0f | %.1f µs | %.1f µs | %.1f× | %.1f× |"
              % (name, iterations / sign, iterations / verify, sign / iterations * 1e6, verify / iterations * 1e6,
                 sign / swift["signSeconds"], verify / swift["verifySeconds"]))
    print("\nGoal: at least 10,000 signatures and 5,000 verifications per second per core (dpp row).")


if __name__ == "__main__":
    main()
