"""The admin: titled for the campaign, rate-limited login, TOTP two-factor.

Two-factor is optional for content editors and required for anyone who can see signer
data (the `petitions.view_signer_data` or `petitions.export_signers` permission, and
superusers, who have every permission): without a verified device they are not let in.
Devices are created with `manage.py totp_device USERNAME`.

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

SIGNER_PERMISSIONS = ("petitions.view_signer_data", "petitions.export_signers")


def requires_two_factor(user):
    return user.is_superuser or any(user.has_perm(p) for p in SIGNER_PERMISSIONS)


class LoginForm(OTPAdminAuthenticationForm):
    """Password, then a TOTP token for those who need one (or have a device)."""

    def clean(self):
        # The password check of AdminAuthenticationForm, without the mixin's
        # unconditional OTP step: content editors without a device log in with a password.
        self.cleaned_data = super(OTPAdminAuthenticationForm, self).clean()
        user = self.get_user()
        if user is None:
            return self.cleaned_data
        devices = list(devices_for_user(user, confirmed=True))
        if requires_two_factor(user) and not devices:
            raise forms.ValidationError(
                _(
                    "This account can see signer data and needs two-factor authentication, "
                    "but has no device yet. Ask an administrator to run "
                    "`manage.py totp_device %(username)s`."
                ),
                code="two_factor_required",
                params={"username": user.get_username()},
            )
        if devices:
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
        user = request.user
        if not super().has_permission(request):
            return False
        return not requires_two_factor(user) or user.is_verified()

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
