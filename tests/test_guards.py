"""Cheap guards, written once: migrations, every public page's structure, translations."""

import re
import shutil
import subprocess
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "uk", "ru"]
PUBLIC_PAGES = [
    "",
    "endorsers/",
    "endorse/",
    "endorse/thanks/",
    "privacy/",
    "about/",
    "press/",
    "petitions/people-first/",
]


class Page(HTMLParser):
    """What a guard needs to know about one HTML page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs dict) in document order
        self.headings = []  # heading levels in document order
        self.inline_scripts = 0
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "script":
            self._in_script = True
            if not attrs.get("src"):
                self.inline_scripts += 1

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def all(self, tag):
        return [attrs for t, attrs in self.tags if t == tag]

    def attribute_names(self):
        return {name for _, attrs in self.tags for name in attrs}


def get_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Page(response.content.decode())


@pytest.fixture
def site(db):
    call_command("load_initial_content", stdout=StringIO())


def test_it_has_no_pending_migrations(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_answers_with_one_h1_and_landmarks(client, site, lang, path):
    url = f"/{lang}/{path}"
    page = get_page(client, url)

    assert page.headings.count(1) == 1, url
    assert page.all("html")[0].get("lang") == lang
    skip_links = [a for a in page.all("a") if a.get("href") == "#main"]
    assert skip_links, f"{url} has no skip link"
    first_header = page.tags.index(("header", page.all("header")[0]))
    assert page.tags.index(("a", skip_links[0])) < first_header, "skip link comes first"
    mains = page.all("main")
    assert len(mains) == 1 and mains[0].get("id") == "main"
    assert len(page.all("header")) >= 1
    assert len(page.all("footer")) >= 1
    assert len(page.all("nav")) >= 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_holds_under_a_strict_content_security_policy(client, site, lang, path):
    page = get_page(client, f"/{lang}/{path}")

    assert page.inline_scripts == 0
    assert "style" not in page.attribute_names()
    assert not [name for name in page.attribute_names() if name.startswith("on")]
    assert not page.all("style")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_loads_nothing_from_other_hosts(client, site, path):
    page = get_page(client, f"/en/{path}")

    loaded = [a.get("src") for t in ("script", "img", "iframe") for a in page.all(t)]
    loaded += [a.get("href") for a in page.all("link") if a.get("rel") in ("stylesheet", "icon")]
    assert loaded, "the page loads at least its stylesheet"
    for url in loaded:
        assert url.startswith("/") and not url.startswith("//"), url


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_starts_with_its_h1_and_never_skips_a_heading_level(client, site, path):
    page = get_page(client, f"/en/{path}")

    assert page.headings[0] == 1
    for previous, level in zip(page.headings, page.headings[1:], strict=False):
        assert level <= previous + 1, page.headings


# --- Translations -----------------------------------------------------------------------


def po_entries(path):
    """(msgid, [msgstr...], flags) of every entry of a .po file, without the header and
    the obsolete `#~` entries. A tiny parser: the format is line-based and regular."""
    entries, entry, field, flags = [], None, None, set()

    def start():
        nonlocal entry, flags
        if entry and entry["msgid"]:
            entries.append((entry["msgid"], list(entry["msgstr"].values()), entry["flags"]))
        entry, flags = {"msgid": "", "msgstr": {}, "flags": flags}, set()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        keyword, _, rest = line.partition(" ")
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
        elif not line or line.startswith("#"):
            continue
        elif line.startswith('"'):
            if field == "msgid":
                entry["msgid"] += eval_po_string(line)
            elif field.startswith("msgstr"):
                entry["msgstr"][field] += eval_po_string(line)
        elif keyword == "msgctxt":
            start()
            field = keyword
        elif keyword == "msgid":
            if field != "msgctxt":
                start()
            field = keyword
            entry["msgid"] = eval_po_string(rest)
        elif keyword == "msgid_plural":
            field = keyword
        elif keyword.startswith("msgstr"):
            field = keyword
            entry["msgstr"][keyword] = eval_po_string(rest)
    start()
    return entries


def eval_po_string(quoted):
    """The text of a quoted .po string ("a\\"b\\n" -> a"b + newline)."""
    body = quoted.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), body)


def problems(path):
    found = []
    for msgid, msgstrs, flags in po_entries(path):
        if "fuzzy" in flags:
            found.append(f"fuzzy: {msgid!r}")
        elif not msgstrs or not all(msgstrs):
            found.append(f"untranslated: {msgid!r}")
    return found


def test_the_po_parser_finds_untranslated_and_fuzzy_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: uk\\n"\n\n'
        'msgid "Done"\nmsgstr "Готово"\n\n'
        'msgid "Missing"\nmsgstr ""\n\n'
        '#, fuzzy, python-format\nmsgid "Guess"\nmsgstr "Здогад"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "один"\nmsgstr[1] ""\n\n'
        'msgctxt "menu"\nmsgid "Sign"\nmsgstr ""\n"Підписати"\n\n'
        '#~ msgid "Old"\n#~ msgstr ""\n',
        encoding="utf-8",
    )

    assert problems(po) == [
        "untranslated: 'Missing'",
        "fuzzy: 'Guess'",
        "untranslated: 'one'",
    ]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_translation_has_no_untranslated_or_fuzzy_entries(lang):
    po = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"

    assert po.is_file(), f"{po.relative_to(ROOT)} is missing"
    assert problems(po) == []


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_translation_covers_every_string_in_the_code(lang, tmp_path, monkeypatch):
    """makemessages, run on a copy of the code and the catalogue (it writes into any
    `locale` folder it finds), finds nothing new to translate."""
    po = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    assert po.is_file(), f"{po.relative_to(ROOT)} is missing"
    skip = {"tests", "bench", "node_modules", "staticfiles", "media", "scripts"}
    for source in ROOT.iterdir():
        if source.is_dir() and not source.name.startswith(".") and source.name not in skip:
            shutil.copytree(source, tmp_path / source.name)
    monkeypatch.chdir(tmp_path)

    with override_settings(LOCALE_PATHS=[str(tmp_path / "locale")]):
        call_command("makemessages", locale=[lang], no_obsolete=True, verbosity=0)

    assert problems(tmp_path / "locale" / lang / "LC_MESSAGES" / "django.po") == []


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_translation_compiles_without_errors(lang, tmp_path):
    po = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    assert po.is_file(), f"{po.relative_to(ROOT)} is missing"

    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


def test_the_docker_image_build_step_runs_without_production_secrets(tmp_path):
    """No Docker engine runs here: the Dockerfile's build step (static files and
    translations, with placeholder secrets) runs as written, in a copy of the tree."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        target = tmp_path / name.decode()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name.decode(), target)
    joined = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    step = [line[4:] for line in joined.splitlines() if line.startswith("RUN ")][-1]
    step = step.replace("&& chown -R app:app /app/staticfiles /app/locale", "")
    assert "/app" not in step  # the copy is not at /app: everything else is relative

    python_bin = Path(shutil.which("python", path=str(ROOT / ".venv" / "bin"))).parent
    clean = {"PATH": f"{python_bin}:/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    done = subprocess.run(["sh", "-c", step], cwd=tmp_path, env=clean, capture_output=True)

    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert (tmp_path / "staticfiles" / "staticfiles.json").exists()
    for lang in ["uk", "ru"]:
        assert (tmp_path / "locale" / lang / "LC_MESSAGES" / "django.mo").stat().st_size > 0
