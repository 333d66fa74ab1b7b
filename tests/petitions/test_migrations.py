"""The migration of "Signers at risk" on a database with signatures of the old kind."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from petitions import privacy

BEFORE = [("petitions", "0002_leaner_indexes")]
AFTER = [("petitions", "0003_signers_at_risk")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_confirmed_signatures_keep_counting_with_dates_to_the_day_and_hashed_domains():
    apps = migrate(BEFORE)
    try:
        Petition = apps.get_model("petitions", "Petition")
        Signature = apps.get_model("petitions", "Signature")
        petition = Petition.objects.create(slug="old", title="Old", text="Text")
        late = datetime.datetime(2026, 11, 30, 23, 59, 58, 123456, tzinfo=datetime.UTC)
        kept = Signature.objects.create(
            petition=petition,
            email_hash="a" * 64,
            email_domain="gmail.com",
            sealed_identity="sealed",
            country="UA",
            confirmed_at=late,
        )
        invalid = Signature.objects.create(
            petition=petition,
            email_hash="b" * 64,
            email_domain="пошта.укр",
            country="PL",
            confirmed_at=late,
            invalidated_at=late + datetime.timedelta(days=1),
        )
        Signature.objects.create(
            petition=petition,
            email_hash="c" * 64,
            email_domain="example.org",
            email_encrypted="token",
            country="UA",
        )

        apps = migrate(AFTER)

        Signature = apps.get_model("petitions", "Signature")
        rows = {s.pk: s for s in Signature.objects.all()}
        assert set(rows) == {kept.pk, invalid.pk}  # the old pending one is gone
        assert rows[kept.pk].confirmed_on == datetime.date(2026, 11, 30)
        assert rows[kept.pk].invalidated_on is None
        assert rows[invalid.pk].invalidated_on == datetime.date(2026, 12, 1)
        assert rows[kept.pk].domain_hash == privacy.domain_hash("googlemail.com")
        assert rows[invalid.pk].domain_hash == privacy.domain_hash("xn--80a1acn3a.xn--j1amh")
        assert rows[kept.pk].sealed_identity == "sealed"
        Signature.objects.all().delete()
        Petition.objects.all().delete()
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
