from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from qingshan.core.api import ScopedModelViewSet

from . import scope
from .models import Plan
from .serializers import PlanSerializer, PlanTargetSerializer, TaskSerializer

#: A delete takes only the plan's own parts along (never a unit's progress report, evidence or figure).
PLAN_PARTS = ("ledger.Task", "ledger.TaskAssignment", "ledger.PlanTarget", "ledger.PlanEvent", "ledger.TaskEvent",
              "dispatch.ReportingSchedule", "targets.TargetLink")  # fmt: skip


def drafts_deletable(actor):
    """Plans the office may delete: its own drafts and withdrawn drafts. A confirmed ledger is superseded or
    archived through the plan workflow, keeping its history; units never delete ledger records."""
    return scope.plans_editable(actor).filter(status__in=(Plan.Status.DRAFT, Plan.Status.WITHDRAWN))


class PlanViewSet(ScopedModelViewSet):
    serializer_class = PlanSerializer
    visible = staticmethod(scope.plans_visible)
    editable = staticmethod(scope.plans_editable)
    deletable = staticmethod(drafts_deletable)
    delete_cascades = PLAN_PARTS


def _narrowed_by(*names: str):
    """The list's ``filter_ids`` in the OpenAPI schema."""
    return extend_schema_view(
        list=extend_schema(
            parameters=[OpenApiParameter(n, OpenApiTypes.INT, description=f"only this {n}'s records") for n in names]
        )
    )


@_narrowed_by("plan")
class TaskViewSet(ScopedModelViewSet):
    serializer_class = TaskSerializer
    filter_ids = ("plan",)
    visible = staticmethod(scope.tasks_visible)
    editable = staticmethod(scope.tasks_editable)
    deletable = staticmethod(lambda actor: scope.tasks_editable(actor).filter(plan__in=drafts_deletable(actor)))
    delete_cascades = PLAN_PARTS


@_narrowed_by("plan", "task")
class PlanTargetViewSet(ScopedModelViewSet):
    serializer_class = PlanTargetSerializer
    filter_ids = ("plan", "task")
    visible = staticmethod(scope.targets_visible)
    editable = staticmethod(scope.targets_editable)
    deletable = staticmethod(lambda actor: scope.targets_editable(actor).filter(plan__in=drafts_deletable(actor)))
    delete_cascades = ("targets.TargetLink",)
