"""Petitions for content editors; signatures only for staff with signer permissions.

Signer data needs `petitions.view_signer_data` (and two-factor, see admin_site.py); the
encrypted export needs `petitions.export_signers` and is recorded in the export log.
Even then the admin shows no identity: it has none to show (models.py).
"""

import csv

from django import forms
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from . import counting, privacy, staff
from .models import ExportLog, Petition, Signature

VIEW_SIGNERS = "petitions.view_signer_data"
EXPORT_COLUMNS = ["id", "country", "confirmed_on", "sealed_identity"]
EXPORT_SIGNERS = "petitions.export_signers"


@admin.register(Petition)
class PetitionAdmin(TranslationAdmin):
    list_display = ["title", "slug", "signatures", "goal", "opens_at", "closes_at", "is_active"]
    list_filter = ["is_active", "featured"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ("title_en",)}

    @admin.display(description=_("confirmed signatures"))
    def signatures(self, obj):
        return self._totals.get(obj.pk, 0)

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # One query for the counts of the whole page, not one per row.
        self._totals = counting.totals([p.pk for p in changelist.result_list])
        return changelist

    def get_urls(self):
        return [
            path(
                "<int:pk>/export/",
                self.admin_site.admin_view(self.export_view),
                name="petitions_petition_export",
            ),
            path(
                "erase-address/",
                self.admin_site.admin_view(self.erase_view),
                name="petitions_erase_address",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        extra_context["can_export"] = request.user.has_perm(EXPORT_SIGNERS)
        extra_context["export_url"] = reverse("admin:petitions_petition_export", args=[object_id])
        return super().change_view(request, object_id, form_url, extra_context)

    def export_view(self, request, pk):
        """The sealed identities of confirmed, valid signatures, as CSV. Only the offline
        private key opens them (manage.py decrypt_signers). Streamed: a million rows are
        a few hundred megabytes. The log counts exactly the rows that existed when the
        download began, which are the rows it streams."""
        if not request.user.has_perm(EXPORT_SIGNERS):
            raise PermissionDenied
        petition = get_object_or_404(Petition, pk=pk)
        started = timezone.now()
        # Ids follow confirmations: the rows that exist now are the rows streamed.
        last = Signature.objects.filter(petition=petition).order_by("-pk").first()
        rows = Signature.objects.counted().filter(
            petition=petition, pk__lte=last.pk if last else 0, sealed_identity__isnull=False
        )
        ExportLog.objects.create(user=request.user, petition=petition, rows=rows.count())
        response = StreamingHttpResponse(
            _csv_lines(
                EXPORT_COLUMNS,
                (
                    [pk_, country, confirmed_on.isoformat(), sealed]
                    for pk_, country, confirmed_on, sealed in rows.order_by("pk")
                    .values_list("pk", "country", "confirmed_on", "sealed_identity")
                    .iterator(chunk_size=5000)
                ),
            ),
            content_type="text/csv; charset=utf-8",
        )
        filename = f"{petition.slug}-signers-sealed-{started:%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def erase_view(self, request):
        if not request.user.has_perm(VIEW_SIGNERS) or not request.user.has_perm(
            "petitions.delete_signature"
        ):
            raise PermissionDenied
        form = EraseAddressForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            n = staff.erase_address(form.cleaned_data["email"])
            self.message_user(request, _("%(n)d signature(s) of that address erased.") % {"n": n})
            return redirect("admin:petitions_signature_changelist")
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": _("Erase every signature of one address"),
        }
        return TemplateResponse(request, "admin/petitions/erase_address.html", context)


class _Echo:
    def write(self, value):
        return value


def _csv_lines(header, rows):
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(row)


class EraseAddressForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("Found by its keyed hash; the address itself is not stored."),
    )


class SignerDataPermission:
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(VIEW_SIGNERS)

    def has_module_permission(self, request):
        return request.user.has_perm(VIEW_SIGNERS)


class ValidFilter(admin.SimpleListFilter):
    title = _("validity")
    parameter_name = "valid"

    def lookups(self, request, model_admin):
        return [("yes", _("Counted")), ("no", _("Invalidated"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(invalidated_on__isnull=True)
        if self.value() == "no":
            return queryset.filter(invalidated_on__isnull=False)
        return queryset


@admin.register(Signature)
class SignatureAdmin(SignerDataPermission, admin.ModelAdmin):
    list_display = [
        "__str__",
        "petition",
        "country",
        "public_name",
        "language",
        "confirmed_on",
        "invalidated_on",
    ]
    list_filter = ["petition", ValidFilter, "country"]
    search_fields = ["=domain_hash"]
    search_help_text = _(
        "Search by the exact domain of an address (the part after @): the domain is "
        "hashed as the stored ones are, since the database does not keep it."
    )
    date_hierarchy = "confirmed_on"
    fields = [
        "petition",
        "country",
        "public_name",
        "language",
        "confirmed_on",
        "invalidated_on",
    ]
    readonly_fields = fields
    actions = ["invalidate_selected", "invalidate_domains"]
    list_select_related = ["petition"]
    show_full_result_count = False  # count(*) over a million rows on every page view

    def get_search_results(self, request, queryset, search_term):
        """Staff type a domain; the table holds only its keyed hash."""
        term = search_term.strip()
        if not term:
            return queryset, False
        return queryset.filter(domain_hash=privacy.domain_hash(term)), False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def _can_invalidate(self, request):
        return request.user.has_perm(VIEW_SIGNERS) and request.user.has_perm(
            "petitions.change_signature"
        )

    @admin.action(description=_("Invalidate the selected signatures"), permissions=["invalidate"])
    def invalidate_selected(self, request, queryset):
        selected = list(queryset)
        n = staff.invalidate(queryset)
        self._log(request, selected, "Invalidated.")
        self.message_user(request, _("%(n)d signature(s) invalidated.") % {"n": n})

    @admin.action(
        description=_("Invalidate every signature from the domains of the selected ones"),
        permissions=["invalidate"],
    )
    def invalidate_domains(self, request, queryset):
        selected = list(queryset)
        n = 0
        # An anonymised signature has no domain: "" must never invalidate them all.
        for domain_hash in {signature.domain_hash for signature in selected} - {""}:
            n += staff.invalidate_domain_hash(domain_hash)
        self._log(request, selected, f"Invalidated with every signature of its domain ({n}).")
        self.message_user(request, _("%(n)d signature(s) invalidated.") % {"n": n})

    def _log(self, request, signatures, message):
        """Admin history: who invalidated what. A signature is named only as #id."""
        LogEntry.objects.log_actions(request.user.pk, signatures, CHANGE, change_message=message)

    def has_invalidate_permission(self, request):
        return self._can_invalidate(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        extra_context["erase_url"] = reverse("admin:petitions_erase_address")
        return super().changelist_view(request, extra_context)


@admin.register(ExportLog)
class ExportLogAdmin(SignerDataPermission, admin.ModelAdmin):
    list_display = ["created_at", "user", "petition", "rows"]
    list_filter = ["petition", "user"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
