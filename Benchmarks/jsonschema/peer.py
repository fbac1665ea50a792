#!/usr/bin/env python3
"""Validates JSON files with a Python peer, the way `dpp schema validate` does: read, parse, list every error.

Usage: peer.py rs|py SCHEMA LIST_FILE [REPEAT]
  rs = jsonschema-rs, py = Python jsonschema; LIST_FILE has one instance path per line.
Prints one line of JSON: documents, invalid documents, wall and CPU seconds inside the loop.
"""
import json
import sys
import time


def main():
    implementation, schema_path, list_path = sys.argv[1:4]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    with open(schema_path, "rb") as file:
        schema = json.loads(file.read())
    if implementation == "rs":
        import jsonschema_rs
        validator = jsonschema_rs.validator_for(schema, validate_formats=False)
    else:
        import jsonschema
        validator = jsonschema.validators.validator_for(schema)(schema)
    with open(list_path) as file:
        paths = [line.strip() for line in file if line.strip()] * repeat
    start = time.perf_counter()
    cpu_start = time.process_time()
    invalid = 0
    for path in paths:
        with open(path, "rb") as file:
            instance = json.loads(file.read())
        if list(validator.iter_errors(instance)):
            invalid += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(json.dumps({"documents": len(paths), "invalid": invalid, "seconds": elapsed, "cpu_seconds": cpu}))


if __name__ == "__main__":
    main()
