"""`manage.py seed_signatures`: the bulk filler behind `make bench` (not a load test)."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_countries import countries

from petitions import counting
from petitions.models import Signature


def seed(*args):
    out = StringIO()
    call_command("seed_signatures", *map(str, args), stdout=out)
    return out.getvalue()


def test_it_adds_confirmed_signatures_and_keeps_every_count_exact(petition):
    output = seed(500, "--days", 10, "--seed", 1)

    signatures = Signature.objects.filter(petition=petition)
    assert signatures.filter(invalidated_on__isnull=True).count() == 500
    assert counting.total(petition.pk) == 500
    assert sum(n for _, n in counting.by_country(petition.pk)) == 500
    assert sum(n for _, n in counting.by_day(petition.pk)) == 500
    assert 1 < len(counting.by_day(petition.pk)) <= 11
    assert counting.recount(petition, dry_run=True) == (500, 500)
    assert "Added 500 confirmed signatures to people-first" in output


def test_its_rows_look_like_real_ones(petition):
    seed(300, "--seed", 2)

    rows = list(Signature.objects.values_list("email_hash", "country", "sealed_identity"))
    hashes = [h for h, _, _ in rows]
    assert len(set(hashes)) == 300
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes)
    assert all(country in countries for _, country, _ in rows)
    assert all(sealed for _, _, sealed in rows)
    assert counting.by_country(petition.pk)[0][0] == "UA"  # the skew
    assert all(
        re.fullmatch(r"[0-9a-f]{64}", h)
        for h in Signature.objects.values_list("domain_hash", flat=True)
    )


def test_it_adds_to_the_signatures_already_there(petition):
    seed(200)
    seed(100)

    assert counting.total(petition.pk) == 300


def test_a_dry_run_changes_nothing(petition):
    output = seed(100, "--dry-run")

    assert not Signature.objects.exists()
    assert output == "Would add 100 confirmed signatures to people-first over 60 days.\n"


def test_it_refuses_an_unknown_petition(db):
    with pytest.raises(CommandError, match="No petition with the slug 'nope'"):
        seed(10, "--petition", "nope")
