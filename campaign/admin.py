"""The campaign in the admin: every text in every language (modeltranslation), drag and
drop ordering (adminsortable2), publish and hide in bulk, and the endorsement requests.

Saves send a signal that renews the cached pages (campaign/signals.py); the bulk paths
below use queryset.update(), which sends none, so they renew the cache themselves."""

from adminsortable2.admin import SortableAdminBase, SortableAdminMixin, SortableInlineAdminMixin
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTextareaWidget, AdminTextInputWidget
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from people_first import pagecache
from people_first.fields import EncryptedTextField

from . import services
from .forms import CountryField
from .models import (
    Appeal,
    Demand,
    EndorsementRequest,
    Endorser,
    KeyFigure,
    Page,
    Statement,
)

# Web addresses typed without a scheme are taken as https (Django 6's default already).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


def in_every_language(*fields):
    """Search fields for the translated columns: a search finds a text in any language."""
    return [f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES]


class BumpOnReorder:
    """Reordering saves with bulk_update()/update() (no signal): show the new order at once."""

    def _update_order(self, *args, **kwargs):
        result = super()._update_order(*args, **kwargs)
        pagecache.bump()
        return result

    def _bulk_move(self, *args, **kwargs):
        result = super()._bulk_move(*args, **kwargs)
        pagecache.bump()
        return result


class PublishActions:
    actions = ["publish", "hide"]

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Hide the selected items from the site"), permissions=["change"])
    def hide(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, published):
        n = queryset.update(published=published)
        pagecache.bump()
        if published:
            text = ngettext("%(n)d item published.", "%(n)d items published.", n)
        else:
            text = ngettext("%(n)d item hidden.", "%(n)d items hidden.", n)
        self.message_user(request, text % {"n": n}, messages.SUCCESS)


class KeyFigureInline(SortableInlineAdminMixin, TranslationTabularInline):
    model = KeyFigure
    extra = 0


@admin.register(Appeal)
class AppealAdmin(SortableAdminBase, TranslationAdmin):
    """There is one appeal: its list opens it."""

    inlines = [KeyFigureInline]
    list_display = ["title", "updated_at"]

    def has_add_permission(self, request):
        return not Appeal.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        appeal = Appeal.current()
        if appeal is not None and self.has_change_permission(request, appeal):
            return redirect("admin:campaign_appeal_change", appeal.pk)
        return super().changelist_view(request, extra_context)


@admin.register(Demand)
class DemandAdmin(PublishActions, BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    list_display = ["order", "title", "published"]
    list_display_links = ["title"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = in_every_language("title", "text")


@admin.register(Endorser)
class EndorserAdmin(PublishActions, BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["order", "name", "kind", "country", "featured", "published"]
    list_display_links = ["name"]
    list_filter = ["kind", "featured", "published", "country"]
    list_editable = ["featured", "published"]
    search_fields = [*in_every_language("name", "description"), "website"]


@admin.register(Statement)
class StatementAdmin(PublishActions, BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    """Quotations: a statement shows on the site only with its source and date."""

    formfield_overrides = HTTPS_URLS
    list_display = ["order", "person", "source", "date", "published"]
    list_display_links = ["person"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = in_every_language("person", "role", "text", "source")
    autocomplete_fields = ["endorser"]


@admin.register(Page)
class PageAdmin(TranslationAdmin):
    list_display = ["slug", "title", "updated_at"]
    search_fields = in_every_language("title", "body")

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj else []


class EndorsementRequestForm(forms.ModelForm):
    country = CountryField(label=_("country"))
    website = forms.URLField(
        label=_("website"), max_length=300, required=False, assume_scheme="https"
    )

    class Meta:
        model = EndorsementRequest
        fields = [
            "organisation",
            "country",
            "website",
            "contact_name",
            "contact_email",
            "message",
        ]
        widgets = {"message": AdminTextareaWidget}


@admin.register(EndorsementRequest)
class EndorsementRequestAdmin(admin.ModelAdmin):
    """Requests are read and decided by staff with `campaign.review_endorsementrequest`
    (as well as the usual view or change permission): the permissions a content editor
    holds do not show them. Every field but the status and the dates is encrypted
    (models.EndorsementRequest), so the list filters and sorts by those alone and has no
    search."""

    form = EndorsementRequestForm
    # The encrypted texts are one line of text, not the textarea of a TextField.
    formfield_overrides = {EncryptedTextField: {"widget": AdminTextInputWidget}}
    list_display = [
        "organisation",
        "country_name",
        "contact_name",
        "status",
        "created_at",
        "decided_at",
    ]
    list_display_links = ["organisation"]
    list_filter = ["status"]
    sortable_by = ["status", "created_at", "decided_at"]
    readonly_fields = ["endorser", "created_at", "status", "decided_at"]
    actions = ["approve", "reject"]
    date_hierarchy = "created_at"

    @admin.display(description=_("country"))
    def country_name(self, obj):
        return obj.country_name()

    def may_review(self, request):
        return request.user.has_perm("campaign.review_endorsementrequest")

    def has_module_permission(self, request):
        return self.may_review(request) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return self.may_review(request) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.may_review(request) and super().has_change_permission(request, obj)

    def has_add_permission(self, request):
        return self.may_review(request) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.may_review(request) and super().has_delete_permission(request, obj)

    @admin.action(description=_("Approve: publish as endorsers"), permissions=["change"])
    def approve(self, request, queryset):
        n = sum(services.approve(req) is not None for req in queryset)
        self.message_user(
            request,
            ngettext(
                "%(n)d request approved: its endorser is published.",
                "%(n)d requests approved: their endorsers are published.",
                n,
            )
            % {"n": n},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject"), permissions=["change"])
    def reject(self, request, queryset):
        n = sum(services.reject(req) for req in queryset)
        self.message_user(
            request,
            ngettext("%(n)d request rejected.", "%(n)d requests rejected.", n) % {"n": n},
            messages.SUCCESS,
        )
