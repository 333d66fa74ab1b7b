"""`load_initial_content` on a database that already has content: the shipped fields
nobody edited get the corrected texts, fields staff edited keep theirs."""

import importlib
from io import StringIO

import pytest
from django.core.management import call_command

from campaign import initial_content
from campaign.initial_content.legacy import RELEASE_1
from campaign.initial_content.loader import fingerprint, model_label
from campaign.models import Appeal, Demand, Endorser, KeyFigure, ShippedContent, Statement

from . import initial_content_v1 as v1

migration = importlib.import_module("campaign.migrations.0004_quotes_figures_commitment")


def load(*args):
    out = StringIO()
    call_command("load_initial_content", *args, stdout=out)
    return out.getvalue()


def differences_from_this_release():
    """The shipped fields whose value in the database is not this release's."""
    records = {record.key: record for record in ShippedContent.objects.all()}
    differences = []
    for item in initial_content.items():
        obj = item.model.objects.get(pk=records[item.key].object_id)
        for name, value in item.fields.items():
            if fingerprint(getattr(obj, name)) != fingerprint(value):
                differences.append(f"{item.key}.{name}")
    return differences


@pytest.fixture
def first_release(db):
    """A site that ran the first release: its content, untracked."""
    v1.create()


def test_the_first_releases_hashes_are_those_of_its_texts():
    computed = {
        key: {
            "model": model_label(model),
            "hashes": {name: fingerprint(value) for name, value in fields.items()},
        }
        for key, model, fields in v1.records()
    }

    assert computed == RELEASE_1


def test_a_database_with_the_first_release_gets_every_correction(first_release):
    memorial = Endorser.objects.get(name_en="Memorial Human Rights Defence Centre")
    assert memorial.name_uk == "Правозахисний центр «Меморіал»"

    output = load()

    assert differences_from_this_release() == []
    memorial.refresh_from_db()
    assert memorial.name_uk == "Центр захисту прав людини «Меморіал»"
    assert memorial.name_ru == "Центр защиты прав человека «Мемориал»"
    assert "deliver" not in Appeal.current().body_en
    assert Appeal.current().coalition_size == 73
    # Nothing created twice, nothing lost: the same objects, corrected.
    assert Demand.objects.count() == 7
    assert Endorser.objects.count() == 5
    assert KeyFigure.objects.count() == 4
    # The paraphrase shown as a quotation was never edited: it is gone.
    assert Statement.objects.count() == 0
    assert "Deleted (no longer shipped, never edited): statement-coalition" in output


def test_a_field_staff_edited_keeps_the_staff_text(first_release):
    appeal = Appeal.current()
    appeal.body_uk = "Текст, який написала наша редакція."
    appeal.save()
    access = Demand.objects.get(order=7)
    access.title_ru = "Доступ для ООН и МККК — наша правка"
    access.save()

    output = load()

    appeal.refresh_from_db()
    access.refresh_from_db()
    assert appeal.body_uk == "Текст, який написала наша редакція."
    assert access.title_ru == "Доступ для ООН и МККК — наша правка"
    # The other languages of the same fields, never edited, are corrected.
    assert "Правозащитный центр" not in appeal.body_ru
    assert "Центр защиты прав человека «Мемориал»" in appeal.body_ru
    assert "Russia must give UN agencies" in access.text_en
    assert differences_from_this_release() == ["appeal.body_uk", "demand-access.title_ru"]
    assert "Kept as staff edited them: appeal.body_uk, demand-access.title_ru" in output


def test_a_later_release_updates_only_what_staff_left_as_shipped(db, monkeypatch):
    load()
    appeal = Appeal.current()
    appeal.title_uk = "Заголовок від редакції"
    appeal.save()
    appeal_v3 = dict(initial_content.APPEAL)
    appeal_v3["title"] = {
        "en": "A new English title",
        "uk": "Новий український заголовок",
        "ru": "Новый русский заголовок",
    }
    monkeypatch.setattr(initial_content, "APPEAL", appeal_v3)

    output = load()

    appeal.refresh_from_db()
    assert (appeal.title_en, appeal.title_uk, appeal.title_ru) == (
        "A new English title",
        "Заголовок від редакції",
        "Новый русский заголовок",
    )
    assert "Updated: appeal.title_en, appeal.title_ru" in output
    assert "Kept as staff edited them: appeal.title_uk" in output


def test_an_object_staff_deleted_is_not_created_again(db):
    load()
    Demand.objects.get(title_en="Access for the UN and the ICRC").delete()

    output = load()

    assert Demand.objects.count() == 6
    assert "Not recreated (staff deleted): demand-access" in output
    assert "up to date: nothing changed" in output


def test_an_object_staff_deleted_before_the_loader_tracked_anything_stays_deleted(first_release):
    Endorser.objects.get(name_en="European Prison Litigation Network").delete()

    load()
    output = load()

    assert not Endorser.objects.filter(name_en="European Prison Litigation Network").exists()
    assert "Not recreated (staff deleted): endorser-epln" in output


def test_an_object_staff_reordered_or_hid_keeps_its_place_and_its_state(first_release):
    Demand.objects.filter(order=7).update(published=False, order=0)

    load()

    access = Demand.objects.get(title_en="Access for the UN and the ICRC")
    assert (access.published, access.order) == (False, 0)
    assert access.text_en.startswith("Russia must give UN agencies")


def test_content_no_longer_shipped_is_kept_when_staff_edited_it(first_release):
    statement = Statement.objects.get()
    statement.text_en = "Words our editors changed."
    statement.save()

    output = load()

    assert Statement.objects.get().text_en == "Words our editors changed."
    assert "No longer shipped but kept (staff edited): statement-coalition" in output


def test_a_dry_run_says_what_it_would_do_and_changes_nothing(first_release):
    before = Appeal.current().body_en

    output = load("--dry-run")

    assert "Would have updated: appeal.lead_uk" in output
    assert Appeal.current().body_en == before
    assert Statement.objects.count() == 1
    assert "Updated:" in load()


def test_running_it_twice_on_an_old_database_changes_nothing_the_second_time(first_release):
    load()

    assert "up to date: nothing changed" in load()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16,000+", (16000, "+")),
        ("16\u202f000+", (16000, "+")),
        ("1\u00a0372", (1372, "")),
        ("73", (73, "")),
        ("over 70", (0, "over 70")),
    ],
)
def test_the_migration_turns_a_figures_text_into_a_number_and_a_suffix(text, value):
    assert migration.split_number(text) == value
