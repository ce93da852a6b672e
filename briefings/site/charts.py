"""Charts drawn at build time as inline SVG: no chart library in the
browser, so they print, work from a copy on disk and need no request.

One shape serves every chart of the site: bars over an ordered series
(days, weeks, articles), read right to left as the page is, so the
earliest bar stands at the right and the latest at the left. Each bar
carries its label and value as a <title> (a tooltip, and what a screen
reader says); the extreme labels and the largest value are printed.
The SVG is one line: a blank line would end Markdown's raw HTML block.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from markupsafe import Markup

from briefings.site.render import esc, number

WIDTH, HEIGHT = 640, 120
PAD = 18  # room for the labels under the bars and the value above them
MAX_BARS = 120  # a series longer than this keeps its latest bars


def bars(points: list[tuple[str, float]], caption: str, unit: str = "") -> Markup:
    """A bar chart of (label, value) in order, earliest first; empty
    markup for a series of fewer than two points: one bar is a block the
    chart's width that says no more than the count beside it (a site of
    one day, an actor of one week)."""
    points = points[-MAX_BARS:]
    if len(points) < 2:
        return Markup("")
    top = max(v for _, v in points) or 1
    step = WIDTH / len(points)
    gap = min(2.0, step / 4)
    inner = HEIGHT - 2 * PAD
    parts = []
    for k, (label, v) in enumerate(points):
        h = max(1.0, inner * v / top) if v else 0.0
        x = WIDTH - (k + 1) * step + gap / 2  # right to left
        y = PAD + inner - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step - gap:.1f}" height="{h:.1f}">'
                     f"<title>{esc(label)}: {esc(number(v))} {esc(unit)}</title></rect>")
    first, last = points[0][0], points[-1][0]
    labels = (f'<text x="{WIDTH - 2}" y="{HEIGHT - 4}" text-anchor="start">{esc(first)}</text>'
              f'<text x="2" y="{HEIGHT - 4}" text-anchor="end">{esc(last)}</text>')
    peak = f'<text x="{WIDTH - 2}" y="12" text-anchor="start">{esc("الأعلى")}: {esc(number(top))} {esc(unit)}</text>'
    svg = (f'<svg class="bf-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{esc(caption)}" '
           f'xmlns="http://www.w3.org/2000/svg" direction="rtl"><title>{esc(caption)}</title>'
           f'<line x1="0" y1="{HEIGHT - PAD}" x2="{WIDTH}" y2="{HEIGHT - PAD}" class="bf-axis"/>'
           f'{"".join(parts)}{labels}{peak}</svg>')
    return Markup(f'<figure class="bf-figure" markdown="0">{svg}<figcaption>{esc(caption)}</figcaption></figure>')


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def per_day(dates: list[str | None]) -> list[tuple[str, float]]:
    """Articles a day, every day from the first to the last (a day with
    none is a bar of zero, so the axis is time)."""
    days = Counter(d for d in map(_day, dates) if d)
    if not days:
        return []
    first, last = min(days), max(days)
    if (last - first).days >= MAX_BARS:
        first = last - dt.timedelta(days=MAX_BARS - 1)
    return [((first + dt.timedelta(n)).isoformat(), days.get(first + dt.timedelta(n), 0))
            for n in range((last - first).days + 1)]


def per_week(dates: list[str | None]) -> list[tuple[str, float]]:
    """Counts a week (weeks starting on Saturday, as the Saudi week does),
    every week from the first to the last."""
    weeks = Counter()
    for d in map(_day, dates):
        if d:
            weeks[d - dt.timedelta((d.weekday() - 5) % 7)] += 1
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    count = min((last - first).days // 7 + 1, MAX_BARS)
    start = last - dt.timedelta(weeks=count - 1)
    return [((start + dt.timedelta(weeks=n)).isoformat(), weeks.get(start + dt.timedelta(weeks=n), 0))
            for n in range(count)]
