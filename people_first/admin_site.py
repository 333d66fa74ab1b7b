"""The admin: titled for the campaign, rate-limited login, TOTP two-factor for everyone.

Every staff login needs a second factor: a password alone, phished or guessed, opens
nothing. A user who can edit content could otherwise give themselves more (a new device,
another role), and whoever holds a staff password would hold all that too. Staff without
a confirmed device are refused at login, with the command that gives them one:
`manage.py totp_device USERNAME` (people_first/management/commands/totp_device.py).

Sessions end after ADMIN_SESSION_IDLE_SECONDS without a request and
ADMIN_SESSION_MAX_SECONDS after the login (people_first/admin_session.py); the session
cookie is sent only to the admin's path, so public pages stay cookie-free.

The login is limited to LOGIN_RATE_LIMIT POSTs per client address and per username
(django-ratelimit, counters in the shared cache); beyond it the login answers 429.
While the cache is unreachable the login answers 503: the public site fails open then
(people_first/cache.py), but passwords must not be open to unlimited guessing.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.cache import cache
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite
from django_ratelimit.decorators import ratelimit

from .cache import reachable

logger = logging.getLogger(__name__)


class LoginForm(OTPAdminAuthenticationForm):
    """Password, then the code of the user's TOTP device."""

    def clean(self):
        # The password check of AdminAuthenticationForm, then the second factor. The
        # mixin's own step would answer a user without a device with "Please enter your
        # OTP token", which no code can satisfy: this says what to do instead.
        self.cleaned_data = super(OTPAdminAuthenticationForm, self).clean()
        user = self.get_user()
        if user is None:
            return self.cleaned_data
        if not any(devices_for_user(user, confirmed=True)):
            raise forms.ValidationError(
                _(
                    "Every staff account needs two-factor authentication, and this one "
                    "has no device yet. Ask an administrator to run "
                    "`manage.py totp_device %(username)s`."
                ),
                code="two_factor_required",
                params={"username": user.get_username()},
            )
        self.clean_otp(user)
        return self.cleaned_data

    def _chosen_device(self, user):
        """The device picked in the form, or the user's only device: one field less."""
        device = super()._chosen_device(user)
        if device is None:
            devices = list(devices_for_user(user, confirmed=True))
            if len(devices) == 1:
                device = devices[0]
        return device


def _username(group, request):
    return (request.POST.get("username") or "").strip().casefold()[:150]


def _login_rate(group, request):
    return settings.LOGIN_RATE_LIMIT


class CampaignAdminSite(admin.AdminSite):
    site_header = _("People First administration")
    site_title = _("People First")
    index_title = _("Campaign, petitions and signatures")
    login_form = LoginForm
    login_template = OTPAdminSite.login_template

    def has_permission(self, request):
        # A session logged in without the second factor (any other way than the form
        # above) is not let in either.
        return super().has_permission(request) and request.user.is_verified()

    @method_decorator(
        ratelimit(key="ip", rate=_login_rate, group="admin-login-ip", method="POST", block=True)
    )
    @method_decorator(
        ratelimit(
            key=_username, rate=_login_rate, group="admin-login-user", method="POST", block=True
        )
    )
    def login(self, request, extra_context=None):
        if request.method == "POST" and not reachable(cache):
            logger.warning("Admin login refused: the cache holding its rate limit is down")
            response = render(request, "errors/503.html", status=503)
            response["Retry-After"] = "30"
            return response
        return super().login(request, extra_context)
