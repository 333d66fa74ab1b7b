"""Admin sessions end after ADMIN_SESSION_IDLE_SECONDS without a request and
ADMIN_SESSION_MAX_SECONDS after the login, whatever happens in between: a laptop left
open, or a session cookie stolen, opens the admin for a while, not for good.

Only the admin has sessions (SESSION_COOKIE_PATH is the admin's path, so public pages,
cached by a CDN, neither get nor send the cookie); this middleware acts on admin
requests only. The two times are kept in the session itself, and the session's own
expiry is set to what is left of it, so the store (Redis) forgets an idle session too.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext_lazy as _

STARTED = "admin_session_started"
SEEN = "admin_session_seen"


def start(sender, request, user, **kwargs):
    """At every login (the user_logged_in signal; people_first/apps.py), a new clock."""
    request.session[STARTED] = request.session[SEEN] = time.time()


def expired(session, now):
    started, seen = session.get(STARTED), session.get(SEEN)
    if started is None or seen is None:
        return False
    return (
        now - seen > settings.ADMIN_SESSION_IDLE_SECONDS
        or now - started > settings.ADMIN_SESSION_MAX_SECONDS
    )


class AdminSessionMiddleware:
    """After the authentication and message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/" + settings.ADMIN_URL):
            return self.get_response(request)
        if request.user.is_authenticated and expired(request.session, time.time()):
            logout(request)
            messages.info(request, _("Your admin session has ended. Please log in again."))
        response = self.get_response(request)
        if request.user.is_authenticated:
            self.touch(request.session, time.time())
        return response

    @staticmethod
    def touch(session, now):
        started = session.setdefault(STARTED, now)  # a session from before this rule
        session[SEEN] = now
        left = min(
            settings.ADMIN_SESSION_IDLE_SECONDS,
            settings.ADMIN_SESSION_MAX_SECONDS - (now - started),
        )
        session.set_expiry(max(1, int(left)))
