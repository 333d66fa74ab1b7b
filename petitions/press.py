from django.shortcuts import render

from . import counting
from .pages import featured_petition


def press(request):
    petition = featured_petition()
    count = counting.total(petition.pk)[0] if petition else 0
    return render(request, "petitions/press.html", {"petition": petition, "count": count})
