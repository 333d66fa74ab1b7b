"""Guards for what the site says: every public page, in every language, rendered with the
shipped content and searched as an editor would (CAMPAIGN-FACTS.md, editorial rules)."""

import datetime
import re
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import ngettext

from campaign import initial_content
from campaign.models import Appeal, Statement
from petitions.models import CounterShard, Petition
from tests.petitions.factories import confirmed
from tests.test_guards import PUBLIC_PAGES, eval_po_string, po_entries

ROOT = Path(__file__).resolve().parent.parent.parent
LANGUAGES = ["en", "uk", "ru"]
NBSP = "\u00a0"

INLINE = {"a", "abbr", "b", "cite", "em", "i", "small", "span", "strong", "time"}


class Text(HTMLParser):
    """The visible text of a page, outside and inside SVG charts. Block elements are
    kept apart by a NUL, so that only a number and a word on the same line meet."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.text, self.svg_text = [], []
        self._skip = self._svg = 0
        self.feed(html)

    def _boundary(self, tag):
        if tag not in INLINE:
            (self.svg_text if self._svg else self.text).append("\0")

    def handle_starttag(self, tag, attrs):
        self._boundary(tag)
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag == "svg":
            self._svg += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag == "svg":
            self._svg -= 1
        self._boundary(tag)

    def handle_data(self, data):
        if not self._skip:
            (self.svg_text if self._svg else self.text).append(data)

    def visible(self):
        return "".join(self.text)


ERROR_PAGES = ["400", "403", "404", "429", "500", "503"]
EVERY_PAGE = [*PUBLIC_PAGES, "embed", *ERROR_PAGES]


def one_page(client, lang, path):
    """The HTML of one public page, the embedded counter or an error page, in `lang`."""
    if path == "embed":
        return client.get(f"/embed/people-first/?lang={lang}").content.decode()
    if path == "404":
        response = client.get(f"/{lang}/no-such-page/")
        assert response.status_code == 404
        return response.content.decode()
    if path in ERROR_PAGES:
        request = RequestFactory().get(f"/{lang}/")
        with translation.override(lang):
            return render_to_string(f"errors/{path}.html", request=request)
    response = client.get(f"/{lang}/{path}")
    assert response.status_code == 200, path
    return response.content.decode()


def pages(client, lang):
    """(name, html) of every page in `lang`."""
    for path in EVERY_PAGE:
        yield f"{lang}:{path or 'home'}", one_page(client, lang, path)


@pytest.fixture
def site(db):
    call_command("load_initial_content", stdout=StringIO())
    petition = Petition.objects.get(slug="people-first")
    confirmed(petition, "a@example.org", country="UA")
    confirmed(petition, "b@example.org", country="PL")
    # A count in the thousands, so that every counter shows a grouped number.
    CounterShard.objects.filter(petition=petition).update(count=0)
    CounterShard.objects.filter(petition=petition, pk=CounterShard.objects.first().pk).update(
        count=12_345
    )
    return petition


def every_page(languages):
    """(lang, path) parameters for every page."""
    return [
        pytest.param(lang, path, id=f"{lang}-{path or 'home'}")
        for lang in languages
        for path in EVERY_PAGE
    ]


# --- the liquidated organisation -----------------------------------------------------

# «Правозахисний центр «Меморіал»» / «Правозащитный центр «Мемориал»», liquidated by
# Russia in 2022, in any spelling; the English "Memorial Human Rights Centre" too (the
# convener is the Memorial Human Rights *Defence* Centre).
LIQUIDATED = re.compile(
    r"правозахисн\w*\W+центр\w*\W+меморіал"
    r"|правозащитн\w*\W+центр\w*\W+мемориал"
    r"|\bПЦ\W+«?Мемориал"
    r"|Memorial\W+Human\W+Rights\W+Cent(?:re|er)\b"
    r"|Human\W+Rights\W+Cent(?:re|er)\W+Memorial",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_names_the_liquidated_organisation(client, site, lang):
    found = [name for name, html in pages(client, lang) if LIQUIDATED.search(html)]

    assert found == []


def test_neither_catalogue_nor_content_names_the_liquidated_organisation():
    texts = [
        value
        for item in initial_content.items()
        for value in item.fields.values()
        if isinstance(value, str)
    ]
    for lang in ("uk", "ru"):
        for msgid, msgstrs, _flags in po_entries(ROOT / f"locale/{lang}/LC_MESSAGES/django.po"):
            texts += [msgid, *msgstrs]

    assert [text for text in texts if LIQUIDATED.search(text)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_oleg_orlov_is_named_without_a_title(client, site, lang):
    titles = r"co-?chair|chair|співголов|голов|сопредседател|председател"
    near_orlov = re.compile(rf"({titles})\w*\W+(\w+\W+)?(Oleg|Олег)\W+(Orlov|Орлов)", re.I)

    assert [name for name, html in pages(client, lang) if near_orlov.search(html)] == []


# --- quotations -------------------------------------------------------------------------


class Quotes(HTMLParser):
    """Each <blockquote>, and whether its <figure>'s caption shows a source and a date."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.stack, self.quotes, self.figures = [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "figure":
            self.figures.append({"quotes": 0, "cite": "", "time": None, "in": None})
        if tag == "blockquote":
            inside_figure = "figure" in self.stack[:-1]
            self.quotes.append(inside_figure)
            if inside_figure:
                self.figures[-1]["quotes"] += 1
        if self.figures and tag in ("cite", "time") and "figcaption" in self.stack:
            self.figures[-1]["in"] = tag
            if tag == "time":
                self.figures[-1]["time"] = dict(attrs).get("datetime")

    def handle_endtag(self, tag):
        if tag in ("cite", "time") and self.figures:
            self.figures[-1]["in"] = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.figures and self.figures[-1]["in"] == "cite":
            self.figures[-1]["cite"] += data

    def unsourced(self):
        """How many quotations do not show where and when the words were said."""
        loose = self.quotes.count(False)
        return loose + sum(
            1 for f in self.figures if f["quotes"] and not (f["cite"].strip() and f["time"])
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_quotation_on_every_page_shows_its_source_and_date(client, site, lang):
    assert [name for name, html in pages(client, lang) if Quotes(html).unsourced()] == []


def test_a_quotation_added_by_staff_shows_its_source_and_date(client, site):
    Statement.objects.create(
        person_en="Oleksandra Matviichuk",
        text_en="People are not numbers.",
        source_en="Speech in Kyiv",
        date=datetime.date(2025, 2, 24),
    )

    html = client.get("/uk/").content.decode()

    assert html.count("<blockquote") == 1
    assert Quotes(html).unsourced() == 0


def test_staff_text_cannot_make_a_quotation_without_a_source(client, site):
    appeal = Appeal.current()
    appeal.body_en = "<blockquote>Words without a source.</blockquote>"
    appeal.save()

    html = client.get("/en/").content.decode()

    assert "Words without a source." in html
    assert "<blockquote" not in html


# --- promises ---------------------------------------------------------------------------

# Delivering the signatures to named addressees: the appeal names none.
DELIVERY = re.compile(
    r"deliver\w*\W+(the\W+)?signatures|addressed\W+to|hand\w*\W+(over\W+)?the\W+signatures"
    r"|переда\w*\W+(\w+\W+)?підпис|адресат|адресован"
    r"|переда\w*\W+(\w+\W+)?подпис",
    re.IGNORECASE,
)


def promises(html):
    return DELIVERY.findall(Text(html).visible())


@pytest.mark.parametrize(("lang", "path"), every_page(LANGUAGES))
def test_no_page_promises_to_deliver_the_signatures(client, site, lang, path):
    assert promises(one_page(client, lang, path)) == []


def test_a_commitment_staff_state_is_shown_under_the_appeal(client, site):
    appeal = Appeal.current()
    appeal.commitment_en = "We will hand over the signatures to the UN Secretary-General."
    appeal.commitment_uk = "Ми передамо підписи Генеральному секретареві ООН."
    appeal.save()

    assert promises(client.get("/en/").content.decode())
    assert (
        "Ми передамо підписи Генеральному секретареві ООН." in client.get("/uk/").content.decode()
    )


# --- numbers ----------------------------------------------------------------------------

YEAR = re.compile(r"^(1[89]|20)\d\d$")


def number_problems(text, lang, *, words=True):
    """What breaks the rules for numbers in `lang`: the grouping of digits (en 16,000;
    uk and ru 16 000 with a no-break space), and in uk and ru a no-break space between a
    number and the word after it, and before a dash."""
    problems = [m for m in re.findall(r"\b\d{4,}\b", text) if not YEAR.match(m)]
    if lang == "en":
        problems += re.findall(r"\d[\s\u202f]\d{3}\b", text)
    else:
        problems += re.findall(r"\b\d{1,3}(?:,\d{3})+\b", text)
        problems += re.findall(r"\d[ \u202f\t\n]\d{3}\b", text)  # a space that breaks
        if words:
            problems += re.findall(r"\d[ \t\n]+[^\W\d_]+", text)
            problems += re.findall(r"\S+[ \t\n]+[—–]", text)
    return problems


@pytest.mark.parametrize(("lang", "path"), every_page(LANGUAGES))
def test_numbers_and_dashes_follow_their_languages_typography(client, site, lang, path):
    text = Text(one_page(client, lang, path))

    assert number_problems(text.visible(), lang) == []
    # Chart labels are drawn one by one (nothing wraps): only the grouping applies.
    assert number_problems(" ".join(text.svg_text), lang, words=False) == []


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("en", "12,345"), ("uk", f"12{NBSP}345"), ("ru", f"12{NBSP}345")],
)
def test_the_counters_on_pages_and_in_the_embed_write_the_count_the_same_way(
    client, site, lang, shown
):
    for path in (
        f"/{lang}/",
        f"/{lang}/petitions/people-first/",
        f"/embed/people-first/?lang={lang}",
    ):
        assert f"<strong>{shown}</strong>" in client.get(path).content.decode(), path


