import functools
import logging
import unicodedata

from django import forms
from django.conf import settings
from django.forms.renderers import TemplatesSetting
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox

from people_first.forms import clean_text

from .rules import Signer

logger = logging.getLogger(__name__)

HONEYPOT = "website"
REPLACEMENT_CHARACTER = "\ufffd"
# Zero-width non-joiner and joiner: invisible, but part of the spelling of names in
# Persian, Kurdish or Indic scripts, so a name may hold them.
JOINERS = "\u200c\u200d"


class CaptchaWidget(ReCaptchaV2Checkbox):
    """Google's checkbox without the inline script of django-recaptcha's template, which
    the site's strict CSP would block (settings: CSP allows Google only when keys are set)."""

    template_name = "petitions/_recaptcha.html"

    def render(self, name, value, attrs=None, renderer=None):
        # The template lives with the project's templates, which the default form
        # renderer does not search.
        return super().render(name, value, attrs, renderer=TemplatesSetting())

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["language"] = get_language()
        return context


class CaptchaField(ReCaptchaField):
    """django-recaptcha's field, but Google unreachable (network down, timeout, a broken
    answer) is a form error asking to try again, not a 500."""

    widget = CaptchaWidget

    def validate(self, value):
        try:
            super().validate(value)
        except (OSError, ValueError, KeyError):  # URLError is an OSError; bad JSON a ValueError
            logger.warning("reCAPTCHA verification unreachable", exc_info=True)
            raise forms.ValidationError(
                _("We could not check that you are human just now. Please try again."),
                code="captcha_unreachable",
            ) from None


def country_options():
    """Names translated and sorted in the active language (pyuca sorts them)."""
    return [("", _("Choose your country")), *countries]


@functools.cache
def country_codes():
    return frozenset(countries.countries)


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code. The translated, sorted options are built only when
    the field is rendered (on a cached page); a POST checks the code against a set,
    which costs nothing next to building and normalising ~250 choices per request."""

    def __init__(self, **kwargs):
        super().__init__(choices=country_options, **kwargs)

    def valid_value(self, value):
        return value in country_codes()


class SignForm(forms.Form):
    """The sign form. Its field names are a public contract: partner sites post to it."""

    name = forms.CharField(label=_("Your name"), max_length=120, strip=True)
    email = forms.EmailField(label=_("Email address"), max_length=254)
    country = CountryField(label=_("Country"))
    consent = forms.BooleanField(
        label=_("I agree to the processing of my data"),
        error_messages={"required": _("Please agree to the privacy notice to sign.")},
    )
    updates = forms.BooleanField(label=_("Send me news about the campaign."), required=False)
    public = forms.BooleanField(
        label=_("Show my first name and country among the recent signers."), required=False
    )
    # Humans never see this field (hidden by CSS and aria-hidden); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        if settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY:
            self.fields["captcha"] = CaptchaField(label=_("Are you human?"))

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"], allow=JOINERS)
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        if REPLACEMENT_CHARACTER in name:  # bytes that were not UTF-8: a broken client
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if any(unicodedata.category(ch).startswith("C") for ch in email):
            raise forms.ValidationError(_("Enter a valid email address."))
        return email

    def signer(self, *, language):
        data = self.cleaned_data
        return Signer(
            name=data["name"],
            email=data["email"],
            country=data["country"],
            updates=data["updates"],
            public=data["public"],
            language=language,
            honeypot=data[HONEYPOT],
        )


class ConfirmForm(forms.Form):
    """The confirmation page's one choice: a signer may untick "show my name" there."""

    public = forms.BooleanField(
        label=_("Show my first name and country among the recent signers."),
        required=False,
        initial=True,
    )
