from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ALL, InScope, ModelSerializer
from qingshan.core.roles import Role
from qingshan.orgs.scope import divisions_in_area

from . import identifiers, scope
from .models import Alert, AlertEvent, Device, Enterprise, Outlet, OutletFactor, Permit


class EnterpriseSerializer(ModelSerializer):
    longitude = serializers.FloatField(min_value=-180, max_value=180, required=False, allow_null=True)
    latitude = serializers.FloatField(min_value=-90, max_value=90, required=False, allow_null=True)

    class Meta:
        model = Enterprise
        fields = ["id", "credit_code", "credit_code_checked", "name", "division", "industry", "address",
                  "longitude", "latitude", "key_water", "key_air", "key_soil", "key_noise", "synthetic"]
        read_only_fields = ["credit_code_checked", "synthetic"]
        # The registry is the coordinating office's, within its area; a record never moves to another area.
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("division",)
        scopes = {"division": InScope(divisions_in_area, allow_null=False)}

    def validate_credit_code(self, value: str) -> str:
        value = value.upper()
        if not identifiers.credit_code_form_ok(value):
            raise serializers.ValidationError("not an 18-character unified social credit code")
        return value

    def validate(self, attrs):
        attrs = super().validate(attrs)  # the write scope (core.api.ScopedSerializer) checks first
        code = attrs.get("credit_code") or (self.instance.credit_code if self.instance else "")
        attrs["credit_code_checked"] = identifiers.credit_code_check_ok(code)  # flagged, never refused
        return attrs


class PermitSerializer(ModelSerializer):
    class Meta:
        model = Permit
        fields = ["id", "enterprise", "number", "kind", "valid_from", "valid_to"]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("enterprise",)
        scopes = {"enterprise": InScope(lambda actor, attrs, instance: scope.enterprises_editable(actor), allow_null=False)}

    def validate_number(self, value: str) -> str:
        if not identifiers.permit_number_ok(value):
            raise serializers.ValidationError("not a discharge-permit number")
        return value


class OutletSerializer(ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "enterprise", "code", "name", "kind", "longitude", "latitude"]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("enterprise",)
        scopes = {"enterprise": InScope(lambda actor, attrs, instance: scope.enterprises_editable(actor), allow_null=False)}


class OutletFactorSerializer(ModelSerializer):
    class Meta:
        model = OutletFactor
        fields = ["id", "outlet", "code", "name", "limit", "unit", "period", "standard", "on_converted"]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("outlet",)
        scopes = {"outlet": InScope(lambda actor, attrs, instance: scope.outlets_editable(actor), allow_null=False)}


class DeviceSerializer(ModelSerializer):
    password = serializers.CharField(write_only=True, max_length=32)

    class Meta:
        model = Device
        fields = ["id", "outlet", "mn", "password", "interval", "accept_modbus_crc", "active"]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("outlet",)
        scopes = {"outlet": InScope(lambda actor, attrs, instance: scope.outlets_editable(actor), allow_null=False)}


class AlertEventSerializer(ModelSerializer):
    class Meta:
        model = AlertEvent
        fields = ["action", "from_state", "to_state", "actor", "actor_role", "comment", "at"]


class AlertSerializer(ModelSerializer):
    events = AlertEventSerializer(many=True, read_only=True)

    class Meta:
        model = Alert
        fields = ["id", "kind", "status", "enterprise", "division", "outlet", "device", "code", "period_start",
                  "period_end", "value", "limit", "unit", "on_converted", "evidence", "note", "inspection",
                  "created_at", "events"]
        read_only_fields = fields


class AlertActionSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["acknowledge", "handle", "close", "reopen"])
    comment = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    inspection = serializers.CharField(required=False, allow_blank=True, default="")