# --- plural forms -----------------------------------------------------------------------

COUNTS = [0, 1, 2, 5, 21, 1000]
# The word after each count, per language, as a native speaker writes it.
SIGNATURES = {
    "en": ["signatures", "signature", "signatures", "signatures", "signatures", "signatures"],
    "uk": ["підписів", "підпис", "підписи", "підписів", "підпис", "підписів"],
    "ru": ["подписей", "подпись", "подписи", "подписей", "подпись", "подписей"],
}
ENDORSERS = {
    "en": ["endorsers", "endorser", "endorsers", "endorsers", "endorsers", "endorsers"],
    "uk": [
        "прихильників",
        "прихильник",
        "прихильники",
        "прихильників",
        "прихильник",
        "прихильників",
    ],
    "ru": ["сторонников", "сторонник", "сторонника", "сторонников", "сторонник", "сторонников"],
}
ORGANISATIONS = {
    "en": ["organisations", "organisation", "organisations", "organisations", "organisations"]
    + ["organisations"],
    "uk": ["організацій", "організацію", "організації", "організацій", "організацію"]
    + ["організацій"],
    "ru": ["организаций", "организацию", "организации", "организаций", "организацию"]
    + ["организаций"],
}
PEOPLE_HAVE_SIGNED = {
    "en": ["people have", "person has", "people have", "people have", "people have"]
    + ["people have"],
    "uk": ["людей підписали", "людина підписала", "людини підписали", "людей підписали"]
    + ["людина підписала", "людей підписали"],
    "ru": ["человек подписали", "человек подписал", "человека подписали", "человек подписали"]
    + ["человек подписал", "человек подписали"],
}
ITEMS = {
    "en": ["items", "item", "items", "items", "items", "items"],
    "uk": ["записів", "запис", "записи", "записів", "запис", "записів"],
    "ru": ["записей", "запись", "записи", "записей", "запись", "записей"],
}
REQUESTS = {
    "en": ["requests", "request", "requests", "requests", "requests", "requests"],
    "uk": ["заявок", "заявку", "заявки", "заявок", "заявку", "заявок"],
    "ru": ["заявок", "заявка", "заявки", "заявок", "заявка", "заявок"],
}


