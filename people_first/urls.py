from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("petitions.data_urls")),
]
urlpatterns += i18n_patterns(
    path("", include("campaign.urls")),
    path("", include("petitions.urls")),
)

handler400 = "people_first.views.bad_request"
handler403 = "people_first.views.forbidden"
handler404 = "people_first.views.page_not_found"
handler500 = "people_first.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
