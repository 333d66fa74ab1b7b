from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from people_first.forms import clean_text

from .models import EndorsementRequest


def country_choices():
    # Called for each form, so that the names are in the language of the request.
    return [("", _("Choose a country")), *countries]


class CountryField(forms.ChoiceField):
    """A country from the list, for the encrypted country of a request (the model field
    holds text: see EndorsementRequest)."""

    def __init__(self, **kwargs):
        super().__init__(choices=country_choices, **kwargs)


class EndorseForm(forms.ModelForm):
    class Meta:
        model = EndorsementRequest
        fields = ["organisation", "country", "website", "contact_name", "contact_email", "message"]
        labels = {
            "organisation": _("Organisation"),
            "contact_name": _("Contact person"),
            "contact_email": _("Contact email"),
            "message": _("Message"),
        }
        help_texts = {
            "contact_email": _(
                "We write to this address about your request. It is never published."
            ),
            "message": _("What your organisation does, and anything we should know."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5, "maxlength": 2000})}

    country = CountryField(label=_("Country"))
    website = forms.URLField(
        label=_("Website"), max_length=300, required=False, assume_scheme="https"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_email"].widget.attrs.update(autocomplete="email")
        self.fields["contact_name"].widget.attrs.update(autocomplete="name")
        self.fields["organisation"].widget.attrs.update(autocomplete="organization")

    def clean_organisation(self):
        return clean_text(self.cleaned_data["organisation"])

    def clean_contact_name(self):
        return clean_text(self.cleaned_data["contact_name"])

    def clean_message(self):
        # Newlines and tabs are fine in a message; other control characters are not.
        return clean_text(self.cleaned_data["message"].replace("\r\n", "\n"), allow="\n\t")
