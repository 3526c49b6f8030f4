from django.contrib import admin

from qingshan.core.admin_base import ScopedHistoryAdmin

from . import scope
from .models import ProgressReport, ReportAttachment, ReportedFigure, ReportingSchedule


@admin.register(ReportingSchedule)
class ReportingScheduleAdmin(ScopedHistoryAdmin):
    list_display = ["plan", "every_months", "starts_on", "ends_on", "due_days", "basis"]
    scope_visible = staticmethod(scope.schedules_visible)
    scope_editable = staticmethod(scope.schedules_editable)


class AttachmentInline(admin.TabularInline):
    model = ReportAttachment
    extra = 0


class FigureInline(admin.TabularInline):
    model = ReportedFigure
    extra = 0
    raw_id_fields = ["target"]


@admin.register(ProgressReport)
class ProgressReportAdmin(ScopedHistoryAdmin):
    list_display = ["task", "unit", "period_start", "period_end", "status", "submitted_at"]
    list_filter = ["status"]
    raw_id_fields = ["task"]
    inlines = [FigureInline, AttachmentInline]
    scope_visible = staticmethod(scope.reports_visible)
    scope_editable = staticmethod(scope.reports_reviewable)
