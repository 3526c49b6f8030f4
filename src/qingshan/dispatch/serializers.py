from __future__ import annotations

from rest_framework import serializers

from qingshan.core.api import ModelSerializer

from .models import ProgressReport, ReportedFigure


class ReportedFigureSerializer(ModelSerializer):
    class Meta:
        model = ReportedFigure
        fields = ["target", "year", "value"]


class ProgressReportSerializer(ModelSerializer):
    figures = ReportedFigureSerializer(many=True, read_only=True)
    attachments = serializers.SerializerMethodField()

    class Meta:
        model = ProgressReport
        fields = [
            "id", "task", "unit", "period_start", "period_end", "text", "marks_complete", "status",
            "submitted_at", "reviewed_at", "review_comment", "figures", "attachments",
        ]  # fmt: skip
        read_only_fields = fields

    def get_attachments(self, obj) -> list[dict]:
        return [{"id": a.pk, "name": a.name, "size": a.size, "url": f"/dispatch/attachments/{a.pk}/"}
                for a in obj.attachments.all()]  # fmt: skip
