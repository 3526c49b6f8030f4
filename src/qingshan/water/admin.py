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
    list_filter = ["water_type", "type_basis", "type_guessed", "control_level", "synthetic"]
    readonly_fields = ["type_basis", "type_set_by", "type_set_at", "type_guessed"]
    search_fields = ["code", "name", "river", "basin"]
    scope_visible = staticmethod(scope.sections_visible)
    scope_editable = staticmethod(scope.sections_editable)

    def save_model(self, request, obj, form, change) -> None:
        if "water_type" in form.changed_data:  # a person's decision, kept with who and when
            from .services import mark_type_set_by_person

            mark_type_set_by_person(obj, request.user, obj.type_reason)
        super().save_model(request, obj, form, change)


@admin.register(WaterImport)
class WaterImportAdmin(SuperuserOnlyAdmin):
    list_display = ["file_name", "fmt", "rows", "created_rows", "updated_rows", "compared", "imported_at"]
    readonly_fields = [f.name for f in WaterImport._meta.fields]
    scope_visible = staticmethod(scope.imports_visible)

    def get_queryset(self, request):
        from qingshan.core.access import actor_for

        return self.scope_visible(actor_for(request.user))

    def has_add_permission(self, request) -> bool:
        return False
