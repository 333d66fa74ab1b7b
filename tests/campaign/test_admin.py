"""Staff edit the campaign in the admin, in every language, and the site shows it at once."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from campaign.models import Appeal, Demand, EndorsementRequest, Endorser, Page, Statement
from tests.campaign.conftest import change_url, form_values, save_change_form


def test_the_admin_index_is_titled_for_the_campaign(editor_client):
    response = editor_client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert '<a href="/admin/">People First administration</a>' in response.content.decode()
    assert "Campaign content" in response.content.decode()


def test_an_editor_changes_a_demand_in_ukrainian_and_sees_it_on_the_ukrainian_site_at_once(
    editor_client, appeal, make_demand
):
    demand = make_demand("Release all civilians", title_uk="Звільнити цивільних")
    assert "Звільнити цивільних" in editor_client.get("/uk/").content.decode()  # now cached

    save_change_form(editor_client, demand, title_uk="Звільнити всіх цивільних негайно")

    demand.refresh_from_db()
    assert demand.title_uk == "Звільнити всіх цивільних негайно"
    assert demand.title_en == "Release all civilians"
    page = editor_client.get("/uk/").content.decode()
    assert "Звільнити всіх цивільних негайно" in page
    assert "Release all civilians" in editor_client.get("/en/").content.decode()


def test_a_demand_saved_with_an_empty_translation_shows_the_english_text(
    editor_client, appeal, make_demand
):
    demand = make_demand("Return the deported children", title_ru="Верните детей")

    save_change_form(editor_client, demand, title_ru="", text_ru="")

    page = editor_client.get("/ru/").content.decode()
    assert "<h3>Return the deported children</h3>" in page
    assert "Return the deported children: the text." in page


def test_an_editor_changes_the_appeal_and_its_key_figures(editor_client, appeal):
    editor_client.get("/en/")
    url = change_url(appeal)
    data = form_values(editor_client.get(url), "appeal_form")
    assert data["figures-TOTAL_FORMS"] == "1"
    data.update(
        {
            "lead_uk": "Люди понад усе.",
            "figures-0-value": "20000",
            "figures-TOTAL_FORMS": "2",
            "figures-1-value": "1600000",
            "figures-1-suffix": "",
            "figures-1-label_en": "children deported",
            "figures-1-appeal": str(appeal.pk),
        }
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    page = editor_client.get("/en/").content.decode()
    assert "<strong>20,000+</strong><span>civilians held</span>" in page
    assert "<strong>1,600,000</strong><span>children deported</span>" in page
    ukrainian = editor_client.get("/uk/").content.decode()
    assert "Люди понад усе." in ukrainian
    assert "<strong>1\u00a0600\u00a0000</strong>" in ukrainian


def test_the_appeal_list_opens_the_one_appeal_and_no_second_one_can_be_added(editor_client, appeal):
    response = editor_client.get(reverse("admin:campaign_appeal_changelist"))

    assert response.status_code == 302
    assert response["Location"] == change_url(appeal)
    assert editor_client.get(reverse("admin:campaign_appeal_add")).status_code == 403


def test_reordering_demands_changes_their_order_on_the_home_page(
    editor_client, appeal, make_demand
):
    first = make_demand("Release all civilians", order=1)
    second = make_demand("Exchange all prisoners of war", order=2)
    page = editor_client.get("/en/").content.decode()
    assert page.index(first.title) < page.index(second.title)

    response = editor_client.post(
        reverse("admin:campaign_demand_sortable_update"),
        json.dumps({"updatedItems": [[second.pk, 1], [first.pk, 2]]}),
        content_type="application/json",
    )

    assert response.status_code == 200
    assert list(Demand.objects.values_list("title", flat=True)) == [second.title, first.title]
    page = editor_client.get("/en/").content.decode()
    assert page.index(second.title) < page.index(first.title)


def test_an_editor_hides_a_demand_from_the_list_and_publishes_it_again(
    editor_client, appeal, make_demand
):
    demand = make_demand("Stop torture in captivity")
    changelist = reverse("admin:campaign_demand_changelist")
    assert demand.title in editor_client.get("/en/").content.decode()

    data = form_values(editor_client.get(changelist), "changelist-form")
    assert data["form-0-published"] == "on"
    del data["form-0-published"]
    response = editor_client.post(changelist, {**data, "_save": "Save"})

    assert response.status_code == 302
    assert Demand.objects.get().published is False
    assert demand.title not in editor_client.get("/en/").content.decode()

    response = editor_client.post(
        changelist, {"action": "publish", "_selected_action": [demand.pk], "index": "0"}
    )

    assert response.status_code == 302
    assert demand.title in editor_client.get("/en/").content.decode()


def test_hiding_endorsers_with_the_bulk_action_removes_them_from_the_site(
    editor_client, appeal, make_endorser
):
    shown = make_endorser("Memorial", featured=True)
    hidden = make_endorser("ZMINA", featured=True)
    assert "ZMINA" in editor_client.get("/en/endorsers/").content.decode()

    response = editor_client.post(
        reverse("admin:campaign_endorser_changelist"),
        {"action": "hide", "_selected_action": [hidden.pk], "index": "0"},
    )

    assert response.status_code == 302
    page = editor_client.get("/en/endorsers/").content.decode()
    assert "ZMINA" not in page and "Memorial" in page
    assert "ZMINA" not in editor_client.get("/en/").content.decode()
    assert list(Endorser.objects.published()) == [shown]


def test_an_editor_adds_an_endorser_in_three_languages(editor_client, appeal):
    url = reverse("admin:campaign_endorser_add")
    data = form_values(editor_client.get(url), "endorser_form")
    data.update(
        name_en="Kharkiv Human Rights Protection Group",
        name_uk="Харківська правозахисна група",
        name_ru="Харьковская правозащитная группа",
        kind="organisation",
        country="UA",
        website="https://khpg.org",
        description_en="Documents war crimes.",
        featured="on",
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    endorser = Endorser.objects.get()
    assert (endorser.published, endorser.featured) == (True, True)
    assert "Харківська правозахисна група" in editor_client.get("/uk/endorsers/").content.decode()
    assert "Харьковская правозащитная группа" in editor_client.get("/ru/").content.decode()


def test_an_editor_adds_a_statement_that_shows_on_the_home_page(editor_client, appeal):
    url = reverse("admin:campaign_statement_add")
    data = form_values(editor_client.get(url), "statement_form")
    data.update(
        person_en="Oleksandra Matviichuk",
        role_en="Center for Civil Liberties",
        text_en="People are not numbers.",
        text_uk="Люди — не цифри.",
        source_en="Speech in Kyiv",
        source_uk="Виступ у Києві",
        date="2025-02-24",
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert Statement.objects.get().published
    page = editor_client.get("/uk/").content.decode()
    assert "Люди — не цифри." in page
    assert "Oleksandra Matviichuk, Center for Civil Liberties. <cite>Виступ у Києві</cite>" in page
    assert '<time datetime="2025-02-24">24\u00a0лютого\u00a02025\u00a0р.</time>' in page


@pytest.mark.parametrize("missing", ["source_en", "date"])
def test_a_statement_cannot_be_saved_without_its_source_and_date(editor_client, missing):
    url = reverse("admin:campaign_statement_add")
    data = form_values(editor_client.get(url), "statement_form")
    data.update(
        person_en="Oleksandra Matviichuk",
        text_en="People are not numbers.",
        source_en="Speech in Kyiv",
        date="2025-02-24",
    )
    data[missing] = ""

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert not Statement.objects.exists()


def test_a_commitment_staff_state_in_the_admin_shows_under_the_appeal(editor_client, appeal):
    assert "commitment" not in editor_client.get("/en/").content.decode()
    url = change_url(appeal)
    data = form_values(editor_client.get(url), "appeal_form")
    data.update(
        commitment_en="We will hand the signatures to the UN Secretary-General in March.",
        commitment_uk="У березні ми передамо підписи Генеральному секретареві ООН.",
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert (
        "We will hand the signatures to the UN Secretary-General in March."
        in editor_client.get("/en/").content.decode()
    )
    assert "Генеральному секретареві ООН" in editor_client.get("/uk/").content.decode()


def test_an_editor_changes_the_about_page(editor_client):
    about = Page.objects.create(slug="about", title_en="About", body_en="Who we are.")
    assert editor_client.get("/en/about/").status_code == 200

    save_change_form(
        editor_client, about, body_en="A coalition of *many* groups.", title_uk="Про нас"
    )

    assert "A coalition of *many* groups." in editor_client.get("/en/about/").content.decode()
    assert "<h1>Про нас</h1>" in editor_client.get("/uk/about/").content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=memorial",
        "?kind__exact=nobel",
        "?featured__exact=1",
        "?published__exact=0",
        "?country__exact=UA",
        "?o=2",
    ],
)
def test_the_endorser_list_answers_with_its_searches_and_filters(
    editor_client, make_endorser, query
):
    make_endorser("Memorial", kind="nobel", country="RU", featured=True)
    make_endorser("ZMINA", country="UA")

    response = editor_client.get(reverse("admin:campaign_endorser_changelist") + query)

    assert response.status_code == 200


def test_searching_endorsers_finds_them_by_name_in_any_language(editor_client, make_endorser):
    make_endorser("Memorial", name_uk="Меморіал")
    make_endorser("ZMINA")

    response = editor_client.get(reverse("admin:campaign_endorser_changelist") + "?q=Меморіал")

    assert [e.name for e in response.context["cl"].result_list] == ["Memorial"]


@pytest.mark.parametrize("model", ["demand", "statement", "page"])
def test_every_campaign_list_answers_with_a_search(editor_client, model):
    url = reverse(f"admin:campaign_{model}_changelist")

    response = editor_client.get(url, {"q": "x"})

    assert response.status_code == 200


def make_request(organisation="Truth Hounds", **fields):
    return EndorsementRequest.objects.create(
        organisation=organisation,
        country=fields.pop("country", "UA"),
        contact_name="A",
        contact_email="a@example.org",
        **fields,
    )


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("", ["ZMINA", "Truth Hounds"]),
        ("?status__exact=pending", ["Truth Hounds"]),
        ("?status__exact=rejected", ["ZMINA"]),
        ("?o=4", ["Truth Hounds", "ZMINA"]),  # by status
        ("?q=Truth", ["ZMINA", "Truth Hounds"]),  # no search: the columns are encrypted
    ],
)
def test_the_endorsement_request_list_filters_by_status(reviewer_client, query, shown):
    make_request("Truth Hounds", created_at=timezone.now() - timedelta(days=1))
    make_request("ZMINA", status="rejected")

    response = reviewer_client.get(reverse("admin:campaign_endorsementrequest_changelist") + query)

    assert response.status_code == 200
    assert [r.organisation for r in response.context["cl"].result_list] == shown


def test_the_endorsement_request_list_shows_organisation_country_and_status(reviewer_client):
    make_request("Truth Hounds", country="RU")

    html = reviewer_client.get(reverse("admin:campaign_endorsementrequest_changelist"))

    page = html.content.decode()
    assert "Truth Hounds" in page
    assert "Russia" in page
    assert "Waiting for review" in page
    assert 'id="searchbar"' not in page
    assert "country__exact" not in page


def test_a_reviewer_reads_and_corrects_a_request(reviewer_client):
    request = make_request("Truth Hounds", website="https://truth-hounds.org", message="Hi\nthere")

    save_change_form(reviewer_client, request, organisation="Truth Hounds NGO", country="PL")

    request.refresh_from_db()
    assert (request.organisation, request.country, request.website, request.message) == (
        "Truth Hounds NGO",
        "PL",
        "https://truth-hounds.org",
        "Hi\nthere",
    )


@pytest.mark.parametrize("view", ["changelist", "change", "add", "delete"])
def test_a_content_editor_with_every_ordinary_campaign_permission_never_sees_a_request(
    editor, editor_client, view
):
    """Issue 10, attack 9: reading requests needs its own permission."""
    assert editor.has_perm("campaign.view_endorsementrequest")
    assert editor.has_perm("campaign.change_endorsementrequest")
    assert editor.has_perm("campaign.delete_endorsementrequest")
    request = make_request("OVD-Info", country="RU")
    args = [] if view in ("changelist", "add") else [request.pk]

    response = editor_client.get(reverse(f"admin:campaign_endorsementrequest_{view}", args=args))

    assert response.status_code == 403
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:campaign_endorsementrequest_changelist") not in index
    assert reverse("admin:campaign_demand_changelist") in index
    app = editor_client.get(reverse("admin:app_list", args=["campaign"])).content.decode()
    assert "OVD-Info" not in app and "endorsement request" not in app.lower()


def test_a_content_editor_cannot_approve_a_request(editor_client):
    request = make_request("OVD-Info")

    response = editor_client.post(
        reverse("admin:campaign_endorsementrequest_changelist"),
        {"action": "approve", "_selected_action": [request.pk], "index": "0"},
    )

    assert response.status_code == 403
    assert Endorser.objects.count() == 0


def test_an_editor_without_signer_permissions_cannot_see_signers(editor_client):
    assert editor_client.get(reverse("admin:index")).status_code == 200
    assert editor_client.get("/admin/petitions/signature/").status_code == 403


def test_a_visitor_is_sent_to_the_admin_login(client, appeal):
    response = client.get(change_url(appeal))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert Appeal.objects.get().title == "Free all captives"
