from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings


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
