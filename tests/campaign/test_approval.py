"""Staff approve or reject the organisations that asked to endorse the campaign."""

import pytest
from django.urls import reverse

from campaign import services
from campaign.models import EndorsementRequest, Endorser
from tests.campaign.conftest import endorse_data

CHANGELIST = "admin:campaign_endorsementrequest_changelist"


@pytest.fixture
def make_request(db):
    def make(organisation="Truth Hounds", **fields):
        return EndorsementRequest.objects.create(
            organisation=organisation,
            country=fields.pop("country", "UA"),
            website=fields.pop("website", "https://truth-hounds.org"),
            contact_name="Roman Avramenko",
            contact_email="roman@truth-hounds.org",
            **fields,
        )

    return make


def run_action(client, action, *requests):
    return client.post(
        reverse(CHANGELIST),
        {"action": action, "_selected_action": [r.pk for r in requests], "index": "0"},
        follow=True,
    )


def test_approving_a_request_publishes_the_organisation_among_the_endorsers(
    reviewer_client, make_request, make_endorser
):
    make_endorser("Memorial", order=5)
    req = make_request()
    page = reviewer_client.get("/en/endorsers/").content.decode()
    assert "Truth Hounds" not in page
    assert "This list names 1 endorser." in page

    response = run_action(reviewer_client, "approve", req)

    assert "1 request approved: its endorser is published." in response.content.decode()
    endorser = Endorser.objects.get(name_en="Truth Hounds")
    assert (endorser.kind, endorser.country.code, endorser.website) == (
        "organisation",
        "UA",
        "https://truth-hounds.org",
    )
    assert (endorser.published, endorser.featured, endorser.order) == (True, False, 6)
    req.refresh_from_db()
    assert (req.status, req.endorser) == (EndorsementRequest.Status.APPROVED, endorser)
    page = reviewer_client.get("/en/endorsers/").content.decode()
    assert "Truth Hounds" in page
    assert "This list names 2 endorsers." in page
    assert "Truth Hounds" in reviewer_client.get("/uk/endorsers/").content.decode()


def test_approving_twice_creates_one_endorser(reviewer_client, make_request):
    req = make_request()
    run_action(reviewer_client, "approve", req)

    response = run_action(reviewer_client, "approve", req)

    assert "0 requests approved" in response.content.decode()
    assert Endorser.objects.count() == 1
    assert services.approve(req) is None
    assert Endorser.objects.count() == 1


def test_approving_several_requests_at_once_publishes_each(reviewer_client, make_request):
    first, second = make_request("Truth Hounds"), make_request("ZMINA")

    response = run_action(reviewer_client, "approve", first, second)

    assert "2 requests approved: their endorsers are published." in response.content.decode()
    assert sorted(Endorser.objects.published().values_list("name", flat=True)) == [
        "Truth Hounds",
        "ZMINA",
    ]


def test_rejecting_a_request_publishes_nothing(reviewer_client, make_request):
    req = make_request()

    response = run_action(reviewer_client, "reject", req)

    assert "1 request rejected." in response.content.decode()
    req.refresh_from_db()
    assert req.status == EndorsementRequest.Status.REJECTED
    assert Endorser.objects.count() == 0
    assert "Truth Hounds" not in reviewer_client.get("/en/endorsers/").content.decode()


def test_an_approved_request_cannot_be_rejected(reviewer_client, make_request):
    req = make_request()
    run_action(reviewer_client, "approve", req)

    run_action(reviewer_client, "reject", req)

    req.refresh_from_db()
    assert req.status == EndorsementRequest.Status.APPROVED
    assert Endorser.objects.published().count() == 1


def test_a_request_sent_through_the_form_can_be_approved(client, reviewer_client, db):
    """The whole way: the public form, the admin action, the endorsers page."""
    client.post("/en/endorse/", endorse_data(organisation="Ukrainian Helsinki Union"))
    req = EndorsementRequest.objects.get()

    run_action(reviewer_client, "approve", req)

    assert "Ukrainian Helsinki Union" in client.get("/ru/endorsers/").content.decode()


def test_markup_in_an_approved_name_is_shown_as_text(reviewer_client, make_request):
    req = make_request('<script>alert(1)</script> Hounds <img src=x onerror="alert(2)">')

    run_action(reviewer_client, "approve", req)

    for url in ("/en/endorsers/", "/en/"):
        page = reviewer_client.get(url).content.decode()
        assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; Hounds &lt;img src=x"
        in reviewer_client.get("/en/endorsers/").content.decode()
    )
