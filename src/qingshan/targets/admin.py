from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Indicator, RememberedLink, TargetLink


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "unit", "direction", "source", "computed_by"]
    list_filter = ["source", "direction"]
    search_fields = ["code", "name", "aliases"]


@admin.register(TargetLink)
class TargetLinkAdmin(SimpleHistoryAdmin):
    list_display = ["target", "indicator", "method", "matched", "linked_by"]
    list_filter = ["method", "indicator__source"]
    raw_id_fields = ["target"]


@admin.register(RememberedLink)
class RememberedLinkAdmin(admin.ModelAdmin):
    list_display = ["indicator_text", "indicator", "linked_by", "created_at"]
