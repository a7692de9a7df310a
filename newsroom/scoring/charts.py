"""Tiny server-rendered SVG charts for the dashboard (no JavaScript, no CDN).

Each function returns SVG markup built from numbers we computed and labels escaped here, so it is
safe to mark safe. Every chart carries a <title> and the page shows the same figures as a table.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

PALETTE = ("#1f6feb", "#d1242f", "#8250df", "#1a7f37", "#bf8700", "#57606a")

# One colour per clause, the same everywhere: the dashboard's bars, the console's badges and report
# counts (scoring.css repeats them as .badge-<clause>; tests/scoring/test_charts_colours.py checks).
# A kind of abuse has the colour of abuse.
CLAUSE_COLOURS = {
    "profanity": "#d1242f",
    "vulgarity": "#bc4c00",
    "threat": "#82071e",
    "personal_attack": "#8250df",
    "abuse": "#0550ae",
    "promotion": "#9a6700",
    "off_topic": "#57606a",
    "duplicate": "#6e7781",
    "banned": "#24292f",
    "approved": "#1a7f37",
}


def _fmt(value):
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}"
    return f"{int(value)}"


def _nice_max(value):
    """Round the top of the axis up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def line_chart(series, *, title, width=640, height=220, y_label=""):
    """series: [(name, [(x_label, y or None), ...]), ...], all with the same x labels."""
    pad_l, pad_r, pad_t, pad_b = 48, 12, 24, 40
    inner_w, inner_h = width - pad_l - pad_r, height - pad_t - pad_b
    xs = [x for x, _ in series[0][1]] if series and series[0][1] else []
    values = [y for _, points in series for _, y in points if y is not None]
    top = _nice_max(max(values) if values else 0)
    n = max(len(xs) - 1, 1)

    def px(i):
        return pad_l + inner_w * i / n

    def py(y):
        return pad_t + inner_h * (1 - y / top)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="{pad_l}" y="14" class="chart-title">{escape(title)}</text>',
    ]
    for frac in (0, 0.5, 1):
        y = pad_t + inner_h * (1 - frac)
        parts.append(f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(
            f'<text x="{pad_l - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{_fmt(top * frac)}</text>'
        )
    step = max(1, len(xs) // 8)
    for i, x in enumerate(xs):
        if i % step == 0 or i == len(xs) - 1:
            parts.append(
                f'<text x="{px(i):.1f}" y="{height - pad_b + 16}" text-anchor="middle" '
                f'class="tick">{escape(x)}</text>'
            )
    if y_label:
        parts.append(f'<text x="4" y="{pad_t - 8}" class="tick">{escape(y_label)}</text>')
    for k, (name, points) in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        coords = [f"{px(i):.1f},{py(y):.1f}" for i, (_, y) in enumerate(points) if y is not None]
        if len(coords) > 1:
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(coords)}"/>'
            )
        for i, (x, y) in enumerate(points):
            if y is not None:
                parts.append(
                    f'<circle cx="{px(i):.1f}" cy="{py(y):.1f}" r="2.5" fill="{colour}">'
                    f"<title>{escape(name)} {escape(x)}: {_fmt(y)}</title></circle>"
                )
        lx = pad_l + 130 * k
        parts.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{lx + 14}" y="{height - 5}" class="tick">{escape(name)}</text>')
    parts.append("</svg>")
    # Safe: numbers formatted here, every label escaped.
    return mark_safe("".join(parts))  # nosec B308, B703


def bar_chart(items, *, title, width=640, bar_height=18, label_width=None, colours=None):
    """Horizontal bars. items: [(label, value), ...] (value >= 0); colours: one per item (e.g. the
    clause's colour), else the palette. Labels are never cut: the label column and the chart widen
    to the longest label (about 6.6 px a character at 11 px)."""
    longest = max((len(str(label)) for label, _ in items), default=10)
    if label_width is None:
        label_width = max(120, int(longest * 6.6) + 12)
    width = max(width, label_width + 260)
    pad_t = 24
    height = pad_t + len(items) * (bar_height + 6) + 8
    top = max((v for _, v in items), default=0) or 1
    inner_w = width - label_width - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="0" y="14" class="chart-title">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(items):
        y = pad_t + i * (bar_height + 6)
        w = inner_w * (value / top)
        colour = colours[i] if colours else PALETTE[i % len(PALETTE)]
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" '
            f'class="tick">{escape(str(label))}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="{colour}">'
            f"<title>{escape(label)}: {_fmt(value)}</title></rect>"
        )
        parts.append(
            f'<text x="{label_width + w + 4:.1f}" y="{y + bar_height - 5}" class="tick">{_fmt(value)}</text>'
        )
    parts.append("</svg>")
    # Safe: numbers formatted here, every label escaped.
    return mark_safe("".join(parts))  # nosec B308, B703