def formatted(n, lang):
    return f"{n:,}".replace(",", "," if lang == "en" else NBSP)


def cases(table):
    return [
        pytest.param(lang, n, table[lang][i], id=f"{lang}-{n}")
        for lang in LANGUAGES
        for i, n in enumerate(COUNTS)
    ]


def render(template, context, lang, path="/"):
    request = RequestFactory().get(f"/{lang}{path}")
    with translation.override(lang):
        return re.sub(r"[ \t\r\n]+", " ", render_to_string(template, context, request=request))


@pytest.mark.parametrize(("lang", "n", "word"), cases(SIGNATURES))
def test_the_signature_counter_says_each_count_in_the_right_form(lang, n, word):
    html = render("petitions/_counter.html", {"count": n, "goal": None}, lang)

    assert f"<strong>{formatted(n, lang)}</strong>&nbsp;{word}</p>" in html


@pytest.mark.parametrize(("lang", "n", "word"), cases(SIGNATURES))
def test_the_press_pages_goal_says_each_count_in_the_right_form(lang, n, word):
    with translation.override(lang):
        text = ngettext(
            "Goal: %(target)s signature (%(p)s%% reached).",
            "Goal: %(target)s signatures (%(p)s%% reached).",
            n,
        ) % {"target": formatted(n, lang), "p": 0}

    assert f"{formatted(n, lang)}{' ' if lang == 'en' else NBSP}{word} " in text


