from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response

from qingshan.core.access import actor_for
from qingshan.core.api import ScopedModelViewSet
from qingshan.core.errors import CoreError, DomainError, NotFound

from . import scope, selectors, services
from .errors import SourcesError
from .params import parse_time
from .serializers import (
    AlertActionSerializer,
    AlertSerializer,
    DeviceSerializer,
    EnterpriseSerializer,
    OutletFactorSerializer,
    OutletSerializer,
    PermitSerializer,
)


class EnterpriseViewSet(ScopedModelViewSet):
    """Enterprises (排污单位) of the actor's area. The credit code's check character is verified: a code that fails
    it is kept and flagged (``credit_code_checked`` false), as early pilot codes legally do."""

    serializer_class = EnterpriseSerializer
    visible = staticmethod(scope.enterprises_visible)
    editable = staticmethod(scope.enterprises_editable)


class PermitViewSet(ScopedModelViewSet):
    serializer_class = PermitSerializer
    visible = staticmethod(scope.permits_visible)
    editable = staticmethod(scope.permits_editable)
    deletable = staticmethod(scope.permits_editable)


class OutletViewSet(ScopedModelViewSet):
    serializer_class = OutletSerializer
    visible = staticmethod(scope.outlets_visible)
    editable = staticmethod(scope.outlets_editable)


class OutletFactorViewSet(ScopedModelViewSet):
    serializer_class = OutletFactorSerializer
    visible = staticmethod(scope.factors_visible)
    editable = staticmethod(scope.factors_editable)
    deletable = staticmethod(scope.factors_editable)  # never takes alerts or readings along (core.delete_cascades)


class DeviceViewSet(ScopedModelViewSet):
    """Monitoring devices; the password is write-only."""

    serializer_class = DeviceSerializer
    visible = staticmethod(scope.devices_visible)
    editable = staticmethod(scope.devices_editable)


class AlertViewSet(viewsets.ReadOnlyModelViewSet):
    """Alerts of the actor's area; ``POST …/act/`` takes a workflow action (acknowledge, handle, close, reopen)."""

    serializer_class = AlertSerializer

    def get_queryset(self):
        return scope.alerts_visible(actor_for(self.request.user)).prefetch_related("events")

    def can_change(self, actor, obj) -> bool:
        """Who may act is the workflow's decision (each transition checks the actor); outside the area: 404."""
        return scope.alerts_editable(actor).filter(pk=obj.pk).exists()

    @extend_schema(request=AlertActionSerializer, responses=AlertSerializer)
    @action(detail=True, methods=["post"])
    def act(self, request, pk=None):
        alert = self.get_object()
        data = AlertActionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        alert = services.act_on_alert(alert, v["action"], actor_for(request.user), comment=v["comment"],
                                      note=v["note"], inspection=v["inspection"])
        return Response(AlertSerializer(alert).data)


@extend_schema(parameters=[
    OpenApiParameter("mn", OpenApiTypes.STR, required=True), OpenApiParameter("cn", OpenApiTypes.INT),
    OpenApiParameter("from", OpenApiTypes.DATETIME), OpenApiParameter("to", OpenApiTypes.DATETIME),
], responses=OpenApiTypes.OBJECT)
@api_view(["GET"])
def readings(request):
    """One row per stored packet and factor of a device of the actor's area (as ``qingshan sources readings``)."""
    actor = actor_for(request.user)
    mn = request.query_params.get("mn", "")
    if not scope.devices_visible(actor).filter(mn=mn).exists():
        raise NotFound(SourcesError.UNKNOWN_DEVICE, field="mn", mn=mn[:64])
    cn = request.query_params.get("cn", "")
    if cn and cn not in ("2011", "2051", "2061", "2031"):
        raise DomainError(CoreError.BAD_PARAMETER, field="cn", name="cn", problem="2011, 2051, 2061 or 2031")
    start = parse_time("from", request.query_params.get("from"))
    end = parse_time("to", request.query_params.get("to"))
    rows = selectors.readings(mn, int(cn) if cn else None, start, end).values(
        "mn", "cn", "data_time", "code", "rtd", "avg", "min", "max", "cou", "zs_rtd", "zs_avg", "flag")[:50000]
    out = [{**r, "value": r["rtd"] if r["cn"] == 2011 else r["avg"]} for r in rows]
    return Response(out)
