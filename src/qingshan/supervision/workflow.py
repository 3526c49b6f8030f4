"""The workflows of the supervision app (``core.workflow``): a rectification item from 待整改 to 已销号, and a
supervision notice along the city's escalation ladder.

Rectification (issue #16; who accepts, the evidence and the length of the public notice are the city's settings,
``policy.py``)::

    待整改 pending ──start──▶ 整改中 in_progress ──apply──▶ 申请销号 applied ──accept──▶ 公示中 publicity ──close──▶ 已销号
                                 ▲   └─report─┘ (also the periodic report of a 长期坚持 item, which never applies)
                                 ├──────────────────return (comment)──────────┘
                                 └──────────────reopen (comment: objection upheld, problem back)── publicity / closed

Notice (督办)::

    issued ──reply (unit)──▶ replied ──close──▶ closed
      ▲  └──────────── return_reply (comment) ◀──┘
      ├── escalate (next rung: 提醒 → 督办函 → 约谈) from issued or replied
      ├── record_meeting (a meeting rung, office) → replied
      └── withdraw (comment) → withdrawn
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from qingshan.core.access import Actor
from qingshan.core.errors import Conflict, DomainError
from qingshan.core.roles import Role
from qingshan.core.workflow import Transition, Workflow

from . import policy as P
from .errors import SupervisionError
from .models import EvidenceFile, Notice, NoticeEvent, Rectification, RectificationEvent
from .selectors import policy_for

S = Rectification.Status
LEAD_ROLES = ("lead", "responsible")


def office_of(actor: Actor, obj) -> bool:
    """The coordinating office of the record's city (never a read-only role)."""
    return actor.is_office and not actor.read_only and actor.in_area(obj.division_id)


def _unit_roles(actor: Actor, item: Rectification) -> set[str]:
    if actor.role != Role.UNIT or not actor.unit_id or actor.read_only:
        return set()
    return set(item.units.filter(unit_id=actor.unit_id).values_list("role", flat=True))


def responsible_unit(actor: Actor, item: Rectification) -> bool:
    """A unit that leads the item or is responsible for it."""
    return bool(_unit_roles(actor, item) & set(LEAD_ROLES))


def unit_or_office(actor: Actor, item: Rectification) -> bool:
    return responsible_unit(actor, item) or office_of(actor, item)


def acceptor(actor: Actor, item: Rectification) -> bool:
    """The item's accepting unit (unless it is also the unit that applied), or the office where the city lets it."""
    if (
        actor.role == Role.UNIT
        and not actor.read_only
        and item.accepting_unit_id
        and actor.unit_id == item.accepting_unit_id
    ):
        return not responsible_unit(actor, item)
    return office_of(actor, item) and policy_for(item.division_id).office_accepts


# --- guards and effects ------------------------------------------------------------------------------------


def _kinds(context: dict) -> set[str]:
    return {kind for kind, _f in context.get("files", ())}


def guard_apply(item: Rectification, actor: Actor, context: dict) -> None:
    if item.deadline_kind == Rectification.DeadlineKind.LONG_TERM:
        raise Conflict(SupervisionError.LONG_TERM_NEVER_CLOSED)
    required = policy_for(item.division_id).required_evidence
    missing = [k for k in required if k not in _kinds(context)]
    if missing:
        kinds = dict(EvidenceFile.KIND_CHOICES)
        names = "、".join(str(kinds.get(k, k)) for k in missing)
        raise DomainError(SupervisionError.EVIDENCE_MISSING, field="files", missing=names)


def publicity_over(item: Rectification) -> bool:
    """The public notice has run its days (the 销号 button is offered from then)."""
    return not (item.publicity_end and timezone.localdate() < item.publicity_end)


def guard_close(item: Rectification, actor: Actor, context: dict) -> None:
    today = timezone.localdate()
    if item.publicity_end and today < item.publicity_end:
        raise Conflict(SupervisionError.PUBLICITY_RUNNING, until=item.publicity_end)
    open_objections = item.objections.filter(answered_at__isnull=True).count()
    if open_objections:
        raise Conflict(SupervisionError.OBJECTION_OPEN, count=open_objections)


def apply_report(item: Rectification, actor: Actor, context: dict) -> None:
    item.progress = context.get("progress") or context.get("comment") or item.progress
    item.last_report_at = timezone.now()


def apply_start(item: Rectification, actor: Actor, context: dict) -> None:
    if context.get("comment"):
        apply_report(item, actor, context)


def apply_applied(item: Rectification, actor: Actor, context: dict) -> None:
    item.applied_at = timezone.now()


