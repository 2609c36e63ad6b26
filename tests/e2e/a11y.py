"""axe-core checks for browser tests, using the axe.min.js bundled with axe-playwright-python."""

import pytest
from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = ("critical", "serious")

_axe = Axe()  # reads the package's bundled axe.min.js once; no network involved


def accessibility_violations(page, impacts=BLOCKING_IMPACTS):
    """axe-core violations with the given impacts on the page as it is now."""
    results = _axe.run(page)
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def format_violations(violations, url):
    """A readable list: rule id, impact, help text and every failing node's target."""
    lines = [f"{len(violations)} serious/critical accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    * {target}")
            lines.append(f"      {summary}")
    return "\n".join(lines)


def check_accessible(page):
    """Fail the test, listing every serious or critical axe violation on the current page."""
    violations = accessibility_violations(page)
    if violations:
        pytest.fail(format_violations(violations, page.url), pytrace=False)
