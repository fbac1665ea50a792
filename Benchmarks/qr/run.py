#!/usr/bin/env python3
"""QR benchmark: TextilePassport's Rendering (libqrencode + own SVG and PNG writers) against segno.

Builds the Swift side in release mode, writes N GS1 Digital Link URLs, runs both on the same list
in the same run (best of ROUNDS per stage), and prints a Markdown table for BENCHMARKS.md.

    python3 Benchmarks/qr/run.py [N] [ROUNDS]
"""
import io, json, os, platform, subprocess, sys, tempfile, time

import segno

HERE = os.path.dirname(os.path.abspath(__file__))


def gtin14(serial):
    """A GTIN-14 under the GS1 demonstration prefix 952, with its check digit."""
    body = "0952123%06d" % serial
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def digital_links(n):
    """N Digital Link URLs of the shapes a passport site publishes: lots, some with serials."""
    urls = []
    for i in range(n):
        base = "https://id.gs1.org" if i % 2 == 0 else "https://passports.example.com"
        url = "%s/01/%s/10/LOT-2026-%04d" % (base, gtin14(i % 500), i)
        if i % 3 == 0:
            url += "/21/SN%08d" % (i * 7919)
        urls.append(url)
    return urls


def segno_times(urls, rounds):
    """Best time of ROUNDS per stage for segno at the same settings: level M, byte data, scale 8, border 4."""

    def best(body):
        times, produced = [], 0
        for _ in range(rounds):
            start, produced = time.perf_counter(), 0
            for url in urls:
                produced += body(url)
            times.append(time.perf_counter() - start)
        return min(times), produced

    make = lambda url: segno.make(url, error="m", micro=False, boost_error=False)

    def svg(url):
        buffer = io.BytesIO()
        make(url).save(buffer, kind="svg", scale=8, border=4)
        return buffer.tell()

    def png(url):
        buffer = io.BytesIO()
        make(url).save(buffer, kind="png", scale=8, border=4)
        return buffer.tell()

    encode = best(lambda url: make(url).version and 0)
    return {"encode": {"seconds": encode[0], "bytes": 0},
            "svg": dict(zip(("seconds", "bytes"), best(svg))),
            "png": dict(zip(("seconds", "bytes"), best(png)))}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    urls = digital_links(n)
    subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE], check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE, "--show-bin-path"],
                                         check=True, capture_output=True, text=True).stdout.strip(), "qr-benchmark")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(urls))
    try:
        swift = json.loads(subprocess.run([binary, listing.name, str(rounds)], check=True,
                                          capture_output=True, text=True).stdout)
    finally:
        os.unlink(listing.name)
    peer = segno_times(urls, rounds)

    print("%d Digital Link URLs (%d to %d characters), level M, scale 8, quiet zone 4; best of %d rounds; %s, %d cores, segno %s\n"
          % (n, min(map(len, urls)), max(map(len, urls)), rounds, platform.machine(), os.cpu_count(), segno.__version__))
    print("| stage | dpp (Rendering) | segno | segno / dpp | mean file, dpp | mean file, segno |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for stage, label in (("encode", "encode only"), ("svg", "encode + SVG"), ("png", "encode + PNG")):
        ours, theirs = swift[stage], peer[stage]
        size = lambda r: "%d B" % (r["bytes"] / n) if r["bytes"] else "–"
        print("| %s | %.1f µs/code | %.1f µs/code | %.1f× | %s | %s |"
              % (label, ours["seconds"] / n * 1e6, theirs["seconds"] / n * 1e6, theirs["seconds"] / ours["seconds"],
                 size(ours), size(theirs)))


if __name__ == "__main__":
    main()
