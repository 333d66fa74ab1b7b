"""Screenshots a person looks at (README.md, "Screenshots"): home on a desktop and on a
phone, and the press page, in each language, written to screenshots/."""

import struct

import pytest

from .conftest import DESKTOP, LANGUAGES, PHONE, ROOT

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "screenshots"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path):
    """(width, height) from a PNG file's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE, path
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_it_writes_screenshots_of_home_and_press(page, live_site, lang):
    SCREENSHOTS.mkdir(exist_ok=True)
    shots = {
        f"home-{lang}-desktop.png": (f"/{lang}/", DESKTOP),
        f"home-{lang}-phone.png": (f"/{lang}/", PHONE),
        f"press-{lang}.png": (f"/{lang}/press/", DESKTOP),
    }
    for filename, (path, viewport) in shots.items():
        (SCREENSHOTS / filename).unlink(missing_ok=True)
        page.set_viewport_size(viewport)
        page.goto(live_site.url + path)
        page.screenshot(path=SCREENSHOTS / filename, full_page=True)

    for filename, (_, viewport) in shots.items():
        file = SCREENSHOTS / filename
        width, height = png_size(file)
        assert width == viewport["width"], filename
        assert height >= viewport["height"], filename
        assert file.stat().st_size > 20_000, filename
