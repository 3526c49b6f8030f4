from __future__ import annotations

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


class TaskViewSet(ScopedModelViewSet):
    serializer_class = TaskSerializer
    filter_ids = ("plan",)
    visible = staticmethod(scope.tasks_visible)
    editable = staticmethod(scope.tasks_editable)
    deletable = staticmethod(lambda actor: scope.tasks_editable(actor).filter(plan__in=drafts_deletable(actor)))
    delete_cascades = PLAN_PARTS


class PlanTargetViewSet(ScopedModelViewSet):
    serializer_class = PlanTargetSerializer
    filter_ids = ("plan", "task")
    visible = staticmethod(scope.targets_visible)
    editable = staticmethod(scope.targets_editable)
    deletable = staticmethod(lambda actor: scope.targets_editable(actor).filter(plan__in=drafts_deletable(actor)))
    delete_cascades = ("targets.TargetLink",)
