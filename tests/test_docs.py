"""References that resolve: every "docs/….md" a comment, docstring, template or document
names exists, with the heading it quotes; README references name a heading that
exists; nothing points outside the repository (the shared notes of the machine the code
was written on are not here)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *ROOT.glob("people_first/**/*.py"),
    *ROOT.glob("petitions/**/*.py"),
    *ROOT.glob("campaign/**/*.py"),
    *ROOT.glob("templates/**/*.html"),
    *ROOT.glob("tests/**/*.py"),
    *ROOT.glob("bench/*.py"),
    *ROOT.glob("docs/*.md"),
    ROOT / "README.md",
    ROOT / "Makefile",
    ROOT / "Dockerfile",
    ROOT / "gunicorn.conf.py",
    ROOT / "pyproject.toml",
    ROOT / ".ci" / "run",
]
# "docs/operations.md", optionally followed by , "Heading" (straight or curly quotes;
# a heading may wrap onto the next comment line) or by #anchor.
DOC = re.compile(r"docs/([\w-]+\.md)(?:#([\w-]+)|,\s*[\"“']([^\"”']+)[\"”'])?")
README = re.compile(r"README(?:\.md)?(?:#([\w-]+)|,\s*[\"“']([^\"”']+)[\"”'])")
OUTSIDE = re.compile(r"STACK-NOTES|\.\./shared/")


def sources():
    return [path for path in SOURCES if path.is_file() and path != Path(__file__)]


def headings(path):
    return [m[1].strip() for m in re.finditer(r"^#+\s+(.+)$", path.read_text(), re.M)]


def anchor(heading):
    """The anchor GitHub makes of a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def unwrapped(text):
    """Comment and docstring continuation lines joined, so a quoted heading that wraps
    onto the next line reads whole."""
    return re.sub(r"\s*\n\s*(?:#\s*)?", " ", text)


def references(pattern):
    for path in sources():
        for match in pattern.finditer(unwrapped(path.read_text(errors="replace"))):
            yield path.relative_to(ROOT), match


def check(target, anchor_name, heading):
    if not target.is_file():
        return f"{target.relative_to(ROOT)} does not exist"
    names = headings(target)
    if heading and heading not in names:
        return f"{target.relative_to(ROOT)} has no heading {heading!r}"
    if anchor_name and anchor_name not in {anchor(name) for name in names}:
        return f"{target.relative_to(ROOT)} has no anchor #{anchor_name}"
    return None


def test_every_reference_to_a_document_resolves():
    broken = []
    for path, match in references(DOC):
        if problem := check(ROOT / "docs" / match[1], match[2], match[3]):
            broken.append(f"{path}: {problem}")
    for path, match in references(README):
        if problem := check(ROOT / "README.md", match[1], match[2]):
            broken.append(f"{path}: {problem}")
    assert broken == []


def test_the_documents_it_names_are_all_there():
    named = {match[1] for _, match in references(DOC)}

    assert {
        "architecture.md",
        "operations.md",
        "security.md",
        "performance.md",
        "upgrading.md",
        "translation.md",
    } <= named
    assert all((ROOT / "docs" / name).is_file() for name in named)


def test_nothing_points_outside_the_repository():
    outside = [
        f"{path}: {match[0]}"
        for path in sources()
        for match in OUTSIDE.finditer(path.read_text(errors="replace"))
    ]

    assert outside == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('see docs/operations.md, "Settings".', None),
        ('see docs/operations.md, "No such heading".', "has no heading"),
        ("see docs/nothing.md.", "does not exist"),
        ("(docs/operations.md#failures)", None),
        ("(docs/operations.md#nowhere)", "has no anchor"),
    ],
)
def test_the_checker_itself_finds_broken_references(text, expected):
    match = DOC.search(unwrapped(text))
    problem = check(ROOT / "docs" / match[1], match[2], match[3])

    assert (problem is None) if expected is None else (expected in problem)
