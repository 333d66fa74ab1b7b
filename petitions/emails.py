"""One function per email; three templates each (subject, text, HTML) in templates/emails/."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def _absolute(path):
    return settings.SITE_URL + path


def signature_email(kind, signature, address, language):
    """kind: "confirm" (the link to confirm) or "already-signed"."""
    from .signing import confirm_token, withdraw_token

    with translation.override(language):
        petition = signature.petition
        context = {
            "petition": petition,
            "petition_url": _absolute(reverse("petitions:detail", args=[petition.slug])),
            "withdraw_url": _absolute(
                reverse("petitions:withdraw", args=[withdraw_token(signature)])
            ),
            "days": settings.CONFIRMATION_DAYS,
        }
        if kind == "confirm":
            context["confirm_url"] = _absolute(
                reverse("petitions:confirm", args=[confirm_token(signature)])
            )
        subject = render_to_string(f"emails/{kind}-subject.txt", context).strip()
        text = render_to_string(f"emails/{kind}-body.txt", context)
        html = render_to_string(f"emails/{kind}-body.html", context)
    message = EmailMultiAlternatives(subject, text, to=[address])
    message.attach_alternative(html, "text/html")
    return message
