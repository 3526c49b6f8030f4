from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer
from qingshan.standards import gb3838

from .models import WaterMonthly, WaterSample, WaterSection


class WaterSectionSerializer(ModelSerializer):
    longitude = serializers.FloatField(min_value=-180, max_value=180, required=False, allow_null=True)
    latitude = serializers.FloatField(min_value=-90, max_value=90, required=False, allow_null=True)

    class Meta:
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
            "control_level",
            "division",
            "target_class",
            "drinking_source",
            "longitude",
            "latitude",
            "synthetic",
        ]
        read_only_fields = ["synthetic"]


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
