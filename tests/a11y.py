"""Accessibility checks with axe-core 4.14.1, vendored from npm in tests/vendor/axe-core (no CDN)."""

from pathlib import Path

AXE_VERSION = "4.14.1"
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


def serious_violations(page, context=None):
    """Run axe on the page (or a CSS selector within it); the violations of impact serious or
    critical, as readable strings. Open the page's context with bypass_csp=True so axe can run."""
    if not page.evaluate("() => !!window.axe"):
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (context) => await axe.run(context || document, {resultTypes: ['violations']})", context
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] for n in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
