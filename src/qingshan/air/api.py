from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError

from qingshan.core.api import ScopedModelViewSet, date_param

from . import scope
from .serializers import DailyAirQualitySerializer, StationSerializer


class StationViewSet(ScopedModelViewSet):
    """Stations: the office's and the monitoring centre's, within their area (the serializer declares who writes
    what). A station with measurements is kept: deleting it would delete them (``core.delete_cascades``)."""

    serializer_class = StationSerializer
    visible = staticmethod(scope.stations_visible)
    editable = staticmethod(scope.stations_editable)
    deletable = staticmethod(scope.stations_editable)


@extend_schema(
    parameters=[
        OpenApiParameter("station", OpenApiTypes.INT),
        OpenApiParameter("version", OpenApiTypes.STR, enum=["2012", "2026"]),
        OpenApiParameter("start", OpenApiTypes.DATE),
        OpenApiParameter("end", OpenApiTypes.DATE),
    ]
)
class DailyAirQualityViewSet(viewsets.ReadOnlyModelViewSet):
    """Daily AQI per station and HJ 633 version, filterable by station, version and date range."""

    serializer_class = DailyAirQualitySerializer

    def get_queryset(self):
        from qingshan.core.access import actor_for

        qs = scope.daily_visible(actor_for(self.request.user)).order_by("station_id", "date", "version")
        p = self.request.query_params
        if st := p.get("station"):
            if not st.isdigit():
                raise ValidationError({"station": ["must be a station id"]})
            qs = qs.filter(station_id=int(st))
        if v := p.get("version"):
            if v not in ("2012", "2026"):
                raise ValidationError({"version": ["must be 2012 or 2026"]})
            qs = qs.filter(version=v)
        if start := date_param(self.request, "start"):
            qs = qs.filter(date__gte=start)
        if end := date_param(self.request, "end"):
            qs = qs.filter(date__lte=end)
        return qs
