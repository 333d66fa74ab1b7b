"""One function per email; three templates each (subject, text, HTML) in templates/emails/.

There is one signing email, the same for every submission whatever the state of its
address (new, pending, confirmed, withdrawn): a mailbox must not answer "has this
address signed?" to whoever can read it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from . import tokens


def confirmation(petition, letter):
    """The confirmation email of one submission. `letter`: to, token, language and
    site (the base URL of its links), as rules.sign() queued them."""
    site = letter["site"].rstrip("/")
    with translation.override(letter["language"]):
        context = {
            "petition": petition,
            "petition_url": site + reverse("petitions:detail", args=[petition.slug]),
            "confirm_url": site + reverse("petitions:confirm", args=[letter["token"]]),
            "withdraw_url": site
            + reverse("petitions:withdraw", args=[tokens.withdraw_for(letter["token"])]),
            "days": settings.CONFIRMATION_DAYS,
        }
        subject = render_to_string("emails/confirm-subject.txt", context).strip()
        text = render_to_string("emails/confirm-body.txt", context)
        html = render_to_string("emails/confirm-body.html", context)
    message = EmailMultiAlternatives(subject, text, to=[letter["to"]])
    message.attach_alternative(html, "text/html")
    return message
