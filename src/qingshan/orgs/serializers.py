from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ALL, InScope, ModelSerializer
from qingshan.core.roles import Role

from . import scope
from .models import Division, Profile, Unit


class MonitoringWriteMeta:
    """The write side of monitoring records (air stations, water sections): the office's and the monitoring
    centre's, within their area — the monitoring centre may add the first station of a county or city of its area.
    A record stays in the division it was created in."""

    writable_by = {Role.COORDINATOR: ALL, Role.MONITORING: ALL}
    creatable_by = frozenset({Role.COORDINATOR, Role.MONITORING})
    create_only = ("division",)
    scopes = {"division": InScope(scope.divisions_in_area, allow_null=False)}


class DivisionSerializer(ModelSerializer):
    class Meta:
        model = Division
        fields = ["id", "name", "short_name", "level", "code", "parent"]


class UnitSerializer(ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Unit
        fields = ["id", "name", "short_name", "kind", "division", "parent", "contact", "aliases"]
        # The office keeps its city's registry; a unit stays in the division it was created in, and its parent is
        # a unit of the office's area (Unit.clean: same city, never itself, no loop).
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("division",)
        scopes = {
            "division": InScope(scope.divisions_in_area, allow_null=False),
            "parent": InScope(lambda actor, attrs, instance: scope.units_editable(actor)),
        }
        clean_model = True


class ProfileSerializer(ModelSerializer):
    username = serializers.CharField(source="user.username", read_only=True)

    class Meta:
        model = Profile
        fields = ["id", "username", "role", "unit", "division"]
        read_only_fields = fields