def apply_accept(item: Rectification, actor: Actor, context: dict) -> None:
    today = timezone.localdate()
    item.publicity_start = today
    item.publicity_end = today + timedelta(days=policy_for(item.division_id).publicity_days)


def apply_closed(item: Rectification, actor: Actor, context: dict) -> None:
    item.closed_at = timezone.now()


def apply_reopen(item: Rectification, actor: Actor, context: dict) -> None:
    item.closed_at = None
    item.applied_at = None
    item.publicity_start = item.publicity_end = None


RECTIFICATION_FLOW = Workflow(
    model=Rectification,
    event_model=RectificationEvent,
    event_fk="rectification",
    transitions=[
        Transition(S.PENDING, "start", S.IN_PROGRESS, unit_or_office, _("Start rectifying"), apply=apply_start),
        Transition(
            S.IN_PROGRESS, "report", S.IN_PROGRESS, unit_or_office, _("Report progress"),
            comment_required=True, apply=apply_report,
        ),
        Transition(
            S.IN_PROGRESS, "apply", S.APPLIED, responsible_unit, _("Apply for closure"),
            guard=guard_apply, apply=apply_applied,
        ),
        Transition(S.APPLIED, "accept", S.PUBLICITY, acceptor, _("Accept (sign off)"), apply=apply_accept),
        Transition(S.APPLIED, "return", S.IN_PROGRESS, acceptor, _("Return with a comment"), comment_required=True),
        Transition(
            S.PUBLICITY, "close", S.CLOSED, office_of, _("Close (销号)"), guard=guard_close, apply=apply_closed,
            offered=publicity_over,
        ),
        Transition(
            (S.PUBLICITY, S.CLOSED), "reopen", S.IN_PROGRESS, office_of, pgettext_lazy("rectification", "Reopen"),
            comment_required=True, apply=apply_reopen,
        ),
    ],
)  # fmt: skip


# --- notices -----------------------------------------------------------------------------------------------

N = Notice.Status


def addressee(actor: Actor, notice: Notice) -> bool:
    return actor.role == Role.UNIT and not actor.read_only and actor.unit_id == notice.unit_id


def guard_escalate(notice: Notice, actor: Actor, context: dict) -> None:
    pol = policy_for(notice.division_id)
    if pol.next_rung(notice.rung) is None:
        rung = pol.rung(notice.rung)
        raise Conflict(SupervisionError.NO_NEXT_RUNG, rung=rung.zh if rung else notice.rung)


def apply_escalate(notice: Notice, actor: Actor, context: dict) -> None:
    nxt = policy_for(notice.division_id).next_rung(notice.rung)
    notice.rung = nxt.code
    _set_reply_due(notice, nxt)


def _set_reply_due(notice: Notice, rung: P.Rung | None) -> None:
    notice.reply_due = (
        timezone.localdate() + timedelta(days=rung.reply_days) if rung and rung.reply_days else None
    )


def apply_return_reply(notice: Notice, actor: Actor, context: dict) -> None:
    _set_reply_due(notice, policy_for(notice.division_id).rung(notice.rung))


def guard_meeting(notice: Notice, actor: Actor, context: dict) -> None:
    rung = policy_for(notice.division_id).rung(notice.rung)
    if rung is None or not rung.meeting:
        raise Conflict(SupervisionError.NOT_A_MEETING)


def apply_meeting(notice: Notice, actor: Actor, context: dict) -> None:
    notice.meeting_record = context.get("comment", "")
    notice.meeting_at = context.get("meeting_at") or timezone.now()


NOTICE_FLOW = Workflow(
    model=Notice,
    event_model=NoticeEvent,
    event_fk="notice",
    transitions=[
        Transition(N.ISSUED, "reply", N.REPLIED, addressee, _("Reply"), comment_required=True),
        Transition(
            N.REPLIED, "return_reply", N.ISSUED, office_of, _("Return the reply"),
            comment_required=True, apply=apply_return_reply,
        ),
        Transition(
            (N.ISSUED, N.REPLIED), "escalate", N.ISSUED, office_of, _("Escalate"),
            guard=guard_escalate, apply=apply_escalate,
        ),
        Transition(
            (N.ISSUED, N.REPLIED), "record_meeting", N.REPLIED, office_of, _("Record the meeting"),
            comment_required=True, guard=guard_meeting, apply=apply_meeting,
        ),
        Transition(N.REPLIED, "close", N.CLOSED, office_of, _("Settle")),
        Transition(N.ISSUED, "withdraw", N.WITHDRAWN, office_of, _("Withdraw"), comment_required=True),
    ],
)  # fmt: skip
