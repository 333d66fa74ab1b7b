"""The SVG charts on their own: scales and escaping."""

import datetime

import pytest

from petitions import charts


@pytest.mark.parametrize(
    ("top", "step"),
    [(0, 1), (3, 1), (22, 10), (99, 25), (1000, 250), (12_345, 5_000), (1_000_000, 250_000)],
)
def test_the_axis_steps_are_round_numbers(top, step):
    assert charts.nice_step(top) == step


def test_labels_are_escaped():
    svg = charts.bar_chart([("<script>", 3)], chart_id="c", title="T & <b>", desc="D <i>")

    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert '<title id="c-title">T &amp; &lt;b&gt;</title>' in svg


def test_a_single_day_is_drawn_as_a_point():
    day = datetime.date(2026, 11, 28)

    svg = charts.cumulative_chart([(day, 4, 4)], chart_id="c", title="T", desc="D")

    assert "<circle" in svg
    assert "<polyline" not in svg
    assert "28 Nov" in svg


def test_no_chart_carries_a_style_attribute_or_a_script():
    day = datetime.date(2026, 11, 1)
    rows = [(day + datetime.timedelta(days=i), i, i * (i + 1) // 2) for i in range(40)]

    svg = charts.cumulative_chart(rows, chart_id="c", title="T", desc="D")
    svg += charts.bar_chart([("Ukraine", 5)], chart_id="d", title="T", desc="D")

    assert "style=" not in svg
    assert "<script" not in svg
