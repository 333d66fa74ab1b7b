"""Staff accounts for tests, as the site has them: every one with a confirmed TOTP
device, logging in as a person does (password, then the current code)."""

from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "correct horse battery staple 42"


def use_fast_passwords(settings):
    """Staff log in many times in tests; the real hasher's cost is not what is tested."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def totp_token(device):
    """The current six-digit code of a TOTPDevice, as an authenticator app shows it."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def make_staff(username, *, permissions=(), app_labels=(), device=True, superuser=False):
    """A staff user with `permissions` (codenames, "app.codename" or petitions'), the
    ordinary permissions (add, change, delete, view) of every model of `app_labels`, and
    a TOTP device unless `device=False`."""
    user = User.objects.create_user(username, f"{username}@staff.example", PASSWORD)
    user.is_staff = True
    user.is_superuser = superuser
    user.save()
    perms = Permission.objects.filter(
        content_type__app_label__in=app_labels, codename__regex=r"^(add|change|delete|view)_"
    )
    for name in permissions:
        app_label, _dot, codename = name.rpartition(".")
        perms |= Permission.objects.filter(
            content_type__app_label=app_label or "petitions", codename=codename
        )
    user.user_permissions.set(perms)
    if device:
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


def admin_login(client, user, *, token=None):
    """POST the admin login form as a person would: password, and the code if any.
    (A device accepts each code once: log a user in once per 30-second step.)"""
    data = {"username": user.username, "password": PASSWORD, "next": reverse("admin:index")}
    device = TOTPDevice.objects.filter(user=user).first()
    if token is None and device is not None:
        token = totp_token(device)
    if token:
        data["otp_token"] = token
    return client.post(reverse("admin:login"), data)


def logged_in(client, user):
    """The client, logged into the admin as `user` with password and code."""
    response = admin_login(client, user)
    assert response.status_code == 302, response.content.decode()[:2000]
    return client
