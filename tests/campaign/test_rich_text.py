"""Staff-written texts keep their formatting and never carry markup that runs."""

import pytest

from people_first.templatetags.site_tags import rich_text
from tests.campaign.conftest import save_change_form


def test_blank_lines_make_paragraphs_and_single_newlines_breaks():
    assert rich_text("First line\nsecond line\n\nNext paragraph") == (
        "<p>First line<br>second line</p>\n\n<p>Next paragraph</p>"
    )


def test_emphasis_strong_lists_and_https_links_survive():
    html = (
        "<p>We <em>demand</em> the <strong>release</strong> of "
        '<a href="https://www.icrc.org/en">all captives</a>.</p>'
        "<ul><li>civilians</li><li>prisoners of war</li></ul>"
    )

    assert rich_text(html) == (
        '<p>We <em>demand</em> the <strong>release</strong> of <a href="https://www.icrc.org/en" '
        'rel="noopener noreferrer">all captives</a>.</p>'
        "<ul><li>civilians</li><li>prisoners of war</li></ul>"
    )


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<p onclick="alert(1)">Hi</p>', "<p>Hi</p>"),
        (
            '<p><a href="javascript:alert(1)">link</a></p>',
            '<p><a rel="noopener noreferrer">link</a></p>',
        ),
        (
            '<p><a href=" JaVaScRiPt:alert(1)">link</a></p>',
            '<p><a rel="noopener noreferrer">link</a></p>',
        ),
        (
            '<p><a href="data:text/html,<script>alert(1)</script>">x</a></p>',
            '<p><a rel="noopener noreferrer">x</a></p>',
        ),
        ('<p><img src="x" onerror="alert(1)">Hi</p>', "<p>Hi</p>"),
        ('<p><iframe src="https://evil.example"></iframe>Hi</p>', "<p>Hi</p>"),
        ('<p style="position:fixed">Hi</p>', "<p>Hi</p>"),
        ("<p><style>body{display:none}</style>Hi</p>", "<p>Hi</p>"),
        (
            '<p><a href="https://ok.example" target="_top">x</a></p>',
            '<p><a href="https://ok.example" rel="noopener noreferrer">x</a></p>',
        ),
        ("<p>1 < 2 & 3 > 2</p>", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"),
        ("<svg><script>alert(1)</script></svg>", "<p></p>"),
    ],
)
def test_markup_that_could_run_or_restyle_the_page_is_removed(dirty, clean):
    assert rich_text(dirty) == clean


def test_empty_text_gives_empty_html():
    assert rich_text(None) == ""
    assert rich_text("") == ""


def test_the_appeal_body_reaches_the_home_page_sanitised(client, appeal, editor_client):
    save_change_form(
        editor_client,
        appeal,
        body_en=(
            "Thousands are held <em>incommunicado</em>.\n\n"
            '<strong>Free them</strong>: <a href="https://example.org/report">the report</a>, '
            '<a href="javascript:alert(document.cookie)">a trap</a>'
            '<script>alert("appeal")</script><b onclick="alert(2)">bold</b>'
        ),
    )

    page = client.get("/en/").content.decode()
    assert "<p>Thousands are held <em>incommunicado</em>.</p>" in page
    assert '<strong>Free them</strong>: <a href="https://example.org/report" rel="noopener' in page
    assert "javascript:" not in page
    assert 'alert("appeal")' not in page
    assert "onclick" not in page
    assert '<a rel="noopener noreferrer">a trap</a>' in page
