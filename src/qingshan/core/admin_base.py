"""Admin base: history on every business record, and the same record scoping as pages and API."""

from __future__ import annotations

from simple_history.admin import SimpleHistoryAdmin

from .access import actor_for


class ScopedHistoryAdmin(SimpleHistoryAdmin):
    """``scope_visible``/``scope_editable`` (``Actor -> QuerySet``) limit what a non-superuser staff member sees."""

    scope_visible = None
    scope_editable = None

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser or self.scope_visible is None:
            return qs
        return qs.filter(pk__in=type(self).scope_visible(actor_for(request.user)).values("pk"))

    def has_change_permission(self, request, obj=None) -> bool:
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or request.user.is_superuser or self.scope_editable is None:
            return allowed
        return type(self).scope_editable(actor_for(request.user)).filter(pk=obj.pk).exists()

    has_delete_permission = has_change_permission
