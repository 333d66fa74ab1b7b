"""The People First campaign as the site ships it, in English, Ukrainian and Russian.

`manage.py load_initial_content` calls create() once, on a database without an appeal;
staff edit everything afterwards in the admin. Every statement below rests on the
campaign's published facts (launch, conveners, figures, demands, size of the coalition,
the open letter of 26 November 2025). No real person is quoted: the one statement is the
coalition's own position, in other words.

The brand "People First" stays in Latin letters in every language (as the hashtag
#People1st does); the about page glosses it once in Ukrainian and Russian.
"""

from petitions.models import Petition

from ..models import Appeal, Demand, Endorser, KeyFigure, Page, Statement
from .appeal import APPEAL, FIGURES
from .demands import DEMANDS
from .endorsers import ENDORSERS, STATEMENTS
from .pages import PAGES, PETITION


def _fields(data):
    """Model keyword arguments: each three-language text becomes <field>_en/_uk/_ru."""
    kwargs = {}
    for name, value in data.items():
        if isinstance(value, dict):
            kwargs.update({f"{name}_{lang}": text for lang, text in value.items()})
        else:
            kwargs[name] = value
    return kwargs


def create():
    appeal = Appeal.objects.create(**_fields(APPEAL))
    for order, (number, label) in enumerate(FIGURES, start=1):
        KeyFigure.objects.create(
            appeal=appeal, number=number, order=order, **_fields({"label": label})
        )
    for order, demand in enumerate(DEMANDS, start=1):
        Demand.objects.create(order=order, published=True, **_fields(demand))
    for order, endorser in enumerate(ENDORSERS, start=1):
        Endorser.objects.create(order=order, **_fields(endorser))
    for order, statement in enumerate(STATEMENTS, start=1):
        Statement.objects.create(order=order, **_fields(statement))
    for slug, page in PAGES.items():
        Page.objects.create(slug=slug, **_fields(page))
    Petition.objects.create(**_fields(PETITION))
