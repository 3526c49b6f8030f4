"""Workflows of the assessment (``core.workflow``).

Results::

    draft ──publish (office)──▶ published ──supersede (the platform, when a newer result is published)──▶ superseded

Objections (申诉)::

    filed ──uphold (office, comment; an adjustment of the item's points)──▶ upheld
      │   ──reject (office, comment)──▶ rejected
      └── withdraw (the unit that filed it)──▶ withdrawn
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qingshan.core.access import Actor
from qingshan.core.roles import Role
from qingshan.core.workflow import Transition, Workflow
from qingshan.supervision.workflow import office_of

from .models import AssessmentRun, Objection, ObjectionEvent, RunEvent


def platform(actor: Actor, obj) -> bool:
    return actor.role == "system"


def filing_unit(actor: Actor, obj: Objection) -> bool:
    return actor.role == Role.UNIT and not actor.read_only and actor.unit_id == obj.unit_id


def apply_publish(obj: AssessmentRun, actor: Actor, context: dict) -> None:
    obj.published_at = timezone.now()


def apply_adjustment(obj: Objection, actor: Actor, context: dict) -> None:
    obj.adjustment = float(context.get("adjustment") or 0)


R = AssessmentRun.Status
RUN_FLOW = Workflow(
    model=AssessmentRun,
    event_model=RunEvent,
    event_fk="run",
    transitions=[
        Transition(R.DRAFT, "publish", R.PUBLISHED, office_of, _("Publish"), apply=apply_publish),
        Transition(R.PUBLISHED, "supersede", R.SUPERSEDED, platform, _("Supersede")),
    ],
)

OS = Objection.Status
OBJECTION_FLOW = Workflow(
    model=Objection,
    event_model=ObjectionEvent,
    event_fk="objection",
    transitions=[
        Transition(OS.FILED, "uphold", OS.UPHELD, office_of, _("Uphold"), comment_required=True, apply=apply_adjustment),
        Transition(OS.FILED, "reject", OS.REJECTED, office_of, _("Reject"), comment_required=True),
        Transition(OS.FILED, "withdraw", OS.WITHDRAWN, filing_unit, _("Withdraw")),
    ],
)
