"""The People First campaign as the site ships it, in English, Ukrainian and Russian.

`manage.py load_initial_content` brings it into the database: it creates what is
missing and updates what an earlier release wrote and staff have not edited since
(loader.py says how it tells the two apart). Every statement below rests on the
campaign's published facts (CAMPAIGN-FACTS.md: launch, conveners, figures, demands,
size of the coalition, the open letter of 26 November 2025). Nobody is quoted: the facts
hold no one's published words, and a quotation needs its source and date. The
campaign's own position is stated in the appeal, in the campaign's name.

Each object has a stable key ("demand-access", "page-about"): renaming a key makes
the loader treat the object as a new one, so keys never change once shipped.

The brand "People First" stays in Latin letters in every language (as the hashtag
#People1st does); the about page glosses it once in Ukrainian and Russian.
"""

from petitions.models import Petition

from ..models import Appeal, Demand, Endorser, KeyFigure, Page
from .appeal import APPEAL, FIGURES
from .demands import DEMANDS
from .endorsers import ENDORSERS
from .loader import Item
from .pages import PAGES, PETITION


def _fields(data):
    """Model field values: each three-language text becomes <field>_en/_uk/_ru."""
    values = {}
    for name, value in data.items():
        if isinstance(value, dict):
            values.update({f"{name}_{lang}": text for lang, text in value.items()})
        else:
            values[name] = value
    return values


def _appeal():
    return {"appeal": Appeal.current()}


def items():
    """Every shipped object, in the order it is created (the appeal before its figures)."""
    yield Item("appeal", Appeal, _fields(APPEAL), find=Appeal.current)
    for order, (key, value, suffix, label) in enumerate(FIGURES, start=1):
        fields = {"value": value, "suffix": suffix, "order": order, **_fields({"label": label})}
        yield Item(f"figure-{key}", KeyFigure, fields, create_with=_appeal)
    for order, (key, demand) in enumerate(DEMANDS, start=1):
        fields = {"order": order, "published": True, **_fields(demand)}
        yield Item(f"demand-{key}", Demand, fields)
    for order, (key, endorser) in enumerate(ENDORSERS, start=1):
        yield Item(f"endorser-{key}", Endorser, {"order": order, **_fields(endorser)})
    for slug, page in PAGES.items():
        yield Item(f"page-{slug}", Page, _fields(page), lookup={"slug": slug})
    petition = dict(PETITION)
    slug = petition.pop("slug")
    yield Item(f"petition-{slug}", Petition, _fields(petition), lookup={"slug": slug})
