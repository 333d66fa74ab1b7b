"""Real-browser fixtures: one Chromium (Debian's, no download) for the whole session,
driven by Playwright against pytest-django's live server on the test database.

Every page fixture watches what the browser sees: console errors, uncaught exceptions
and requests to any host other than the live server fail the test at teardown."""

import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
# beside one unless told that this is fine (the test drives one request at a time).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LANGUAGES = ["en", "uk", "ru"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


class Watch:
    """What went wrong in the browser while a test ran."""

    def __init__(self, host):
        self.host = host
        self.errors = []
        self.foreign = []
        self.urls = []
        self.documents = set()

    def attach(self, page):
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("request", self._request)
        page.on("framenavigated", lambda frame: self.urls.append(frame.url))

    def _console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url")
        if message.text.startswith("Failed to load resource") and url in self.documents:
            return  # a page answered 4xx on purpose (a form with errors): tests check it
        self.errors.append(f"console: {message.text} ({url})")

    def _request(self, request):
        if request.resource_type == "document":
            self.documents.add(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.netloc != self.host:
            self.foreign.append(request.url)

    def check(self):
        assert self.errors == [], f"browser errors on {self.urls}: {self.errors}"
        assert self.foreign == [], f"requests to other hosts from {self.urls}: {self.foreign}"


def _open_page(browser, live_server, **options):
    """A page in a fresh context: no cookies and no HTTP cache from an earlier test (the
    public pages are cacheable, and the live server keeps one address all session)."""
    context = browser.new_context(locale="en-GB", viewport=DESKTOP, **options)
    context.set_default_timeout(10_000)
    watch = Watch(urlsplit(live_server.url).netloc)
    page = context.new_page()
    watch.attach(page)
    return page, watch


@pytest.fixture
def page(browser, live_server):
    """The site as a visitor meets it: its Content-Security-Policy enforced."""
    page, watch = _open_page(browser, live_server)
    yield page
    page.context.close()
    watch.check()


@pytest.fixture
def axe_page(browser, live_server):
    """CSP bypassed, so that the injected axe-core script may run."""
    page, watch = _open_page(browser, live_server, bypass_csp=True)
    yield page
    page.context.close()
    watch.check()


@pytest.fixture(autouse=True)
def _no_persistent_db_connections():
    """The live server answers each browser connection in its own thread, which Chromium
    keeps alive; a persistent database connection there would outlive the test and stop
    the test database from being dropped. Every connection object shares this dict."""
    from django.db import connections

    db = connections.settings["default"]
    before = db["CONN_MAX_AGE"]
    db["CONN_MAX_AGE"] = 0
    yield
    db["CONN_MAX_AGE"] = before


@pytest.fixture
def live_site(live_server, settings):
    """The live server with the real campaign content; links in emails point to it."""
    from django.core.management import call_command

    settings.SITE_URL = live_server.url
    call_command("load_initial_content", verbosity=0)
    return live_server


@pytest.fixture
def worker(live_site, request):
    """The real task worker process, started after SITE_URL points at the live server
    (worker_process hands SITE_URL to the process when it starts)."""
    return request.getfixturevalue("worker_process")


@pytest.fixture
def tokens(live_site):
    """A pending signature's confirm token and a confirmed one's withdraw token."""
    from petitions import rules
    from petitions import tokens as link_tokens
    from petitions.models import Petition
    from tests.petitions.factories import submit

    petition = Petition.objects.get(slug="people-first")
    fields = {"name": "Taras Shevchenko", "public": True, "language": "uk"}
    pending = submit(petition, "pending@example.org", **fields)
    confirmed = submit(petition, "confirmed@example.org", **fields)
    rules.confirm(confirmed)
    return {"confirm": pending, "withdraw": link_tokens.withdraw_for(confirmed)}


# --- helpers ---------------------------------------------------------------------------


def run_axe(page):
    """axe-core's WCAG 2.1 A/AA violations on the page, as readable lines."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return {
                passed: result.passes.length,
                violations: result.violations.map(v => ({
                    id: v.id, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')),
                    summary: v.nodes.map(n => n.failureSummary),
                })),
            };
        }""",
        WCAG_TAGS,
    )
    passed, violations = result["passed"], result["violations"]
    assert passed > 10, f"axe-core checked only {passed} rules on {page.url}"
    return [f"{v['id']}: {v['help']} -> {v['targets']} {v['summary'][:2]}" for v in violations]


def count_on(page):
    """The signature count shown in the page's counter, as an int."""
    text = page.locator(".counter .count strong").first.inner_text()
    return int(re.sub(r"\D", "", text))


def confirm_link(inbox, address):
    """The /confirm/ link in the one email sent to `address`."""
    messages = inbox.to(address)
    assert len(messages) == 1, [m["Subject"] for m in inbox.messages]
    match = re.search(r"https?://\S+/confirm/\S+/", inbox.text(messages[0]))
    assert match, inbox.text(messages[0])
    return match.group(0)


def wait_for_email(inbox, address, timeout=20):
    deadline = time.monotonic() + timeout
    while not inbox.to(address) and time.monotonic() < deadline:
        time.sleep(0.05)
    return inbox.to(address)


def focus_indicator(page):
    """The focused element's visible focus style: its outline or box-shadow, or None."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const s = getComputedStyle(el);
            if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                return `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`;
            if (s.boxShadow && s.boxShadow !== 'none') return `box-shadow ${s.boxShadow}`;
            return null;
        }"""
    )


def focused(page):
    """A short description of the focused element (tag, id, name, text)."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return [el.tagName.toLowerCase(), el.id, el.getAttribute('name') || '',
                    (el.innerText || '').trim().slice(0, 40)].join('|');
        }"""
    )


def tab_to(page, selector, key="Tab", limit=120):
    """Press Tab (or Shift+Tab) until the element matching `selector` has focus."""
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return stops
        stops.append(focused(page))
    raise AssertionError(f"{selector} never got focus; Tab stops were {stops}")


def site_pages(lang, tokens):
    """Every public page a visitor meets, by name, in one language."""
    return {
        "home": f"/{lang}/",
        "petition": f"/{lang}/petitions/people-first/",
        "thanks": f"/{lang}/thanks/{tokens['withdraw']}/",
        "confirm": f"/{lang}/confirm/{tokens['confirm']}/",
        "withdraw": f"/{lang}/withdraw/{tokens['withdraw']}/",
        "endorsers": f"/{lang}/endorsers/",
        "endorse": f"/{lang}/endorse/",
        "press": f"/{lang}/press/",
        "embed": f"/embed/people-first/?lang={lang}",
        "privacy": f"/{lang}/privacy/",
        "about": f"/{lang}/about/",
        "check inbox": f"/{lang}/petitions/people-first/check-your-inbox/",
    }


def press_keys(page, text):
    """Key presses as a keyboard with the text's layout sends them (e.g. Ukrainian):
    Playwright's own keyboard knows only the US layout and would insert Cyrillic text
    without key events, so a select's type-ahead would never see it."""
    cdp = page.context.new_cdp_session(page)
    try:
        for ch in text:
            cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": ch, "text": ch})
            cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})
    finally:
        cdp.detach()