@pytest.mark.parametrize(("lang", "n", "words"), cases(PEOPLE_HAVE_SIGNED))
def test_the_press_page_says_how_many_people_signed_in_the_right_form(lang, n, words):
    with translation.override(lang):
        text = ngettext("person has signed “%(title)s”", "people have signed “%(title)s”", n)

    assert text.startswith(words)


@pytest.mark.parametrize(("lang", "n", "word"), cases(ENDORSERS))
def test_the_endorsers_page_and_the_home_link_count_endorsers_in_the_right_form(lang, n, word):
    space = " " if lang == "en" else NBSP
    context = {"groups": [], "total": n, "coalition_size": None, "listed_organisations": 0}
    endorsers = render("campaign/endorsers.html", context, lang, "/endorsers/")
    home = render("campaign/home.html", {"endorser_count": n, "endorsers": []}, lang)

    assert f"{formatted(n, lang)}{space}{word}" in endorsers
    if n:  # the home page shows the link once there is an endorser
        assert f"{formatted(n, lang)}{space}{word}" in home


@pytest.mark.parametrize(("lang", "n", "word"), cases(ORGANISATIONS))
def test_the_endorsers_page_gives_the_coalitions_size_in_the_right_form(lang, n, word):
    space = " " if lang == "en" else NBSP
    context = {"groups": [], "total": 0, "coalition_size": n, "listed_organisations": -1}
    html = render("campaign/endorsers.html", context, lang, "/endorsers/")

    if n:
        assert f"{formatted(n, lang)}{space}{word}." in html


@pytest.mark.parametrize(("lang", "n", "word"), cases(ITEMS))
def test_the_admins_publish_messages_count_in_the_right_form(lang, n, word):
    with translation.override(lang):
        published = ngettext("%(n)d item published.", "%(n)d items published.", n) % {"n": n}
        hidden = ngettext("%(n)d item hidden.", "%(n)d items hidden.", n) % {"n": n}

    space = " " if lang == "en" else NBSP
    assert f"{n}{space}{word}" in published
    assert f"{n}{space}{word}" in hidden


