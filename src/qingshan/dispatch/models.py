"""Unit progress reports (调度): what each unit files on its tasks, and the office's review.

Glossary: ``ReportingSchedule`` ↔ 调度安排(报送周期), ``ProgressReport`` ↔ 进展报告(调度报告),
``ReportAttachment`` ↔ 佐证材料, ``ReportedFigure`` ↔ 报送指标值.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.core.validators import year_validators
from qingshan.core.workflow import TransitionEvent
from qingshan.ledger.models import Plan, PlanTarget, Task
from qingshan.orgs.models import Unit


class ReportingSchedule(models.Model):
    """How often the lead units of a plan's tasks report, from when, and how many days after a period they may."""

    plan = models.OneToOneField(
        Plan, on_delete=models.CASCADE, related_name="schedule", verbose_name=_("plan")
    )
    every_months = models.PositiveSmallIntegerField(
        _("report every (months)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1 monthly, 3 quarterly, 6 half-yearly, 12 yearly."),
    )
    starts_on = models.DateField(_("first period starts"))
    ends_on = models.DateField(_("last period ends"), null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(_("days after a period to report"), default=5)
    basis = models.CharField(_("why this cadence"), max_length=128, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reporting schedule")
        verbose_name_plural = _("reporting schedules")

    def __str__(self) -> str:
        return f"{self.plan} · {self.every_months}"


def evidence_path(instance: ReportAttachment, filename: str) -> str:
    return f"evidence/{instance.report.task.plan_id}/{instance.report_id}/{filename}"


class ProgressReport(models.Model):
    class Status(models.TextChoices):
        """States of the report workflow (``dispatch/workflow.py``)."""

        SUBMITTED = "submitted", _("Submitted, awaiting review")
        ACCEPTED = "accepted", _("Accepted")
        RETURNED = "returned", _("Returned for revision")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports", verbose_name=_("task"))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="reports", verbose_name=_("unit"))
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    text = models.TextField(_("progress"))
    marks_complete = models.BooleanField(_("the task is complete"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["-period_end", "task__plan", "task__order"]
        constraints = [
            models.UniqueConstraint(fields=["task", "unit", "period_start"], name="report_unique_per_period"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="report_period_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task.number} · {self.unit} · {self.period_start:%Y-%m}"


class ReportAttachment(models.Model):
    """Evidence filed with a report (a document, a photo, a spreadsheet)."""

    ALLOWED = ["pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "zip", "ofd"]
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(
        _("file"), upload_to=evidence_path, validators=[FileExtensionValidator(ALLOWED)], max_length=300
    )
    name = models.CharField(_("name"), max_length=200)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.name


class ReportedFigure(models.Model):
    """A figure a unit reports for a target of its task (e.g. 畜禽粪污综合利用率 83.5 % for 2025); it counts for the
    target's status once the office accepts the report."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="figures")
    target = models.ForeignKey(
        PlanTarget, on_delete=models.CASCADE, related_name="reported", verbose_name=_("target")
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators())
    value = models.FloatField(_("value"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reported figure")
        verbose_name_plural = _("reported figures")
        constraints = [models.UniqueConstraint(fields=["report", "target"], name="figure_unique_per_report")]

    def __str__(self) -> str:
        return f"{self.target.indicator} {self.year}: {self.value:g}"


class ReportEvent(TransitionEvent):
    """One step of a report's workflow (filed, accepted, returned, filed again) with its comment: the review
    history, never overwritten."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="events", verbose_name=_("report")
    )

    class Meta(TransitionEvent.Meta):
        verbose_name = _("report event")
        verbose_name_plural = _("report events")
