"""Deploy checks Django skips for the site's SecurityMiddleware.

Django's checks of SecurityMiddleware's settings (HSTS, the https redirect, nosniff:
security.W004 and the rest) run only when its own dotted path is in MIDDLEWARE; the site
uses a subclass (people_first/middleware.py, for the onion address), and silences
security.W001 ("no SecurityMiddleware"). The same settings are checked here, with
Django's own messages, so that `check --deploy` still says what is missing.
"""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.core.checks.security import base

MIDDLEWARE = "people_first.middleware.SecurityMiddleware"

W001 = Warning(
    f"{MIDDLEWARE} is not in MIDDLEWARE: no HTTPS redirect, HSTS or nosniff header.",
    id="people_first.W001",
)


@register(Tags.security, deploy=True)
def check_security_middleware(app_configs, **kwargs):
    if MIDDLEWARE not in settings.MIDDLEWARE:
        return [W001]
    issues = []
    if not settings.SECURE_HSTS_SECONDS:
        issues.append(base.W004)
    else:
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS is not True:
            issues.append(base.W005)
        if settings.SECURE_HSTS_PRELOAD is not True:
            issues.append(base.W021)
    if settings.SECURE_CONTENT_TYPE_NOSNIFF is not True:
        issues.append(base.W006)
    if settings.SECURE_SSL_REDIRECT is not True:
        issues.append(base.W008)
    return issues
