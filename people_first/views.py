import logging
import sys

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def healthz(request):
    """The process is alive (no database): the baseline of `make bench`."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unreachable"
    try:
        cache.set("readyz", 1, 5)
        checks["cache"] = "ok" if cache.get("readyz") == 1 else "unreachable"
    except Exception:  # any cache backend's failure means "not ready"
        checks["cache"] = "unreachable"
    ok = all(v == "ok" for v in checks.values())
    return JsonResponse(checks, status=200 if ok else 503)


def rate_limited(request, exception=None):
    return render(request, "errors/429.html", status=429)


def forbidden(request, exception=None):
    return render(request, "errors/403.html", status=403)


def bad_request(request, exception=None):
    return render(request, "errors/400.html", status=400)


def page_not_found(request, exception=None):
    if request.path.endswith((".json", ".csv")):
        return JsonResponse({"error": "not found"}, status=404)
    return render(request, "errors/404.html", status=404)


def server_error(request):
    """500, or 503 when the database is unreachable: a translated page, never a trace."""
    exc = sys.exc_info()[1]
    if isinstance(exc, DatabaseError):
        response = render(request, "errors/503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render(request, "errors/500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "errors/403.html", status=403)
