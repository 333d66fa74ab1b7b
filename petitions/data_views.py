"""Public data for press and partners: totals as JSON and CSV, the embeddable counter."""

from django.http import JsonResponse

from . import counting
from .models import Petition


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def all_totals(request):
    petitions = list(Petition.objects.public())
    counts = counting.totals([p.pk for p in petitions])
    return _json(
        {
            "petitions": [
                {"slug": p.slug, "title": p.title, "signatures": counts[p.pk], "goal": p.goal}
                for p in petitions
            ]
        }
    )


def totals(request, slug):
    return _json({"error": "not yet"}, status=404)


by_country_csv = by_day_csv = embed = totals
