"""Campaign fixtures: a small campaign, a content editor, a reviewer of endorsement
requests, and a reader of HTML forms."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.staff import logged_in, make_staff, use_fast_passwords


@pytest.fixture
def appeal(db):
    from campaign.models import Appeal, KeyFigure

    appeal = Appeal.objects.create(
        title_en="Free all captives",
        title_uk="Звільніть усіх полонених",
        title_ru="Освободите всех пленных",
        lead_en="People first.",
        body_en="The war has torn people from their families.",
    )
    KeyFigure.objects.create(
        appeal=appeal, value=16000, suffix="+", label_en="civilians held", order=1
    )
    return appeal


@pytest.fixture
def make_demand(db):
    from campaign.models import Demand

    def make(title, *, order=0, published=True, **fields):
        return Demand.objects.create(
            title_en=title,
            text_en=f"{title}: the text.",
            order=order,
            published=published,
            **fields,
        )

    return make


@pytest.fixture
def make_endorser(db):
    from campaign.models import Endorser

    def make(name, **fields):
        return Endorser.objects.create(name_en=name, **fields)

    return make


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    use_fast_passwords(settings)


@pytest.fixture
def editor(db):
    """A content editor: staff with every campaign permission but reading endorsement
    requests, and none on signers."""
    return make_staff("editor", app_labels=["campaign"])


@pytest.fixture
def editor_client(client, editor):
    return logged_in(client, editor)


@pytest.fixture
def reviewer(db):
    """Staff who read and decide endorsement requests (their own permission)."""
    return make_staff(
        "reviewer",
        permissions=[
            "campaign.review_endorsementrequest",
            "campaign.view_endorsementrequest",
            "campaign.change_endorsementrequest",
        ],
    )


@pytest.fixture
def reviewer_client(client, reviewer):
    return logged_in(client, reviewer)


def endorse_data(**overrides):
    data = {
        "organisation": "Truth Hounds",
        "country": "UA",
        "website": "https://truth-hounds.org",
        "contact_name": "Roman Avramenko",
        "contact_email": "roman@truth-hounds.org",
        "message": "We document war crimes\nand support the appeal.",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


class FormReader(HTMLParser):
    """The values a browser would submit for one <form>, read from the page."""

    def __init__(self, html, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.values = {}
        self._textarea = self._select = None
        self._select_default = None
        self.feed(html)

    def add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(name, attrs.get("value", "on"))
            elif kind not in ("submit", "button", "reset", "file", "image"):
                self.add(name, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""
        elif tag == "select" and name:
            self._select, self._select_default, self._selected = name, None, False
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._select_default is None:
                self._select_default = value
            if "selected" in attrs:
                self.add(self._select, value)
                self._selected = True

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea:
            # Browsers drop the newline that follows <textarea>.
            text = self._text[1:] if self._text.startswith("\n") else self._text
            self.add(self._textarea, text.replace("\r\n", "\n"))
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._selected and self._select_default is not None:
                self.add(self._select, self._select_default)
            self._select = None


def form_values(response, form_id):
    """The form's current values as a dict for client.post (lists for repeated names)."""
    assert response.status_code == 200
    values = FormReader(response.content.decode(), form_id).values
    assert values, f"no form #{form_id} on the page"
    return {name: v[0] if len(v) == 1 else v for name, v in values.items()}


def change_url(obj):
    return reverse(f"admin:campaign_{obj._meta.model_name}_change", args=[obj.pk])


def save_change_form(client, obj, **changes):
    """Open the object's change form, change some fields, and save it as a browser would."""
    url = change_url(obj)
    data = form_values(client.get(url), f"{obj._meta.model_name}_form")
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, (
        response.context and response.context["adminform"].form.errors
    )
    return response
