from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer

from .models import Division, Profile, Unit


class DivisionSerializer(ModelSerializer):
    class Meta:
        model = Division
        fields = ["id", "name", "short_name", "level", "code", "parent"]


class UnitSerializer(ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Unit
        fields = ["id", "name", "short_name", "kind", "division", "parent", "contact", "aliases"]


class ProfileSerializer(ModelSerializer):
    username = serializers.CharField(source="user.username", read_only=True)

    class Meta:
        model = Profile
        fields = ["id", "username", "role", "unit", "division"]
        read_only_fields = fields
