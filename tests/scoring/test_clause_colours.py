"""One colour per clause, the same on the dashboard and in the console (issue 10)."""

import re
from pathlib import Path

from newsroom.guidelines.clauses import ABUSE_KINDS, CLAUSES
from newsroom.scoring.charts import CLAUSE_COLOURS, bar_chart

CSS = Path(__file__).resolve().parents[2] / "newsroom" / "scoring" / "static" / "scoring" / "scoring.css"


def test_every_clause_has_one_distinct_colour_used_by_the_badges():
    assert set(CLAUSES) <= set(CLAUSE_COLOURS)
    assert len(set(CLAUSE_COLOURS.values())) == len(CLAUSE_COLOURS)
    css = CSS.read_text()
    for clause in CLAUSES:
        rule = re.search(r"([^}]*\.badge-" + clause + r"\b[^{]*)\{([^}]*)\}", css)
        assert rule and f"background: {CLAUSE_COLOURS[clause]}" in rule.group(2), clause
    for kind in ABUSE_KINDS:  # a kind of abuse wears the colour of abuse
        assert re.search(r"\.badge-" + kind + r"\b[^{]*\{[^}]*background: " + CLAUSE_COLOURS["abuse"], css)


def test_bar_chart_uses_the_given_colours_and_never_cuts_labels():
    label = "Commercial or personal promotion, and a very long label besides"
    svg = bar_chart([(label, 3), ("Threat", 1)], title="t",
                    colours=[CLAUSE_COLOURS["promotion"], CLAUSE_COLOURS["threat"]])
    assert f'fill="{CLAUSE_COLOURS["promotion"]}"' in svg and f'fill="{CLAUSE_COLOURS["threat"]}"' in svg
    assert f">{label}</text>" in svg
    width = int(re.search(r'viewBox="0 0 (\d+)', svg).group(1))
    assert width >= len(label) * 6.6 + 260