@pytest.mark.parametrize(("lang", "n", "word"), cases(REQUESTS))
def test_the_admins_request_messages_count_in_the_right_form(lang, n, word):
    with translation.override(lang):
        approved = ngettext(
            "%(n)d request approved: its endorser is published.",
            "%(n)d requests approved: their endorsers are published.",
            n,
        ) % {"n": n}
        rejected = ngettext("%(n)d request rejected.", "%(n)d requests rejected.", n) % {"n": n}

    space = " " if lang == "en" else NBSP
    assert f"{n}{space}{word}" in approved
    assert f"{n}{space}{word}" in rejected


# --- typography of the Ukrainian and Russian texts --------------------------------------

DASHES = "—–"
COUNT_PLACEHOLDER = re.compile(
    r"%\((n|shown|target|goal|days|confirm_days|purge_days)\)[sd]|%\(\w+\)d"
)


def typography_problems(text, lang):
    """Ukrainian and Russian typography (CAMPAIGN-FACTS.md): «» quotes, the apostrophe ’
    in Ukrainian, U+00A0 inside numbers, after a number before its word, before a dash."""
    plain = re.sub(r"<[^>]+>", "", text)  # attributes may quote with "
    plain = re.sub(COUNT_PLACEHOLDER, "0", plain)  # a count stands for a number
    problems = re.findall(r'.{0,12}["“”„].{0,12}', plain)
    if lang == "uk":
        problems += re.findall(r"\w'\w", plain)
    problems += re.findall(r".{0,12}\u202f.{0,12}", plain)
    problems += re.findall(r"\d \d{3}\b", plain)
    problems += re.findall(r"\d [^\W\d_]+", plain)
    problems += re.findall(rf"\S+ [{DASHES}]", plain)
    return problems


# «е» where Russian writes «ё», among the words this site uses.
YO = re.compile(
    r"\b(еще|ее|все равно|счетчик\w*|подсчет\w*|подтвержденн\w*|осужденн\w*|решетк\w*|имен"
    r"|ребенк\w*|перемещенн\w*|лишенн\w*|освобожденн\w*|политзаключенн\w*|отчет\w*|учет\w*"
    r"|обновлен)\b",
    re.IGNORECASE,
)


def shipped_texts(lang):
    return [
        (f"{item.key}.{name}", value)
        for item in initial_content.items()
        for name, value in item.fields.items()
        if name.endswith(f"_{lang}") and isinstance(value, str)
    ]


def catalogue_texts(lang):
    """(msgid, msgstr) of every entry of the catalogue."""
    po = (ROOT / f"locale/{lang}/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    texts = []
    for block in po.split("\n\n"):
        lines = block.splitlines()
        fields, current = {}, None
        for line in lines:
            if line.startswith(("msgid", "msgstr")):
                current, _, quoted = line.partition(" ")
                fields[current] = eval_po_string(quoted)
            elif line.startswith('"') and current:
                fields[current] += eval_po_string(line)
        msgid = fields.get("msgid")
        if msgid:
            texts += [(msgid, text) for key, text in fields.items() if key.startswith("msgstr")]
    return texts


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_shipped_content_follows_the_languages_typography(lang):
    problems = {key: typography_problems(text, lang) for key, text in shipped_texts(lang)}

    assert {key: found for key, found in problems.items() if found} == {}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_catalogue_follows_the_languages_typography(lang):
    problems = {msgid: typography_problems(text, lang) for msgid, text in catalogue_texts(lang)}

    assert {msgid: found for msgid, found in problems.items() if found} == {}


def test_russian_writes_yo_wherever_it_belongs():
    texts = shipped_texts("ru") + catalogue_texts("ru")

    assert [(where, m[0]) for where, text in texts for m in YO.finditer(text)] == []
