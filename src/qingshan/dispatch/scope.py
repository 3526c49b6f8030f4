"""Who sees which reports: a unit its own, the office and leaders those of their area; the monitoring centre,
enforcement and the public none — progress reports and their evidence are the dispatch between the units and the
office, and neither the monitoring centre's nor enforcement's duty needs them (docs/architecture.md, "Who may see
what")."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor
from qingshan.core.roles import Role
from qingshan.ledger import scope as ledger_scope

from .models import ProgressReport, ReportingSchedule


def schedules_visible(actor: Actor) -> QuerySet[ReportingSchedule]:
    return ReportingSchedule.objects.filter(plan__in=ledger_scope.plans_visible(actor))


def schedules_editable(actor: Actor) -> QuerySet[ReportingSchedule]:
    return ReportingSchedule.objects.filter(plan__in=ledger_scope.plans_editable(actor))


def reports_visible(actor: Actor) -> QuerySet[ProgressReport]:
    qs = ProgressReport.objects.select_related("task__plan__schedule", "unit")
    if actor.is_public or actor.role in (Role.MONITORING, Role.ENFORCEMENT):
        return qs.none()
    if actor.role == Role.UNIT:
        return qs.filter(unit_id=actor.unit_id)
    return qs.filter(task__in=ledger_scope.tasks_visible(actor))


def reports_reviewable(actor: Actor) -> QuerySet[ProgressReport]:
    if not actor.is_office:
        return ProgressReport.objects.none()
    return reports_visible(actor)


def reports_editable(actor: Actor) -> QuerySet[ProgressReport]:
    """A unit may file again a report of its own that is not yet accepted."""
    if actor.role != Role.UNIT or actor.read_only:
        return ProgressReport.objects.none()
    return reports_visible(actor).exclude(status=ProgressReport.Status.ACCEPTED)
