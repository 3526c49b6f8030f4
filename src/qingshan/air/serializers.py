from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer
from qingshan.orgs.serializers import MonitoringWriteMeta

from .models import DailyAirQuality, Station


class StationSerializer(ModelSerializer):
    longitude = serializers.FloatField(min_value=-180, max_value=180, required=False, allow_null=True)
    latitude = serializers.FloatField(min_value=-90, max_value=90, required=False, allow_null=True)

    class Meta(MonitoringWriteMeta):
        model = Station
        fields = ["id", "code", "name", "division", "control_level", "longitude", "latitude"]


class DailyAirQualitySerializer(ModelSerializer):
    station_code = serializers.CharField(source="station.code", read_only=True)

    class Meta:
        model = DailyAirQuality
        fields = [
            "station",
            "station_code",
            "date",
            "version",
            "so2",
            "no2",
            "co",
            "o3_1h_max",
            "o3_8h_max",
            "pm10",
            "pm25",
            "iaqi",
            "aqi",
            "level",
            "primary_pollutants",
            "invalid_items",
        ]
