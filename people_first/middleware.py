from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.middleware import security
from django.utils.cache import cc_delim_re


class SecurityMiddleware(security.SecurityMiddleware):
    """Django's SecurityMiddleware, and the site's onion address (ONION_LOCATION).

    Tor Browser users reach the onion over plain http, which Tor itself encrypts and
    authenticates end to end; the onion has no certificate. So on the onion host,
    SECURE_SSL_REDIRECT does not apply (https://....onion would not answer) and no HSTS
    header is sent. Elsewhere, every HTML page of the public site names its onion twin in
    `Onion-Location`, which Tor Browser offers to open. The header is the same for every
    visitor of a URL, so CDN caching is unchanged.

    A subclass, since Django's redirect knows exemptions by path only. Django's deploy
    checks look for its own dotted path in MIDDLEWARE and so skip this one: security.W001
    is silenced in settings, and people_first/checks.py checks what they would."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.onion_location = settings.ONION_LOCATION
        self.onion_host = settings.ONION_HOST
        self.admin_prefix = "/" + settings.ADMIN_URL

    def on_onion(self, request):
        if not self.onion_host:
            return False
        try:
            host = request.get_host()
        except DisallowedHost:
            return False
        domain = host.rpartition(":")[0] if host.count(":") == 1 else host  # no port
        return domain.lower() == self.onion_host

    def process_request(self, request):
        if self.on_onion(request):
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if self.on_onion(request):
            response.headers.pop("Strict-Transport-Security", None)
        elif (
            self.onion_location
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path_info.startswith(self.admin_prefix)
        ):
            response["Onion-Location"] = self.onion_location + request.get_full_path()
        return response


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


class SharedResponseMiddleware:
    """A response marked `shared` (people_first/http.py: public_cache) carries no cookie
    and does not vary on cookies, whatever the middleware below it did: a visitor who
    sends an old session cookie or a malformed CSRF cookie would otherwise get a
    Set-Cookie on a page a CDN keeps for everyone. Placed above the session and CSRF
    middleware, so that it sees their cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "shared", False):
            response.cookies.clear()
            if response.has_header("Vary"):
                kept = [v for v in cc_delim_re.split(response["Vary"]) if v.lower() != "cookie"]
                if kept:
                    response["Vary"] = ", ".join(kept)
                else:
                    del response["Vary"]
        return response
