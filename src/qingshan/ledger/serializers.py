from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer

from .models import Plan, PlanTarget, Task, TaskAssignment


class PlanSerializer(ModelSerializer):
    class Meta:
        model = Plan
        fields = ["id", "title", "issuer", "doc_number", "issued_on", "division", "status", "published"]


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
            "scope",
            "aspirational",
            "text",
        ]
