import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from people_first.forms import clean_text

HONEYPOT = "website"


class SignForm(forms.Form):
    """The sign form. Its field names are a public contract: partner sites post to it."""

    name = forms.CharField(label=_("Your name"), max_length=120, strip=True)
    email = forms.EmailField(label=_("Email address"), max_length=254)
    country = forms.ChoiceField(label=_("Country"), choices=())
    consent = forms.BooleanField(
        label=_("I agree that my signature is processed as the privacy notice describes."),
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
        # Names translated and sorted in the active language (pyuca sorts them).
        self.fields["country"].choices = [("", _("Choose your country")), *countries]
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        if settings.RECAPTCHA_PUBLIC_KEY:
            from django_recaptcha.fields import ReCaptchaField

            self.fields["captcha"] = ReCaptchaField(label=_("Are you human?"))

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if any(unicodedata.category(ch).startswith("C") for ch in email):
            raise forms.ValidationError(_("Enter a valid email address."))
        return email

    def is_bot(self):
        return bool(self.data.get(HONEYPOT))
