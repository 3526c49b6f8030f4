"""The alert workflow: an alert goes to the enforcement team of the enterprise's area, which acknowledges it,
handles it (a note, or the inspection it led to) and closes it. The coordinating office of the city may act too.

| from | action | to | who |
|---|---|---|---|
| open | acknowledge | acknowledged | enforcement or office of the area |
| acknowledged | handle | handled | enforcement or office of the area (note or inspection required) |
| handled | close | closed | enforcement or office of the area |
| closed | reopen | acknowledged | office of the area (comment required) |
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from qingshan.core.access import Actor
from qingshan.core.errors import DomainError
from qingshan.core.roles import Role
from qingshan.core.workflow import Transition, Workflow

from .errors import SourcesError
from .models import Alert, AlertEvent

S = Alert.Status


def enforcement_of_area(actor: Actor, alert: Alert) -> bool:
    if actor.read_only:
        return False
    if actor.is_superuser:
        return True
    return actor.role in (Role.ENFORCEMENT, Role.COORDINATOR) and actor.in_area(alert.division_id)


def office_of_area(actor: Actor, alert: Alert) -> bool:
    return actor.is_superuser or (actor.role == Role.COORDINATOR and actor.in_area(alert.division_id))


def _require_handling(alert: Alert, actor: Actor, context: dict) -> None:
    note = (context.get("note") or "").strip()
    inspection = (context.get("inspection") or "").strip()
    if not note and not inspection:
        raise DomainError(SourcesError.HANDLING_REQUIRED, field="note")


def _record_handling(alert: Alert, actor: Actor, context: dict) -> None:
    alert.note = (context.get("note") or "").strip()
    alert.inspection = (context.get("inspection") or "").strip()


ALERT_FLOW = Workflow(
    model=Alert,
    event_model=AlertEvent,
    event_fk="alert",
    transitions=[
        Transition(S.OPEN, "acknowledge", S.ACKNOWLEDGED, enforcement_of_area, _("Acknowledge")),
        Transition(
            S.ACKNOWLEDGED, "handle", S.HANDLED, enforcement_of_area, _("Record handling"),
            guard=_require_handling, apply=_record_handling,
        ),
        Transition(S.HANDLED, "close", S.CLOSED, enforcement_of_area, _("Close")),
        Transition(S.CLOSED, "reopen", S.ACKNOWLEDGED, office_of_area, _("Reopen"), comment_required=True),
    ],
)
