from django.contrib import admin

from qingshan.core.access import in_area
from qingshan.core.admin_base import ScopedHistoryAdmin

from . import scope
from .models import (
    Bulletin,
    CityPolicy,
    LedgerImport,
    Notice,
    PublicObjection,
    Rectification,
    RectificationUnit,
)


def _policies_visible(actor):
    return in_area(CityPolicy.objects.all(), actor)


def _policies_editable(actor):
    return _policies_visible(actor) if actor.is_office and not actor.read_only else CityPolicy.objects.none()


@admin.register(CityPolicy)
class CityPolicyAdmin(ScopedHistoryAdmin):
    list_display = ["division", "publicity_days", "immediate_days", "long_term_report_months", "office_accepts"]
    scope_visible = staticmethod(_policies_visible)
    scope_editable = staticmethod(_policies_editable)


class UnitInline(admin.TabularInline):
    model = RectificationUnit
    extra = 0
    raw_id_fields = ["unit"]


@admin.register(Rectification)
class RectificationAdmin(ScopedHistoryAdmin):
    list_display = ["number", "division", "source", "round", "status", "due_date", "demo"]
    list_filter = ["status", "source", "deadline_kind", "demo"]
    search_fields = ["problem", "number"]
    raw_id_fields = ["accepting_unit", "imported_from"]
    inlines = [UnitInline]
    scope_visible = staticmethod(scope.rectifications_visible)
    scope_editable = staticmethod(scope.rectifications_managed)


@admin.register(LedgerImport)
class LedgerImportAdmin(ScopedHistoryAdmin):
    list_display = ["file_name", "division", "rows", "created_items", "updated_items", "imported_at"]
    scope_visible = staticmethod(lambda actor: in_area(LedgerImport.objects.all(), actor))

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(PublicObjection)
class PublicObjectionAdmin(ScopedHistoryAdmin):
    list_display = ["rectification", "submitted_at", "upheld", "answered_at"]
    scope_visible = staticmethod(scope.objections_visible)


@admin.register(Notice)
class NoticeAdmin(ScopedHistoryAdmin):
    list_display = ["title", "unit", "rung", "status", "issued_at", "reply_due", "demo"]
    list_filter = ["status", "rung", "subject"]
    raw_id_fields = ["unit", "task", "rectification"]
    scope_visible = staticmethod(scope.notices_visible)
    scope_editable = staticmethod(scope.notices_managed)


@admin.register(Bulletin)
class BulletinAdmin(ScopedHistoryAdmin):
    list_display = ["title", "division", "month", "number", "published", "built_at"]
    exclude = ["figures"]
    scope_visible = staticmethod(scope.bulletins_visible)
    scope_editable = staticmethod(scope.bulletins_managed)

