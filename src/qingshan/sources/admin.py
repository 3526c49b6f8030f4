from django.contrib import admin

from qingshan.core.admin_base import ScopedHistoryAdmin

from . import scope
from .models import Alert, Device, Enterprise, Outlet, OutletFactor, Permit, Quarantined


@admin.register(Enterprise)
class EnterpriseAdmin(ScopedHistoryAdmin):
    list_display = ["name", "credit_code", "credit_code_checked", "division", "industry", "synthetic"]
    list_filter = ["credit_code_checked", "key_water", "key_air", "synthetic"]
    search_fields = ["name", "credit_code"]
    readonly_fields = ["credit_code_checked"]
    scope_visible = staticmethod(scope.enterprises_visible)
    scope_editable = staticmethod(scope.enterprises_editable)


@admin.register(Permit)
class PermitAdmin(ScopedHistoryAdmin):
    list_display = ["number", "enterprise", "kind", "valid_from", "valid_to"]
    search_fields = ["number", "enterprise__name"]
    scope_visible = staticmethod(scope.permits_visible)
    scope_editable = staticmethod(scope.permits_editable)


@admin.register(Outlet)
class OutletAdmin(ScopedHistoryAdmin):
    list_display = ["code", "name", "kind", "enterprise"]
    search_fields = ["code", "name", "enterprise__name"]
    scope_visible = staticmethod(scope.outlets_visible)
    scope_editable = staticmethod(scope.outlets_editable)


@admin.register(OutletFactor)
class OutletFactorAdmin(ScopedHistoryAdmin):
    list_display = ["outlet", "code", "name", "limit", "unit", "period", "on_converted", "standard"]
    list_filter = ["period", "on_converted"]
    scope_visible = staticmethod(scope.factors_visible)
    scope_editable = staticmethod(scope.factors_editable)


@admin.register(Device)
class DeviceAdmin(ScopedHistoryAdmin):
    list_display = ["mn", "outlet", "interval", "accept_modbus_crc", "active"]
    list_filter = ["accept_modbus_crc", "active"]
    search_fields = ["mn"]
    scope_visible = staticmethod(scope.devices_visible)
    scope_editable = staticmethod(scope.devices_editable)


@admin.register(Alert)
class AlertAdmin(ScopedHistoryAdmin):
    list_display = ["kind", "enterprise", "outlet", "code", "period_start", "value", "limit", "status"]
    list_filter = ["kind", "status"]
    scope_visible = staticmethod(scope.alerts_visible)
    scope_editable = staticmethod(scope.alerts_editable)

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Quarantined)
class QuarantinedAdmin(ScopedHistoryAdmin):
    """Packets from unregistered MNs: the platform's superusers review them (no area applies to an unknown MN)."""

    list_display = ["mn", "cn", "received_at", "peer"]
    search_fields = ["mn"]
    readonly_fields = ["mn", "cn", "received_at", "peer", "raw"]
    scope_visible = staticmethod(lambda actor: Quarantined.objects.none())

    def has_add_permission(self, request) -> bool:
        return False
