"""Charts for the press page, drawn on the server as accessible SVG.

No JavaScript and no inline style (the CSP forbids both): geometry and colours are SVG
presentation attributes, which also keep a chart right when saved on its own; site.css
only sizes it. Each chart is an <svg role="img"> named by its <title> and described by
its <desc>, which states the data in words, because a screen reader does not read the
text inside an image.
"""

import math

from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

INK = "#14171a"
MUTED = "#4a5560"
BRAND = "#0b4f8a"
AREA = "#cfe0f0"
GRID = "#dde3e8"
# Sizes in SVG units, chosen for a phone: a chart about 340 px wide shows the 15-unit
# text at 12 px or more; site.css caps the width so that desktop text stays moderate.
LINE_WIDTH, LINE_HEIGHT = 440, 260
BAR_WIDTH, BAR_ROW, BAR_THICKNESS = 420, 46, 16
FONT_SIZE = 15
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"


def number(value):
    return number_format(value, force_grouping=True)


def nice_step(top, ticks=4):
    """A round step (1, 2, 2.5 or 5 x 10^k) that splits 0..top into about `ticks` parts."""
    if top <= ticks:
        return 1
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and step == int(step):
            return int(step)
    return int(10 * magnitude)  # unreachable: 10 x magnitude is always >= raw


def _svg(kind, chart_id, width, height, title, desc, body):
    return format_html(
        '<svg class="chart chart-{kind}" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" font-family="{font}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        "{body}</svg>",
        kind=kind,
        id=chart_id,
        w=width,
        h=height,
        font=FONT,
        title=title,
        desc=desc,
        body=body,
    )


def _date_label(day, with_year):
    label = date_format(day, "j M Y" if with_year else "j M")
    # Ukrainian and Russian write month abbreviations in lower case inside a date.
    return label.lower() if get_language() in ("uk", "ru") else label


def cumulative_chart(by_day, *, chart_id, title, desc):
    """An area chart of the running total: by_day is [(date, n, cumulative)], ascending."""
    width, height = LINE_WIDTH, LINE_HEIGHT
    top_value = by_day[-1][2] if by_day else 0
    step = nice_step(top_value)
    y_max = max(step, math.ceil(top_value / step) * step)
    ticks = list(range(0, y_max + 1, step))
    left = 14 + 9 * max(len(number(t)) for t in ticks)
    right, top, bottom = 8, 14, 40
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(i):
        return left + (plot_w * i / (len(by_day) - 1) if len(by_day) > 1 else plot_w)

    def y(value):
        return top + plot_h - plot_h * value / y_max

    parts = []
    for t in ticks:
        parts.append(
            format_html(
                '<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{y}" dy="0.35em" text-anchor="end" font-size="{size}" '
                'fill="{}">{}</text>',
                f"{left:.1f}",
                width - right,
                GRID,
                f"{left - 8:.1f}",
                MUTED,
                number(t),
                y=f"{y(t):.1f}",
                size=FONT_SIZE,
            )
        )
    if by_day:
        points = [(x(i), y(row[2])) for i, row in enumerate(by_day)]
        line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        base = f"{y(0):.1f}"
        if len(points) > 1:
            area = f"{points[0][0]:.1f},{base} {line} {points[-1][0]:.1f},{base}"
            parts.append(
                format_html('<polygon class="chart-area" points="{}" fill="{}"/>', area, AREA)
            )
            parts.append(
                format_html(
                    '<polyline class="chart-line" points="{}" fill="none" stroke="{}" '
                    'stroke-width="3" stroke-linejoin="round"/>',
                    line,
                    BRAND,
                )
            )
        last_x, last_y = points[-1]
        parts.append(
            format_html(
                '<circle class="chart-point" cx="{}" cy="{}" r="5" fill="{}"/>',
                f"{last_x:.1f}",
                f"{last_y:.1f}",
                BRAND,
            )
        )
        with_year = by_day[0][0].year != by_day[-1][0].year
        for i in _tick_indexes(len(by_day)):
            anchor = "end" if i == len(by_day) - 1 else "start" if i == 0 else "middle"
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="{}" font-size="{}" fill="{}">{}</text>',
                    f"{x(i):.1f}",
                    height - bottom + 24,
                    anchor,
                    FONT_SIZE,
                    MUTED,
                    _date_label(by_day[i][0], with_year),
                )
            )
    body = mark_safe("".join(parts))  # noqa: S308 - every part built by format_html
    return _svg("line", chart_id, width, height, title, desc, body)


def _tick_indexes(n, most=4):
    """Up to `most` evenly spread indexes of n points, always the first and the last."""
    if n <= most:
        return list(range(n))
    return sorted({round(i * (n - 1) / (most - 1)) for i in range(most)})


def bar_chart(rows, *, chart_id, title, desc):
    """Horizontal bars, the label above each bar and the value at its right end:
    narrow enough to stay readable on a phone. rows is [(label, value)], largest first."""
    width, row_height, bar_height = BAR_WIDTH, BAR_ROW, BAR_THICKNESS
    height = max(1, len(rows)) * row_height + 4
    top_value = max((value for _, value in rows), default=0) or 1
    parts = []
    for i, (label, value) in enumerate(rows):
        y0 = i * row_height
        bar_w = max(2.0, width * value / top_value)
        parts.append(
            format_html(
                '<text class="chart-label" x="0" y="{}" font-size="{size}" fill="{}">{}</text>'
                '<text class="chart-value" x="{}" y="{}" text-anchor="end" font-size="{size}" '
                'font-weight="bold" fill="{}">{}</text>'
                '<rect class="chart-bar" x="0" y="{}" width="{}" height="{}" rx="2" '
                'fill="{}"><title>{}: {}</title></rect>',
                y0 + 17,
                INK,
                label,
                width,
                y0 + 17,
                INK,
                number(value),
                y0 + 24,
                f"{bar_w:.1f}",
                bar_height,
                BRAND,
                label,
                number(value),
                size=FONT_SIZE,
            )
        )
    body = format_html_join("", "{}", ((p,) for p in parts))
    return _svg("bars", chart_id, width, height, title, desc, body)
