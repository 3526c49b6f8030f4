from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.decorators import api_view
from rest_framework.response import Response

from qingshan.core.access import actor_for
from qingshan.core.api import date_param
from qingshan.core.errors import CoreError, DomainError
from qingshan.ledger import scope as ledger_scope

from . import status as S


@extend_schema(
    parameters=[
        OpenApiParameter("plan", OpenApiTypes.INT, description="only this plan's targets"),
        OpenApiParameter("as_of", OpenApiTypes.DATE, description="evaluate as of this date (default today)"),
    ],
    responses=OpenApiTypes.OBJECT,
)
@api_view(["GET"])
def target_statuses(request):
    """Every visible target with its linked indicator, status, the rule that decided it and the figures behind it
    (the same as ``qingshan targets list --format json``)."""
    actor = actor_for(request.user)
    as_of = date_param(request, "as_of") or timezone.localdate()
    qs = ledger_scope.targets_visible(actor)
    if plan := request.query_params.get("plan"):
        if not plan.isdigit():
            raise DomainError(CoreError.BAD_PARAMETER, field="plan", name="plan", problem=_("not a record id"))
        qs = qs.filter(plan_id=int(plan))
    rows = S.evaluate(qs, as_of)
    return Response(
        {"as_of": as_of.isoformat(), "counts": S.counts(rows), "targets": [r.as_dict() for r in rows]}
    )
