from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer
from qingshan.orgs.serializers import MonitoringWriteMeta
from qingshan.standards import gb3838

from .models import WaterMonthly, WaterSample, WaterSection


class WaterSectionSerializer(ModelSerializer):
    longitude = serializers.FloatField(min_value=-180, max_value=180, required=False, allow_null=True)
    latitude = serializers.FloatField(min_value=-90, max_value=90, required=False, allow_null=True)

    class Meta(MonitoringWriteMeta):
        model = WaterSection
        fields = [
            "id",
            "code",
            "name",
            "river",
            "basin",
            "province",
            "water_type",
            "type_guessed",
            "type_basis",
            "type_reason",
            "type_set_by",
            "type_set_at",
            "control_level",
            "division",
            "target_class",
            "drinking_source",
            "longitude",
            "latitude",
            "synthetic",
        ]
        read_only_fields = ["synthetic", "type_guessed", "type_basis", "type_set_by", "type_set_at"]

    def save(self, **kwargs):
        """A type given through the API is a person's decision: recorded with who and when, never redone by an
        import."""
        new_type = self.validated_data.get("water_type")
        if new_type and (self.instance is None or new_type != self.instance.water_type):
            from .services import mark_type_set_by_person

            user = self.context["request"].user
            if self.instance is not None:
                mark_type_set_by_person(self.instance, user, self.validated_data.get("type_reason", ""))
                self.validated_data.pop("type_reason", None)
            else:
                kwargs.update(type_basis="person", type_set_by=user)
        return super().save(**kwargs)


class WaterSampleSerializer(ModelSerializer):
    class_name = serializers.SerializerMethodField()

    class Meta:
        model = WaterSample
        fields = [
            "id",
            "section",
            "time",
            "kind",
            "values",
            "below_detection",
            "published_class",
            "station_status",
            "water_class",
            "class_name",
            "deciding_items",
            "exceedance",
        ]

    def get_class_name(self, obj: WaterSample) -> str:
        return gb3838.class_name(obj.water_class)


class WaterMonthlySerializer(ModelSerializer):
    class_name = serializers.SerializerMethodField()
    meets_target = serializers.BooleanField(read_only=True, allow_null=True)

    class Meta:
        model = WaterMonthly
        fields = [
            "id",
            "section",
            "month",
            "samples",
            "means",
            "water_class",
            "class_name",
            "deciding_items",
            "exceedance",
            "target_class",
            "meets_target",
        ]

    def get_class_name(self, obj: WaterMonthly) -> str:
        return gb3838.class_name(obj.water_class)
