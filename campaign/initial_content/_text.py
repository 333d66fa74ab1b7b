"""Helpers for writing the content: one value in three languages, typeset.

The Ukrainian and Russian texts are written in this package with ordinary spaces, and
_t() sets them as CAMPAIGN-FACTS.md asks: a no-break space inside a number (16 000),
between a number and the word after it (24 лютого, 2022 року) and before a dash. The
no-break space is U+00A0, the character Django's uk and ru formats group digits with,
so a figure in the text and a count on the page are written the same way.
"""

import re

NBSP = "\u00a0"

RULES = [
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), NBSP),  # 16 000
    (re.compile(r"(?<=\d) (?=[^\W\d_])"), NBSP),  # 24 лютого, 2022 року, 73 організації
    (re.compile(r" (?=[—–])"), NBSP),  # a dash stays on the line of the word before it
]


def typeset(text):
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text


def _t(en, uk, ru):
    """One text in the site's three languages."""
    return {"en": en, "uk": typeset(uk), "ru": typeset(ru)}


def _paragraphs(*paragraphs):
    return "\n\n".join(paragraphs)
