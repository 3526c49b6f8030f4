from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ALL, InScope, ModelSerializer
from qingshan.core.roles import Role
from qingshan.orgs.scope import divisions_in_area

from . import scope
from .models import Plan, PlanTarget, Task, TaskAssignment


def editable_plans(actor, attrs, instance):
    return scope.plans_editable(actor)


def tasks_of_the_same_plan(actor, attrs, instance):
    """A target's task: a task of the target's own plan, which the writer may edit."""
    plan = attrs.get("plan") or (instance.plan if instance is not None else None)
    return Task.objects.filter(plan__in=scope.plans_editable(actor), plan=plan)


class PlanSerializer(ModelSerializer):
    class Meta:
        model = Plan
        fields = ["id", "title", "issuer", "doc_number", "issued_on", "division", "status", "published"]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("division",)  # a plan never moves into another area's ledger
        scopes = {"division": InScope(divisions_in_area, allow_null=False)}


class TaskAssignmentSerializer(ModelSerializer):
    unit_name = serializers.CharField(source="unit.name", read_only=True)

    class Meta:
        model = TaskAssignment
        fields = ["id", "unit", "unit_name", "role", "raw_name"]


class TaskSerializer(ModelSerializer):
    assignments = TaskAssignmentSerializer(many=True, read_only=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "plan",
            "number",
            "heading",
            "text",
            "deadline",
            "due_date",
            "recurrence",
            "order",
            "status",
            "progress_note",
            "assignments",
        ]
        # The office edits its city's ledger; a lead unit only its progress note (scope.tasks_editable decides
        # which tasks). A task stays in its plan.
        writable_by = {Role.COORDINATOR: ALL, Role.UNIT: scope.UNIT_EDITABLE_TASK_FIELDS}
        create_only = ("plan",)
        scopes = {"plan": InScope(editable_plans, allow_null=False)}
        # A duplicate number is answered on the number field by Task.clean (DRF's own unique-together check
        # would answer it as a non-field error).
        validators: list = []
        clean_model = True


class PlanTargetSerializer(ModelSerializer):
    class Meta:
        model = PlanTarget
        fields = [
            "id",
            "plan",
            "task",
            "indicator",
            "comparator",
            "value",
            "value_max",
            "unit",
            "year",
            "baseline_year",
            "baseline_value",
            "scope",
            "aspirational",
            "text",
        ]
        writable_by = {Role.COORDINATOR: ALL}
        create_only = ("plan",)
        scopes = {
            "plan": InScope(editable_plans, allow_null=False),
            "task": InScope(tasks_of_the_same_plan),
        }
