"""Issue 5, requirement 8: no page makes the browser ask another host for anything."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

PAGES = [
    "/",
    "/en/",
    "/uk/",
    "/ru/",
    "/en/endorsers/",
    "/en/endorse/",
    "/en/privacy/",
    "/en/about/",
    "/en/press/",
    "/en/petitions/people-first/",
    "/uk/petitions/people-first/",
    "/ru/privacy/",
]
# Plain links the reader chooses to follow (share buttons, endorsers' websites) may go
# anywhere; these make the browser load something by itself.
RESOURCE_LINK_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "manifest",
    "apple-touch-icon",
    "mask-icon",
}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


class Resources(HTMLParser):
    """Every URL the page makes the browser fetch or send to, and any inline code."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.urls, self.inline = [], []
        self._script_type = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "data", "poster"):
            if attrs.get(name):
                self.urls.append((tag, name, attrs[name]))
        for name in ("srcset", "imagesrcset"):
            for candidate in (attrs.get(name) or "").split(","):
                if candidate.strip():
                    self.urls.append((tag, name, candidate.split()[0]))
        if tag == "link":
            rels = set((attrs.get("rel") or "").lower().split())
            if rels & RESOURCE_LINK_RELS or not rels:
                self.urls.append((tag, "href", attrs.get("href") or ""))
        if tag == "form":
            self.urls.append((tag, "action", attrs.get("action") or ""))
        if tag in ("button", "input") and attrs.get("formaction"):
            self.urls.append((tag, "formaction", attrs["formaction"]))
        if tag == "meta" and re.match(r"(https?:)?//", attrs.get("content") or ""):
            self.urls.append((tag, "content", attrs["content"]))
        if "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline.append((tag, sorted(attrs)))
        if tag == "style":
            self.inline.append((tag, "<style> block"))
        self._script_type = (attrs.get("type") or "", "src" in attrs) if tag == "script" else None

    def handle_data(self, data):
        if self._script_type and data.strip():
            kind, has_src = self._script_type
            if kind not in DATA_SCRIPT_TYPES:
                self.inline.append(("script", data.strip()[:60]))

    def handle_endtag(self, tag):
        self._script_type = None


def is_own(url):
    if url.startswith(settings.SITE_URL + "/") or url == settings.SITE_URL:
        return True
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


@pytest.fixture
def site(db):
    call_command("load_initial_content", verbosity=0)


@pytest.mark.parametrize("path", PAGES)
def test_a_page_loads_nothing_from_another_host(client, site, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    found = Resources(html)

    assert found.urls, "the page loads no stylesheet at all?"
    foreign = [(tag, attr, url) for tag, attr, url in found.urls if not is_own(url)]
    assert foreign == []
    assert found.inline == []  # the strict CSP would block it anyway
    # reCAPTCHA is off unless configured: nothing of Google's anywhere.
    for needle in ("google", "gstatic", "recaptcha"):
        assert needle not in html.casefold()


def test_the_stylesheets_load_nothing_from_another_host(client, site):
    found = Resources(client.get("/en/").content.decode())
    sheets = [url for tag, attr, url in found.urls if url.endswith(".css")]
    assert sheets
    for url in sheets:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        css = Path(path).read_text(encoding="utf-8")
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css), url
