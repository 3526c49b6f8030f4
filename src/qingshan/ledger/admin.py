from django.contrib import admin

from qingshan.core.admin_base import ScopedHistoryAdmin

from . import scope
from .models import Plan, PlanTarget, Task, TaskAssignment


class TaskAssignmentInline(admin.TabularInline):
    model = TaskAssignment
    extra = 0
    autocomplete_fields = ["unit"]
    fields = ["role", "unit", "raw_name"]


@admin.register(Plan)
class PlanAdmin(ScopedHistoryAdmin):
    list_display = ["title", "doc_number", "issued_on", "division", "status", "published"]
    list_filter = ["status", "published"]
    search_fields = ["title", "doc_number"]
    scope_visible = staticmethod(scope.plans_visible)
    scope_editable = staticmethod(scope.plans_editable)

    def save_model(self, request, obj, form, change) -> None:
        if change and "title" in form.changed_data:
            obj.title_doubtful = False  # a person has read the title
        super().save_model(request, obj, form, change)


@admin.register(Task)
class TaskAdmin(ScopedHistoryAdmin):
    list_display = ["number", "heading", "plan", "deadline", "status"]
    list_filter = ["status", "plan"]
    search_fields = ["number", "heading", "text"]
    inlines = [TaskAssignmentInline]
    scope_visible = staticmethod(scope.tasks_visible)
    scope_editable = staticmethod(scope.tasks_editable)


@admin.register(PlanTarget)
class PlanTargetAdmin(ScopedHistoryAdmin):
    list_display = ["indicator", "comparator", "value", "unit", "year", "aspirational", "plan", "task"]
    list_filter = ["comparator", "aspirational", "plan"]
    search_fields = ["indicator", "text"]
    raw_id_fields = ["task"]
    scope_visible = staticmethod(scope.targets_visible)
    scope_editable = staticmethod(scope.targets_editable)
