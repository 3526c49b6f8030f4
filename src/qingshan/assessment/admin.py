from django.contrib import admin

from qingshan.core.access import in_area
from qingshan.core.admin_base import ScopedHistoryAdmin

from . import scope
from .models import AssessmentRun, ManualScore, Objection, Scheme, SchemeItem


class ItemInline(admin.TabularInline):
    model = SchemeItem
    extra = 0


@admin.register(Scheme)
class SchemeAdmin(ScopedHistoryAdmin):
    """Schemes are data: load a new version with ``qingshan assess scheme load``; the admin shows and corrects."""

    list_display = ["title", "division", "year", "version", "demo", "objection_days"]
    inlines = [ItemInline]
    scope_visible = staticmethod(scope.schemes_visible)
    scope_editable = staticmethod(scope.schemes_managed)


@admin.register(ManualScore)
class ManualScoreAdmin(ScopedHistoryAdmin):
    list_display = ["item", "unit", "points", "scored_at"]
    raw_id_fields = ["unit"]
    scope_visible = staticmethod(scope.manual_scores_visible)
    scope_editable = staticmethod(
        lambda actor: in_area(ManualScore.objects.all(), actor, "item__scheme__division")
        if actor.is_office and not actor.read_only
        else ManualScore.objects.none()
    )


@admin.register(AssessmentRun)
class AssessmentRunAdmin(ScopedHistoryAdmin):
    list_display = ["scheme", "as_of", "status", "computed_at", "published_at"]
    scope_visible = staticmethod(scope.runs_visible)

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # results are computed, never edited


@admin.register(Objection)
class ObjectionAdmin(ScopedHistoryAdmin):
    list_display = ["sheet", "item_code", "status", "adjustment", "filed_at"]
    scope_visible = staticmethod(scope.objections_visible)
