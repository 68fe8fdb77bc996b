"""A small bar chart as inline SVG, drawn on the server: no scripts, no fonts.

Accessible: `role="img"`, a `<title>` and a `<desc>` that says in words what
the bars show, and a `<title>` on each bar for pointer users.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.utils.html import escape

from .dates import format_date

BAR = 12
GAP = 3
HEIGHT = 80
LABEL = 14


def weekly_bars_svg(
    weeks: Sequence[tuple[date, int]], *, title: str, chart_id: str = "chart"
) -> str:
    """Return an SVG bar chart of `weeks` (week start, count), oldest first."""
    highest = max((count for _, count in weeks), default=0)
    width = max(len(weeks), 1) * (BAR + GAP)
    bars = [
        _bar(index, start, count, highest) for index, (start, count) in enumerate(weeks)
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{HEIGHT + LABEL}" '
        f'viewBox="0 0 {width} {HEIGHT + LABEL}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(describe(weeks))}</desc>'
        f"{''.join(bars)}"
        f'<text x="0" y="{HEIGHT + LABEL - 2}" font-size="10">{highest} max</text>'
        "</svg>"
    )


def describe(weeks: Sequence[tuple[date, int]]) -> str:
    """Say in one sentence what the chart shows."""
    if not weeks:
        return "No weeks to show."
    total = sum(count for _, count in weeks)
    first, last = weeks[0][0], weeks[-1][0]
    busiest, most = max(weeks, key=lambda week: (week[1], week[0]))
    text = (
        f"{total} clipping{'s' if total != 1 else ''} in the {len(weeks)} weeks "
        f"from {format_date(first)} to the week of {format_date(last)}"
    )
    if most:
        text += f"; the most, {most}, in the week of {format_date(busiest)}"
    return text + "."


def _bar(index: int, start: date, count: int, highest: int) -> str:
    height = round(HEIGHT * count / highest) if highest else 0
    x = index * (BAR + GAP)
    y = HEIGHT - height
    label = escape(f"Week of {format_date(start)}: {count}")
    # A 1px stub keeps empty weeks visible on the axis.
    return (
        f'<rect x="{x}" y="{y - 1 if not height else y}" width="{BAR}" '
        f'height="{height or 1}" fill="currentColor"><title>{label}</title></rect>'
    )
