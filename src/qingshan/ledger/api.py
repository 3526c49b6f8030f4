from __future__ import annotations

from qingshan.core.api import ScopedModelViewSet
from qingshan.core.errors import CoreError, DomainError, Forbidden

from . import scope
from .serializers import PlanSerializer, PlanTargetSerializer, TaskSerializer


def require_editable_plan(actor, plan) -> None:
    """Tasks and targets may be added to, or moved into, only a plan the actor may edit."""
    if plan is not None and not scope.plans_editable(actor).filter(pk=plan.pk).exists():
        raise Forbidden(CoreError.FORBIDDEN, field="plan")


class PlanViewSet(ScopedModelViewSet):
    serializer_class = PlanSerializer
    visible = staticmethod(scope.plans_visible)
    editable = staticmethod(scope.plans_editable)

    def check_create(self, actor, data) -> None:
        super().check_create(actor, data)
        if not actor.in_area(data["division"].pk):
            raise Forbidden(CoreError.OUT_OF_AREA, field="division", what=data["division"].name)


class TaskViewSet(ScopedModelViewSet):
    serializer_class = TaskSerializer
    visible = staticmethod(scope.tasks_visible)
    editable = staticmethod(scope.tasks_editable)

    def check_create(self, actor, data) -> None:
        super().check_create(actor, data)
        require_editable_plan(actor, data["plan"])

    def perform_update(self, serializer) -> None:
        actor = self.actor
        if not actor.is_office:
            extra = sorted(set(self.request.data) - scope.UNIT_EDITABLE_TASK_FIELDS)
            if extra:
                raise DomainError(CoreError.FIELD_READ_ONLY, field=extra[0], name=extra[0])
        require_editable_plan(actor, serializer.validated_data.get("plan"))
        serializer.save()


class PlanTargetViewSet(ScopedModelViewSet):
    serializer_class = PlanTargetSerializer
    visible = staticmethod(scope.targets_visible)
    editable = staticmethod(scope.targets_editable)

    def check_create(self, actor, data) -> None:
        super().check_create(actor, data)
        require_editable_plan(actor, data["plan"])

    def perform_update(self, serializer) -> None:
        require_editable_plan(self.actor, serializer.validated_data.get("plan"))
        serializer.save()
