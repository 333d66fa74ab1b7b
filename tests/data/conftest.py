"""Signatures on chosen days and countries, made through the real signing rules."""

import datetime
import itertools

import pytest

from petitions import counting
from petitions.models import Signature
from tests.petitions.factories import confirmed

SIGNER_NAME = "Olena Kovalenko"
_numbers = itertools.count()


def today():
    return datetime.datetime.now(datetime.UTC).date()


@pytest.fixture
def sign(petition):
    """sign(country, n, days_ago=0): n confirmed signatures from `country`. Each one is
    signed and confirmed by petitions.rules; its confirmation is then moved to the day
    asked for and the counts rebuilt by counting.recount, as the recount command does."""

    def sign(country, n, *, days_ago=0, on=petition):
        for _ in range(n):
            number = next(_numbers)
            signature = confirmed(
                on, f"signer{number}@example.org", name=SIGNER_NAME, country=country, public=True
            )
            if days_ago:
                day = signature.confirmed_on - datetime.timedelta(days=days_ago)
                Signature.objects.filter(pk=signature.pk).update(confirmed_on=day)
        if days_ago:
            counting.recount(on)

    return sign
