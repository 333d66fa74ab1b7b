from adminsortable2.admin import SortableAdminBase, SortableAdminMixin, SortableInlineAdminMixin
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from people_first import pagecache

from . import services
from .models import Appeal, Demand, EndorsementRequest, Endorser, KeyFigure, Page, Statement


class BumpOnReorder:
    """Reordering saves with queryset.update() (no signal): show the new order at once."""

    def _update_order(self, *args, **kwargs):
        result = super()._update_order(*args, **kwargs)
        pagecache.bump()
        return result

    def _bulk_move(self, *args, **kwargs):
        result = super()._bulk_move(*args, **kwargs)
        pagecache.bump()
        return result


class KeyFigureInline(SortableInlineAdminMixin, TranslationTabularInline):
    model = KeyFigure
    extra = 0


@admin.register(Appeal)
class AppealAdmin(SortableAdminBase, TranslationAdmin):
    inlines = [KeyFigureInline]
    list_display = ["title", "updated_at"]

    def has_add_permission(self, request):
        return not Appeal.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Demand)
class DemandAdmin(BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    list_display = ["order", "title", "published"]
    list_display_links = ["title"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = ["title", "text"]


@admin.register(Endorser)
class EndorserAdmin(BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    list_display = ["order", "name", "kind", "country", "featured", "published"]
    list_display_links = ["name"]
    list_filter = ["kind", "featured", "published", "country"]
    list_editable = ["featured", "published"]
    search_fields = ["name", "description", "website"]


@admin.register(Statement)
class StatementAdmin(BumpOnReorder, SortableAdminMixin, TranslationAdmin):
    list_display = ["order", "person", "role", "published"]
    list_display_links = ["person"]
    list_filter = ["published"]
    search_fields = ["person", "role", "text"]
    autocomplete_fields = ["endorser"]


@admin.register(Page)
class PageAdmin(TranslationAdmin):
    list_display = ["slug", "title", "updated_at"]
    search_fields = ["title", "body"]

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj else []


@admin.register(EndorsementRequest)
class EndorsementRequestAdmin(admin.ModelAdmin):
    list_display = ["organisation", "country", "contact_name", "status", "created_at"]
    list_filter = ["status", "country"]
    search_fields = ["organisation", "contact_name", "contact_email", "website"]
    readonly_fields = ["endorser", "created_at", "status"]
    actions = ["approve", "reject"]
    date_hierarchy = "created_at"

    @admin.action(description=_("Approve: publish as endorsers"))
    def approve(self, request, queryset):
        for req in queryset:
            services.approve(req)
        self.message_user(
            request,
            _("%(n)d request(s) approved and published.") % {"n": queryset.count()},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject"))
    def reject(self, request, queryset):
        for req in queryset:
            services.reject(req)
