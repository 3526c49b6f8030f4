from django.contrib import admin

from qingshan.core.admin_base import REFERENCE, ScopedHistoryAdmin

from . import scope
from .models import Division, Profile, Unit, UnitAlias


@admin.register(Division)
class DivisionAdmin(ScopedHistoryAdmin):
    list_display = ["name", "code", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["name", "code"]
    # Divisions are reference data; only an administrator changes them (an office re-parenting its city under
    # another would read that city's records).
    scope_visible = REFERENCE
    scope_editable = None


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    extra = 1


@admin.register(Unit)
class UnitAdmin(ScopedHistoryAdmin):
    list_display = ["name", "short_name", "kind", "division"]
    list_filter = ["kind", "division__parent"]
    search_fields = ["name", "short_name", "aliases__alias"]
    inlines = [UnitAliasInline]
    scope_visible = staticmethod(scope.units_visible)
    scope_editable = staticmethod(scope.units_editable)


@admin.register(Profile)
class ProfileAdmin(ScopedHistoryAdmin):
    list_display = ["user", "role", "unit", "division"]
    list_filter = ["role"]
    scope_visible = staticmethod(scope.profiles_visible)
    scope_editable = staticmethod(scope.profiles_visible)


# Users, groups and API tokens: an administrator's business in the admin. Offices manage their city's users through the
# app's own pages, so Django's user admin (which lists every city's users to any staff with permissions) is
# restricted to superusers; so are sign-in attempts and lockouts (django-axes).

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin  # noqa: E402
from axes.models import AccessAttempt, AccessFailureLog, AccessLog  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.admin import GroupAdmin, UserAdmin  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from rest_framework.authtoken.admin import TokenAdmin  # noqa: E402
from rest_framework.authtoken.models import TokenProxy  # noqa: E402

from qingshan.core.admin_base import SuperuserOnlyAdmin  # noqa: E402

for _model, _base in ((get_user_model(), UserAdmin), (Group, GroupAdmin), (TokenProxy, TokenAdmin),
                      (AccessAttempt, AccessAttemptAdmin), (AccessLog, AccessLogAdmin),
                      (AccessFailureLog, AccessFailureLogAdmin)):  # fmt: skip
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
    admin.site.register(_model, type(f"Superuser{_base.__name__}", (SuperuserOnlyAdmin, _base), {}))
