import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _


def clean_text(value, allow=""):
    """Reject control and invisible format characters; strip surrounding space."""
    bad = ("Cc", "Cf", "Cs", "Co", "Cn")
    if any(unicodedata.category(ch) in bad and ch not in allow for ch in value):
        raise forms.ValidationError(_("Please remove the control characters from this field."))
    return value.strip()
