import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from . import pagecache


def public_cache(response, seconds=None):
    """Same bytes for everyone: a CDN may keep the response for a short while. It never
    sets a cookie (SharedResponseMiddleware), or a CDN would hand it to everyone."""
    seconds = settings.PUBLIC_CACHE_SECONDS if seconds is None else seconds
    patch_cache_control(response, public=True, max_age=seconds)
    response.shared = True
    return response


def live_public_cache(response):
    """A page that shows the live count: a CDN may keep it (s-maxage), but the visitor's
    own browser asks again each time (max-age=0), so a supporter who has just confirmed
    sees the count move on the next page instead of a copy from before they signed."""
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PUBLIC_CACHE_SECONDS)
    response.shared = True
    return response


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else None


def allowed_origins(request):
    own = {_origin(settings.SITE_URL), _origin(request.build_absolute_uri("/"))}
    # A malformed setting gives None, which must never match a request's "null" origin.
    return (own | {_origin(o) for o in settings.SIGN_PARTNER_ORIGINS}) - {None}


def same_site_or_partner(request):
    """Cross-site protection for POSTs that carry no CSRF cookie (see petitions/views.py).

    Browsers send Origin (or at least Referer) with a cross-site form POST, so a forged
    submission from a foreign page is refused. A request with neither comes from a
    non-browser client, which could have sent any data anyway: the double opt-in and
    the rate limits protect those."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return True
    return _origin(source) in allowed_origins(request)


def no_index(view):
    """Pages behind emailed links: search engines must neither index them nor follow
    their links (a link shared by mistake must not end up in a search result)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def site_url_for(request):
    """The base URL of links made for this visitor: the onion address for someone who
    came through it (ONION_LOCATION; the clear-web address may be blocked for them),
    SITE_URL otherwise."""
    onion = getattr(settings, "ONION_LOCATION", "")
    if onion and request.get_host() == urlsplit(onion).netloc:
        return onion.rstrip("/")
    return settings.SITE_URL


def cached_page(request, name, parts, template, context, *, fill=None, live=False):
    """A public page that is the same bytes for every visitor in a language: rendered
    once per content version and `parts` (people_first/pagecache.py), then served from
    memory. `context()` builds the template's context (called only to render); `fill`
    puts in what changes between renders (the live count's slots, petitions/pages.py);
    `live` pages show the count, so the visitor's browser asks again each time
    (live_public_cache). Nothing from the request but its path and language may shape
    the page: tests/people_first/test_cached_pages.py renders each for two visitors."""
    html = pagecache.get_or_render(
        name, parts, lambda: render_to_string(template, context(), request=request)
    )
    if html is None:
        raise Http404
    if fill is not None:
        html = fill(html)
    response = HttpResponse(html)
    return live_public_cache(response) if live else public_cache(response)
