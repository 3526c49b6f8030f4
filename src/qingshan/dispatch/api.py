from __future__ import annotations

from rest_framework import viewsets

from qingshan.core.access import actor_for

from . import scope
from .serializers import ProgressReportSerializer


class ProgressReportViewSet(viewsets.ReadOnlyModelViewSet):
    """Progress reports (调度报告), scoped: a unit sees its own, the office and leaders those of their area.
    Reports are filed and reviewed on the pages (they carry evidence files)."""

    serializer_class = ProgressReportSerializer

    def get_queryset(self):
        return scope.reports_visible(actor_for(self.request.user)).prefetch_related("figures", "attachments")
