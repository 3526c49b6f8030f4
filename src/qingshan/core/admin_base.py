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


class SuperuserOnlyAdmin(SimpleHistoryAdmin):
    """Records only an administrator manages in the admin (import logs, the indicator catalogue's links, users):
    other staff see nothing of them here — offices manage their city through the app's own pages."""

    def has_module_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_superuser
