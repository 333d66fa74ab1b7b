"""Helpers for writing the content: one value in three languages."""

NNBSP = "\u202f"


def _t(en, uk, ru):
    """One text in the site's three languages."""
    return {"en": en, "uk": uk, "ru": ru}


def _paragraphs(*paragraphs):
    return "\n\n".join(paragraphs)
