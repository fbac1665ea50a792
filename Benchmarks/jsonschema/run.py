#!/usr/bin/env python3
"""JSON parse + JSON Schema validation benchmark: dpp (release build) beside jsonschema-rs and Python jsonschema.

Usage (from the package root):
  python3 Benchmarks/jsonschema/run.py [--schema SCHEMA] [--docs DIR | --templates DIR] [--large FILE]
                                       [--runs N] [--large-repeat R] [--python-sample N] [--baseline DPP]

Without --docs, 10,000 varied documents and one ~500 KB document are generated (generate.py)
into a temporary folder: from the passports in --templates (for example `dpp demo` output),
or else passport-like documents; without --schema, passport-like.schema.json is used.
Python jsonschema is slow, so it gets the first --python-sample documents (default 1,000).
Every tool reads each file, parses it with its own JSON parser and lists every error.
dpp is timed as a whole process (start-up, schema compilation and report included); the
Python peers are timed inside their loop (interpreter start-up and imports excluded), which
favours them. Prints a Markdown table for BENCHMARKS.md.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def dpp_time(binary, schema, paths, jobs):
    """Wall seconds, CPU seconds (user + system) and invalid documents of one whole dpp run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([binary, "schema", "validate", "--jobs", str(jobs), "--schema", schema, *paths], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        sys.exit("dpp failed: " + result.stderr.decode())
    invalid = result.stdout.decode().count(": invalid (")
    return elapsed, cpu, invalid


def best(runs):
    """The fastest wall time and, separately, the smallest CPU time of several runs."""
    runs = list(runs)
    return min(run[0] for run in runs), min(run[1] for run in runs), runs[0][2]


def peer_time(implementation, schema, paths, repeat=1):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    output = subprocess.run([sys.executable, os.path.join(HERE, "peer.py"), implementation, schema, listing.name, str(repeat)], stdout=subprocess.PIPE, check=True)
    os.unlink(listing.name)
    report = json.loads(output.stdout)
    return report["seconds"], report["cpu_seconds"], report["invalid"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", default=os.path.join(HERE, "passport-like.schema.json"))
    parser.add_argument("--docs")
    parser.add_argument("--large")
    parser.add_argument("--templates")
    parser.add_argument("--python-sample", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="runs of dpp and jsonschema-rs; the smallest wall and CPU times are kept")
    parser.add_argument("--large-repeat", type=int, default=50)
    parser.add_argument("--baseline", help="another dpp binary (an earlier build) timed the same way in the same run")
    arguments = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "dpp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, stdout=subprocess.PIPE, check=True).stdout.decode().strip(), "dpp")

    workspace = tempfile.mkdtemp(prefix="jsonschema-bench-")
    if arguments.docs is None:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), workspace, "10000"] + ([arguments.templates] if arguments.templates else []), check=True)
        arguments.docs = os.path.join(workspace, "docs")
        arguments.large = arguments.large or os.path.join(workspace, "large.json")
    paths = sorted(os.path.join(arguments.docs, name) for name in os.listdir(arguments.docs) if name.endswith(".json"))
    total_bytes = sum(os.path.getsize(path) for path in paths)

    rows = []
    jobs = os.cpu_count() or 1
    dpp_best = best(dpp_time(binary, arguments.schema, paths, 1) for _ in range(arguments.runs))
    dpp_parallel = best(dpp_time(binary, arguments.schema, paths, jobs) for _ in range(arguments.runs))
    rs_best = best(peer_time("rs", arguments.schema, paths) for _ in range(arguments.runs))
    py_once = peer_time("py", arguments.schema, paths[:arguments.python_sample])
    py_scale = len(paths) / len(paths[:arguments.python_sample])
    py_once = (py_once[0] * py_scale, py_once[1] * py_scale, py_once[2])
    rows.append(("%d documents (%.1f MB)" % (len(paths), total_bytes / 1e6), len(paths), dpp_best, dpp_parallel, rs_best, py_once))
    if arguments.baseline:
        baseline = best(dpp_time(arguments.baseline, arguments.schema, paths, 1) for _ in range(arguments.runs))

    if arguments.large:
        repeat = arguments.large_repeat
        large_paths = [arguments.large] * repeat
        size = os.path.getsize(arguments.large)
        dpp_large = best(dpp_time(binary, arguments.schema, large_paths, 1) for _ in range(arguments.runs))
        dpp_large_parallel = best(dpp_time(binary, arguments.schema, large_paths, jobs) for _ in range(arguments.runs))
        rs_large = best(peer_time("rs", arguments.schema, [arguments.large], repeat) for _ in range(arguments.runs))
        py_large = peer_time("py", arguments.schema, [arguments.large], max(1, repeat // 10))
        scale = repeat / max(1, repeat // 10)
        py_large = (py_large[0] * scale, py_large[1] * scale, py_large[2])
        rows.append(("%d KB document x %d" % (size // 1000, repeat), repeat, dpp_large, dpp_large_parallel, rs_large, py_large))

    shutil.rmtree(workspace, ignore_errors=True)
    if arguments.baseline:
        print("Baseline %s on the %d documents, 1 job: %.0f documents per CPU second, %.0f per wall second (this build: %.0f, %.0f)." % (
            arguments.baseline, len(paths), len(paths) / baseline[1], len(paths) / baseline[0], len(paths) / dpp_best[1], len(paths) / dpp_best[0]))
    print("Schema: %s; Python jsonschema timed on %d of the documents." % (os.path.relpath(arguments.schema, ROOT), min(len(paths), arguments.python_sample)))
    for title, measure in (("CPU time (user + system)", 1), ("wall-clock time", 0)):
        print("\nDocuments per second of %s:\n" % title)
        print("| input | dpp, 1 job | dpp, %d jobs | jsonschema-rs | Python jsonschema | dpp (1 job) / jsonschema-rs | dpp (%d jobs) / jsonschema-rs | dpp (1 job) / jsonschema | invalid (dpp, rs, py in its sample) |" % (jobs, jobs))
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for label, count, dpp, parallel, rs, py in rows:
            print("| %s | %.0f | %.0f | %.0f | %.1f | %.2fx | %.2fx | %.0fx | %d, %d, %d |" % (
                label, count / dpp[measure], count / parallel[measure], count / rs[measure], count / py[measure],
                rs[measure] / dpp[measure], rs[measure] / parallel[measure], py[measure] / dpp[measure], dpp[2], rs[2], py[2]))


if __name__ == "__main__":
    main()
