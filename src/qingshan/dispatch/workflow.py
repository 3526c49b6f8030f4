"""The progress-report workflow (调度报告), as a table (see ``core.workflow``)::

    from       action    to         who
    (new)      submit    submitted  a unit responsible for the task: lead, cooperating or implementing
                                    (``services.file_report``)
    submitted  accept    accepted   the office of the plan's area; a report marked "complete" completes the task
    submitted  return    returned   the office of the plan's area (comment required: what to fix)
    returned   resubmit  submitted  the unit that filed it

A unit may correct a report still waiting for review (its text, figures, evidence) without a transition; an
accepted report is final. Every step is a ``ReportEvent`` with its comment, so a return's reason is never lost
when the report is later accepted.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qingshan.core.access import Actor
from qingshan.core.roles import Role
from qingshan.core.workflow import Transition, Workflow, transition
from qingshan.ledger.models import Task
from qingshan.ledger.workflow import TASK_FLOW

from .models import ProgressReport, ReportEvent

R = ProgressReport.Status


def office_of_report(actor: Actor, report: ProgressReport) -> bool:
    return actor.is_office and not actor.read_only and actor.in_area(report.task.plan.division_id)


def filing_unit(actor: Actor, report: ProgressReport) -> bool:
    return actor.role == Role.UNIT and actor.unit_id is not None and actor.unit_id == report.unit_id


def _reviewed(report: ProgressReport, actor: Actor, context: dict) -> None:
    report.reviewed_by_id = actor.user_id
    report.reviewed_at = timezone.now()
    report.review_comment = context.get("comment", "")


def _accepted(report: ProgressReport, actor: Actor, context: dict) -> None:
    _reviewed(report, actor, context)
    task = report.task
    if report.marks_complete and task.status != Task.Status.COMPLETED:
        transition(TASK_FLOW, task, "complete", actor, comment=str(_("Completed by an accepted report.")))
    elif task.status == Task.Status.NOT_STARTED:
        transition(TASK_FLOW, task, "start", actor, comment=str(_("Started: a report was accepted.")))


def _resubmitted(report: ProgressReport, actor: Actor, context: dict) -> None:
    report.submitted_at = timezone.now()
    report.submitted_by_id = actor.user_id


REPORT_FLOW = Workflow(
    model=ProgressReport,
    event_model=ReportEvent,
    event_fk="report",
    initial_label=_("Filed"),
    transitions=[
        Transition(R.SUBMITTED, "accept", R.ACCEPTED, office_of_report, _("Accept"), apply=_accepted),
        Transition(R.SUBMITTED, "return", R.RETURNED, office_of_report, _("Return for revision"),
                   comment_required=True, apply=_reviewed),
        Transition(R.RETURNED, "resubmit", R.SUBMITTED, filing_unit, _("File again"), apply=_resubmitted),
    ],
)  # fmt: skip
