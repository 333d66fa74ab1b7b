import re

import nh3
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

register = template.Library()

# No <blockquote>: a quotation needs its source and date, so quotations are Statements
# (campaign.models.Statement), never a staff-written block in a text.
ALLOWED_TAGS = {"p", "a", "em", "strong", "ul", "ol", "li", "br", "h2", "h3"}


@register.filter
def rich_text(value):
    """Staff-written text, safe: blank lines make paragraphs; only a few tags survive
    (nh3 sanitises them, so nothing from the database runs as markup or script)."""
    value = (value or "").strip()
    if not value:
        return ""
    if not re.search(r"<(p|ul|ol|h2|h3)\b", value):
        value = linebreaks(value, autoescape=False)
    return mark_safe(  # noqa: S308 - sanitised by nh3 just here
        nh3.clean(
            value,
            tags=ALLOWED_TAGS,
            attributes={"a": {"href"}},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


@register.simple_tag(takes_context=True)
def language_links(context):
    """(code, name, url, is_current) for the switcher: the same page in each language."""
    request = context["request"]
    current = context.get("LANGUAGE_CODE")
    path = request.path  # not the query string: cached pages are shared
    return [
        (code, name, translate_url(path, code), code == current)
        for code, name in settings.LANGUAGES
    ]


@register.filter
def count(value):
    """A count with the thousands separator of the active language."""
    return number_format(value or 0, force_grouping=True)


@register.filter(is_safe=True)
def nbsp(value):
    """Text that never breaks across lines: its spaces become no-break spaces. For a
    date such as "24 лютого 2025 р.", whose number and words belong together."""
    return str(value).replace(" ", "\u00a0")


@register.filter
def with_error_attrs(field):
    """The widget, pointing at its help text and error message for screen readers, and
    marked invalid when it has an error (ids as in _field.html)."""
    attrs, described_by = {}, []
    if field.help_text:
        described_by.append(f"{field.id_for_label}-help")
    if field.errors:
        attrs["aria-invalid"] = "true"
        described_by.append(f"{field.id_for_label}-error")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)
