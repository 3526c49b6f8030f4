"""Writes of the sources app: alert workflow actions (the registry is written by ``importer``, readings by the
receiver)."""

from __future__ import annotations

from qingshan.core.access import Actor
from qingshan.core.workflow import transition

from .models import Alert
from .workflow import ALERT_FLOW


def act_on_alert(alert: Alert, action: str, actor: Actor, *, comment: str = "", note: str = "",
                 inspection: str = "") -> Alert:
    return transition(ALERT_FLOW, alert, action, actor, comment=comment,
                      context={"note": note, "inspection": inspection})
