"""The press page: the count, the charts as accessible SVG, downloads, facts, logos,
the counter's snippet per language and the press contact."""

from html.parser import HTMLParser

import pytest

from campaign.models import Appeal, KeyFigure


class Svg(HTMLParser):
    """The elements and texts of the <svg> with a given id prefix in a page."""

    def __init__(self, html, chart_id):
        super().__init__(convert_charrefs=True)
        self.chart_id, self.inside, self.depth = chart_id, False, 0
        self.svg, self.elements, self.texts, self.all_texts = None, [], [], []
        self._text = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg" and attrs.get("aria-labelledby", "").startswith(self.chart_id + "-"):
            self.inside, self.svg = True, attrs
        elif self.inside:
            self.elements.append((tag, attrs))
            self._text = tag

    def handle_endtag(self, tag):
        if tag == "svg":
            self.inside = False

    def handle_startendtag(self, tag, attrs):
        if self.inside:
            self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        if self.inside and self._text == "text":
            self.texts.append(data)
        if self.inside and self._text in ("title", "desc"):
            self.all_texts.append((self._text, data))

    def all(self, tag):
        return [attrs for t, attrs in self.elements if t == tag]


@pytest.fixture
def signed(sign):
    sign("UA", 9, days_ago=3)
    sign("PL", 7, days_ago=1)
    sign("DE", 5)
    sign("FR", 1)


@pytest.fixture
def appeal(db):
    appeal = Appeal.objects.create(title_en="People first", lead_en="Lead.", body_en="Body.")
    KeyFigure.objects.create(
        appeal=appeal, value=16000, suffix="+", label_en="civilians held", order=1
    )
    return appeal


def test_the_country_chart_draws_one_labelled_bar_per_country(client, signed):
    html = client.get("/en/press/").content.decode()

    chart = Svg(html, "chart-countries")
    assert chart.svg["role"] == "img"
    assert chart.svg["aria-labelledby"] == "chart-countries-title chart-countries-desc"
    bars = chart.all("rect")
    assert len(bars) == 3
    assert [float(bar["width"]) for bar in bars] == [
        420.0,
        pytest.approx(420 * 7 / 9, 0.01),
        pytest.approx(420 * 5 / 9, 0.01),
    ]
    assert chart.texts == ["Ukraine", "9", "Poland", "7", "Germany", "5"]
    assert ("desc", "Ukraine: 9; Poland: 7; Germany: 5") in chart.all_texts
    assert ("title", "Signatures by country: the top 3") in chart.all_texts


def test_the_count_chart_shows_the_running_total_with_dates_and_a_description(client, signed):
    html = client.get("/en/press/").content.decode()

    chart = Svg(html, "chart-count")
    assert chart.svg["role"] == "img"
    assert len(chart.all("polyline")) == 1
    points = chart.all("polyline")[0]["points"].split()
    assert len(points) == 4  # four days, the empty one included
    heights = [float(point.split(",")[1]) for point in points]
    assert heights == sorted(heights, reverse=True)  # a running total never falls
    desc = dict(chart.all_texts)["desc"]
    assert "the number of signatures grew to 22" in desc
    assert "The most signatures in one day: 9" in desc
    assert "0" in chart.texts  # the axis starts at zero


def test_the_page_translates_its_chart_labels(client, signed):
    html = client.get("/uk/press/").content.decode()

    assert "Україна" in Svg(html, "chart-countries").texts


def test_it_shows_the_total_the_goal_downloads_facts_contact_and_logos(
    client, signed, appeal, settings
):
    response = client.get("/en/press/")
    html = response.content.decode()

    assert "<strong>22</strong>&nbsp;people have signed" in html
    assert "Goal: 1,000 signatures (2% reached)." in html
    for href in (
        "/petitions/people-first/totals.json",
        "/petitions/people-first/by-country.csv",
        "/petitions/people-first/by-day.csv",
        "/petitions/totals.json",
    ):
        assert f'href="{href}"' in html
    assert "CSV for spreadsheets: signatures per country, largest first." in html
    assert "<strong>16,000+</strong><span>civilians held</span>" in html
    assert f'href="mailto:{settings.PRESS_EMAIL}"' in html
    for logo in ("logo.svg", "logo.png", "logo-white.svg", "logo-white.png"):
        assert f'href="/static/img/{logo}" download' in html


def test_it_gives_the_counter_snippet_to_copy_in_each_language(client, signed, settings):
    html = client.get("/en/press/").content.decode()

    for lang in ("en", "uk", "ru"):
        snippet = f"&lt;iframe src=&quot;{settings.SITE_URL}/embed/people-first/?lang={lang}&quot;"
        assert snippet in html
    assert "title=&quot;People First: signature counter&quot;" in html
    assert '<iframe class="embed-preview" src="/embed/people-first/?lang=en"' in html


def test_the_page_follows_the_count_through_its_cache(client, sign):
    sign("UA", 5)
    first = client.get("/en/press/")
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=30"
    assert "<strong>5</strong>" in first.content.decode()

    sign("UA", 1)

    assert "<strong>6</strong>" in client.get("/en/press/").content.decode()


def test_before_the_first_signature_it_says_the_charts_will_come(client, petition):
    html = client.get("/en/press/").content.decode()

    assert "The charts appear with the first confirmed signatures." in html
    assert "<svg" not in html


def test_without_a_petition_it_still_shows_contact_and_logos(client, db, settings):
    html = client.get("/en/press/").content.decode()

    assert f'href="mailto:{settings.PRESS_EMAIL}"' in html
    assert "/static/img/logo.svg" in html
