from django.contrib import admin

from qingshan.core.admin_base import ScopedHistoryAdmin, SuperuserOnlyAdmin

from . import scope
from .models import WaterImport, WaterSection


@admin.register(WaterSection)
class WaterSectionAdmin(ScopedHistoryAdmin):
    list_display = [
        "code",
        "name",
        "river",
        "basin",
        "water_type",
        "type_guessed",
        "division",
        "target_class",
    ]
    list_filter = ["water_type", "type_guessed", "control_level", "synthetic"]
    search_fields = ["code", "name", "river", "basin"]
    scope_visible = staticmethod(scope.sections_visible)
    scope_editable = staticmethod(scope.sections_editable)


@admin.register(WaterImport)
class WaterImportAdmin(SuperuserOnlyAdmin):
    list_display = ["file_name", "fmt", "rows", "created_rows", "updated_rows", "compared", "imported_at"]
    readonly_fields = [f.name for f in WaterImport._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
