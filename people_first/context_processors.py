from django.conf import settings


def site(request):
    return {
        "SITE_URL": settings.SITE_URL,
        "RECAPTCHA_ENABLED": bool(settings.RECAPTCHA_PUBLIC_KEY),
        "PRESS_EMAIL": settings.PRESS_EMAIL,
        "purge_days": settings.PURGE_UNCONFIRMED_DAYS,
        "confirm_days": settings.CONFIRMATION_DAYS,
        "small_group": settings.SMALL_GROUP_THRESHOLD,
        "DATA_CONTROLLER": settings.DATA_CONTROLLER,
        "ONION_LOCATION": settings.ONION_LOCATION,
    }
