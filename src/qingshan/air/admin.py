from django.contrib import admin

from qingshan.core.admin_base import ScopedHistoryAdmin, SuperuserOnlyAdmin

from . import scope
from .models import AirImport, AirSource, Station


@admin.register(Station)
class StationAdmin(ScopedHistoryAdmin):
    list_display = ["code", "name", "city_name", "division", "background", "closed_on", "control_level"]
    list_filter = ["control_level", "background"]
    search_fields = ["code", "name"]
    scope_visible = staticmethod(scope.stations_visible)
    scope_editable = staticmethod(scope.stations_editable)


@admin.register(AirImport)
class AirImportAdmin(SuperuserOnlyAdmin):
    list_display = ["file_name", "fmt", "rows", "created_rows", "updated_rows", "differing_rows", "imported_at"]
    readonly_fields = [f.name for f in AirImport._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(AirSource)
class AirSourceAdmin(ScopedHistoryAdmin):
    list_display = ["division", "source", "year_offset", "note"]
    scope_visible = staticmethod(scope.sources_visible)
    scope_editable = staticmethod(scope.sources_editable)
