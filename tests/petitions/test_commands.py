import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from petitions import counting, staff, tokens
from petitions.models import CounterShard, PendingSignature, Petition, Signature, Tally
from tests.petitions.factories import confirmed, submit


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def age(token, days):
    PendingSignature.objects.filter(confirm_digest=tokens.digest(token)).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


# --- recount -----------------------------------------------------------------------------


def test_recount_repairs_a_corrupted_counter_and_reports_the_drift(petition):
    for i in range(3):
        confirmed(petition, f"signer{i}@example.org", country="PL" if i else "UA")
    shard = CounterShard.objects.filter(petition=petition).first()
    shard.count += 5
    shard.save()
    Tally.objects.filter(petition=petition, country="PL").delete()
    Petition.objects.create(slug="quiet", title_en="Quiet", text_en="Text")

    out = run("recount")

    assert "people-first: stored 8, counted 3, drift +5 (fixed)" in out
    assert "quiet: 0, no drift" in out
    assert "1 petition(s) with drift" in out
    assert counting.total(petition.pk) == 3
    assert counting.by_country(petition.pk) == [("PL", 2), ("UA", 1)]
    assert "people-first: 3, no drift" in run("recount")


def test_recount_dry_run_reports_and_changes_nothing(petition):
    confirmed(petition)
    CounterShard.objects.filter(petition=petition).update(count=0)

    out = run("recount", "--dry-run")

    assert "people-first: stored 0, counted 1, drift -1 (would fix)" in out
    assert "(dry run: nothing changed)" in out
    assert counting.total(petition.pk) == 0


def test_recount_leaves_out_pending_and_invalidated_signatures(petition):
    confirmed(petition, "a@example.org")
    submit(petition, "b@example.org")
    staff.invalidate(Signature.objects.filter(pk=confirmed(petition, "c@example.org").pk))

    run("recount")

    assert counting.total(petition.pk) == 1


# --- purge_unconfirmed -------------------------------------------------------------------


def test_purge_deletes_old_submissions_and_keeps_confirmed_signatures(petition, settings):
    settings.PURGE_UNCONFIRMED_DAYS = 30
    old_pending = submit(petition, "old@example.org")
    new_pending = submit(petition, "new@example.org")
    kept = confirmed(petition, "kept@example.org")
    age(old_pending, 31)
    age(new_pending, 29)

    out = run("purge_unconfirmed")

    assert out == "Deleted 1 pending signature(s) older than 30 days.\n"
    assert list(PendingSignature.objects.values_list("confirm_digest", flat=True)) == [
        tokens.digest(new_pending)
    ]
    assert list(Signature.objects.values_list("pk", flat=True)) == [kept.pk]
    assert counting.total(petition.pk) == 1


def test_purge_takes_the_age_from_days(petition):
    age(submit(petition), 3)

    assert run("purge_unconfirmed", "--days", "4").startswith("Deleted 0 ")
    assert run("purge_unconfirmed", "--days", "2").startswith("Deleted 1 ")
    assert PendingSignature.objects.count() == 0


def test_purge_dry_run_counts_and_deletes_nothing(petition):
    age(submit(petition), 60)

    out = run("purge_unconfirmed", "--dry-run")

    assert out == "1 pending signature(s) older than 30 days would be deleted.\n"
    assert PendingSignature.objects.count() == 1


def test_purge_refuses_a_negative_age(petition):
    with pytest.raises(CommandError):
        call_command("purge_unconfirmed", "--days", "-1")


@pytest.mark.parametrize("command", ["recount", "purge_unconfirmed"])
def test_the_commands_explain_themselves(command, capsys):
    with pytest.raises(SystemExit):
        call_command(command, "--help")

    help_text = capsys.readouterr().out
    assert "--dry-run" in help_text
    assert "signatures" in help_text
