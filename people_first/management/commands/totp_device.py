"""`manage.py totp_device USERNAME`: the two-factor device of an admin user."""

import io

import qrcode
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Create a confirmed TOTP two-factor device for an admin user and print its "
        "otpauth:// URL and a QR code to scan with an authenticator app. No staff "
        "member can log into the admin without one. "
        "--reset replaces the user's devices (a lost phone). The URL holds the secret: "
        "show it only to its owner."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--reset", action="store_true", help="Replace the user's existing devices."
        )

    def handle(self, *args, username, reset=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        with transaction.atomic():
            existing = TOTPDevice.objects.filter(user=user)
            if existing.exists() and not reset:
                raise CommandError(
                    f"{username} already has a TOTP device; use --reset to replace it."
                )
            existing.delete()
            device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
        url = device.config_url
        qr = qrcode.QRCode(border=1)
        qr.add_data(url)
        picture = io.StringIO()
        qr.print_ascii(out=picture, invert=True)
        self.stdout.write(f"TOTP device for {username}. Scan this code or open the URL:")
        self.stdout.write(picture.getvalue(), ending="")
        self.stdout.write(url)
