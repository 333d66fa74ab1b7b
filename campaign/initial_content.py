"""The People First campaign as the site ships it (placeholder until the full text lands)."""

from petitions.models import Petition

from .models import Appeal, Demand, Endorser, KeyFigure, Page


def create():
    appeal = Appeal.objects.create(
        title_en="People first: free all captives of Russia's war against Ukraine",
        lead_en="Any agreement to end the war must begin with the release of every captive.",
        body_en="The war has torn thousands of people from their families.",
    )
    KeyFigure.objects.create(
        appeal=appeal, number="16,000+", label_en="Ukrainian civilians held by Russia", order=1
    )
    Demand.objects.create(title_en="Release all civilians", text_en="Release them.", order=1)
    Endorser.objects.create(
        name_en="Center for Civil Liberties", kind="nobel", country="UA", featured=True, order=1
    )
    Page.objects.create(slug="privacy", title_en="Privacy notice", body_en="We protect signers.")
    Page.objects.create(slug="about", title_en="About the campaign", body_en="People First.")
    Petition.objects.create(
        slug="people-first", title_en="People First", text_en="Sign.", featured=True, goal=100000
    )
