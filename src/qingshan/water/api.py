from __future__ import annotations

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets

from qingshan.core.access import actor_for
from qingshan.core.api import ScopedModelViewSet, date_param
from qingshan.core.errors import CoreError, DomainError

from . import scope
from .models import WaterMonthly, WaterSample
from .serializers import WaterMonthlySerializer, WaterSampleSerializer, WaterSectionSerializer


class WaterSectionViewSet(ScopedModelViewSet):
    """Sections (断面). Changing a section's type or target class re-classifies its samples and months."""

    serializer_class = WaterSectionSerializer
    visible = staticmethod(scope.sections_visible)
    editable = staticmethod(scope.sections_editable)
    deletable = staticmethod(scope.sections_editable)  # a section with samples is kept (core.delete_cascades)


def _section_filter(request, qs):
    if sec := request.query_params.get("section"):
        if not sec.isdigit():
            raise DomainError(CoreError.BAD_PARAMETER, field="section", name="section", problem=_("not a record id"))
        qs = qs.filter(section_id=int(sec))
    return qs


@extend_schema(
    parameters=[
        OpenApiParameter("section", OpenApiTypes.INT),
        OpenApiParameter("start", OpenApiTypes.DATE),
        OpenApiParameter("end", OpenApiTypes.DATE),
    ]
)
class WaterSampleViewSet(viewsets.ReadOnlyModelViewSet):
    """Samples with their GB 3838 class, filterable by section and date range (published information)."""

    serializer_class = WaterSampleSerializer

    def get_queryset(self):
        sections = scope.sections_visible(actor_for(self.request.user))
        qs = _section_filter(self.request, WaterSample.objects.filter(section__in=sections))
        if start := date_param(self.request, "start"):
            qs = qs.filter(time__date__gte=start)
        if end := date_param(self.request, "end"):
            qs = qs.filter(time__date__lte=end)
        return qs.order_by("section_id", "time")


@extend_schema(
    parameters=[OpenApiParameter("section", OpenApiTypes.INT), OpenApiParameter("year", OpenApiTypes.INT)]
)
class WaterMonthlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Monthly results per section (mean of the month's samples, classified)."""

    serializer_class = WaterMonthlySerializer

    def get_queryset(self):
        sections = scope.sections_visible(actor_for(self.request.user))
        qs = _section_filter(self.request, WaterMonthly.objects.filter(section__in=sections))
        if year := self.request.query_params.get("year"):
            if not year.isdigit():
                raise DomainError(CoreError.BAD_PARAMETER, field="year", name="year", problem=_("not a year"))
            qs = qs.filter(month__year=int(year))
        return qs.order_by("section_id", "month")
