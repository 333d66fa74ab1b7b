from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings
from django.utils.cache import cc_delim_re


class SecurityHeadersMiddleware:
    """Headers Django does not set itself, on every response.

    It sits outside WhiteNoise, which answers static files before django-csp's middleware
    sees them: those responses get the site's policy here (an SVG opened on its own is
    a document too)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.static_prefixes = tuple(
            p for p in (settings.STATIC_URL, settings.MEDIA_URL) if p and p.startswith("/")
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if CSP_HEADER not in response and request.path.startswith(self.static_prefixes):
            response[CSP_HEADER] = build_policy()
        return response


class LanguageNeutralMiddleware:
    """Drops `Vary: Accept-Language` from responses marked `language_neutral`.

    LocaleMiddleware adds it to every URL without a language prefix; the public data and
    the embed take their language from the query string, so a CDN needs one copy each."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "language_neutral", False) and response.has_header("Vary"):
            kept = [
                v for v in cc_delim_re.split(response["Vary"]) if v.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
