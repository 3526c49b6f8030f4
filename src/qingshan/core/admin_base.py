"""Admin base: history on every business record, the same record scoping as pages and API, and workflow status
fields read-only (a status changes only through its workflow's transition service)."""

from __future__ import annotations

from simple_history.admin import SimpleHistoryAdmin

from .access import actor_for
from .workflow import workflow_field

#: ``scope_visible = REFERENCE`` declares a model reference data every staff member may read (the test that every
#: admin class sets its scope accepts it; leaving ``scope_visible`` unset fails that test).
REFERENCE = "reference"


class ScopedHistoryAdmin(SimpleHistoryAdmin):
    """``scope_visible``/``scope_editable`` (``Actor -> QuerySet``) limit what a non-superuser staff member sees
    and changes. Every subclass must set ``scope_visible`` (or :data:`REFERENCE`)."""

    scope_visible = None
    scope_editable = None

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        visible = type(self).scope_visible
        if request.user.is_superuser or visible == REFERENCE:
            return qs
        if visible is None:
            return qs.none()  # fail closed: a class that forgot its scope shows nothing
        return qs.filter(pk__in=visible(actor_for(request.user)).values("pk"))

    def has_change_permission(self, request, obj=None) -> bool:
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or request.user.is_superuser:
            return allowed
        editable = type(self).scope_editable
        if editable is None:
            return False
        return editable(actor_for(request.user)).filter(pk=obj.pk).exists()

    has_delete_permission = has_change_permission

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        name = workflow_field(self.model)
        if name and name not in fields:
            fields.append(name)
        return fields
