from django.contrib import admin

from qingshan.core.admin_base import REFERENCE, ScopedHistoryAdmin, SuperuserOnlyAdmin

from . import scope
from .models import Indicator, RememberedLink, TargetLink


@admin.register(Indicator)
class IndicatorAdmin(ScopedHistoryAdmin):
    """The indicator catalogue is reference data; only an administrator changes it."""

    list_display = ["code", "name", "unit", "direction", "source", "computed_by"]
    list_filter = ["source", "direction"]
    search_fields = ["code", "name", "aliases"]
    scope_visible = REFERENCE
    scope_editable = None


@admin.register(TargetLink)
class TargetLinkAdmin(ScopedHistoryAdmin):
    list_display = ["target", "indicator", "method", "matched", "linked_by"]
    list_filter = ["method", "indicator__source"]
    raw_id_fields = ["target"]
    scope_visible = staticmethod(scope.links_visible)
    scope_editable = staticmethod(scope.links_editable)


@admin.register(RememberedLink)
class RememberedLinkAdmin(SuperuserOnlyAdmin):
    list_display = ["indicator_text", "indicator", "linked_by", "created_at"]
